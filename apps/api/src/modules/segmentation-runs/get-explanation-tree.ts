import type { PrismaClient } from "@seglens/database";
import { flattenExplanationTree } from "./flatten-explanation-tree";
import type { ExplanationTreeNode } from "./segmentation-run.type";
import { readStoredRunModel } from "./stored-run-model";

/**
 * The explanation tree of a run, read from its stored model only when asked for (the model column
 * is not part of the run's other fields). Empty while the run has no model (not finished).
 */
export async function getExplanationTree({
  prisma,
  runId,
}: {
  prisma: Pick<PrismaClient, "segmentationRun">;
  runId: string;
}): Promise<ExplanationTreeNode[]> {
  const row = await prisma.segmentationRun.findUnique({ where: { id: runId }, select: { model: true } });
  if (!row?.model) return [];
  return flattenExplanationTree(readStoredRunModel(row.model, runId).engine.tree);
}
