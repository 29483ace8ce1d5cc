import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseClusterArguments } from "./cluster-command";
import { main } from "./main";

const iris = join(__dirname, "fixtures", "iris.csv");
const workDir = mkdtempSync(join(tmpdir(), "segment-cluster-"));

interface ClusterOutput {
  k: number;
  inertia: number;
  features: string[];
  logTransformed: string[];
  labels: number[];
  centroids: number[][];
  kSelection: { rows: Array<{ k: number; silhouette: number }>; recommendedK: number };
  segments: Array<{
    size: number;
    share: number;
    name: string;
    profile: { categorical: Record<string, unknown> };
    rules: Array<{ coverage: number; precision: number }>;
  }>;
  explanation: { fidelity: number };
}

/** Runs the CLI in-process; returns what it wrote to stderr and the exit code it set. */
async function runCli(args: string[]): Promise<{ stderr: string; exitCode: number }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
  try {
    await main(args);
  } finally {
    spy.mockRestore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { stderr: chunks.join(""), exitCode };
}

function writeCsv(name: string, text: string): string {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
}

describe("segment cluster", () => {
  it("clusters Iris with k = 3 like scikit-learn and writes the documented JSON", async () => {
    const out = join(workDir, "iris-k3.json");
    const { stderr, exitCode } = await runCli([
      "cluster",
      "--input",
      iris,
      "--k",
      "3",
      "--seed",
      "0",
      "--out",
      out,
    ]);
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    const result = JSON.parse(readFileSync(out, "utf8")) as ClusterOutput;
    expect(result.k).toBe(3);
    expect(result.features).toEqual(["sepal_length", "sepal_width", "petal_length", "petal_width"]);
    expect(result.logTransformed).toEqual([]);
    // scikit-learn KMeans(3, n_init=10) on StandardScaler(iris): inertia 139.82049635974974
    expect(result.inertia).toBeCloseTo(139.82049635974974, 6);
    expect(result.labels).toHaveLength(150);
    expect(result.labels.every((label) => Number.isInteger(label) && label >= 0 && label < 3)).toBe(true);
    // Centroids in original units: one of them is the setosa centre (petal length ≈ 1.46 cm).
    expect(result.centroids).toHaveLength(3);
    expect(Math.min(...result.centroids.map((centroid) => centroid[2]))).toBeCloseTo(1.462, 2);
    expect(result.kSelection.rows.map((row) => row.k)).toEqual([3]);
    expect(result.segments.reduce((sum, segment) => sum + segment.size, 0)).toBe(150);
    expect(result.segments.reduce((sum, segment) => sum + segment.share, 0)).toBeCloseTo(1, 12);
    expect(Object.keys(result.segments[0].profile.categorical)).toEqual(["species"]);
    expect(result.explanation.fidelity).toBeGreaterThan(0.9);
    for (const segment of result.segments) {
      expect(segment.rules.length).toBeGreaterThan(0);
      for (const rule of segment.rules) {
        expect(rule.coverage).toBeGreaterThan(0);
        expect(rule.precision).toBeGreaterThan(0);
      }
    }
  });

  it("chooses K automatically over --k-min..--k-max", async () => {
    const out = join(workDir, "iris-auto.json");
    const { exitCode } = await runCli([
      "cluster",
      "--input",
      iris,
      "--k-min",
      "2",
      "--k-max",
      "5",
      "--out",
      out,
    ]);
    expect(exitCode).toBe(0);
    const result = JSON.parse(readFileSync(out, "utf8")) as ClusterOutput;
    expect(result.kSelection.rows.map((row) => row.k)).toEqual([2, 3, 4, 5]);
    expect(result.kSelection.recommendedK).toBe(2);
    expect(result.k).toBe(2);
  });

  it.each([
    [
      ["--input", join(workDir, "missing.csv")],
      /^segment cluster: cannot read ".*missing\.csv": no such file\n$/,
    ],
    [["--input", "TEXT"], /^segment cluster: no numeric column to use as a feature \(columns: id, name\)\n$/],
    [
      ["--input", iris, "--k", "151"],
      /^segment cluster: k = 151 is larger than the number of rows \(150\)\n$/,
    ],
    [["--input", "BAD"], /^segment cluster: row 2, column "spend": "abc" is not a number\n$/],
    [
      ["--input", iris, "--scale", "log"],
      /^segment cluster: --scale must be standard, minmax, robust or none, got "log"\n$/,
    ],
    [["--input", iris, "--log", "always"], /^segment cluster: --log must be auto or none, got "always"\n$/],
    [["--input", iris, "--features", "sepal_length,colour"], /^segment cluster: unknown column "colour"/],
    [["--input", iris, "--k", "two"], /^segment cluster: --k must be an integer ≥ 1, got "two"\n$/],
    [["--inptu", iris], /^segment cluster: unknown option "--inptu"/],
  ])("fails with one line naming the problem: %j", async (args, expected) => {
    const files: Record<string, string> = {
      TEXT: writeCsv("text.csv", "id,name\n1,ann\n2,bob\n"),
      BAD: writeCsv("bad.csv", "id,spend,orders\n1,10,2\n2,abc,3\n3,30,4\n"),
    };
    const resolved = args.map((arg) => files[arg] ?? arg);
    const { stderr, exitCode } = await runCli(["cluster", ...resolved]);
    expect(stderr).toMatch(expected);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(exitCode).toBe(1);
  });

  it("parses defaults: standard scaling, auto K from 2 to 10, 10 restarts, seed 0", () => {
    expect(parseClusterArguments(["--input", "x.csv"])).toEqual({
      input: "x.csv",
      id: undefined,
      features: undefined,
      k: "auto",
      kMin: 2,
      kMax: 10,
      restarts: 10,
      seed: 0,
      scale: "standard",
      log: "auto",
      out: undefined,
    });
    expect(parseClusterArguments(["--input", "x.csv", "--log", "none"]).log).toBe("none");
  });
});
