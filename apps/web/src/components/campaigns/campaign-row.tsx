"use client";
import { ErrorMessage } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import type { CampaignsQuery } from "@/gql/graphql";
import { allowedNextStatuses, statusActionLabel } from "@/lib/campaign-status";
import { formatCurrency, formatDateTime, formatInteger, formatPercent } from "@/lib/format";
import { useGqlMutation } from "@/lib/use-graphql";
import { ChangeCampaignStatusMutation } from "@/operations/campaigns";

type Campaign = CampaignsQuery["campaigns"]["edges"][number]["node"];

export function CampaignCard({ campaign }: { campaign: Campaign }) {
  const viewer = useViewer();
  const change = useGqlMutation(ChangeCampaignStatusMutation);
  return (
    <div className="card stack" data-testid="campaign-card">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <strong>{campaign.name}</strong> <span className="badge" data-testid="campaign-status">{campaign.status.toLowerCase()}</span>
          <div className="muted">
            {campaign.channel.toLowerCase()} · {campaign.scheduledAt ? `scheduled ${formatDateTime(campaign.scheduledAt)}` : "not scheduled"} · budget {formatCurrency(campaign.budget)}
          </div>
          <div className="muted">
            Segments: {campaign.segments.map((segment) => `${segment.name}${segment.inActiveRun ? "" : " (older run)"}`).join(", ")} · audience {formatInteger(campaign.audience.consentedCustomers)} of {formatInteger(campaign.audience.totalCustomers)}
          </div>
        </div>
        <div className="row">
          <a href={`/campaigns/${campaign.id}/audience.csv`} download data-testid="campaign-export">Export audience (CSV)</a>
          {canEdit(viewer) &&
            allowedNextStatuses(campaign.status).map((status) => (
              <button key={status} type="button" className={status === "CANCELLED" ? "secondary" : undefined} disabled={change.isPending} onClick={() => change.mutate({ id: campaign.id, status })} data-testid={`campaign-to-${status.toLowerCase()}`}>
                {statusActionLabel(campaign.status, status)}
              </button>
            ))}
        </div>
      </div>
      <ErrorMessage error={change.error} />
      {campaign.kpis.length > 0 ? (
        <table>
          <thead><tr><th>Segment</th><th className="num">Reached</th><th className="num">Conversions</th><th className="num">Rate</th><th className="num">Revenue</th></tr></thead>
          <tbody>
            {campaign.kpis.map((kpi) => (
              <tr key={kpi.segmentId ?? "all"}>
                <td>{kpi.segmentName ?? "All segments"}</td>
                <td className="num">{formatInteger(kpi.reach)}</td>
                <td className="num">{formatInteger(kpi.conversions)}</td>
                <td className="num">{kpi.conversionRate === null ? "—" : formatPercent(kpi.conversionRate)}</td>
                <td className="num">{formatCurrency(kpi.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No results recorded yet.</p>
      )}
    </div>
  );
}
