"use client";
import { useState, type FormEvent } from "react";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import { formatDate } from "@/lib/format";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { CreateWebhookMutation, DeleteWebhookMutation, WebhookEndpointsQuery } from "@/operations/settings";

/** Where campaign audiences are sent (HMAC-signed with the secret shown once at creation). */
export function WebhooksSection() {
  const endpoints = useGqlQuery(WebhookEndpointsQuery, {});
  const create = useGqlMutation(CreateWebhookMutation);
  const remove = useGqlMutation(DeleteWebhookMutation);
  const [name, setName] = useState("");
  const [url, setUrl] = useState("https://");
  const [secret, setSecret] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await create.mutateAsync({ name: name.trim(), url: url.trim() });
    setSecret(created.createWebhookEndpoint.secret);
    setName("");
    setUrl("https://");
  }

  return (
    <section className="card stack" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhook endpoints</h2>
      {secret && (
        <div className="success stack" role="status">
          <strong>Signing secret (shown once): verify the X-Seglens-Signature header with it.</strong>
          <code className="secret">{secret}</code>
          <div>
            <button type="button" className="secondary" onClick={() => setSecret(null)}>
              Done
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={endpoints.error ?? remove.error} />
      {endpoints.isPending && <Loading what="Loading endpoints" />}
      {endpoints.data && endpoints.data.webhookEndpoints.edges.length === 0 && (
        <EmptyState>No endpoints. Add one to send campaign audiences to another tool.</EmptyState>
      )}
      {endpoints.data && endpoints.data.webhookEndpoints.edges.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>URL</th>
              <th>Added</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {endpoints.data.webhookEndpoints.edges.map(({ node: endpoint }) => (
              <tr key={endpoint.id}>
                <td>
                  {endpoint.name}
                  {endpoint.active ? "" : " (inactive)"}
                </td>
                <td>
                  <code>{endpoint.url}</code>
                </td>
                <td>{formatDate(endpoint.createdAt)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: endpoint.id })}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="row" onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <label>
          Name
          <input required value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          URL
          <input
            type="url"
            required
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            style={{ width: "22rem" }}
          />
        </label>
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add endpoint"}
        </button>
      </form>
      <ErrorMessage error={create.error} />
    </section>
  );
}
