"use client";
import { ErrorMessage } from "@/components/status-message";
import { useShopCurrency } from "@/components/shop-currency-context";
import { canEdit, useViewer } from "@/components/viewer-context";
import type { CampaignsQuery } from "@/gql/graphql";
import { channelLabel } from "@/lib/channel-label";
import { allowedNextStatuses, statusActionLabel } from "@/lib/campaign-status";
import { formatCurrency, formatDateTime, formatInteger } from "@/lib/format";
import { useGqlMutation } from "@/lib/use-graphql";
import { ChangeCampaignStatusMutation } from "@/operations/campaigns";
import { CampaignResults } from "./campaign-results";
import { SendToWebhook } from "./send-to-webhook";

export type Campaign = CampaignsQuery["campaigns"]["edges"][number]["node"];

export function CampaignCard({ campaign }: { campaign: Campaign }) {
  const viewer = useViewer();
  const currency = useShopCurrency();
  const change = useGqlMutation(ChangeCampaignStatusMutation);
  return (
    <article className="card stack" data-testid="campaign-card" aria-labelledby={`campaign-${campaign.id}`}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <strong id={`campaign-${campaign.id}`}>{campaign.name}</strong>{" "}
          <span className="badge" data-testid="campaign-status">
            {campaign.status.toLowerCase()}
          </span>
          <div className="muted">
            {channelLabel(campaign.channel)} ·{" "}
            {campaign.scheduledAt ? `scheduled ${formatDateTime(campaign.scheduledAt)}` : "not scheduled"} ·
            budget {formatCurrency(campaign.budget, currency)}
          </div>
          <div className="muted">
            Segments:{" "}
            {campaign.segments
              .map((segment) => `${segment.name}${segment.inActiveRun ? "" : " (older run)"}`)
              .join(", ")}{" "}
            · audience {formatInteger(campaign.audience.consentedCustomers)} of{" "}
            {formatInteger(campaign.audience.totalCustomers)}
          </div>
        </div>
        <div className="row">
          <a href={`/campaigns/${campaign.id}/audience.csv`} download data-testid="campaign-export">
            Export audience (CSV)
          </a>
          {canEdit(viewer) &&
            allowedNextStatuses(campaign.status).map((status) => (
              <button
                key={status}
                type="button"
                className={status === "CANCELLED" ? "secondary" : undefined}
                disabled={change.isPending}
                onClick={() => change.mutate({ id: campaign.id, status })}
                data-testid={`campaign-to-${status.toLowerCase()}`}
              >
                {statusActionLabel(campaign.status, status)}
              </button>
            ))}
        </div>
      </div>
      <ErrorMessage error={change.error} />
      <SendToWebhook campaign={campaign} />
      <CampaignResults campaign={campaign} />
    </article>
  );
}
