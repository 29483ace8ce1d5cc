"use client";
import Link from "next/link";
import { useState } from "react";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import { formatInteger, formatNumber } from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { SegmentMembersQuery } from "@/operations/segments";

const pageSize = 20;

export function SegmentMembers({ segmentId }: { segmentId: string }) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const members = useGqlQuery(
    SegmentMembersQuery,
    { id: segmentId, first: pageSize, after: cursors[cursors.length - 1] },
    { placeholderData: (previous) => previous },
  );
  const connection = members.data?.segment.members;
  return (
    <div className="card">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2>Members{connection ? ` (${formatInteger(connection.totalCount)})` : ""}</h2>
        <a href={`/segments/${segmentId}/members.csv`} download data-testid="segment-members-export">
          Export all members as CSV
        </a>
      </div>
      {members.isPending && <Loading what="Loading members" />}
      <ErrorMessage error={members.error} />
      {connection && connection.totalCount === 0 && <EmptyState>No members.</EmptyState>}
      {connection && connection.totalCount > 0 && (
        <>
          <table data-testid="segment-members">
            <thead>
              <tr>
                <th>Customer</th>
                <th>Email</th>
                <th className="num">Distance to centre</th>
                <th>Placed by</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.customerId}>
                  <td>
                    <Link href={`/customers/${node.customerId}`}>{node.name ?? node.externalId}</Link>
                  </td>
                  <td>{node.email ?? "—"}</td>
                  <td className="num">{formatNumber(node.distance)}</td>
                  <td>{node.source === "REALTIME" ? "real-time scoring" : "the run"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button
              type="button"
              className="secondary"
              disabled={cursors.length === 1}
              onClick={() => setCursors((stack) => stack.slice(0, -1))}
            >
              Previous
            </button>
            <span className="muted">Page {cursors.length} · most typical first</span>
            <button
              type="button"
              className="secondary"
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => setCursors((stack) => [...stack, connection.pageInfo.endCursor ?? null])}
            >
              Next
            </button>
          </div>
        </>
      )}
    </div>
  );
}
