"use client";
import Link from "next/link";
import { useShopCurrency } from "@/components/shop-currency-context";
import { ErrorMessage, Loading } from "@/components/status-message";
import { channelLabel } from "@/lib/channel-label";
import { formatCurrency, formatInteger, formatPercent } from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { SegmentCampaignsQuery } from "@/operations/segments";

/** The campaigns that targeted this segment, with the results recorded for its customers. */
export function SegmentCampaigns({ segmentId }: { segmentId: string }) {
  const currency = useShopCurrency();
  const kpis = useGqlQuery(SegmentCampaignsQuery, { segmentId });
  if (kpis.isPending)
    return (
      <div className="card">
        <Loading what="Loading campaigns" />
      </div>
    );
  if (kpis.error)
    return (
      <div className="card">
        <ErrorMessage error={kpis.error} />
      </div>
    );
  const { campaigns, total } = kpis.data.segmentKpis;
  return (
    <div className="card">
      <h2>Campaigns for this segment</h2>
      {campaigns.length === 0 ? (
        <p className="muted">
          No campaign targets this segment yet. <Link href="/campaigns">Create one</Link>.
        </p>
      ) : (
        <table data-testid="segment-campaigns">
          <thead>
            <tr>
              <th>Campaign</th>
              <th>Status</th>
              <th className="num">Reached</th>
              <th className="num">Conversions</th>
              <th className="num">Revenue</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <tr key={campaign.campaignId}>
                <td>
                  {campaign.campaignName} <span className="muted">· {channelLabel(campaign.channel)}</span>
                </td>
                <td>{campaign.status.toLowerCase()}</td>
                <td className="num">{formatInteger(campaign.kpis.reach)}</td>
                <td className="num">
                  {formatInteger(campaign.kpis.conversions)}
                  {campaign.kpis.conversionRate === null
                    ? ""
                    : ` (${formatPercent(campaign.kpis.conversionRate)})`}
                </td>
                <td className="num">{formatCurrency(campaign.kpis.revenue, currency)}</td>
              </tr>
            ))}
            <tr>
              <th>All campaigns</th>
              <td />
              <td className="num">{formatInteger(total.reach)}</td>
              <td className="num">{formatInteger(total.conversions)}</td>
              <td className="num">{formatCurrency(total.revenue, currency)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
