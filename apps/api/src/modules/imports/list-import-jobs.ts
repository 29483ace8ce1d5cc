import type { PrismaClient } from "@seglens/database";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import { pageWindow } from "../../graphql/offset-cursor";
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
  return readOffsetConnection({
    window: pageWindow(first, after),
    readRows: ({ skip, take }) =>
      prisma.importJob.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
    countRows: () => prisma.importJob.count(),
    toNode: toImportJobNode,
  });
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
  const where = { importJobId: job.id };
  return readOffsetConnection({
    window,
    readRows: ({ skip, take }) =>
      prisma.importRowError.findMany({ where, orderBy: [{ rowNumber: "asc" }, { id: "asc" }], skip, take }),
    countRows: () => prisma.importRowError.count({ where }),
    toNode: (row) => ({ row: row.rowNumber, column: row.column, message: row.message }),
  });
}
