import { randomUUID } from "node:crypto";
import type { PrismaClient, User, UserRole } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { sessionCookieName } from "../../http/session-cookie";
import { hashPassword } from "./password-hashing";
import { startSession } from "./start-session";

export interface TestUser {
  user: User;
  password: string;
  /** For `api.execute(query, variables, viewer)`. */
  viewer: Viewer;
  /** For `api.post(query, variables, { cookie })`: a real session of this user. */
  cookie: string;
}

/**
 * Test support: a user of the given role with a real argon2id password and a real session, so tests
 * can act as that user in-process (viewer) or over HTTP (cookie).
 */
export async function createTestUser({
  prisma,
  role,
  email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`,
  password = "correct horse battery staple",
}: {
  prisma: PrismaClient;
  role: UserRole;
  email?: string;
  password?: string;
}): Promise<TestUser> {
  const user = await prisma.user.create({
    data: { email, role, passwordHash: await hashPassword(password), name: `Test ${role}` },
  });
  const session = await startSession({
    prisma,
    userId: user.id,
    lifetimeHours: 1,
    ipAddress: null,
    userAgent: "jest",
  });
  return {
    user,
    password,
    viewer: { kind: "user", userId: user.id, email: user.email, role, sessionId: session.sessionId },
    cookie: `${sessionCookieName}=${session.token}`,
  };
}
