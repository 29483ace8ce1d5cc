import type { PrismaClient } from "@seglens/database";
import type express from "express";
import type { Environment } from "../../env";
import { AppError, httpStatusOf } from "../../errors/app-error";
import { toAppError } from "../../errors/to-app-error";
import { viewerCan } from "../../graphql/viewer";
import { createRateLimiters } from "../../http/rate-limit";
import { readSessionToken } from "../../http/session-cookie";
import type { Logger } from "../../logging/logger";
import { recordAudit } from "../audit/record-audit";
import { resolveViewer } from "../auth/resolve-viewer";
import { readBearerApiKey } from "../auth/read-bearer-api-key";
import { formatCsvRow } from "../../csv/format-csv-row";
import { findSegmentOrThrow } from "./get-segment";

const header = ["customer_id", "external_id", "email", "name", "distance", "source"];
const batchSize = 5_000;

/**
 * GET /segments/:id/members.csv: every member of a segment, streamed in keyset batches (memory
 * stays flat for a million members). Needs segments:read and customers:read; the export of personal
 * data is audited.
 */
export function mountSegmentMembersRoute(
  app: express.Express,
  { prisma, env, logger }: { prisma: PrismaClient; env: Environment; logger: Logger },
): void {
  app.get(
    "/segments/:id/members.csv",
    ...createRateLimiters({ requestsPerMinute: env.SEGLENS_RATE_LIMIT_PER_MINUTE }),
    async (request: express.Request<{ id: string }>, response: express.Response) => {
      try {
        const viewer = await resolveViewer({
          prisma,
          sessionToken: readSessionToken(request),
          bearerKey: readBearerApiKey(request),
        });
        if (viewer.kind === "anonymous")
          throw new AppError("UNAUTHENTICATED", "Sign in or send an API key to export segment members.");
        for (const permission of ["segments:read", "customers:read"] as const) {
          if (!viewerCan(viewer, permission))
            throw new AppError(
              "FORBIDDEN",
              `Exporting segment members needs the "${permission}" permission.`,
            );
        }
        const segment = await findSegmentOrThrow({ prisma, id: request.params.id });
        await recordAudit({
          prisma,
          viewer,
          action: "segment.exportMembers",
          entityType: "Segment",
          entityId: segment.id,
          ipAddress: request.ip ?? null,
        });

        response.status(200);
        response.setHeader("Content-Type", "text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", `attachment; filename="segment-${segment.id}-members.csv"`);
        response.setHeader("Cache-Control", "no-store");
        response.write(formatCsvRow(header));
        let afterCustomerId = 0;
        for (;;) {
          const rows = await prisma.segmentMembership.findMany({
            where: { segmentId: segment.id, customerId: { gt: afterCustomerId } },
            orderBy: { customerId: "asc" },
            take: batchSize,
            select: {
              customerId: true,
              distance: true,
              source: true,
              customer: { select: { externalId: true, email: true, name: true } },
            },
          });
          if (rows.length === 0 || response.destroyed) break;
          const chunk = rows
            .map((row) =>
              formatCsvRow([
                row.customerId,
                row.customer.externalId,
                row.customer.email,
                row.customer.name,
                row.distance,
                row.source,
              ]),
            )
            .join("");
          // Back-pressure: a slow client must not make the server buffer the whole segment.
          if (!response.write(chunk)) await drainedOrClosed(response);
          afterCustomerId = rows[rows.length - 1].customerId;
          if (rows.length < batchSize) break;
        }
        response.end();
      } catch (error) {
        const appError = toAppError(error);
        if (appError.code === "INTERNAL_SERVER_ERROR")
          logger.error("segment members export failed", { error: String(error) });
        if (response.headersSent) {
          response.destroy();
          return;
        }
        response
          .status(httpStatusOf(appError.code))
          .json({ errors: [{ message: appError.message, extensions: { code: appError.code } }] });
      }
    },
  );
}

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
