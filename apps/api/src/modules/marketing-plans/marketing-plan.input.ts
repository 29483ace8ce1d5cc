import { PlanStatus } from "@seglens/database";
import { GraphQLDate } from "graphql-scalars";
import { Field, Float, InputType, registerEnumType } from "type-graphql";

export enum MarketingChannel {
  EMAIL = "EMAIL",
  SMS = "SMS",
  SOCIAL = "SOCIAL",
  ADS = "ADS",
  DIRECT_MAIL = "DIRECT_MAIL",
  WEBHOOK = "WEBHOOK",
}

registerEnumType(MarketingChannel, {
  name: "MarketingChannel",
  description: "Where a plan reaches its customers.",
});
registerEnumType(PlanStatus, { name: "PlanStatus", description: "Lifecycle of a marketing plan." });

@InputType({ description: "A marketing plan for a segment; on update, omitted fields keep their value." })
export class MarketingPlanInput {
  @Field(() => String, { nullable: true, description: "What the plan aims at (required on attach)." })
  objective?: string | null;

  @Field(() => String, { nullable: true, description: "The KPI to watch (required on attach)." })
  kpi?: string | null;

  @Field(() => Float, { nullable: true, description: "KPI target, > 0 (required on attach)." })
  kpiTarget?: number | null;

  @Field(() => [MarketingChannel], {
    nullable: true,
    description: "Channels, at least one (required on attach).",
  })
  channels?: MarketingChannel[] | null;

  @Field(() => String, { nullable: true, description: "Offer (default empty)." })
  offer?: string | null;

  @Field(() => String, { nullable: true, description: "Message (default empty)." })
  message?: string | null;

  @Field(() => Float, { nullable: true, description: "Budget, ≥ 0 (default 0)." })
  budget?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: "First day (YYYY-MM-DD)." })
  startDate?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "Last day (YYYY-MM-DD), not before startDate." })
  endDate?: Date | null;

  @Field(() => PlanStatus, { nullable: true, description: "Status (default DRAFT)." })
  status?: PlanStatus | null;
}
