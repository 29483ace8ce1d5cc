import type express from "express";
import { formatCsvRow } from "../csv/format-csv-row";
import { httpStatusOf } from "../errors/app-error";
import { toAppError } from "../errors/to-app-error";
import type { Logger } from "../logging/logger";

export type CsvRow = ReadonlyArray<string | number | null>;

/** What an export route sends once the request is allowed. */
export interface CsvExport {
  fileName: string;
  header: readonly string[];
  /** The rows, a batch at a time: one batch is in memory at a time, whatever the size of the export. */
  batches: AsyncIterable<readonly CsvRow[]>;
}

/**
 * An express handler for a CSV download: `prepare` checks the request (auth, permissions, audit) and names
 * the rows; they are streamed with back-pressure (a slow client must not make the server buffer the whole
 * export), and reading stops when the client goes away. An error before the first byte is a JSON error with
 * its HTTP status; after it, the connection is cut, the only honest signal left.
 */
export function csvExportHandler<Params>(
  { logger, name }: { logger: Logger; name: string },
  prepare: (request: express.Request<Params>) => Promise<CsvExport>,
): (request: express.Request<Params>, response: express.Response) => Promise<void> {
  return async (request, response) => {
    try {
      const { fileName, header, batches } = await prepare(request);
      response.status(200);
      response.setHeader("Content-Type", "text/csv; charset=utf-8");
      response.setHeader("Content-Disposition", `attachment; filename="${fileName}"`);
      response.setHeader("Cache-Control", "no-store");
      response.write(formatCsvRow(header));
      for await (const batch of batches) {
        if (response.destroyed) return;
        const chunk = batch.map((row) => formatCsvRow(row)).join("");
        if (!response.write(chunk)) await drainedOrClosed(response);
      }
      response.end();
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL_SERVER_ERROR") logger.error(`${name} failed`, { error: String(error) });
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response
        .status(httpStatusOf(appError.code))
        .json({ errors: [{ message: appError.message, extensions: { code: appError.code } }] });
    }
  };
}

/** Waits until the client took the buffered data, or went away (then the export stops). */
function drainedOrClosed(response: express.Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off("drain", done);
      response.off("close", done);
      resolve();
    };
    response.on("drain", done);
    response.on("close", done);
  });
}
