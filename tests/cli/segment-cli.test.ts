import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..", "..");
const segment = path.join(root, "packages", "segmentation", "bin", "segment.js");
const iris = path.join(root, "packages", "segmentation", "src", "cli", "fixtures", "iris.csv");

async function runSegment(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [segment, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the segment CLI from the repository root", () => {
  const work = mkdtempSync(path.join(tmpdir(), "seglens-cli-"));

  it("clusters Iris with scikit-learn's optimum inertia and one label per row", async () => {
    const out = path.join(work, "iris.json");
    const result = await runSegment([
      "cluster",
      "--input",
      iris,
      "--id",
      "id",
      "--k",
      "3",
      "--restarts",
      "10",
      "--seed",
      "0",
      "--out",
      out,
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(json.k).toBe(3);
    // scikit-learn 1.2.1 KMeans(n_clusters=3, n_init=10) on StandardScaler'd Iris: inertia 139.82049635974982
    expect(Math.abs(json.inertia - 139.82049635974982) / 139.82049635974982).toBeLessThan(1e-6);
    expect(json.labels).toHaveLength(150);
    expect(json.segments.reduce((sum: number, s: { size: number }) => sum + s.size, 0)).toBe(150);
    expect(json.explanation.fidelity).toBeGreaterThan(0.9);
  });

  it("mines rules from a long-format basket file", async () => {
    const baskets = path.join(work, "baskets.csv");
    writeFileSync(baskets, "order,item\n1,tea\n1,pot\n2,tea\n2,pot\n3,tea\n4,coffee\n");
    const result = await runSegment([
      "rules",
      "--input",
      baskets,
      "--transaction",
      "order",
      "--item",
      "item",
      "--min-support",
      "0.5",
      "--min-confidence",
      "0.6",
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const pair = json.itemsets.find((set: { items: string[] }) => set.items.length === 2);
    expect(pair).toMatchObject({ count: 2, support: 0.5 });
    expect(pair.items.slice().sort()).toEqual(["pot", "tea"]);
    const potToTea = json.rules.find((rule: { antecedent: string[] }) => rule.antecedent.join() === "pot");
    expect(potToTea).toMatchObject({ consequent: ["tea"], confidence: 1, lift: 4 / 3 });
  });

  it("fails with one line and a non-zero exit on bad input", async () => {
    const missing = await runSegment(["cluster", "--input", path.join(work, "nope.csv")]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/nope\.csv/);

    const tooManyClusters = await runSegment(["cluster", "--input", iris, "--id", "id", "--k", "500"]);
    expect(tooManyClusters.code).not.toBe(0);
    expect(tooManyClusters.stderr).not.toMatch(/\n\s+at /);
  });
});
