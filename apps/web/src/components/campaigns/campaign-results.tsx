"use client";
import { SegmentName } from "@/components/segment-name";
import { useShopCurrency } from "@/components/shop-currency-context";
import { ErrorMessage, Loading } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import type { KpiFigureFieldsFragment } from "@/gql/graphql";
import { canRecordResults } from "@/lib/campaign-result-form";
import { formatCurrency, formatInteger, formatPercent } from "@/lib/format";
import { segmentColor } from "@/lib/segment-colors";
import { useGqlQuery } from "@/lib/use-graphql";
import { CampaignKpisQuery } from "@/operations/campaigns";
import type { Campaign } from "./campaign-card";
import { RecordResultForm } from "./record-result-form";

interface ResultRow {
  key: string;
  label: React.ReactNode;
  figures: KpiFigureFieldsFragment;
  /** Colour of the conversion-rate bar: the segment's own, grey for the rest. */
  color: string;
  isTotal?: boolean;
}

/** The conversion rate as a number and a bar on a shared scale, so segments compare at a glance. */
function RateBar({ rate, scale, color }: { rate: number | null; scale: number; color: string }) {
  if (rate === null) return <span className="muted">—</span>;
  return (
    <span className="row" style={{ justifyContent: "flex-end", flexWrap: "nowrap", gap: "0.5rem" }}>
      <span
        aria-hidden="true"
        style={{
          display: "inline-block",
          height: "0.7rem",
          width: `${scale > 0 ? Math.max(2, (rate / scale) * 80) : 2}px`,
          background: color,
          borderRadius: 2,
        }}
      />
      {formatPercent(rate)}
    </span>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div data-testid={testId}>
      <div className="stat">{value}</div>
      <div className="stat-label">{label}</div>
    </div>
  );
}

/** Results recorded for the campaign: key figures, a table per segment, and the form to add more. */
export function CampaignResults({ campaign }: { campaign: Campaign }) {
  const viewer = useViewer();
  const currency = useShopCurrency();
  const kpis = useGqlQuery(CampaignKpisQuery, { campaignId: campaign.id });
  const money = (value: number | null) => (value === null ? "—" : formatCurrency(value, currency));
  const recordable = canEdit(viewer) && canRecordResults(campaign.status);

  let body: React.ReactNode;
  if (kpis.isPending) body = <Loading what="Loading results" />;
  else if (kpis.error) body = <ErrorMessage error={kpis.error} />;
  else {
    const { perSegment, unattributed, total } = kpis.data.campaignKpis;
    const clusterIndexOf = new Map(campaign.segments.map((segment) => [segment.id, segment.clusterIndex]));
    const rows: ResultRow[] = [
      ...perSegment.map((row) => {
        const clusterIndex = clusterIndexOf.get(row.segmentId) ?? -1;
        return {
          key: row.segmentId,
          label: <SegmentName id={row.segmentId} name={row.segmentName} clusterIndex={clusterIndex} />,
          figures: row.kpis,
          color: segmentColor(clusterIndex),
        };
      }),
      ...(unattributed
        ? [
            {
              key: "unattributed",
              label: "Not split by segment",
              figures: unattributed,
              color: segmentColor(-1),
            },
          ]
        : []),
      { key: "total", label: "Whole campaign", figures: total, color: segmentColor(-1), isTotal: true },
    ];
    const scale = Math.max(0, ...rows.map((row) => row.figures.conversionRate ?? 0));
    body =
      total.reach === 0 ? (
        <p className="muted" data-testid="campaign-no-results">
          No results recorded yet.
          {recordable
            ? " Record the customers reached, conversions and revenue of each segment once you know them."
            : canRecordResults(campaign.status)
              ? ""
              : " Results can be recorded once the campaign has started."}
        </p>
      ) : (
        <>
          <div className="grid figures" data-testid="campaign-kpis">
            <Stat label="customers reached" value={formatInteger(total.reach)} testId="kpi-reach" />
            <Stat
              label="conversion rate"
              value={total.conversionRate === null ? "—" : formatPercent(total.conversionRate)}
              testId="kpi-conversion-rate"
            />
            <Stat label="revenue" value={money(total.revenue)} testId="kpi-revenue" />
            <Stat
              label="revenue per recipient"
              value={money(total.revenuePerRecipient)}
              testId="kpi-revenue-per-recipient"
            />
          </div>
          <table data-testid="campaign-results">
            <caption className="muted" style={{ textAlign: "left", paddingBottom: "0.4rem" }}>
              Results per segment (all entries added up); the budget is shared out by customers reached.
            </caption>
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col" className="num">
                  Reached
                </th>
                <th scope="col" className="num">
                  Conversions
                </th>
                <th scope="col" className="num">
                  Conversion rate
                </th>
                <th scope="col" className="num">
                  Revenue
                </th>
                <th scope="col" className="num">
                  Revenue per recipient
                </th>
                <th scope="col" className="num">
                  Return on budget
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const Cell = row.isTotal ? "th" : "td";
                return (
                  <tr key={row.key} data-testid={`campaign-result-${row.key}`}>
                    <Cell scope="row">{row.label}</Cell>
                    <Cell className="num">{formatInteger(row.figures.reach)}</Cell>
                    <Cell className="num">{formatInteger(row.figures.conversions)}</Cell>
                    <Cell className="num">
                      <RateBar rate={row.figures.conversionRate} scale={scale} color={row.color} />
                    </Cell>
                    <Cell className="num">{money(row.figures.revenue)}</Cell>
                    <Cell className="num">{money(row.figures.revenuePerRecipient)}</Cell>
                    <Cell className="num">
                      {row.figures.roi === null ? "—" : formatPercent(row.figures.roi)}
                    </Cell>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      );
  }

  return (
    <section className="stack" aria-label={`Results of ${campaign.name}`}>
      <h3 style={{ margin: 0, fontSize: "1rem" }}>Results</h3>
      {body}
      {recordable && <RecordResultForm campaign={campaign} />}
    </section>
  );
}
