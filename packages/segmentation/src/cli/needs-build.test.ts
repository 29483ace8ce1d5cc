import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

// bin/needs-build.js is plain CommonJS (it runs before any build exists), so load it as such.
const { needsBuild } = createRequire(__filename)("../../bin/needs-build.js") as {
  needsBuild: (packageDir: string) => boolean;
};

describe("bin/needs-build (the CLI's stale-build check)", () => {
  let root: string;
  const at = (seconds: number): Date => new Date(1_700_000_000_000 + seconds * 1000);
  const write = (relative: string, seconds: number): void => {
    const file = join(root, relative);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, "");
    utimesSync(file, at(seconds), at(seconds));
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "needs-build-"));
    write("src/cluster/kmeans.ts", 10);
    write("src/index.ts", 10);
    write("tsconfig.json", 5);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("builds when dist is missing", () => {
    expect(needsBuild(root)).toBe(true);
  });

  it("does not build when dist is newer than every source", () => {
    write("dist/cli/main.js", 20);
    expect(needsBuild(root)).toBe(false);
  });

  it("rebuilds when a nested source file or a tsconfig changed after the build", () => {
    write("dist/cli/main.js", 20);
    write("src/cluster/kmeans.ts", 30);
    expect(needsBuild(root)).toBe(true);
    write("src/cluster/kmeans.ts", 10);
    write("tsconfig.json", 30);
    expect(needsBuild(root)).toBe(true);
  });

  it("ignores test files, which the build leaves out", () => {
    write("dist/cli/main.js", 20);
    write("src/cluster/kmeans.test.ts", 30);
    expect(needsBuild(root)).toBe(false);
  });
});
