import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One line of an order: a product (by SKU), how many, at what unit price." })
export class OrderLine {
  @Field(() => Int, { description: "Database id of the line." })
  id!: number;

  @Field(() => String, { description: "Product SKU as sent by the shop." })
  sku!: string;

  @Field(() => String, { nullable: true, description: "Product name, when the SKU is a known product." })
  productName!: string | null;

  @Field(() => String, { nullable: true, description: "Product category, when the SKU is a known product." })
  category!: string | null;

  @Field(() => Int, { description: "Units bought (> 0)." })
  quantity!: number;

  @Field(() => Float, { description: "Price of one unit." })
  unitPrice!: number;

  @Field(() => Float, { description: "quantity × unitPrice." })
  lineTotal!: number;
}

@ObjectType({ description: "A purchase by a customer; its total is always the sum of its lines." })
export class Order {
  @Field(() => Int, { description: "Database id of the order." })
  id!: number;

  @Field(() => String, { description: "Order id in the shop (unique)." })
  externalId!: string;

  @Field(() => Int, { description: "Database id of the customer who placed it." })
  customerId!: number;

  @Field(() => GraphQLDateTimeISO, { description: "When the order was placed." })
  orderedAt!: Date;

  @Field(() => Float, { description: "Sum of the lines (recomputed on every write)." })
  total!: number;

  @Field(() => String, { description: "ISO 4217 currency code." })
  currency!: string;
}
