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
import { findCampaignOrThrow } from "./find-campaign";
import { formatCsvRow } from "../../csv/format-csv-row";
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
    async (request: express.Request<{ id: string }>, response: express.Response) => {
      try {
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

        response.status(200);
        response.setHeader("Content-Type", "text/csv; charset=utf-8");
        response.setHeader(
          "Content-Disposition",
          `attachment; filename="campaign-${campaign.id}-audience.csv"`,
        );
        response.setHeader("Cache-Control", "no-store");
        response.write(formatCsvRow(header));
        for await (const batch of iterateAudience({ prisma, segmentIds })) {
          if (response.destroyed) return;
          const chunk = batch
            .map((row) => formatCsvRow([row.externalId, row.email, row.name, row.segments.join("; ")]))
            .join("");
          // Respect back-pressure: a slow client must not make us buffer the whole audience.
          if (!response.write(chunk)) await drainedOrClosed(response);
        }
        response.end();
      } catch (error) {
        const appError = toAppError(error);
        if (appError.code === "INTERNAL_SERVER_ERROR")
          logger.error("audience export failed", { error: String(error) });
        if (response.headersSent) {
          // The CSV is already partly sent: cutting the connection is the only honest signal left.
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

/** Waits until the client took the buffered data, or went away (then the loop above stops). */
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
