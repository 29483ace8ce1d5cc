import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, InputType, Int } from "type-graphql";

@InputType({ description: "One line of a new order." })
export class OrderLineInput {
  @Field(() => String, { description: "Product SKU; an unknown SKU creates the product." })
  sku!: string;

  @Field(() => Int, { description: "Units (> 0)." })
  quantity!: number;

  @Field(() => Float, { description: "Price of one unit (>= 0)." })
  unitPrice!: number;
}

@InputType({ description: "An order pushed by an integration; its total is computed from the lines." })
export class CreateOrderInput {
  @Field(() => String, { description: "Order id in the shop (unique)." })
  externalId!: string;

  @Field(() => String, { description: "External id of the customer who placed it." })
  customerExternalId!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When it was placed." })
  orderedAt!: Date;

  @Field(() => String, { defaultValue: "USD", description: "ISO 4217 currency code." })
  currency!: string;

  @Field(() => [OrderLineInput], { description: "The lines (at least one, each SKU once)." })
  lines!: OrderLineInput[];
}
