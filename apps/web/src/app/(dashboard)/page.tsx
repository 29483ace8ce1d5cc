"use client";
import Link from "next/link";
import { SegmentBarChart } from "@/components/charts/segment-size-chart";
import { SegmentName } from "@/components/segment-name";
import { useShopCurrency } from "@/components/shop-currency-context";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import { channelLabel } from "@/lib/channel-label";
import { formatCurrency, formatDate, formatInteger, formatPercent } from "@/lib/format";
import { revenueShares, segmentRevenue } from "@/lib/segment-profile";
import { useGqlQuery } from "@/lib/use-graphql";
import { OverviewQuery } from "@/operations/overview";

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="card" data-testid={testId}>
      <div className="stat">{value}</div>
      <div className="stat-label">{label}</div>
    </div>
  );
}

export default function OverviewPage() {
  const currency = useShopCurrency();
  const overview = useGqlQuery(OverviewQuery, {});
  if (overview.isPending) return <Loading what="Loading the overview" />;
  if (overview.error) return <ErrorMessage error={overview.error} />;
  const { customers, segmentationRuns, segments, campaigns, importJobs } = overview.data;
  const activeRun = segmentationRuns.edges.map((edge) => edge.node).find((run) => run.isActive) ?? null;
  const shares = revenueShares(segments);
  const revenues = segments.map((segment) => segmentRevenue(segment.profile, segment.size));
  const totalRevenue = revenues.every((value) => value !== null)
    ? revenues.reduce<number>((sum, value) => sum + (value ?? 0), 0)
    : null;

  return (
    <>
      <h1>Overview</h1>
      <p className="subtitle">Your customers and segments at a glance.</p>
      {customers.totalCount === 0 && (
        <EmptyState>
          No customers yet. <Link href="/import">Import your customers, orders and events</Link> to get
          started.
        </EmptyState>
      )}
      <div className="grid">
        <Stat label="Customers" value={formatInteger(customers.totalCount)} testId="stat-customers" />
        <Stat
          label="Revenue of segmented customers"
          value={totalRevenue === null ? "—" : formatCurrency(totalRevenue, currency)}
        />
        <Stat
          label={
            activeRun
              ? `Active segmentation · ${formatDate(activeRun.activatedAt ?? activeRun.finishedAt)}`
              : "Active segmentation"
          }
          value={activeRun ? `${activeRun.k ?? "?"} segments` : "none"}
        />
        <Stat
          label="Explanation fidelity (how well the rules reproduce the segments)"
          value={activeRun?.explanation ? formatPercent(activeRun.explanation.fidelity) : "—"}
        />
      </div>
      {segments.length === 0 ? (
        <EmptyState>
          No active segmentation. <Link href="/runs/new">Start a segmentation run</Link>, then make its result
          the active one.
        </EmptyState>
      ) : (
        <div className="grid">
          <div className="card">
            <h2>Segment sizes</h2>
            <SegmentBarChart
              label="Customers per segment"
              kind="count"
              data={segments.map((segment) => ({
                name: segment.name,
                clusterIndex: segment.clusterIndex,
                value: segment.size,
              }))}
            />
          </div>
          <div className="card">
            <h2>Share of revenue</h2>
            {shares.every((share) => share !== null) ? (
              <SegmentBarChart
                label="Share of total revenue"
                kind="share"
                data={segments.map((segment, index) => ({
                  name: segment.name,
                  clusterIndex: segment.clusterIndex,
                  value: shares[index] ?? 0,
                }))}
              />
            ) : (
              <p className="muted">This run did not use total spend, so revenue shares are unknown.</p>
            )}
          </div>
          <div className="card">
            <h2>Segments</h2>
            <table>
              <thead>
                <tr>
                  <th>Segment</th>
                  <th className="num">Customers</th>
                  <th className="num">Share</th>
                </tr>
              </thead>
              <tbody>
                {segments.map((segment) => (
                  <tr key={segment.id}>
                    <td>
                      <SegmentName id={segment.id} name={segment.name} clusterIndex={segment.clusterIndex} />
                    </td>
                    <td className="num">{formatInteger(segment.size)}</td>
                    <td className="num">{formatPercent(segment.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <div className="grid">
        <div className="card">
          <h2>Campaigns running ({formatInteger(campaigns.totalCount)})</h2>
          {campaigns.edges.length === 0 ? (
            <p className="muted">
              None running. <Link href="/campaigns">Create a campaign</Link> for a segment.
            </p>
          ) : (
            <ul>
              {campaigns.edges.map(({ node: campaign }) => (
                <li key={campaign.id}>
                  {campaign.name} · {channelLabel(campaign.channel)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="card">
          <h2>Recent imports</h2>
          {importJobs.nodes.length === 0 ? (
            <p className="muted">
              No imports yet. <Link href="/import">Import a CSV or Excel file</Link>.
            </p>
          ) : (
            <table>
              <tbody>
                {importJobs.nodes.map((job) => (
                  <tr key={job.id}>
                    <td>
                      {job.fileName}
                      <div className="muted">
                        {job.kind.toLowerCase()} · {formatDate(job.createdAt)}
                      </div>
                    </td>
                    <td>
                      <span className="badge">{job.status.toLowerCase()}</span>
                    </td>
                    <td className="num">
                      {formatInteger(job.createdCount)} new · {formatInteger(job.updatedCount)} updated
                      {job.errorCount > 0 ? ` · ${formatInteger(job.errorCount)} errors` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </>
  );
}
