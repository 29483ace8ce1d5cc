import type { PrismaClient, User } from "@seglens/database";
import { rolePermissions } from "../../graphql/permissions";
import { viewerPermissions, type Viewer } from "../../graphql/viewer";
import { ViewerKind, type Me } from "./auth.type";

/** The caller's account and permissions, or null for an anonymous caller. */
export async function getMe({
  prisma,
  viewer,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
}): Promise<Me | null> {
  if (viewer.kind === "anonymous") return null;
  const userId = viewer.kind === "user" ? viewer.userId : viewer.ownerId;
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) return null;
  const session =
    viewer.kind === "user"
      ? await prisma.session.findUnique({ where: { id: viewer.sessionId }, select: { expiresAt: true } })
      : null;
  return {
    user,
    role: user.role,
    permissions: [...viewerPermissions(viewer)],
    via: viewer.kind === "user" ? ViewerKind.SESSION : ViewerKind.API_KEY,
    sessionExpiresAt: session?.expiresAt ?? null,
  };
}

/** What login and first-run setup answer: the same shape as `me` for the new session. */
export function meOfSession({ user, expiresAt }: { user: User; expiresAt: Date }): Me {
  return {
    user,
    role: user.role,
    permissions: [...rolePermissions[user.role]],
    via: ViewerKind.SESSION,
    sessionExpiresAt: expiresAt,
  };
}
