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
import { findCampaignOrThrow } from "./find-campaign";
import { iterateAudience } from "./iterate-audience";
import { campaignSegmentIds } from "./list-campaign-audience";

export interface CampaignAudienceRouteOptions {
  prisma: PrismaClient;
  env: Environment;
  logger: Logger;
}

const header = ["external_id", "email", "name", "segment"];

/**
 * GET /campaigns/:id/audience.csv: the campaign's audience as CSV, streamed from the database one
 * keyset batch at a time (a million rows never sit in memory). Session cookie or API key with
 * campaigns:read; the export of personal data is audited.
 */
export function mountCampaignAudienceRoute(
  app: express.Express,
  { prisma, env, logger }: CampaignAudienceRouteOptions,
): void {
  app.get(
    "/campaigns/:id/audience.csv",
    ...createRateLimiters({ requestsPerMinute: env.SEGLENS_RATE_LIMIT_PER_MINUTE }),
    csvExportHandler(
      { logger, name: "audience export" },
      async (request: express.Request<{ id: string }>): Promise<CsvExport> => {
        const viewer = await resolveViewer({
          prisma,
          sessionToken: readSessionToken(request),
          bearerKey: readBearerApiKey(request),
        });
        if (viewer.kind === "anonymous")
          throw new AppError("UNAUTHENTICATED", "Sign in or send an API key to export an audience.");
        if (!viewerCan(viewer, "campaigns:read"))
          throw new AppError("FORBIDDEN", 'Exporting an audience needs the "campaigns:read" permission.');
        const campaign = await findCampaignOrThrow({ prisma, id: request.params.id });
        const segmentIds = await campaignSegmentIds({ prisma, campaignId: campaign.id });
        await recordAudit({
          prisma,
          viewer,
          action: "campaign.exportAudience",
          entityType: "Campaign",
          entityId: campaign.id,
          ipAddress: request.ip ?? null,
        });
        return {
          fileName: `campaign-${campaign.id}-audience.csv`,
          header,
          batches: audienceRows(prisma, segmentIds),
        };
      },
    ),
  );
}

async function* audienceRows(prisma: PrismaClient, segmentIds: string[]): AsyncGenerator<CsvRow[]> {
  for await (const batch of iterateAudience({ prisma, segmentIds }))
    yield batch.map((row) => [row.externalId, row.email, row.name, row.segments.join("; ")]);
}
