import { CampaignChannel, CampaignStatus } from "@seglens/database";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Results recorded for a campaign (all or one of its segments)." })
export class CampaignResult {
  @Field(() => ID, { description: "Result id." })
  id!: string;

  @Field(() => ID, { description: "Campaign." })
  campaignId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Segment the figures are for (null: the campaign as a whole).",
  })
  segmentId!: string | null;

  @Field(() => Int, { description: "Customers reached." })
  reach!: number;

  @Field(() => Int, { description: "Customers who converted." })
  conversions!: number;

  @Field(() => Float, { description: "Revenue attributed." })
  revenue!: number;

  @Field(() => GraphQLDateTimeISO, { description: "When the result was recorded." })
  recordedAt!: Date;
}

@ObjectType({ description: "Key figures of a set of results; results recorded several times add up." })
export class KpiFigures {
  @Field(() => Int, { description: "Customers reached." })
  reach!: number;

  @Field(() => Int, { description: "Conversions." })
  conversions!: number;

  @Field(() => Float, { description: "Revenue." })
  revenue!: number;

  @Field(() => Float, { nullable: true, description: "conversions / reach (null without reach)." })
  conversionRate!: number | null;

  @Field(() => Float, { nullable: true, description: "revenue / reach (null without reach)." })
  revenuePerRecipient!: number | null;

  @Field(() => Float, {
    description: "Part of the budget charged: budget × this reach / the campaign's reach.",
  })
  cost!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Return on investment: (revenue − cost) / cost (null without cost).",
  })
  roi!: number | null;
}

@ObjectType({ description: "KPIs of a campaign in one segment." })
export class CampaignSegmentKpis {
  @Field(() => ID, { description: "Segment id." })
  segmentId!: string;

  @Field(() => String, { description: "Segment name." })
  segmentName!: string;

  @Field(() => KpiFigures, { description: "Figures." })
  kpis!: KpiFigures;
}

@ObjectType({ description: "KPIs of a campaign per segment and in total." })
export class CampaignKpis {
  @Field(() => ID, { description: "Campaign id." })
  campaignId!: string;

  @Field(() => Float, { description: "The campaign's budget." })
  budget!: number;

  @Field(() => [CampaignSegmentKpis], {
    description: "Per segment the campaign targets or has results for, by name.",
  })
  perSegment!: CampaignSegmentKpis[];

  @Field(() => KpiFigures, {
    nullable: true,
    description: "Results recorded without a segment (null when there are none).",
  })
  unattributed!: KpiFigures | null;

  @Field(() => KpiFigures, { description: "All results of the campaign; cost = the whole budget." })
  total!: KpiFigures;
}

@ObjectType({ description: "A campaign that targeted a segment, with its results there." })
export class SegmentCampaignKpis {
  @Field(() => ID, { description: "Campaign id." })
  campaignId!: string;

  @Field(() => String, { description: "Campaign name." })
  campaignName!: string;

  @Field(() => CampaignStatus, { description: "Campaign status." })
  status!: CampaignStatus;

  @Field(() => CampaignChannel, { description: "Campaign channel." })
  channel!: CampaignChannel;

  @Field(() => KpiFigures, { description: "Figures of the campaign in this segment." })
  kpis!: KpiFigures;
}

@ObjectType({ description: "How campaigns did in a segment." })
export class SegmentKpis {
  @Field(() => ID, { description: "Segment id." })
  segmentId!: string;

  @Field(() => String, { description: "Segment name." })
  segmentName!: string;

  @Field(() => [SegmentCampaignKpis], {
    description: "Campaigns that targeted the segment or have results for it, newest first.",
  })
  campaigns!: SegmentCampaignKpis[];

  @Field(() => KpiFigures, { description: "All those campaigns together in this segment." })
  total!: KpiFigures;
}
