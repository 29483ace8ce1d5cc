import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { RecordEventInput } from "./event.input";
import { CustomerEvent } from "./event.type";
import { recordEvent } from "./record-event";

@Resolver(() => CustomerEvent)
export class EventResolver {
  @Authorized("customers:write")
  @Mutation(() => CustomerEvent, {
    description: "Stores an event; the same event sent twice is stored once and returned.",
  })
  recordEvent(
    @Arg("input", () => RecordEventInput, { description: "The event." }) input: RecordEventInput,
    @Ctx() context: RequestContext,
  ): Promise<CustomerEvent> {
    return recordEvent({
      prisma: context.prisma,
      viewer: context.viewer,
      input,
      logger: context.logger,
      ipAddress: context.ipAddress,
    });
  }
}
