"use client";
import { useState } from "react";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignCard } from "@/components/campaigns/campaign-card";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import { useGqlQuery } from "@/lib/use-graphql";
import { CampaignsQuery } from "@/operations/campaigns";

export default function CampaignsPage() {
  const viewer = useViewer();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const campaigns = useGqlQuery(CampaignsQuery, { first: 20, after: cursors[cursors.length - 1] });
  const connection = campaigns.data?.campaigns;
  return (
    <>
      <h1>Campaigns</h1>
      <p className="subtitle">Reach the customers of one or more segments who agreed to hear from you.</p>
      {canEdit(viewer) && <CampaignForm onCreated={() => setCursors([null])} />}
      {campaigns.isPending && <Loading what="Loading campaigns" />}
      <ErrorMessage error={campaigns.error} />
      {connection && connection.totalCount === 0 && (
        <EmptyState>No campaigns yet. Create one above for a segment.</EmptyState>
      )}
      {connection?.edges.map(({ node }) => (
        <CampaignCard key={node.id} campaign={node} />
      ))}
      {connection && (cursors.length > 1 || connection.pageInfo.hasNextPage) && (
        <div className="pager">
          <button
            type="button"
            className="secondary"
            disabled={cursors.length === 1}
            onClick={() => setCursors((stack) => stack.slice(0, -1))}
          >
            Previous
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!connection.pageInfo.hasNextPage}
            onClick={() => setCursors((stack) => [...stack, connection.pageInfo.endCursor ?? null])}
          >
            Next
          </button>
        </div>
      )}
    </>
  );
}
