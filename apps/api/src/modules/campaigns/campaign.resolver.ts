import { CampaignStatus } from "@seglens/database";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { changeCampaignStatus } from "./change-campaign-status";
import { CreateCampaignInput, UpdateCampaignInput } from "./campaign.input";
import { AudienceMemberConnection, AudienceSummary, Campaign, CampaignConnection } from "./campaign.type";
import { createCampaign } from "./create-campaign";
import { deleteCampaign } from "./delete-campaign";
import { getCampaign } from "./get-campaign";
import { listCampaignAudience } from "./list-campaign-audience";
import { listCampaigns } from "./list-campaigns";
import { setCampaignSegments } from "./set-campaign-segments";
import { summariseAudience } from "./summarise-audience";
import { updateCampaign } from "./update-campaign";

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized("campaigns:read")
  @Query(() => CampaignConnection, { description: "Campaigns, newest first." })
  campaigns(
    @Ctx() context: RequestContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size (at most 100)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Cursor of the previous page's last campaign.",
    })
    after?: string | null,
    @Arg("status", () => CampaignStatus, { nullable: true, description: "Only campaigns with this status." })
    status?: CampaignStatus | null,
  ): Promise<CampaignConnection> {
    return listCampaigns({ prisma: context.prisma, first, after, status });
  }

  @Authorized("campaigns:read")
  @Query(() => Campaign, { description: "One campaign." })
  campaign(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Campaign id." }) id: string,
  ): Promise<Campaign> {
    return getCampaign({ prisma: context.prisma, id });
  }

  @Authorized("campaigns:read")
  @Query(() => AudienceSummary, {
    description:
      "Audience counts of a selection of segments before a campaign is saved (any existing segments).",
  })
  audiencePreview(
    @Ctx() context: RequestContext,
    @Arg("segmentIds", () => [ID], { description: "Segments to count." }) segmentIds: string[],
  ): Promise<AudienceSummary> {
    return summariseAudience({ prisma: context.prisma, segmentIds });
  }

  @Authorized("campaigns:read")
  @Query(() => AudienceMemberConnection, {
    description: "The campaign's current audience: consented, not suppressed, each customer once.",
  })
  campaignAudience(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Campaign id." }) id: string,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size (at most 100)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Cursor of the previous page's last customer.",
    })
    after?: string | null,
  ): Promise<AudienceMemberConnection> {
    return listCampaignAudience({ prisma: context.prisma, campaignId: id, first, after });
  }

  @Authorized("campaigns:read")
  @FieldResolver(() => AudienceSummary, { description: "Audience counts per targeted segment and in total." })
  audience(@Root() campaign: Campaign, @Ctx() context: RequestContext): Promise<AudienceSummary> {
    return summariseAudience({
      prisma: context.prisma,
      segmentIds: campaign.segments.map((segment) => segment.id),
    });
  }

  @Authorized("campaigns:write")
  @Mutation(() => Campaign, {
    description: "Creates a DRAFT campaign on one or more segments of the active run.",
  })
  createCampaign(
    @Ctx() context: RequestContext,
    @Arg("input", () => CreateCampaignInput, { description: "The campaign." }) input: CreateCampaignInput,
  ): Promise<Campaign> {
    return createCampaign({
      prisma: context.prisma,
      viewer: context.viewer,
      input,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("campaigns:write")
  @Mutation(() => Campaign, {
    description: "Changes fields of a campaign that is not COMPLETED or CANCELLED.",
  })
  updateCampaign(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Campaign id." }) id: string,
    @Arg("input", () => UpdateCampaignInput, { description: "Fields to change." }) input: UpdateCampaignInput,
  ): Promise<Campaign> {
    return updateCampaign({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      input,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("campaigns:write")
  @Mutation(() => Campaign, {
    description: "Replaces the campaign's segments (new ones must belong to the active run).",
  })
  setCampaignSegments(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Campaign id." }) id: string,
    @Arg("segmentIds", () => [ID], { description: "All segments the campaign should target." })
    segmentIds: string[],
  ): Promise<Campaign> {
    return setCampaignSegments({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      segmentIds,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("campaigns:write")
  @Mutation(() => Campaign, { description: "Moves a campaign along its life cycle (see CampaignStatus)." })
  changeCampaignStatus(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Campaign id." }) id: string,
    @Arg("status", () => CampaignStatus, { description: "The new status." }) status: CampaignStatus,
  ): Promise<Campaign> {
    return changeCampaignStatus({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      status,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("campaigns:write")
  @Mutation(() => Boolean, { description: "Deletes a DRAFT or CANCELLED campaign." })
  deleteCampaign(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Campaign id." }) id: string,
  ): Promise<boolean> {
    return deleteCampaign({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      ipAddress: context.ipAddress,
    });
  }
}
