import type { ImportJob as ImportJobRow } from "@seglens/database";
import { readCleaningResult, readStoredCleaning } from "./import-cleaning";
import { readStoredMapping } from "./import-mapping";
import type { ImportJob } from "./import.type";

export function toImportJobNode(row: ImportJobRow): ImportJob {
  return {
    ...row,
    fileSize: Number(row.fileSize),
    mapping: Object.entries(readStoredMapping(row.mapping)).map(([column, field]) => ({ column, field })),
    cleaningChoices: readStoredCleaning(row.cleaning)?.choices ?? [],
    cleaningResult: readCleaningResult(row.cleaningResult),
  };
}
