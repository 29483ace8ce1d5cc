import type { PrismaClient } from "@seglens/database";
import { createLogger } from "../../logging/logger";
import { writeFinalRunStatus } from "./write-final-run-status";

/**
 * A transaction of segment.deleteMany + segmentationRun.update that fails with the given errors, in order,
 * then succeeds; it records each update and each deletion (as `{ deleted: where }`).
 */
function flakyRuns(failures: Error[]) {
  const calls: unknown[] = [];
  const deletions: unknown[] = [];
  const prisma = {
    segment: { deleteMany: (args: { where: unknown }) => ({ deleted: args.where }) },
    segmentationRun: { update: (args: unknown) => ({ update: args }) },
    $transaction: (operations: Array<{ deleted?: unknown; update?: unknown }>) => {
      expect(operations).toHaveLength(2);
      calls.push(operations[1].update);
      deletions.push(operations[0].deleted);
      const failure = failures.shift();
      return failure ? Promise.reject(failure) : Promise.resolve([]);
    },
  } as unknown as Pick<PrismaClient, "segmentationRun" | "segment" | "$transaction">;
  return { prisma, calls, deletions };
}

const refused = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const data = { status: "FAILED" as const, stage: "failed", error: "The database became unreachable." };

describe("writeFinalRunStatus", () => {
  it("retries while the database is unreachable and writes the status once it answers", async () => {
    const lines: string[] = [];
    const { prisma, calls, deletions } = flakyRuns([refused(), refused(), refused()]);
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
    // The run's partly written segments go in the same transaction as its status.
    expect(deletions[3]).toEqual({ runId: "r1", run: { status: { not: "SUCCEEDED" } } });
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
