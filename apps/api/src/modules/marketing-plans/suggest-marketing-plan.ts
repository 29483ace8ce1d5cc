import type { PrismaClient } from "@seglens/database";
import type { SuggestedPlan } from "@seglens/segmentation";
import { AppError } from "../../errors/app-error";
import { findSegmentOrThrow } from "../segments/get-segment";
import { MarketingChannel } from "./marketing-plan.input";
import type { MarketingPlanSuggestion } from "./marketing-plan.type";

/** Playbook channel wording → the channels this product can run; others ("in-app", "personal note") have no match. */
const channelWords: Array<[RegExp, MarketingChannel]> = [
  [/e-?mail|newsletter/i, MarketingChannel.EMAIL],
  [/\bsms\b|text message/i, MarketingChannel.SMS],
  [/social/i, MarketingChannel.SOCIAL],
  [/\bads?\b|advert/i, MarketingChannel.ADS],
  [/direct mail|postcard|letter/i, MarketingChannel.DIRECT_MAIL],
  [/webhook/i, MarketingChannel.WEBHOOK],
];

/** The segment's stored archetype plan, shaped as a plan draft the owner can edit and attach. */
export async function suggestMarketingPlan({
  prisma,
  segmentId,
}: {
  prisma: PrismaClient;
  segmentId: string;
}): Promise<MarketingPlanSuggestion> {
  const segment = await findSegmentOrThrow({ prisma, id: segmentId });
  const plan = segment.suggestedPlan as SuggestedPlan | null;
  if (!plan)
    throw new AppError(
      "NOT_FOUND",
      "No archetype of the playbook matched this segment, so there is no suggested plan.",
    );
  const channels: MarketingChannel[] = [];
  for (const wording of plan.channels) {
    const match = channelWords.find(([pattern]) => pattern.test(wording));
    if (match && !channels.includes(match[1])) channels.push(match[1]);
  }
  return {
    archetype: segment.archetype,
    objective: plan.objective,
    kpi: plan.kpi.metric,
    kpiTarget: readTarget(plan.kpi.target),
    kpiTargetText: plan.kpi.target,
    channels,
    offer: plan.offer,
    message: plan.message,
    budgetShare: plan.budgetShare,
    durationWeeks: plan.durationWeeks,
  };
}

/** "≥ 20%" → 20, "+0.5 order" → 0.5; null when the wording holds no positive number. */
export function readTarget(text: string): number | null {
  const match = /(\d+(?:\.\d+)?)/.exec(text);
  const value = match ? Number(match[1]) : NaN;
  return value > 0 ? value : null;
}
