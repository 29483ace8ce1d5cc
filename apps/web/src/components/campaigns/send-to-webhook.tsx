"use client";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { ErrorMessage, Loading, ProgressBar } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import { describeDelivery } from "@/lib/delivery-status";
import { formatInteger } from "@/lib/format";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { SendCampaignToWebhookMutation, WebhookDeliveriesQuery } from "@/operations/campaigns";
import { WebhookEndpointsQuery } from "@/operations/settings";
import type { Campaign } from "./campaign-card";

const sendable = new Set(["SCHEDULED", "RUNNING"]);

/** The latest deliveries of the campaign, polled every second while one is being sent. */
function DeliveryStatus({
  campaignId,
  endpointNames,
}: {
  campaignId: string;
  endpointNames: Map<string, string>;
}) {
  const deliveries = useGqlQuery(
    WebhookDeliveriesQuery,
    { campaignId },
    {
      refetchInterval: (query) =>
        query.state.data?.webhookDeliveries.edges.some(({ node }) => node.status === "PENDING")
          ? 1_000
          : false,
    },
  );
  if (deliveries.isPending) return <Loading what="Loading deliveries" />;
  if (deliveries.error) return <ErrorMessage error={deliveries.error} />;
  const { edges, totalCount } = deliveries.data.webhookDeliveries;
  if (edges.length === 0) return null;
  const latest = edges[0].node;
  const described = describeDelivery(latest, endpointNames.get(latest.endpointId) ?? "the endpoint");
  return (
    <div className="stack" data-testid="webhook-delivery" data-status={latest.status}>
      {described.progress !== null && (
        <ProgressBar value={described.progress} label="Webhook delivery" testId="webhook-delivery-progress" />
      )}
      <p
        className={described.tone === "error" ? "error" : described.tone === "success" ? "success" : "muted"}
        role={described.tone === "error" ? "alert" : "status"}
        aria-live="polite"
        data-testid="webhook-delivery-status"
      >
        {described.text}
      </p>
      {totalCount > 1 && (
        <p className="muted">
          {formatInteger(totalCount - 1)} earlier {totalCount === 2 ? "delivery" : "deliveries"} of this
          campaign.
        </p>
      )}
    </div>
  );
}

/** "Send audience to webhook": choose an endpoint, confirm with the audience size, follow the delivery. */
export function SendToWebhook({ campaign }: { campaign: Campaign }) {
  const viewer = useViewer();
  const formId = useId();
  const endpoints = useGqlQuery(WebhookEndpointsQuery, {});
  const send = useGqlMutation(SendCampaignToWebhookMutation);
  const [open, setOpen] = useState(false);
  const [endpointId, setEndpointId] = useState("");
  const activeEndpoints = (endpoints.data?.webhookEndpoints.edges ?? [])
    .map(({ node }) => node)
    .filter((endpoint) => endpoint.active);
  const endpointNames = new Map(
    (endpoints.data?.webhookEndpoints.edges ?? []).map(({ node }) => [node.id, node.name] as const),
  );
  const chosen = activeEndpoints.find((endpoint) => endpoint.id === endpointId) ?? activeEndpoints[0];
  const audience = campaign.audience.consentedCustomers;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    await send.mutateAsync({ campaignId: campaign.id, endpointId: chosen.id });
    setOpen(false);
  }

  return (
    <section className="stack" aria-label={`Webhook delivery of ${campaign.name}`}>
      {canEdit(viewer) && sendable.has(campaign.status) && (
        <div>
          <button
            type="button"
            className="secondary"
            aria-expanded={open}
            aria-controls={formId}
            onClick={() => setOpen(!open)}
            data-testid="webhook-send-open"
          >
            Send audience to webhook…
          </button>
        </div>
      )}
      {canEdit(viewer) &&
        !sendable.has(campaign.status) &&
        campaign.status !== "COMPLETED" &&
        campaign.status !== "CANCELLED" && (
          <p className="muted">To send the audience to a webhook, schedule or start the campaign first.</p>
        )}
      {open && (
        <form
          id={formId}
          className="card stack"
          onSubmit={(event) => void submit(event).catch(() => undefined)}
          data-testid="webhook-send-form"
        >
          {endpoints.isPending && <Loading what="Loading webhook endpoints" />}
          <ErrorMessage error={endpoints.error} />
          {endpoints.data && activeEndpoints.length === 0 && (
            <p className="muted">
              No active webhook endpoint yet. The owner adds one in{" "}
              <Link href="/settings">Settings → Webhook endpoints</Link>.
            </p>
          )}
          {chosen && (
            <>
              <label style={{ maxWidth: "28rem" }}>
                Endpoint
                <select
                  value={chosen.id}
                  onChange={(event) => setEndpointId(event.target.value)}
                  data-testid="webhook-endpoint"
                >
                  {activeEndpoints.map((endpoint) => (
                    <option key={endpoint.id} value={endpoint.id}>
                      {endpoint.name} ({new URL(endpoint.url).host})
                    </option>
                  ))}
                </select>
              </label>
              <p data-testid="webhook-send-confirm-text">
                This sends <strong>{formatInteger(audience)}</strong>{" "}
                {audience === 1 ? "customer" : "customers"} who agreed to marketing (name, email, external id
                and segments) to “{chosen.name}” at <code>{chosen.url}</code>, signed with its secret.
                {campaign.status === "SCHEDULED" ? " The campaign starts running." : ""}
              </p>
              <div className="row">
                <button
                  type="submit"
                  disabled={send.isPending || audience === 0}
                  data-testid="webhook-send-confirm"
                >
                  {send.isPending
                    ? "Sending…"
                    : `Send ${formatInteger(audience)} ${audience === 1 ? "customer" : "customers"}`}
                </button>
                <button type="button" className="secondary" onClick={() => setOpen(false)}>
                  Not now
                </button>
              </div>
              {audience === 0 && (
                <p className="muted">
                  Nobody in this campaign&apos;s segments agreed to marketing: there is nothing to send.
                </p>
              )}
            </>
          )}
        </form>
      )}
      <ErrorMessage error={send.error} />
      <DeliveryStatus campaignId={campaign.id} endpointNames={endpointNames} />
    </section>
  );
}
