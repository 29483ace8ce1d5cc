import type { Campaign as CampaignRow, Segment as SegmentRow } from "@seglens/database";
import type { Campaign } from "./campaign.type";

export type CampaignWithSegments = CampaignRow & {
  segments: { segment: SegmentRow & { run: { isActive: boolean } } }[];
};

/** Prisma include that loads what `toCampaignView` needs in the same query. */
export const campaignViewInclude = {
  segments: { include: { segment: { include: { run: { select: { isActive: true } } } } } },
} as const;

export function toCampaignView(row: CampaignWithSegments): Campaign {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel,
    status: row.status,
    scheduledAt: row.scheduledAt,
    content: row.content,
    budget: row.budget.toNumber(),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    segments: row.segments
      .map(({ segment }) => ({
        id: segment.id,
        name: segment.name,
        size: segment.size,
        clusterIndex: segment.clusterIndex,
        runId: segment.runId,
        inActiveRun: segment.run.isActive,
      }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
