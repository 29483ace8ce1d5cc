import { ImportKind, ImportMode, ImportStatus } from "@seglens/database";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";
import { MissingValueAction, OutlierAction } from "./import-cleaning";

registerEnumType(ImportKind, {
  name: "ImportKind",
  description: "What a file holds: customers, order lines or events.",
});
registerEnumType(ImportMode, {
  name: "ImportMode",
  description:
    "ALL_OR_NOTHING writes nothing when any row is invalid; VALID_ROWS_ONLY writes the valid rows.",
});
registerEnumType(ImportStatus, {
  name: "ImportStatus",
  description: "Where an import is: QUEUED (uploaded), VALIDATING, IMPORTING, SUCCEEDED, FAILED.",
});

registerEnumType(MissingValueAction, {
  name: "MissingValueAction",
  description:
    "What happens to blank cells of a column: LEAVE them empty (a required field's blank cells stay validation errors), FILL_VALUE with a given value, FILL_MEDIAN (numbers, dates), FILL_MOST_COMMON (categories), or SKIP_ROWS (listed in the row report).",
});
registerEnumType(OutlierAction, {
  name: "OutlierAction",
  description:
    "What happens to values outside the column's fences: KEEP them, CAP them at the fence, or SKIP_ROWS (listed in the row report).",
});
@ObjectType({ description: "How one column is cleaned during its import." })
export class ImportCleaningChoice {
  @Field(() => String, { description: "Column of the file." })
  column!: string;

  @Field(() => MissingValueAction, { description: "What happens to its blank cells." })
  missing!: MissingValueAction;

  @Field(() => String, {
    nullable: true,
    description:
      "Text written into blank cells (given, or the median / most common value), as the file would write it.",
  })
  fillValue!: string | null;

  @Field(() => OutlierAction, { description: "What happens to values outside the fences." })
  outliers!: OutlierAction;
}

@ObjectType({ description: "What the cleaning changed in one column during the import." })
export class ImportColumnCleaningResult {
  @Field(() => String, { description: "Column of the file." })
  column!: string;

  @Field(() => Int, { description: "Blank cells filled." })
  filledRows!: number;

  @Field(() => Int, { description: "Outliers capped at a fence." })
  cappedRows!: number;

  @Field(() => Int, { description: "Rows skipped because of this column (a row can have several reasons)." })
  skippedRows!: number;
}

@ObjectType({ description: "What the cleaning choices changed when the import ran." })
export class ImportCleaningResult {
  @Field(() => Int, {
    description: "Rows left out by cleaning choices (each once; in the row report with the reason).",
  })
  skippedRows!: number;

  @Field(() => [ImportColumnCleaningResult], { description: "Per column with a choice." })
  columns!: ImportColumnCleaningResult[];
}
@ObjectType({ description: "Which field a column of the file fills." })
export class ImportColumnMapping {
  @Field(() => String, { description: "Column header in the file." })
  column!: string;

  @Field(() => String, {
    nullable: true,
    description: "Field filled (e.g. `email`, or `attribute:<name>` for customers); null = ignored.",
  })
  field!: string | null;
}

@ObjectType({ description: "A field an import kind can fill." })
export class ImportFieldInfo {
  @Field(() => String, { description: "Field name used in mappings." })
  name!: string;

  @Field(() => Boolean, { description: "True when every row needs it." })
  required!: boolean;

  @Field(() => String, { description: "What goes in it." })
  description!: string;
}

@ObjectType({ description: "An uploaded file and its import: status, progress and counts." })
export class ImportJob {
  @Field(() => ID, { description: "Import id." })
  id!: string;

  @Field(() => ImportKind, { description: "What the file holds." })
  kind!: ImportKind;

  @Field(() => ImportMode, { description: "What happens to valid rows when some rows are invalid." })
  mode!: ImportMode;

  @Field(() => ImportStatus, { description: "Current status." })
  status!: ImportStatus;

  @Field(() => String, { description: "File name as uploaded." })
  fileName!: string;

  @Field(() => Float, { description: "File size in bytes." })
  fileSize!: number;

  @Field(() => String, { description: "SHA-256 (hex) of the file." })
  fileSha256!: string;

  @Field(() => [ImportColumnMapping], { description: "Column → field mapping used." })
  mapping!: ImportColumnMapping[];

  @Field(() => [ImportCleaningChoice], {
    description: "Cleaning choices applied during the import (columns left out are LEAVE and KEEP).",
  })
  cleaningChoices!: ImportCleaningChoice[];

  @Field(() => ImportCleaningResult, {
    nullable: true,
    description: "What the cleaning choices changed (after a successful import with choices).",
  })
  cleaningResult!: ImportCleaningResult | null;

  @Field(() => Float, { description: "0 to 1: validation is the first half, writing the second." })
  progress!: number;

  @Field(() => Int, { description: "Data rows in the file (known after validation)." })
  totalRows!: number;

  @Field(() => Int, { description: "Records created." })
  createdCount!: number;

  @Field(() => Int, { description: "Records changed." })
  updatedCount!: number;

  @Field(() => Int, {
    description:
      "Rows already stored as they are, of erased customers, or left out by a cleaning choice: nothing to do.",
  })
  skippedCount!: number;

  @Field(() => Int, { description: "Invalid rows (listed in importErrors, the first 10,000)." })
  errorCount!: number;

  @Field(() => String, { nullable: true, description: "Why the import failed, when it did." })
  errorMessage!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: "Upload time." })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the import started." })
  startedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When it finished." })
  finishedAt!: Date | null;
}

@ObjectType({ description: "The first rows of an uploaded file with the detected columns and the mapping." })
export class ImportPreview {
  @Field(() => ImportJob, { description: "The import." })
  importJob!: ImportJob;

  @Field(() => [String], { description: "Column headers found in the file." })
  columns!: string[];

  @Field(() => [[String]], { description: "The first data rows (cells as text)." })
  rows!: string[][];

  @Field(() => [ImportColumnMapping], { description: "Current mapping (guessed at upload unless changed)." })
  mapping!: ImportColumnMapping[];

  @Field(() => [ImportFieldInfo], { description: "Fields this kind of import can fill." })
  fields!: ImportFieldInfo[];
}

@ObjectType({ description: "A problem with one row of an import file." })
export class ImportRowError {
  @Field(() => Int, { description: "Row number as a spreadsheet shows it (the header is row 1)." })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: "Column of the file, when the problem is in one cell.",
  })
  column!: string | null;

  @Field(() => String, { description: "What is wrong." })
  message!: string;
}

@ObjectType({ description: "A page of row errors, in row order." })
export class ImportRowErrorConnection {
  @Field(() => [ImportRowError], { description: "The errors of this page." })
  nodes!: ImportRowError[];

  @Field(() => PageInfo, { description: "Where this page ends." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Stored errors in all (at most 10,000 per import)." })
  totalCount!: number;
}

@ObjectType({ description: "A page of imports, newest first." })
export class ImportJobConnection {
  @Field(() => [ImportJob], { description: "The imports of this page." })
  nodes!: ImportJob[];

  @Field(() => PageInfo, { description: "Where this page ends." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Imports in all." })
  totalCount!: number;
}
