import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findImportJob } from "./find-import-job";
import {
  assertCleaningOpen,
  ensureCleaningAnalysis,
  saveCleaning,
  toImportCleaningView,
} from "./get-import-cleaning";
import { resolveCleaningChoices, type CleaningChoiceInput } from "./import-cleaning";
import type { ImportCleaning } from "./import-cleaning.type";

/** Replaces the import's cleaning choices (columns left out get LEAVE and KEEP) before it starts. */
export async function updateImportCleaning({
  prisma,
  viewer,
  importId,
  choices,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  importId: string;
  choices: readonly CleaningChoiceInput[];
}): Promise<ImportCleaning> {
  const found = await findImportJob({ prisma, importId });
  assertCleaningOpen(found);
  const analysed = await ensureCleaningAnalysis({ prisma, job: found });
  const stored = { ...analysed.stored, choices: resolveCleaningChoices(analysed.stored, choices) };
  const job = await saveCleaning({ prisma, job: analysed.job, stored });
  await recordAudit({
    prisma,
    viewer,
    action: "import.cleaning.update",
    entityType: "ImportJob",
    entityId: job.id,
    details: { choices: stored.choices },
  });
  return toImportCleaningView(job, stored);
}
