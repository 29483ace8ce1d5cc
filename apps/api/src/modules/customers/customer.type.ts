import { MembershipSource } from "@seglens/database";
import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { CustomerEvent } from "../events/event.type";
// Registers the MembershipSource enum (once, there: a second registration would replace its description).
import "../segments/segment.type";
import { PageInfo } from "../../graphql/page-info.type";

@ObjectType({
  description: "A customer of the owner's business, with totals kept up to date from its orders.",
})
export class Customer {
  @Field(() => Int, { description: "Database id." })
  id!: number;

  @Field(() => String, { description: "Id in the owner's source system (unique)." })
  externalId!: string;

  @Field(() => String, { nullable: true, description: "Email address, lower-cased." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Full name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "Gender as given by the source (sensitive)." })
  gender!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Birth date (sensitive), midnight UTC." })
  birthDate!: Date | null;

  @Field(() => String, { nullable: true, description: "City." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "Country." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "Occupation." })
  occupation!: string | null;

  @Field(() => Float, { nullable: true, description: "Yearly income." })
  income!: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the customer signed up." })
  signupDate!: Date | null;

  @Field(() => Boolean, { description: "True when the customer agreed to marketing messages." })
  marketingConsent!: boolean;

  @Field(() => GraphQLJSONObject, {
    description: "Extra attributes from imports (columns without a field of their own).",
  })
  attributes!: Record<string, unknown>;

  @Field(() => Int, { description: "Number of orders." })
  orderCount!: number;

  @Field(() => Float, { description: "Sum of order totals." })
  totalSpent!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "First order time." })
  firstOrderAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Last order time." })
  lastOrderAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { description: "When the record was created here." })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "When the record last changed here." })
  updatedAt!: Date;
}

@ObjectType({ description: "The segment a customer belongs to in the active segmentation run." })
export class CustomerSegment {
  @Field(() => String, { description: "Id of the segment." })
  segmentId!: string;

  @Field(() => String, { description: "Name of the segment." })
  name!: string;

  @Field(() => String, { description: "Id of the (active) segmentation run." })
  runId!: string;

  @Field(() => Int, { description: "Cluster number within the run (0-based)." })
  clusterIndex!: number;

  @Field(() => Float, { description: "Distance to the segment centre in the run's scaled feature space." })
  distance!: number;

  @Field(() => MembershipSource, { description: "RUN when assigned by the run, REALTIME when scored later." })
  source!: MembershipSource;

  @Field(() => GraphQLDateTimeISO, { description: "When the assignment was made." })
  assignedAt!: Date;
}

@ObjectType({ description: "One customer of a page, with its cursor." })
export class CustomerEdge {
  @Field(() => String, { description: "Cursor of this item; pass it as `after` to read what follows." })
  cursor!: string;

  @Field(() => Customer, { description: "The customer." })
  node!: Customer;
}

@ObjectType({ description: "A page of customers." })
export class CustomerConnection {
  @Field(() => [CustomerEdge], { description: "The customers of this page with their cursors." })
  edges!: CustomerEdge[];

  @Field(() => [Customer], { description: "The customers of this page." })
  nodes!: Customer[];

  @Field(() => PageInfo, { description: "Where this page ends." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of customers matching the filter (all pages)." })
  totalCount!: number;
}

@ObjectType({ description: "One event of a page, with its cursor." })
export class CustomerEventEdge {
  @Field(() => String, { description: "Cursor of this item." })
  cursor!: string;

  @Field(() => CustomerEvent, { description: "The event." })
  node!: CustomerEvent;
}

@ObjectType({ description: "A page of a customer's events, newest first." })
export class CustomerEventConnection {
  @Field(() => [CustomerEventEdge], { description: "The events of this page with their cursors." })
  edges!: CustomerEventEdge[];

  @Field(() => [CustomerEvent], { description: "The events of this page." })
  nodes!: CustomerEvent[];

  @Field(() => PageInfo, { description: "Where this page ends." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of events of the customer." })
  totalCount!: number;
}
