import { Field, Float, ID, InputType, Int } from "type-graphql";

@InputType({
  description: "Figures measured for a campaign, for one of its segments or for the whole campaign.",
})
export class RecordCampaignResultInput {
  @Field(() => ID, { description: "Campaign id." })
  campaignId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "One of the campaign's segments (omit for the whole campaign).",
  })
  segmentId?: string | null;

  @Field(() => Int, { description: "Customers reached, ≥ 0." })
  reach!: number;

  @Field(() => Int, { description: "Conversions, 0 ≤ conversions ≤ reach." })
  conversions!: number;

  @Field(() => Float, { description: "Revenue attributed, ≥ 0." })
  revenue!: number;
}
