import type { PrismaClient } from "@seglens/database";
import { createLogger } from "../../logging/logger";
import { writeFinalRunStatus } from "./write-final-run-status";

/** A segmentationRun.update that fails with the given errors, in order, then succeeds; it records each call. */
function flakyRuns(failures: Error[]) {
  const calls: unknown[] = [];
  const prisma = {
    segmentationRun: {
      update: (args: unknown) => {
        calls.push(args);
        const failure = failures.shift();
        return failure ? Promise.reject(failure) : Promise.resolve({});
      },
    },
  } as unknown as Pick<PrismaClient, "segmentationRun">;
  return { prisma, calls };
}

const refused = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const data = { status: "FAILED" as const, stage: "failed", error: "The database became unreachable." };

describe("writeFinalRunStatus", () => {
  it("retries while the database is unreachable and writes the status once it answers", async () => {
    const lines: string[] = [];
    const { prisma, calls } = flakyRuns([refused(), refused(), refused()]);
    const written = await writeFinalRunStatus({
      prisma,
      logger: createLogger("info", (line) => lines.push(line)),
      runId: "r1",
      data,
      delaysMs: [1, 1, 1, 1],
    });
    expect(written).toBe(true);
    expect(calls).toHaveLength(4);
    expect(calls[3]).toEqual({ where: { id: "r1" }, data });
    expect(lines.join("")).toMatch(/"attempts":4/);
  });

  it("gives up after the last delay, logs it, and leaves the run to the interrupted-run sweep", async () => {
    const lines: string[] = [];
    const { prisma, calls } = flakyRuns([refused(), refused(), refused()]);
    const written = await writeFinalRunStatus({
      prisma,
      logger: createLogger("info", (line) => lines.push(line)),
      runId: "r2",
      data,
      delaysMs: [1, 1],
    });
    expect(written).toBe(false);
    expect(calls).toHaveLength(3);
    expect(lines.join("")).toMatch(/could not write the final status of a segmentation run.*ECONNREFUSED/);
  });

  it("does not retry an error that is not an outage", async () => {
    const { prisma, calls } = flakyRuns([
      Object.assign(new Error("Record to update not found."), { code: "P2025" }),
    ]);
    const written = await writeFinalRunStatus({
      prisma,
      logger: createLogger("silent"),
      runId: "gone",
      data,
      delaysMs: [1, 1, 1],
    });
    expect(written).toBe(false);
    expect(calls).toHaveLength(1);
  });
});
