import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { findImportJob } from "./find-import-job";
import { getImportCleaning } from "./get-import-cleaning";
import { ImportCleaning } from "./import-cleaning.type";
import { ImportCleaningChoiceInput, ImportColumnMappingInput } from "./import.input";
import { ImportJob, ImportJobConnection, ImportPreview, ImportRowErrorConnection } from "./import.type";
import { listImportErrors, listImportJobs } from "./list-import-jobs";
import { previewImport } from "./preview-import";
import { startImport } from "./start-import";
import { toImportJobNode } from "./to-import-job-node";
import { updateImportCleaning } from "./update-import-cleaning";
import { updateImportMapping } from "./update-import-mapping";

@Resolver(() => ImportJob)
export class ImportResolver {
  @Authorized("imports:read")
  @Query(() => ImportJob, { description: "One import (upload it with POST /imports)." })
  async importJob(
    @Arg("id", () => ID, { description: "Import id." }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<ImportJob> {
    return toImportJobNode(await findImportJob({ prisma: context.prisma, importId: id }));
  }

  @Authorized("imports:read")
  @Query(() => ImportJobConnection, { description: "Imports, newest first." })
  importJobs(
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size (1 to 100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor after which the page starts." })
    after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<ImportJobConnection> {
    return listImportJobs({ prisma: context.prisma, first, after });
  }

  @Authorized("imports:read")
  @Query(() => ImportRowErrorConnection, {
    description: "Per-row errors of an import, in row order (also as GET /imports/:id/errors.csv).",
  })
  importErrors(
    @Arg("importId", () => ID, { description: "Import id." }) importId: string,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size (1 to 100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor after which the page starts." })
    after: string | null,
    @Ctx() context: RequestContext,
  ): Promise<ImportRowErrorConnection> {
    return listImportErrors({ prisma: context.prisma, importId, first, after });
  }

  @Authorized("imports:write")
  @Query(() => ImportPreview, {
    description: "First rows, detected columns and the (guessed) mapping of an uploaded file.",
  })
  previewImport(
    @Arg("importId", () => ID, { description: "Import id." }) importId: string,
    @Ctx() context: RequestContext,
  ): Promise<ImportPreview> {
    return previewImport({ prisma: context.prisma, importId });
  }

  @Authorized("imports:write")
  @Mutation(() => ImportJob, { description: "Overrides the field of some columns before the import starts." })
  updateImportMapping(
    @Arg("importId", () => ID, { description: "Import id." }) importId: string,
    @Arg("mapping", () => [ImportColumnMappingInput], { description: "Columns to change." })
    mapping: ImportColumnMappingInput[],
    @Ctx() context: RequestContext,
  ): Promise<ImportJob> {
    return updateImportMapping({ prisma: context.prisma, viewer: context.viewer, importId, mapping });
  }

  @Authorized("imports:write")
  @Query(() => ImportCleaning, {
    description:
      "Every mapped column analysed over the whole file (missing cells, median, Tukey fences at 3 × IQR, most common value) with the current cleaning choices. The first call for a mapping reads the file; the result is kept with the import.",
  })
  importCleaning(
    @Arg("importId", () => ID, { description: "Import id." }) importId: string,
    @Ctx() context: RequestContext,
  ): Promise<ImportCleaning> {
    return getImportCleaning({ prisma: context.prisma, importId });
  }

  @Authorized("imports:write")
  @Mutation(() => ImportCleaning, {
    description:
      "Replaces the cleaning choices (missing values, outliers) applied when the import runs; columns left out are left as they are.",
  })
  updateImportCleaning(
    @Arg("importId", () => ID, { description: "Import id." }) importId: string,
    @Arg("choices", () => [ImportCleaningChoiceInput], { description: "One choice per column to clean." })
    choices: ImportCleaningChoiceInput[],
    @Ctx() context: RequestContext,
  ): Promise<ImportCleaning> {
    return updateImportCleaning({ prisma: context.prisma, viewer: context.viewer, importId, choices });
  }

  @Authorized("imports:write")
  @Mutation(() => ImportJob, {
    description: "Queues the import: every row is validated, then written (see ImportMode).",
  })
  startImport(
    @Arg("importId", () => ID, { description: "Import id." }) importId: string,
    @Ctx() context: RequestContext,
  ): Promise<ImportJob> {
    return startImport({ prisma: context.prisma, jobs: context.jobs, viewer: context.viewer, importId });
  }
}
