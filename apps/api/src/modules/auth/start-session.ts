import type { Prisma, PrismaClient } from "@seglens/database";
import { hashToken, newToken } from "./hash-token";

export interface StartSessionOptions {
  prisma: PrismaClient | Prisma.TransactionClient;
  userId: string;
  lifetimeHours: number;
  ipAddress: string | null;
  userAgent: string | null;
  now?: Date;
}

/** A new server-side session with a fresh random token; only the token's SHA-256 is stored. */
export async function startSession({
  prisma,
  userId,
  lifetimeHours,
  ipAddress,
  userAgent,
  now = new Date(),
}: StartSessionOptions) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + lifetimeHours * 3_600_000);
  const session = await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      ipAddress,
      userAgent: userAgent?.slice(0, 512) ?? null,
    },
  });
  return { token, expiresAt, sessionId: session.id };
}
