import { EventType } from "@seglens/database";
import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType({ description: "An event pushed by an integration; sending the same event twice stores it once." })
export class RecordEventInput {
  @Field(() => String, { description: "External id of the customer." })
  customerExternalId!: string;

  @Field(() => EventType, { description: "Kind of event." })
  type!: EventType;

  @Field(() => GraphQLDateTimeISO, { description: "When it happened." })
  occurredAt!: Date;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Free-form details (a JSON object)." })
  properties?: Record<string, unknown> | null;
}
