import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Segment } from "../segments/segment.type";
import { attachMarketingPlan } from "./attach-marketing-plan";
import { getSegmentPlan } from "./get-marketing-plan";
import { listPlanHistory } from "./list-plan-history";
import { MarketingPlanInput } from "./marketing-plan.input";
import { MarketingPlan, MarketingPlanRevision, MarketingPlanSuggestion } from "./marketing-plan.type";
import { removeMarketingPlan } from "./remove-marketing-plan";
import { suggestMarketingPlan } from "./suggest-marketing-plan";
import { updateMarketingPlan } from "./update-marketing-plan";

@Resolver(() => Segment)
export class MarketingPlanResolver {
  @Authorized("segments:read")
  @Query(() => MarketingPlanSuggestion, {
    description: "The plan the segment's archetype suggests, as a draft to edit and attach.",
  })
  suggestedMarketingPlan(
    @Ctx() context: RequestContext,
    @Arg("segmentId", () => ID, { description: "Segment id." }) segmentId: string,
  ): Promise<MarketingPlanSuggestion> {
    return suggestMarketingPlan({ prisma: context.prisma, segmentId });
  }

  @Authorized("segments:read")
  @Query(() => [MarketingPlanRevision], { description: "Every saved version of a plan, newest first." })
  marketingPlanHistory(
    @Ctx() context: RequestContext,
    @Arg("planId", () => ID, { description: "Plan id." }) planId: string,
  ): Promise<MarketingPlanRevision[]> {
    return listPlanHistory({ prisma: context.prisma, planId });
  }

  @Authorized("segments:write")
  @Mutation(() => MarketingPlan, { description: "Attaches a marketing plan to a segment." })
  attachMarketingPlan(
    @Ctx() context: RequestContext,
    @Arg("segmentId", () => ID, { description: "Segment id." }) segmentId: string,
    @Arg("input", () => MarketingPlanInput, { description: "The plan." }) input: MarketingPlanInput,
  ): Promise<MarketingPlan> {
    return attachMarketingPlan({
      prisma: context.prisma,
      viewer: context.viewer,
      segmentId,
      input,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("segments:write")
  @Mutation(() => MarketingPlan, { description: "Changes fields of a plan (omitted fields stay)." })
  updateMarketingPlan(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Plan id." }) id: string,
    @Arg("input", () => MarketingPlanInput, { description: "Fields to change." }) input: MarketingPlanInput,
  ): Promise<MarketingPlan> {
    return updateMarketingPlan({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      input,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("segments:write")
  @Mutation(() => Boolean, { description: "Removes a plan from its segment." })
  removeMarketingPlan(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Plan id." }) id: string,
  ): Promise<boolean> {
    return removeMarketingPlan({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      ipAddress: context.ipAddress,
    });
  }

  @FieldResolver(() => MarketingPlan, {
    nullable: true,
    description: "The segment's marketing plan, if any.",
  })
  marketingPlan(@Root() segment: Segment, @Ctx() context: RequestContext): Promise<MarketingPlan | null> {
    return getSegmentPlan({ prisma: context.prisma, segmentId: segment.id });
  }
}
