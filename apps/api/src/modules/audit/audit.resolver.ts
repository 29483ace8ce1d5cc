import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { AuditLogArgs } from "./audit.input";
import { AuditEntryConnection } from "./audit.type";
import { listAuditLog } from "./list-audit-log";

@Resolver()
export class AuditResolver {
  @Authorized("audit:read")
  @Query(() => AuditEntryConnection, { description: "Who changed what, newest first (owner and analyst)." })
  auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() context: RequestContext,
  ): Promise<AuditEntryConnection> {
    return listAuditLog({ prisma: context.prisma, ...args });
  }
}
