import type { PrismaClient, User } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { clearLoginFailures, reserveLoginAttempt } from "./login-throttle";
import { loginAccountKey, normaliseEmail } from "./normalise-email";
import { verifyPassword } from "./password-hashing";
import { maxPasswordLength } from "./password-rules";
import { startSession } from "./start-session";

/** The one message for an unknown email and a wrong password: it must not tell which one it was. */
export const invalidCredentialsMessage = "Email or password is incorrect.";

export interface LogInOptions {
  prisma: PrismaClient;
  email: string;
  password: string;
  sessionHours: number;
  /** Who sent the request: a session they already hold is revoked (a login always gets a new token). */
  viewer: Viewer;
  ipAddress: string | null;
  userAgent: string | null;
  now?: Date;
}

export interface LoggedIn {
  user: User;
  token: string;
  expiresAt: Date;
  sessionId: string;
}

/** Checks email and password (throttled per account), then starts a new session. */
export async function logIn({
  prisma,
  email,
  password,
  sessionHours,
  viewer,
  ipAddress,
  userAgent,
  now = new Date(),
}: LogInOptions): Promise<LoggedIn> {
  if (email.length > 320 || password.length > maxPasswordLength) {
    throw new AppError("UNAUTHENTICATED", invalidCredentialsMessage);
  }
  const accountKey = loginAccountKey(email);
  await reserveLoginAttempt({ prisma, accountKey, now });

  const user = await prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches) {
    await recordAudit({
      prisma,
      viewer,
      action: "auth.login.failure",
      entityType: "User",
      entityId: user?.id ?? null,
      details: {
        email: normaliseEmail(email).slice(0, 320),
        reason: user ? "wrong password" : "unknown email",
      },
      ipAddress,
    });
    throw new AppError("UNAUTHENTICATED", invalidCredentialsMessage);
  }

  await clearLoginFailures({ prisma, accountKey });
  const session = await prisma.$transaction(async (transaction) => {
    if (viewer.kind === "user") {
      await transaction.session.updateMany({
        where: { id: viewer.sessionId, revokedAt: null },
        data: { revokedAt: now },
      });
    }
    const started = await startSession({
      prisma: transaction,
      userId: user.id,
      lifetimeHours: sessionHours,
      ipAddress,
      userAgent,
      now,
    });
    await recordAudit({
      prisma: transaction,
      viewer: {
        kind: "user",
        userId: user.id,
        email: user.email,
        role: user.role,
        sessionId: started.sessionId,
      },
      action: "auth.login",
      entityType: "Session",
      entityId: started.sessionId,
      details: { email: user.email },
      ipAddress,
    });
    return started;
  });
  return { user, ...session };
}
