import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";

/** Failed logins allowed per account key within the window before it is locked. */
export const loginThrottlePolicy = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

const minute = 60_000;

/**
 * Counts a login attempt BEFORE the password is checked, under a row lock, so concurrent attempts
 * (batched, aliased, parallel requests) cannot all slip past the limit while the slow hash runs.
 * A successful login then clears the counter (clearLoginFailures), so only failures accumulate.
 * Throws RATE_LIMITED, with the time to retry, when the account is locked.
 */
export async function reserveLoginAttempt({
  prisma,
  accountKey,
  now = new Date(),
}: {
  prisma: PrismaClient;
  accountKey: string;
  now?: Date;
}): Promise<void> {
  const { maxFailures, windowMinutes, lockMinutes } = loginThrottlePolicy;
  const lockedUntil = await prisma.$transaction(async (transaction) => {
    await transaction.loginThrottle.createMany({
      data: [{ accountKey, failures: 0, windowStartsAt: now }],
      skipDuplicates: true,
    });
    await transaction.$executeRaw`SELECT 1 FROM "LoginThrottle" WHERE "accountKey" = ${accountKey} FOR UPDATE`;
    const row = await transaction.loginThrottle.findUniqueOrThrow({ where: { accountKey } });

    const lockExpired = row.lockedUntil !== null && row.lockedUntil <= now;
    const windowExpired =
      row.lockedUntil === null && row.windowStartsAt.getTime() <= now.getTime() - windowMinutes * minute;
    const failures = lockExpired || windowExpired ? 1 : row.failures + 1;
    const stillLocked = !lockExpired && row.lockedUntil !== null ? row.lockedUntil : null;
    const newLock =
      stillLocked ?? (failures >= maxFailures ? new Date(now.getTime() + lockMinutes * minute) : null);
    await transaction.loginThrottle.update({
      where: { accountKey },
      data: {
        failures,
        windowStartsAt: lockExpired || windowExpired ? now : row.windowStartsAt,
        lockedUntil: newLock,
      },
    });
    // The attempt that reaches the limit is still checked; every later one is refused until the lock ends.
    return failures > maxFailures ? newLock : null;
  });
  if (lockedUntil) {
    const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / minute));
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-in attempts for this account. Try again after ${lockedUntil.toISOString()} (in about ${minutes} minute${minutes === 1 ? "" : "s"}).`,
      { retryAt: lockedUntil.toISOString() },
    );
  }
}

/** After a successful login the account starts with a clean slate. */
export async function clearLoginFailures({
  prisma,
  accountKey,
}: {
  prisma: PrismaClient;
  accountKey: string;
}): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { accountKey } });
}
