import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { listCustomerEvents } from "../events/list-customer-events";
import { Order } from "../orders/order.type";
import { explainCustomer } from "../segments/explain-customer";
import { CustomerSegmentExplanation } from "../segments/segment.type";
import { CustomersArgs, UpsertCustomerInput } from "./customer.input";
import { Customer, CustomerConnection, CustomerEventConnection, CustomerSegment } from "./customer.type";
import { getCustomer } from "./get-customer";
import { listCustomers } from "./list-customers";
import { upsertCustomer } from "./upsert-customer";

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized("customers:read")
  @Query(() => CustomerConnection, { description: "Customers matching a filter, sorted and paginated." })
  customers(
    @Args(() => CustomersArgs) args: CustomersArgs,
    @Ctx() context: RequestContext,
  ): Promise<CustomerConnection> {
    return listCustomers({ readPool: context.readPool, ...args });
  }

  @Authorized("customers:read")
  @Query(() => Customer, { description: "One customer by database id (NOT_FOUND when unknown)." })
  customer(
    @Arg("id", () => Int, { description: "Database id." }) id: number,
    @Ctx() context: RequestContext,
  ): Promise<Customer> {
    return getCustomer({ prisma: context.prisma, id });
  }

  @Authorized("customers:write")
  @Mutation(() => Customer, {
    description: "Creates a customer or updates the one with the same externalId.",
  })
  upsertCustomer(
    @Arg("input", () => UpsertCustomerInput, { description: "The customer's fields." })
    input: UpsertCustomerInput,
    @Ctx() context: RequestContext,
  ): Promise<Customer> {
    return upsertCustomer({
      prisma: context.prisma,
      viewer: context.viewer,
      input,
      logger: context.logger,
      ipAddress: context.ipAddress,
    });
  }

  @FieldResolver(() => [Order], { description: "The customer's orders, newest first." })
  orders(@Root() customer: Customer, @Ctx() context: RequestContext): Promise<Order[]> {
    return context.loaders.ordersByCustomerId.load(customer.id);
  }

  @FieldResolver(() => CustomerSegment, {
    nullable: true,
    description: "Segment in the active segmentation run (null when none).",
  })
  segment(@Root() customer: Customer, @Ctx() context: RequestContext): Promise<CustomerSegment | null> {
    return context.loaders.currentSegmentByCustomerId.load(customer.id);
  }

  @Authorized("segments:read")
  @FieldResolver(() => CustomerSegmentExplanation, {
    nullable: true,
    description:
      "Why the customer is in its segment of the active run: the path of the run's explanation tree with the customer's values (null when it has no segment). Needs segments:read.",
  })
  segmentExplanation(
    @Root() customer: Customer,
    @Ctx() context: RequestContext,
  ): Promise<CustomerSegmentExplanation | null> {
    return explainCustomer({ prisma: context.prisma, customerId: customer.id });
  }

  @FieldResolver(() => CustomerEventConnection, { description: "The customer's events, newest first." })
  events(
    @Root() customer: Customer,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size (1 to 100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor after which the page starts." })
    after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<CustomerEventConnection> {
    return listCustomerEvents({ prisma: context.prisma, customerId: customer.id, first, after });
  }
}
