import { JSONObjectResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { eraseCustomer } from "./erase-customer";
import { exportCustomerData } from "./export-customer-data";
import { ErasedCustomer } from "./privacy.type";

@Resolver()
export class PrivacyResolver {
  @Authorized("privacy:manage")
  @Query(() => JSONObjectResolver, {
    description:
      "Everything held about one customer as JSON: profile, orders with lines, events, segment memberships, campaign audiences.",
  })
  exportCustomerData(
    @Arg("customerId", () => Int, { description: "The customer." }) customerId: number,
    @Ctx() context: RequestContext,
  ): Promise<Record<string, unknown>> {
    return exportCustomerData({
      prisma: context.prisma,
      viewer: context.viewer,
      customerId,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("privacy:manage")
  @Mutation(() => ErasedCustomer, {
    description:
      "Erases a customer and all their data, and suppresses their email and external id so imports never bring them back.",
  })
  eraseCustomer(
    @Arg("customerId", () => Int, { description: "The customer." }) customerId: number,
    @Ctx() context: RequestContext,
  ): Promise<ErasedCustomer> {
    return eraseCustomer({
      prisma: context.prisma,
      viewer: context.viewer,
      customerId,
      ipAddress: context.ipAddress,
    });
  }
}
