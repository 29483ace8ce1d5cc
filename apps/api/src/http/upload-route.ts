import type { PrismaClient } from "@seglens/database";
import { stringify } from "csv-stringify";
import express from "express";
import type { Environment } from "../env";
import { AppError, httpStatusOf } from "../errors/app-error";
import { toAppError } from "../errors/to-app-error";
import type { Permission } from "../graphql/permissions";
import { viewerCan, type Viewer } from "../graphql/viewer";
import type { Logger } from "../logging/logger";
import { resolveViewer } from "../modules/auth/resolve-viewer";
import { readBearerApiKey } from "../modules/auth/read-bearer-api-key";
import { createImportJob } from "../modules/imports/create-import-job";
import { findImportJob } from "../modules/imports/find-import-job";
import { neutraliseCell } from "../csv/format-csv-row";
import { receiveUpload } from "../modules/imports/receive-upload";
import { importUploadDir } from "../modules/imports/upload-storage";
import { createRateLimiters } from "./rate-limit";
import { readSessionToken } from "./session-cookie";

/** Headers a cross-site form cannot send without a CORS preflight: required on cookie-authenticated uploads. */
const csrfHeaders = ["x-seglens-csrf", "apollo-require-preflight"];

export interface ImportRoutesOptions {
  prisma: PrismaClient;
  env: Environment;
  logger: Logger;
}

/**
 * POST /imports (multipart/form-data: `file`, `kind`, `mode`, optional `mapping`) → 201 with the import;
 * GET /imports/:id/errors.csv → the per-row error report (imports:read). Uploading needs imports:write. Both
 * count against the same per-IP and per-key rate limits as /graphql (each with its own window).
 */
export function createImportRoutes({ prisma, env, logger }: ImportRoutesOptions): express.Router {
  const router = express.Router();
  const rateLimiters = createRateLimiters({ requestsPerMinute: env.SEGLENS_RATE_LIMIT_PER_MINUTE });
  const maxBytes = Math.floor(env.SEGLENS_MAX_UPLOAD_MB * 1024 * 1024);

  const authorise = async (request: express.Request, permission: Permission): Promise<Viewer> => {
    const viewer = await resolveViewer({
      prisma,
      sessionToken: readSessionToken(request),
      bearerKey: readBearerApiKey(request),
    });
    if (viewer.kind === "anonymous")
      throw new AppError("UNAUTHENTICATED", "Sign in or send an API key to use this operation.");
    if (!viewerCan(viewer, permission))
      throw new AppError("FORBIDDEN", `This operation needs the "${permission}" permission.`);
    return viewer;
  };

  const sendError = (response: express.Response, error: unknown, request: express.Request) => {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL_SERVER_ERROR")
      logger.error("import route failed", { error: error instanceof Error ? error.message : String(error) });
    // Stop reading a body we refuse; the client sees the answer instead of a stalled upload.
    if (!request.complete) response.setHeader("connection", "close");
    response
      .status(httpStatusOf(appError.code))
      .json({ errors: [{ message: appError.message, extensions: { code: appError.code } }] });
    if (!request.complete) request.resume();
  };

  router.post("/imports", ...rateLimiters, async (request, response) => {
    try {
      const viewer = await authorise(request, "imports:write");
      if (viewer.kind === "user" && !csrfHeaders.some((name) => request.headers[name] !== undefined)) {
        throw new AppError(
          "BAD_USER_INPUT",
          "Uploads with a session cookie need the header `x-seglens-csrf: 1` (CSRF protection).",
        );
      }
      if (!(request.headers["content-type"] ?? "").startsWith("multipart/form-data")) {
        throw new AppError("BAD_USER_INPUT", "Send the file as multipart/form-data with a `file` part.");
      }
      const declared = Number(request.headers["content-length"] ?? 0);
      // Multipart framing adds a little to the file itself.
      if (declared > maxBytes + 64 * 1024)
        throw new AppError(
          "PAYLOAD_TOO_LARGE",
          `The file is larger than the upload limit of ${env.SEGLENS_MAX_UPLOAD_MB} MB.`,
        );
      const upload = await receiveUpload({ request, maxBytes, dir: importUploadDir() });
      const job = await createImportJob({ prisma, viewer, upload, ipAddress: request.ip ?? null });
      response.status(201).json({ importJob: job });
    } catch (error) {
      sendError(response, error, request);
    }
  });

  router.get("/imports/:id/errors.csv", ...rateLimiters, async (request, response) => {
    try {
      await authorise(request, "imports:read");
      const job = await findImportJob({ prisma, importId: String(request.params.id) });
      response.status(200).setHeader("content-type", "text/csv; charset=utf-8");
      response.setHeader("content-disposition", `attachment; filename="import-${job.id}-errors.csv"`);
      const csv = stringify({ header: true, columns: ["row", "column", "message"] });
      csv.pipe(response);
      let cursor = 0;
      for (;;) {
        const rows = await prisma.importRowError.findMany({
          where: { importJobId: job.id, id: { gt: cursor } },
          orderBy: { id: "asc" },
          take: 1000,
        });
        if (rows.length === 0) break;
        for (const row of rows)
          csv.write([String(row.rowNumber), neutraliseCell(row.column ?? ""), neutraliseCell(row.message)]);
        cursor = rows[rows.length - 1].id;
      }
      csv.end();
    } catch (error) {
      if (response.headersSent) response.destroy();
      else sendError(response, error, request);
    }
  });

  return router;
}
