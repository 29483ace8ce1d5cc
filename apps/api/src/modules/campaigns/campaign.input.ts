import { CampaignChannel } from "@seglens/database";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, ID, InputType } from "type-graphql";

@InputType({ description: "A new campaign (it starts as DRAFT)." })
export class CreateCampaignInput {
  @Field(() => String, { description: "Name (1–200 characters)." })
  name!: string;

  @Field(() => CampaignChannel, { description: "Channel." })
  channel!: CampaignChannel;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Planned start (in the future)." })
  scheduledAt?: Date | null;

  @Field(() => String, {
    defaultValue: "",
    description: "Message or creative brief (at most 100,000 characters).",
  })
  content!: string;

  @Field(() => Float, { defaultValue: 0, description: "Budget, ≥ 0." })
  budget!: number;

  @Field(() => [ID], { description: "Segments to target (one or more, of the active run)." })
  segmentIds!: string[];
}

@InputType({ description: "Fields of a campaign to change; omitted fields stay as they are." })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true, description: "Name (1–200 characters)." })
  name?: string | null;

  @Field(() => CampaignChannel, { nullable: true, description: "Channel." })
  channel?: CampaignChannel | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Planned start (in the future)." })
  scheduledAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "True clears the planned start." })
  clearSchedule?: boolean | null;

  @Field(() => String, { nullable: true, description: "Message or creative brief." })
  content?: string | null;

  @Field(() => Float, { nullable: true, description: "Budget, ≥ 0." })
  budget?: number | null;
}
