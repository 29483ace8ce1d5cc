import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { createOrder } from "./create-order";
import { CreateOrderInput } from "./order.input";
import { Order, OrderLine } from "./order.type";

@Resolver(() => Order)
export class OrderResolver {
  @Authorized("customers:write")
  @Mutation(() => Order, {
    description: "Stores a new order with its lines (CONFLICT when the externalId exists).",
  })
  createOrder(
    @Arg("input", () => CreateOrderInput, { description: "The order and its lines." })
    input: CreateOrderInput,
    @Ctx() context: RequestContext,
  ): Promise<Order> {
    return createOrder({
      prisma: context.prisma,
      viewer: context.viewer,
      input,
      logger: context.logger,
      ipAddress: context.ipAddress,
    });
  }

  @FieldResolver(() => [OrderLine], { description: "The lines of the order." })
  lines(@Root() order: Order, @Ctx() context: RequestContext): Promise<OrderLine[]> {
    return context.loaders.orderLinesByOrderId.load(order.id);
  }
}
