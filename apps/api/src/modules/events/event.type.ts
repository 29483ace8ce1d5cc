import { EventType } from "@seglens/database";
import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

registerEnumType(EventType, { name: "EventType", description: "What a customer did." });

@ObjectType({ description: "Something a customer did (viewed, searched, opened an email...)." })
export class CustomerEvent {
  @Field(() => Int, { description: "Database id of the event." })
  id!: number;

  @Field(() => Int, { description: "Database id of the customer." })
  customerId!: number;

  @Field(() => EventType, { description: "Kind of event." })
  type!: EventType;

  @Field(() => GraphQLDateTimeISO, { description: "When it happened." })
  occurredAt!: Date;

  @Field(() => GraphQLJSONObject, { description: "Free-form details sent with the event." })
  properties!: Record<string, unknown>;
}
