import { MembershipSource } from "@seglens/database";
import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";

registerEnumType(MembershipSource, {
  name: "MembershipSource",
  description: "RUN: placed by the run itself; REALTIME: scored later with the run's stored model.",
});

@ObjectType({ description: "A feature's value (original units)." })
export class FeatureValue {
  @Field(() => String, { description: "Feature name." })
  feature!: string;

  @Field(() => Float, { description: "Value." })
  value!: number;
}

@ObjectType({ description: "How a segment's mean of a feature compares with all customers'." })
export class FeatureComparison {
  @Field(() => String, { description: "Feature name." })
  feature!: string;

  @Field(() => Float, { description: "Mean in the segment." })
  segmentMean!: number;

  @Field(() => Float, { description: "Mean over all customers." })
  overallMean!: number;

  @Field(() => Float, {
    nullable: true,
    description: "segmentMean / overallMean (null when the overall mean is 0).",
  })
  ratio!: number | null;

  @Field(() => Float, { description: "segmentMean − overallMean." })
  difference!: number;

  @Field(() => Float, { description: "Difference in overall standard deviations (effect size)." })
  effectSize!: number;
}

@ObjectType({
  description:
    "One condition of a rule, on one feature: a numeric range (min < value ≤ max) or a list of categories.",
})
export class SegmentRuleCondition {
  @Field(() => String, { description: "Feature name (the run's technical name, e.g. monetary)." })
  feature!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Exclusive lower bound (value > min); null when unbounded.",
  })
  min!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Inclusive upper bound (value ≤ max); null when unbounded.",
  })
  max!: number | null;

  @Field(() => [String], { nullable: true, description: "Allowed categories (null for a numeric range)." })
  categories!: string[] | null;

  @Field(() => String, { description: 'The condition in words, e.g. "monetary > 120".' })
  text!: string;
}

@ObjectType({ description: "A readable rule of the explanation tree predicting the segment." })
export class SegmentRule {
  @Field(() => String, { description: 'Conditions, e.g. "frequency > 5 and recency_days ≤ 30".' })
  text!: string;

  @Field(() => [SegmentRuleCondition], { description: "The same conditions as structured fields." })
  conditions!: SegmentRuleCondition[];

  @Field(() => Float, { description: "Share of the segment's members the rule covers." })
  coverage!: number;

  @Field(() => Float, { description: "Share of customers matching the rule that are in the segment." })
  precision!: number;

  @Field(() => Int, { description: "Members of the segment matching the rule." })
  support!: number;

  @Field(() => Int, { description: "Customers matching the rule." })
  matched!: number;
}

@ObjectType({ description: "A product association inside the segment's baskets, compared with all baskets." })
export class SegmentAssociationRule {
  @Field(() => [String], { description: "Items bought…" })
  antecedent!: string[];

  @Field(() => [String], { description: "…with these items." })
  consequent!: string[];

  @Field(() => Float, { description: "Share of the segment's baskets holding all items." })
  support!: number;

  @Field(() => Float, { description: "P(consequent | antecedent) in the segment." })
  confidence!: number;

  @Field(() => Float, { description: "Lift in the segment." })
  lift!: number;

  @Field(() => Float, { description: "Lift of the same rule over all baskets." })
  overallLift!: number;

  @Field(() => Float, { nullable: true, description: "lift / overallLift (> 1: stronger in this segment)." })
  liftRatio!: number | null;
}

@ObjectType({ description: "The marketing plan the segment's archetype suggests (a starting point)." })
export class SuggestedPlan {
  @Field(() => String, { description: "What the plan aims at." })
  objective!: string;

  @Field(() => String, { description: "The KPI to watch." })
  kpi!: string;

  @Field(() => String, { description: "The KPI target, as the playbook words it." })
  kpiTargetText!: string;

  @Field(() => [String], { description: "Suggested channels, as the playbook words them." })
  channels!: string[];

  @Field(() => String, { description: "Offer." })
  offer!: string;

  @Field(() => String, { description: "Message." })
  message!: string;

  @Field(() => Float, { description: "This segment's share of the marketing budget." })
  budgetShare!: number;

  @Field(() => Int, { description: "Suggested duration in weeks." })
  durationWeeks!: number;
}

@ObjectType({ description: "A segment of customers found by a run." })
export class Segment {
  @Field(() => ID, { description: "Segment id." })
  id!: string;

