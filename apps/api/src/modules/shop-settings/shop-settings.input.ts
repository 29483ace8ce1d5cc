import { Field, InputType } from "type-graphql";

@InputType({ description: "New settings of the shop." })
export class UpdateShopSettingsInput {
  @Field(() => String, {
    description:
      "ISO 4217 currency code, one of Intl.supportedValuesOf('currency') (e.g. EUR); case-insensitive.",
  })
  currency!: string;
}
