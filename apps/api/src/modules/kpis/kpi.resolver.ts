import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { getCampaignKpis } from "./get-campaign-kpis";
import { getSegmentKpis } from "./get-segment-kpis";
import { RecordCampaignResultInput } from "./kpi.input";
import { CampaignKpis, CampaignResult, SegmentKpis } from "./kpi.type";
import { recordCampaignResult } from "./record-campaign-result";

@Resolver(() => CampaignKpis)
export class KpiResolver {
  @Authorized("campaigns:read")
  @Query(() => CampaignKpis, {
    description: "Reach, conversions, revenue, rates and ROI of a campaign per segment and in total.",
  })
  campaignKpis(
    @Ctx() context: RequestContext,
    @Arg("campaignId", () => ID, { description: "Campaign id." }) campaignId: string,
  ): Promise<CampaignKpis> {
    return getCampaignKpis({ prisma: context.prisma, campaignId });
  }

  @Authorized("campaigns:read")
  @Query(() => SegmentKpis, {
    description: "The campaigns that targeted a segment, with their results in it.",
  })
  segmentKpis(
    @Ctx() context: RequestContext,
    @Arg("segmentId", () => ID, { description: "Segment id." }) segmentId: string,
  ): Promise<SegmentKpis> {
    return getSegmentKpis({ prisma: context.prisma, segmentId });
  }

  @Authorized("campaigns:write")
  @Mutation(() => CampaignResult, {
    description: "Records results of a campaign that has run (they add up with earlier ones).",
  })
  recordCampaignResult(
    @Ctx() context: RequestContext,
    @Arg("input", () => RecordCampaignResultInput, { description: "The figures." })
    input: RecordCampaignResultInput,
  ): Promise<CampaignResult> {
    return recordCampaignResult({
      prisma: context.prisma,
      viewer: context.viewer,
      input,
      ipAddress: context.ipAddress,
    });
  }
}
