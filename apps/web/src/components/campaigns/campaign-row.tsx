"use client";
import { ErrorMessage, Loading } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import type { CampaignsQuery } from "@/gql/graphql";
import { channelLabel } from "@/lib/channel-label";
import { allowedNextStatuses, statusActionLabel } from "@/lib/campaign-status";
import { formatCurrency, formatDateTime, formatInteger, formatPercent } from "@/lib/format";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { ChangeCampaignStatusMutation, CampaignKpisQuery } from "@/operations/campaigns";

type Campaign = CampaignsQuery["campaigns"]["edges"][number]["node"];

/** Results per segment (reach, conversions, revenue) as recorded through recordCampaignResult. */
function CampaignResults({ campaignId }: { campaignId: string }) {
  const kpis = useGqlQuery(CampaignKpisQuery, { campaignId });
  if (kpis.isPending) return <Loading what="Loading results" />;
  if (kpis.error) return <ErrorMessage error={kpis.error} />;
  const { perSegment, total } = kpis.data.campaignKpis;
  if (total.reach === 0 && total.conversions === 0) return <p className="muted">No results recorded yet.</p>;
  return (
    <table data-testid="campaign-results">
      <thead>
        <tr>
          <th>Segment</th>
          <th className="num">Reached</th>
          <th className="num">Conversions</th>
          <th className="num">Rate</th>
          <th className="num">Revenue</th>
        </tr>
      </thead>
      <tbody>
        {[
          ...perSegment.map((row) => ({ key: row.segmentId, name: row.segmentName, figures: row.kpis })),
          { key: "total", name: "Total", figures: total },
        ].map((row) => (
          <tr key={row.key}>
            <td>{row.name}</td>
            <td className="num">{formatInteger(row.figures.reach)}</td>
            <td className="num">{formatInteger(row.figures.conversions)}</td>
            <td className="num">
              {row.figures.conversionRate === null ? "—" : formatPercent(row.figures.conversionRate)}
            </td>
            <td className="num">{formatCurrency(row.figures.revenue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CampaignCard({ campaign }: { campaign: Campaign }) {
  const viewer = useViewer();
  const change = useGqlMutation(ChangeCampaignStatusMutation);
  return (
    <div className="card stack" data-testid="campaign-card">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <strong>{campaign.name}</strong>{" "}
          <span className="badge" data-testid="campaign-status">
            {campaign.status.toLowerCase()}
          </span>
          <div className="muted">
            {channelLabel(campaign.channel)} ·{" "}
            {campaign.scheduledAt ? `scheduled ${formatDateTime(campaign.scheduledAt)}` : "not scheduled"} ·
            budget {formatCurrency(campaign.budget)}
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
      <CampaignResults campaignId={campaign.id} />
    </div>
  );
}
