import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { assertUuid } from "./assert-uuid";
import { lockUserAccounts } from "./lock-user-accounts";

export interface RemoveUserOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  userId: string;
  ipAddress: string | null;
}

/**
 * Deletes a user with their sessions and the API keys they created (database cascades). Refuses to
 * remove the caller themself or the last owner, so nobody can lock the installation out.
 */
export async function removeUser({ prisma, viewer, userId, ipAddress }: RemoveUserOptions): Promise<string> {
  assertUuid(userId);
  if (viewer.kind === "user" && viewer.userId === userId) {
    throw new AppError("BAD_USER_INPUT", "You cannot remove your own account.");
  }
  return prisma.$transaction(async (transaction) => {
    await lockUserAccounts(transaction);
    const user = await transaction.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND", `No user with id ${userId}.`);
    if (user.role === "OWNER" && (await transaction.user.count({ where: { role: "OWNER" } })) === 1) {
      throw new AppError("CONFLICT", "This is the last owner and cannot be removed.");
    }
    await transaction.user.delete({ where: { id: userId } });
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "user.remove",
      entityType: "User",
      entityId: userId,
      details: { email: user.email, role: user.role },
      ipAddress,
    });
    return userId;
  });
}
