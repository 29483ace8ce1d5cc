import type { PrismaClient } from "@seglens/database";
import { DecisionTree, explainRecord } from "@seglens/segmentation";
import { computeCustomerFeatures } from "../segmentation-runs/compute-customer-features";
import { readAggregatesOf } from "../segmentation-runs/read-customer-aggregates";
import { fillFeatures, readStoredRunModel } from "../segmentation-runs/stored-run-model";
import type { CustomerSegmentExplanation } from "./segment.type";
import { toSegmentView } from "./to-segment-view";

/**
 * "Why is this customer in this segment": the customer's segment in the ACTIVE run and the path of
 * the run's explanation tree, each condition with the customer's actual value (computed from the
 * database now, like real-time scoring). Null when no run is active or the customer has no
 * membership in it.
 */
export async function explainCustomer({
  prisma,
  customerId,
  asOf = new Date(),
}: {
  prisma: PrismaClient;
  customerId: number;
  asOf?: Date;
}): Promise<CustomerSegmentExplanation | null> {
  const membership = await prisma.segmentMembership.findFirst({
    where: { customerId, run: { isActive: true } },
    include: { segment: true, run: { select: { id: true, model: true } } },
  });
  if (!membership) return null;
  const model = readStoredRunModel(membership.run.model, membership.run.id);
  const [aggregate] = await readAggregatesOf({ prisma, customerIds: [customerId] });
  if (!aggregate) return null;
  const features = fillFeatures(computeCustomerFeatures(aggregate, asOf.getTime()), model);
  const path = explainRecord(DecisionTree.fromJSON(model.engine.tree), features);
  return {
    segment: toSegmentView(membership.segment),
    source: membership.source,
    distance: membership.distance,
    text: path.text,
    steps: path.steps.map((step) => ({
      feature: step.feature,
      condition: step.condition,
      value: typeof step.value === "number" ? formatValue(step.value) : step.value,
    })),
    rulesAgree: path.segment === membership.segment.clusterIndex,
  };
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
