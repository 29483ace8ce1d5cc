import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Settings of the shop as a whole." })
export class ShopSettings {
  @Field(() => String, {
    description:
      "ISO 4217 code (e.g. USD, EUR) of the currency money figures are shown in; USD until changed.",
  })
  currency!: string;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "When the settings were last changed (null: never, the defaults hold).",
  })
  updatedAt!: Date | null;
}
