import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { clearLoginFailures, reserveLoginAttempt } from "../auth/login-throttle";
import { loginAccountKey } from "../auth/normalise-email";
import { hashPassword, verifyPassword } from "../auth/password-hashing";
import { assertAcceptablePassword } from "../auth/password-rules";

export interface ChangeOwnPasswordOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  currentPassword: string;
  newPassword: string;
  ipAddress: string | null;
  now?: Date;
}

/**
 * Sets a new password after checking the current one (throttled like a login, so a stolen session
 * cannot be used to guess it) and revokes every other session of the user.
 */
export async function changeOwnPassword({
  prisma,
  viewer,
  currentPassword,
  newPassword,
  ipAddress,
  now = new Date(),
}: ChangeOwnPasswordOptions): Promise<boolean> {
  if (viewer.kind !== "user")
    throw new AppError("FORBIDDEN", "Only a signed-in user can change their password (not an API key).");
  const user = await prisma.user.findUnique({ where: { id: viewer.userId } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  assertAcceptablePassword({ password: newPassword, email: user.email });

  const accountKey = loginAccountKey(user.email);
  await reserveLoginAttempt({ prisma, accountKey, now });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordAudit({
      prisma,
      viewer,
      action: "user.changePassword.failure",
      entityType: "User",
      entityId: user.id,
      ipAddress,
    });
    throw new AppError("BAD_USER_INPUT", "The current password is incorrect.");
  }
  await clearLoginFailures({ prisma, accountKey });
  if (await verifyPassword(user.passwordHash, newPassword)) {
    throw new AppError("BAD_USER_INPUT", "The new password must differ from the current one.");
  }
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (transaction) => {
    await transaction.user.update({ where: { id: user.id }, data: { passwordHash } });
    const revoked = await transaction.session.updateMany({
      where: { userId: user.id, revokedAt: null, NOT: { id: viewer.sessionId } },
      data: { revokedAt: now },
    });
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "user.changePassword",
      entityType: "User",
      entityId: user.id,
      details: { otherSessionsRevoked: revoked.count },
      ipAddress,
    });
  });
  return true;
}
