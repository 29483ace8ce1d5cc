import type { PrismaClient } from "@seglens/database";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import { pageWindow } from "../../graphql/offset-cursor";
import { toUserAccount } from "./to-user-account";
import type { UserConnection } from "./user.type";

/** A page of users, oldest first (the first owner on top). */
export async function listUsers({
  prisma,
  first,
  after,
}: {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
}): Promise<UserConnection> {
  return readOffsetConnection({
    window: pageWindow(first, after),
    readRows: ({ skip, take }) =>
      prisma.user.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip, take }),
    countRows: () => prisma.user.count(),
    toNode: toUserAccount,
  });
}
