import type { PrismaClient } from "@seglens/database";
import type express from "express";
import type { Environment } from "../../env";
import { AppError } from "../../errors/app-error";
import { viewerCan } from "../../graphql/viewer";
import { csvExportHandler, type CsvExport, type CsvRow } from "../../http/csv-export-handler";
import { createRateLimiters } from "../../http/rate-limit";
import { readSessionToken } from "../../http/session-cookie";
import type { Logger } from "../../logging/logger";
import { recordAudit } from "../audit/record-audit";
import { resolveViewer } from "../auth/resolve-viewer";
import { readBearerApiKey } from "../auth/read-bearer-api-key";
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
    csvExportHandler(
      { logger, name: "segment members export" },
      async (request: express.Request<{ id: string }>): Promise<CsvExport> => {
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
        return {
          fileName: `segment-${segment.id}-members.csv`,
          header,
          batches: memberRows(prisma, segment.id),
        };
      },
    ),
  );
}

/** The members in keyset batches by customer id. */
async function* memberRows(prisma: PrismaClient, segmentId: string): AsyncGenerator<CsvRow[]> {
  let afterCustomerId = 0;
  for (;;) {
    const rows = await prisma.segmentMembership.findMany({
      where: { segmentId, customerId: { gt: afterCustomerId } },
      orderBy: { customerId: "asc" },
      take: batchSize,
      select: {
        customerId: true,
        distance: true,
        source: true,
        customer: { select: { externalId: true, email: true, name: true } },
      },
    });
    if (rows.length === 0) return;
    yield rows.map((row) => [
      row.customerId,
      row.customer.externalId,
      row.customer.email,
      row.customer.name,
      row.distance,
      row.source,
    ]);
    afterCustomerId = rows[rows.length - 1].customerId;
    if (rows.length < batchSize) return;
  }
}
