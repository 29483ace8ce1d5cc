"use client";
import Link from "next/link";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import { formatDateTime, formatInteger, formatPercent } from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { RunsQuery } from "@/operations/runs";

export default function RunsPage() {
  const runs = useGqlQuery(
    RunsQuery,
    { first: 50, after: null },
    {
      // Keep the list live while a run is working.
      refetchInterval: (query) =>
        query.state.data?.segmentationRuns.edges.some(
          ({ node }) => node.status === "RUNNING" || node.status === "QUEUED",
        )
          ? 2000
          : false,
    },
  );
  return (
    <>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <h1>Segmentation runs</h1>
          <p className="subtitle">
            Each run groups your customers; one run is the active segmentation everyone sees.
          </p>
        </div>
        <Link href="/runs/new" data-testid="new-run-link">
          New run
        </Link>
      </div>
      {runs.isPending && <Loading what="Loading runs" />}
      <ErrorMessage error={runs.error} />
      {runs.data && runs.data.segmentationRuns.totalCount === 0 && (
        <EmptyState>
          No runs yet. <Link href="/runs/new">Start your first segmentation run</Link> once customers are
          imported.
        </EmptyState>
      )}
      {runs.data && runs.data.segmentationRuns.totalCount > 0 && (
        <div className="card">
          <table>
            <thead>
              <tr>
                <th>Run</th>
                <th>Status</th>
                <th className="num">Segments</th>
                <th className="num">Customers</th>
                <th className="num">Fidelity</th>
                <th>Started</th>
              </tr>
            </thead>
            <tbody>
              {runs.data.segmentationRuns.edges.map(({ node: run }) => (
                <tr key={run.id}>
                  <td>
                    <Link href={`/runs/${run.id}`}>{run.name}</Link>{" "}
                    {run.isActive && <span className="badge">active</span>}
                  </td>
                  <td>
                    {run.status.toLowerCase()}
                    {run.status === "RUNNING" ? ` · ${run.stage} ${formatPercent(run.progress)}` : ""}
                  </td>
                  <td className="num">{run.k ?? "—"}</td>
                  <td className="num">
                    {run.customerCount === null ? "—" : formatInteger(run.customerCount)}
                  </td>
                  <td className="num">{run.explanation ? formatPercent(run.explanation.fidelity) : "—"}</td>
                  <td>{formatDateTime(run.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
