import type { PrismaClient } from "@seglens/database";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
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
  const window = pageWindow(first, after);
  const [totalCount, rows] = await Promise.all([
    prisma.user.count(),
    prisma.user.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
  ]);
  const page = toConnectionPage(rows.map(toUserAccount), window);
  return {
    nodes: page.nodes,
    edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount,
  };
}
