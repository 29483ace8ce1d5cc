import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";

/** Revokes the caller's session (the cookie alone would not be enough: a copied token must stop working). */
export async function logOut({
  prisma,
  viewer,
  ipAddress,
  now = new Date(),
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  ipAddress: string | null;
  now?: Date;
}): Promise<boolean> {
  if (viewer.kind !== "user") return false;
  return prisma.$transaction(async (transaction) => {
    const revoked = await transaction.session.updateMany({
      where: { id: viewer.sessionId, revokedAt: null },
      data: { revokedAt: now },
    });
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "auth.logout",
      entityType: "Session",
      entityId: viewer.sessionId,
      ipAddress,
    });
    return revoked.count > 0;
  });
}
