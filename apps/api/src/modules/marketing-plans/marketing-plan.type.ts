import { PlanStatus } from "@seglens/database";
import { GraphQLDate, GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { MarketingChannel } from "./marketing-plan.input";

@ObjectType({ description: "A marketing plan attached to a segment." })
export class MarketingPlan {
  @Field(() => ID, { description: "Plan id." })
  id!: string;

  @Field(() => ID, { description: "Segment the plan targets." })
  segmentId!: string;

  @Field(() => String, { description: "What the plan aims at." })
  objective!: string;

  @Field(() => String, { description: "The KPI to watch." })
  kpi!: string;

  @Field(() => Float, { description: "KPI target." })
  kpiTarget!: number;

  @Field(() => [MarketingChannel], { description: "Channels." })
  channels!: MarketingChannel[];

  @Field(() => String, { description: "Offer." })
  offer!: string;

  @Field(() => String, { description: "Message." })
  message!: string;

  @Field(() => Float, { description: "Budget." })
  budget!: number;

  @Field(() => GraphQLDate, { nullable: true, description: "First day." })
  startDate!: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "Last day." })
  endDate!: Date | null;

  @Field(() => PlanStatus, { description: "Status." })
  status!: PlanStatus;

  @Field(() => GraphQLDateTimeISO, { description: "Created." })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "Last saved." })
  updatedAt!: Date;
}

@ObjectType({ description: "A starting point for a plan, from the segment's archetype in the playbook." })
export class MarketingPlanSuggestion {
  @Field(() => String, {
    nullable: true,
    description: "Archetype the suggestion comes from (null: no archetype matched).",
  })
  archetype!: string | null;

  @Field(() => String, { description: "What the plan aims at." })
  objective!: string;

  @Field(() => String, { description: "The KPI to watch." })
  kpi!: string;

  @Field(() => Float, {
    nullable: true,
    description: "KPI target as a number, read from the playbook's wording.",
  })
  kpiTarget!: number | null;

  @Field(() => String, { description: "The playbook's wording of the target, e.g. “≥ 20%”." })
  kpiTargetText!: string;

  @Field(() => [MarketingChannel], { description: "The playbook's channels that exist here." })
  channels!: MarketingChannel[];

  @Field(() => String, { description: "Offer." })
  offer!: string;

  @Field(() => String, { description: "Message." })
  message!: string;

  @Field(() => Float, { description: "The segment's suggested share of the marketing budget." })
  budgetShare!: number;

  @Field(() => Int, { description: "Suggested duration in weeks." })
  durationWeeks!: number;
}

@ObjectType({ description: "One saved version of a plan." })
export class MarketingPlanRevision {
  @Field(() => Int, { description: "Revision id (increasing)." })
  id!: number;

  @Field(() => MarketingPlan, { description: "The plan as it was saved." })
  snapshot!: MarketingPlan;

  @Field(() => ID, { nullable: true, description: "Who saved it." })
  changedById!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: "When." })
  createdAt!: Date;
}
