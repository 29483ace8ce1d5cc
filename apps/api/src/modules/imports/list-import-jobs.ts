import type { PrismaClient } from "@seglens/database";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
import { findImportJob } from "./find-import-job";
import type { ImportJobConnection, ImportRowErrorConnection } from "./import.type";
import { toImportJobNode } from "./to-import-job-node";

export async function listImportJobs({
  prisma,
  first,
  after,
}: {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
}): Promise<ImportJobConnection> {
  const window = pageWindow(first, after);
  const [totalCount, rows] = await Promise.all([
    prisma.importJob.count(),
    prisma.importJob.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
  ]);
  const page = toConnectionPage(rows.map(toImportJobNode), window);
  return {
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount,
  };
}

export async function listImportErrors({
  prisma,
  importId,
  first,
  after,
}: {
  prisma: PrismaClient;
  importId: string;
  first: number;
  after?: string | null;
}): Promise<ImportRowErrorConnection> {
  const window = pageWindow(first, after);
  const job = await findImportJob({ prisma, importId });
  const [totalCount, rows] = await Promise.all([
    prisma.importRowError.count({ where: { importJobId: job.id } }),
    prisma.importRowError.findMany({
      where: { importJobId: job.id },
      orderBy: [{ rowNumber: "asc" }, { id: "asc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
  ]);
  const page = toConnectionPage(
    rows.map((row) => ({ row: row.rowNumber, column: row.column, message: row.message })),
    window,
  );
  return {
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount,
  };
}
