import type { PrismaClient, User } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import { lockUserAccounts } from "../users/lock-user-accounts";
import { isPlausibleEmail, normaliseEmail } from "./normalise-email";
import { hashPassword } from "./password-hashing";
import { assertAcceptablePassword } from "./password-rules";

export interface CreateOwnerAccountOptions {
  prisma: PrismaClient;
  email: string;
  password: string;
  name?: string | null;
  ipAddress?: string | null;
  /** Recorded in the audit entry: "graphql" (first-run screen) or "cli". */
  origin: "graphql" | "cli";
}

/** First-run setup: creates the owner, and only while no user exists (two racing calls cannot both win). */
export async function createOwnerAccount({
  prisma,
  email,
  password,
  name = null,
  ipAddress = null,
  origin,
}: CreateOwnerAccountOptions): Promise<User> {
  if (!isPlausibleEmail(email)) throw new AppError("BAD_USER_INPUT", "email is not a valid email address.");
  assertAcceptablePassword({ password, email });
  const trimmedName = name?.trim() || null;
  if (trimmedName && trimmedName.length > 200)
    throw new AppError("BAD_USER_INPUT", "name must have at most 200 characters.");
  const passwordHash = await hashPassword(password);

  return prisma.$transaction(async (transaction) => {
    await lockUserAccounts(transaction);
    if ((await transaction.user.count()) > 0) {
      throw new AppError("CONFLICT", "Setup is already done: an owner exists. Sign in instead.");
    }
    const owner = await transaction.user.create({
      data: { email: normaliseEmail(email), name: trimmedName, passwordHash, role: "OWNER" },
    });
    await recordAudit({
      prisma: transaction,
      viewer: { kind: "user", userId: owner.id, email: owner.email, role: owner.role, sessionId: "" },
      action: "user.createOwner",
      entityType: "User",
      entityId: owner.id,
      details: { email: owner.email, origin },
      ipAddress,
    });
    return owner;
  });
}
