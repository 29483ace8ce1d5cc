import type { PrismaClient, UserRole } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { assertUuid } from "./assert-uuid";
import { lockUserAccounts } from "./lock-user-accounts";
import { toUserAccount } from "./to-user-account";
import type { UserAccount } from "./user.type";

export interface ChangeUserRoleOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  userId: string;
  role: UserRole;
  ipAddress: string | null;
}

/** Changes a user's role; the installation always keeps at least one owner. */
export async function changeUserRole({
  prisma,
  viewer,
  userId,
  role,
  ipAddress,
}: ChangeUserRoleOptions): Promise<UserAccount> {
  assertUuid(userId);
  return prisma.$transaction(async (transaction) => {
    await lockUserAccounts(transaction);
    const user = await transaction.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND", `No user with id ${userId}.`);
    if (user.role === role) return toUserAccount(user);
    if (user.role === "OWNER" && (await transaction.user.count({ where: { role: "OWNER" } })) === 1) {
      throw new AppError("CONFLICT", "This is the last owner: make another user an owner first.");
    }
    const updated = await transaction.user.update({ where: { id: userId }, data: { role } });
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "user.changeRole",
      entityType: "User",
      entityId: userId,
      details: { from: user.role, to: role },
      ipAddress,
    });
    return toUserAccount(updated);
  });
}
