import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";

export enum CustomerSortField {
  NAME = "NAME",
  TOTAL_SPENT = "TOTAL_SPENT",
  LAST_ORDER_AT = "LAST_ORDER_AT",
  CREATED_AT = "CREATED_AT",
  ORDER_COUNT = "ORDER_COUNT",
}
registerEnumType(CustomerSortField, {
  name: "CustomerSortField",
  description: "What a customer list is sorted by.",
});

export enum CustomerSortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(CustomerSortDirection, {
  name: "CustomerSortDirection",
  description: "Ascending or descending.",
});

@InputType({ description: "Conditions a customer must meet to be listed (all given ones at once)." })
export class CustomerFilter {
  @Field(() => ID, { nullable: true, description: "Only members of this segment." })
  segmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Case-insensitive text found in the name, email or external id.",
  })
  text?: string | null;

  @Field(() => Float, { nullable: true, description: "Total spent at least this much." })
  minSpent?: number | null;

  @Field(() => Float, { nullable: true, description: "Total spent at most this much." })
  maxSpent?: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Last order at or after this time." })
  lastOrderAfter?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Last order at or before this time." })
  lastOrderBefore?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only customers who did (true) or did not (false) consent to marketing.",
  })
  marketingConsent?: boolean | null;
}

@InputType({ description: "Sort order of a customer list; ties are broken by id." })
export class CustomerOrderBy {
  @Field(() => CustomerSortField, { description: "Field to sort by." })
  field!: CustomerSortField;

  @Field(() => CustomerSortDirection, { defaultValue: CustomerSortDirection.ASC, description: "Direction." })
  direction!: CustomerSortDirection;
}

@ArgsType()
export class CustomersArgs {
  @Field(() => Int, { defaultValue: 20, description: "Page size (1 to 100)." })
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts." })
  after?: string | null;

  @Field(() => CustomerFilter, { nullable: true, description: "Conditions; none = every customer." })
  filter?: CustomerFilter | null;

  @Field(() => CustomerOrderBy, { nullable: true, description: "Sort order; default by id." })
  orderBy?: CustomerOrderBy | null;
}

@InputType({
  description: "A customer pushed by an integration; matched by externalId (created or updated).",
})
export class UpsertCustomerInput {
  @Field(() => String, { description: "Id in the source system (required, matched on)." })
  externalId!: string;

  @Field(() => String, { nullable: true, description: "Email address (stored lower-cased)." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Full name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Gender." })
  gender?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Birth date." })
  birthDate?: Date | null;

  @Field(() => String, { nullable: true, description: "City." })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "Country." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Occupation." })
  occupation?: string | null;

  @Field(() => Float, { nullable: true, description: "Yearly income (>= 0)." })
  income?: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Signup time." })
  signupDate?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Consent to marketing (unchanged when omitted; false for a new customer).",
  })
  marketingConsent?: boolean | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "Extra attributes (replace the stored ones when given).",
  })
  attributes?: Record<string, unknown> | null;
}
