import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SegmentationError } from "../errors";
import { matrixFromRows } from "../matrix";
import { profileSegments, type ProfileSegmentsOptions, type SegmentProfiles } from "../profile";
import { main } from "./main";
import { fromWorkerReply, ProfileRequestHandler, toWorkerReply } from "./profile-worker-messages";
import { startProfileWorker } from "./start-profile-worker";

const options: ProfileSegmentsOptions = {
  features: matrixFromRows([
    [1, 10],
    [2, 20],
    [3, 40],
    [5, 80],
  ]),
  featureNames: ["orders", "spend"],
  labels: Int32Array.from([0, 0, 1, 1]),
  k: 2,
  categorical: [{ name: "city", values: ["Lyon", "Nice", "Lyon", "Lyon"] }],
};

describe("profile worker replies", () => {
  it("carry the profiles, or the error with its SegmentationError code, across a structured clone", () => {
    const ok = structuredClone(toWorkerReply(() => profileSegments(options)));
    expect(fromWorkerReply(ok)).toEqual(profileSegments(options));
    const failed = structuredClone(toWorkerReply(() => profileSegments({ ...options, k: 0 })));
    expect(failed).toEqual({
      ok: false,
      code: "INVALID_OPTION",
      message: "k must be a positive integer, got 0",
    });
    expect(() => fromWorkerReply(failed)).toThrow(SegmentationError);
    const plain = toWorkerReply(() => {
      throw new RangeError("out of memory, say");
    });
    expect(() => fromWorkerReply(plain)).toThrow("out of memory, say");
    expect(plain).toMatchObject({ ok: false, code: null });
  });
});

describe("ProfileRequestHandler (the worker's side, without a thread)", () => {
  it("profiles a presorted matrix when the request sends none, exactly as in line", () => {
    const handler = new ProfileRequestHandler();
    const { features, ...rest } = options;
    expect(handler.handle({ type: "profile", options: { ...rest, features: null } })).toEqual({
      ok: false,
      code: null,
      message: "profile request without a matrix and nothing presorted",
    });
    expect(handler.handle({ type: "presort", features })).toBeNull();
    const expected = profileSegments(options);
    expect(handler.handle({ type: "profile", options: { ...rest, features: null } })).toEqual({
      ok: true,
      profiles: expected,
    });
    expect(handler.handle({ type: "profile", options: { ...rest, features } })).toEqual({
      ok: true,
      profiles: expected,
    });
  });
});

describe("startProfileWorker", () => {
  const directory = mkdtempSync(join(tmpdir(), "profile-worker-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const script = (name: string, body: string): string => {
    const path = join(directory, name);
    writeFileSync(path, `const { parentPort } = require("node:worker_threads");\n${body}\n`);
    return path;
  };

  it("is null when the compiled worker is missing (ts-jest runs the pipeline in line)", () => {
    expect(startProfileWorker(join(directory, "absent.js"))).toBeNull();
  });

  it("hands the matrix over as shared memory, with names, labels and categories intact", async () => {
    // A stand-in worker that reports what it received, so the transport itself is checked.
    const echo = script(
      "echo.js",
      `let kept = null;
      parentPort.on("message", (m) => {
        if (m.type === "presort") { kept = m.features; return; }
        const o = m.options; const f = o.features ?? kept;
        parentPort.postMessage({ ok: true, profiles: {
          sent: o.features !== null, shared: f.data.buffer instanceof SharedArrayBuffer,
          sum: f.data.reduce((a, b) => a + b, 0), rows: f.rows, cols: f.cols,
          featureNames: o.featureNames, labels: Array.from(o.labels), k: o.k, city: o.categorical[0].values } });
      });`,
    );
    const expected = {
      shared: true,
      sum: 161,
      rows: 4,
      cols: 2,
      featureNames: ["orders", "spend"],
      labels: [0, 0, 1, 1],
      k: 2,
      city: ["Lyon", "Nice", "Lyon", "Lyon"],
    };
    const direct = startProfileWorker(echo)!;
    expect(await direct.profile(options)).toEqual({ ...expected, sent: true });
    await direct.close();
    // Presorted first: the profile request does not send the same matrix again.
    const presorting = startProfileWorker(echo)!;
    presorting.presort(options.features);
    expect(await presorting.profile(options)).toEqual({ ...expected, sent: false });
    await presorting.close();
    // The caller's matrix is untouched (the worker got a shared copy).
    expect(options.features.data.buffer instanceof SharedArrayBuffer).toBe(false);
  });

  it("rejects with the worker's SegmentationError, or when the worker dies", async () => {
    const failing = startProfileWorker(
      script(
        "fail.js",
        `parentPort.once("message", () => parentPort.postMessage({ ok: false, code: "TOO_FEW_ROWS", message: "no rows" }));`,
      ),
    )!;
    await expect(failing.profile(options)).rejects.toThrow(new SegmentationError("TOO_FEW_ROWS", "no rows"));
    await failing.close();
    const dying = startProfileWorker(script("die.js", `parentPort.once("message", () => process.exit(3));`))!;
    await expect(dying.profile(options)).rejects.toThrow("the profile worker stopped (exit code 3)");
    await dying.close();
  });

  it("gives the built CLI (profiles on the worker) the same output as the in-line pipeline", async () => {
    // bin/segment.js builds dist when it is stale, so the compiled worker script exists there.
    const iris = join(__dirname, "fixtures", "iris.csv");
    const threaded = join(directory, "threaded.json");
    const inline = join(directory, "inline.json");
    const bin = join(__dirname, "..", "..", "bin", "segment.js");
    const args = ["cluster", "--input", iris, "--k", "3", "--seed", "0", "--out"];
    execFileSync(process.execPath, [bin, ...args, threaded], { stdio: "pipe" });
    await main([...args, inline]);
    const read = (path: string): { segments: Array<{ profile: SegmentProfiles["overall"] }> } =>
      JSON.parse(readFileSync(path, "utf8"));
    const withoutTimings = (path: string): unknown => ({ ...read(path), timings: null });
    expect(read(threaded).segments[0].profile.numeric.petal_length.count).toBeGreaterThan(0);
    expect(withoutTimings(threaded)).toEqual(withoutTimings(inline));
  }, 180_000);
});
