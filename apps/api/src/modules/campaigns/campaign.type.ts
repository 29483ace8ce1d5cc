import { CampaignChannel, CampaignStatus } from "@seglens/database";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";

registerEnumType(CampaignChannel, {
  name: "CampaignChannel",
  description: "Where a campaign reaches its audience.",
});
registerEnumType(CampaignStatus, {
  name: "CampaignStatus",
  description:
    "Life cycle: DRAFT → SCHEDULED → RUNNING → COMPLETED; RUNNING ↔ PAUSED; CANCELLED from any status that is not final. COMPLETED and CANCELLED are final.",
});

@ObjectType({ description: "A segment a campaign targets." })
export class CampaignTargetSegment {
  @Field(() => ID, { description: "Segment id." })
  id!: string;

  @Field(() => String, { description: "Segment name." })
  name!: string;

  @Field(() => Int, { description: "Customers in the segment at the end of its run." })
  size!: number;

  @Field(() => Int, {
    description: "Position of the segment in its run (0-based): the dashboard colours segments by it.",
  })
  clusterIndex!: number;

  @Field(() => ID, { description: "Run that found the segment." })
  runId!: string;

  @Field(() => Boolean, { description: "True when the segment belongs to the active segmentation run." })
  inActiveRun!: boolean;
}

@ObjectType({ description: "Audience counts of one segment." })
export class SegmentAudienceCount {
  @Field(() => ID, { description: "Segment id." })
  segmentId!: string;

  @Field(() => String, { description: "Segment name." })
  name!: string;

  @Field(() => Int, { description: "Customers in the segment at the end of its run." })
  size!: number;

  @Field(() => Int, { description: "Customers in the segment now (run and real-time members)." })
  audienceSize!: number;

  @Field(() => Int, {
    description:
      "Of those, customers who consented to marketing and are not suppressed: the ones a campaign reaches.",
  })
  consentedCount!: number;
}

@ObjectType({
  description:
    "Who a campaign on these segments reaches; a customer in two segments counts once in the totals.",
})
export class AudienceSummary {
  @Field(() => Int, { description: "Distinct customers in the segments." })
  totalCustomers!: number;

  @Field(() => Int, {
    description:
      "Distinct customers in the segments who consented to marketing and are not suppressed (the audience).",
  })
  consentedCustomers!: number;

  @Field(() => [SegmentAudienceCount], {
    description: "Counts per segment, in the order the segments were given.",
  })
  perSegment!: SegmentAudienceCount[];
}

@ObjectType({ description: "A marketing campaign aimed at one or more segments." })
export class Campaign {
  @Field(() => ID, { description: "Campaign id." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => CampaignChannel, { description: "Channel." })
  channel!: CampaignChannel;

  @Field(() => CampaignStatus, { description: "Status in the campaign life cycle." })
  status!: CampaignStatus;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the campaign is planned to start." })
  scheduledAt!: Date | null;

  @Field(() => String, { description: "Message or creative brief." })
  content!: string;

  @Field(() => Float, { description: "Budget (the owner's currency)." })
  budget!: number;

  @Field(() => [CampaignTargetSegment], { description: "Segments the campaign targets." })
  segments!: CampaignTargetSegment[];

  @Field(() => GraphQLDateTimeISO, { description: "Created." })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "Last changed." })
  updatedAt!: Date;
}

@ObjectType({ description: "An edge of the campaigns connection." })
export class CampaignEdge {
  @Field(() => String, { description: "Cursor of this campaign." })
  cursor!: string;

  @Field(() => Campaign, { description: "The campaign." })
  node!: Campaign;
}

@ObjectType({ description: "A page of campaigns, newest first." })
export class CampaignConnection {
  @Field(() => Int, { description: "Campaigns matching the filter." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Paging." })
  pageInfo!: PageInfo;

  @Field(() => [CampaignEdge], { description: "Campaigns of this page." })
  edges!: CampaignEdge[];
}

@ObjectType({ description: "A customer in a campaign's audience." })
export class AudienceMember {
  @Field(() => Int, { description: "Customer id." })
  customerId!: number;

  @Field(() => String, { description: "Id in the owner's source system." })
  externalId!: string;

  @Field(() => String, { nullable: true, description: "Email." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Name." })
  name!: string | null;

  @Field(() => [String], { description: "Names of the campaign's segments the customer is in." })
  segments!: string[];
}

@ObjectType({ description: "An edge of the audience connection." })
export class AudienceMemberEdge {
  @Field(() => String, { description: "Cursor of this member." })
  cursor!: string;

  @Field(() => AudienceMember, { description: "The customer." })
  node!: AudienceMember;
}

@ObjectType({ description: "A page of a campaign's audience, by customer id." })
export class AudienceMemberConnection {
  @Field(() => Int, { description: "Customers in the audience." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Paging." })
  pageInfo!: PageInfo;

  @Field(() => [AudienceMemberEdge], { description: "Customers of this page." })
  edges!: AudienceMemberEdge[];
}
