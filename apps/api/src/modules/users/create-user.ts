import type { PrismaClient, UserRole } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { isPlausibleEmail, normaliseEmail } from "../auth/normalise-email";
import { hashPassword } from "../auth/password-hashing";
import { assertAcceptablePassword } from "../auth/password-rules";
import { toUserAccount } from "./to-user-account";
import type { UserAccount } from "./user.type";

export interface CreateUserOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  email: string;
  name?: string | null;
  role: UserRole;
  password: string;
  ipAddress: string | null;
}

/** Adds a dashboard user with an initial password; an email already in use is a CONFLICT. */
export async function createUser({
  prisma,
  viewer,
  email,
  name,
  role,
  password,
  ipAddress,
}: CreateUserOptions): Promise<UserAccount> {
  if (!isPlausibleEmail(email)) throw new AppError("BAD_USER_INPUT", "email is not a valid email address.");
  assertAcceptablePassword({ password, email });
  const trimmedName = name?.trim() || null;
  if (trimmedName && trimmedName.length > 200)
    throw new AppError("BAD_USER_INPUT", "name must have at most 200 characters.");
  const normalised = normaliseEmail(email);
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (transaction) => {
    if (await transaction.user.findUnique({ where: { email: normalised }, select: { id: true } })) {
      throw new AppError("CONFLICT", `A user with the email ${normalised} already exists.`);
    }
    const user = await transaction.user.create({
      data: { email: normalised, name: trimmedName, role, passwordHash },
    });
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      details: { email: user.email, role },
      ipAddress,
    });
    return toUserAccount(user);
  });
}