  @Field(() => ID, { description: "Run that found it." })
  runId!: string;

  @Field(() => Int, { description: "Index within the run (0 = largest)." })
  clusterIndex!: number;

  @Field(() => String, { description: "Name (generated, editable)." })
  name!: string;

  @Field(() => String, { description: "Description (generated, editable)." })
  description!: string;

  @Field(() => String, { nullable: true, description: "Archetype of the playbook (champions, at-risk, …)." })
  archetype!: string | null;

  @Field(() => Int, { description: "Customers at the end of the run." })
  size!: number;

  @Field(() => Float, { description: "Share of all customers." })
  share!: number;

  @Field(() => [FeatureValue], { description: "Centroid of the clustering features (original units)." })
  centroid!: FeatureValue[];

  @Field(() => GraphQLJSONObject, {
    description:
      "Statistics per feature (numeric: count, mean, median, std, quantiles, histogram; categorical: shares), the shared histogram bin edges per numeric feature (histogramEdges) and the same statistics for all customers of the run (overall: size, numeric, categorical).",
  })
  profile!: Record<string, unknown>;

  @Field(() => [FeatureComparison], {
    description: "Features where the segment stands out (|effect size| ≥ 0.5), most distinctive first.",
  })
  standOut!: FeatureComparison[];

  @Field(() => [SegmentRule], { description: "Rules describing the segment, with coverage and precision." })
  rules!: SegmentRule[];

  @Field(() => [SegmentAssociationRule], {
    description: "Association rules of the segment's baskets (lift vs all).",
  })
  associationRules!: SegmentAssociationRule[];

  @Field(() => SuggestedPlan, { nullable: true, description: "Plan suggested by the archetype." })
  suggestedPlan!: SuggestedPlan | null;

  @Field(() => GraphQLDateTimeISO, { description: "Created." })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "Last edited." })
  updatedAt!: Date;
}

@ObjectType({ description: "A customer in a segment." })
export class SegmentMember {
  @Field(() => Int, { description: "Customer id." })
  customerId!: number;

  @Field(() => String, { description: "Id in the owner's source system." })
  externalId!: string;

  @Field(() => String, { nullable: true, description: "Name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "Email." })
  email!: string | null;

  @Field(() => Float, { description: "Distance to the segment centroid (scaled space)." })
  distance!: number;

  @Field(() => MembershipSource, { description: "How the customer was placed." })
  source!: MembershipSource;

  @Field(() => GraphQLDateTimeISO, { description: "When the customer was placed." })
  assignedAt!: Date;
}

@ObjectType({ description: "An edge of the members connection." })
export class SegmentMemberEdge {
  @Field(() => String, { description: "Cursor." })
  cursor!: string;

  @Field(() => SegmentMember, { description: "Member." })
  node!: SegmentMember;
}

@ObjectType({ description: "Members of a segment, closest to the centroid first." })
export class SegmentMemberConnection {
  @Field(() => Int, { description: "Members in total." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Paging." })
  pageInfo!: PageInfo;

  @Field(() => [SegmentMemberEdge], { description: "Members of this page." })
  edges!: SegmentMemberEdge[];
}

@ObjectType({ description: "One condition on the customer's path through the explanation tree." })
export class ExplanationStep {
  @Field(() => String, { description: "Feature." })
  feature!: string;

  @Field(() => String, { description: 'The condition met, e.g. "frequency > 5".' })
  condition!: string;

  @Field(() => String, { description: "The customer's actual value." })
  value!: string;
}

@ObjectType({ description: "Why a customer is in their segment of the active run." })
export class CustomerSegmentExplanation {
  @Field(() => Segment, { description: "The customer's segment in the active run." })
  segment!: Segment;

  @Field(() => MembershipSource, { description: "Placed by the run or in real time." })
  source!: MembershipSource;

  @Field(() => Float, { description: "Distance to the segment centroid." })
  distance!: number;

  @Field(() => String, { description: "The path in plain words (conditions joined by “and”)." })
  text!: string;

  @Field(() => [ExplanationStep], { description: "Conditions with the customer's actual values." })
  steps!: ExplanationStep[];

  @Field(() => Boolean, {
    description:
      "False when the rules point to another segment than the one the customer is in (rules are an approximation).",
  })
  rulesAgree!: boolean;
}
