"use client";
import Link from "next/link";
import { ErrorMessage, Loading } from "@/components/status-message";
import { formatCurrency, formatInteger, formatPercent } from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { SegmentCampaignsQuery } from "@/operations/segments";

export function SegmentCampaigns({ segmentId }: { segmentId: string }) {
  const campaigns = useGqlQuery(SegmentCampaignsQuery, {});
  if (campaigns.isPending) return <div className="card"><Loading what="Loading campaigns" /></div>;
  if (campaigns.error) return <div className="card"><ErrorMessage error={campaigns.error} /></div>;
  const mine = campaigns.data.campaigns.edges.map(({ node }) => node).filter((campaign) => campaign.segments.some((segment) => segment.id === segmentId));
  return (
    <div className="card">
      <h2>Campaigns for this segment</h2>
      {mine.length === 0 ? (
        <p className="muted">No campaign targets this segment yet. <Link href="/campaigns">Create one</Link>.</p>
      ) : (
        <table>
          <thead><tr><th>Campaign</th><th>Status</th><th className="num">Audience</th><th className="num">Reached</th><th className="num">Conversions</th><th className="num">Revenue</th></tr></thead>
          <tbody>
            {mine.map((campaign) => {
              const kpi = campaign.kpis.find((item) => item.segmentId === segmentId);
              const audience = campaign.audience.perSegment.find((item) => item.segmentId === segmentId);
              return (
                <tr key={campaign.id}>
                  <td>{campaign.name} <span className="muted">· {campaign.channel.toLowerCase()}</span></td>
                  <td>{campaign.status.toLowerCase()}</td>
                  <td className="num">{audience ? formatInteger(audience.audienceSize) : "—"}</td>
                  <td className="num">{kpi ? formatInteger(kpi.reach) : "—"}</td>
                  <td className="num">{kpi ? `${formatInteger(kpi.conversions)}${kpi.conversionRate === null ? "" : ` (${formatPercent(kpi.conversionRate)})`}` : "—"}</td>
                  <td className="num">{kpi ? formatCurrency(kpi.revenue) : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
