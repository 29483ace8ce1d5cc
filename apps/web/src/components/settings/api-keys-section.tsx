"use client";
import { useState, type FormEvent } from "react";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import { formatDate, formatDateTime } from "@/lib/format";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from "@/operations/settings";

const scopes = [
  "customers:read",
  "customers:write",
  "imports:write",
  "segments:read",
  "segments:write",
  "campaigns:read",
  "campaigns:write",
];

function NewKeyNotice({ secret, onDone }: { secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="success stack" role="status" data-testid="api-key-created">
      <strong>Copy this key now: it is shown only once.</strong>
      <code className="secret" data-testid="api-key-secret">
        {secret}
      </code>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
          data-testid="api-key-copy"
        >
          {copied ? "Copied" : "Copy to clipboard"}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          I have stored it
        </button>
      </div>
    </div>
  );
}

export function ApiKeysSection() {
  const keys = useGqlQuery(ApiKeysQuery, {});
  const create = useGqlMutation(CreateApiKeyMutation);
  const revoke = useGqlMutation(RevokeApiKeyMutation);
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>(["customers:read"]);
  const [expiresOn, setExpiresOn] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await create.mutateAsync({
      input: {
        name: name.trim(),
        scopes: chosen,
        expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null,
      },
    });
    setSecret(created.createApiKey.key);
    setName("");
  }

  return (
    <section className="card stack" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      <p className="muted">
        For integrations (shop plugin, spreadsheet script): send as <code>Authorization: Bearer …</code>.
      </p>
      {secret && <NewKeyNotice secret={secret} onDone={() => setSecret(null)} />}
      <form
        className="stack"
        onSubmit={(event) => void submit(event).catch(() => undefined)}
        data-testid="api-key-form"
      >
        <div className="row">
          <label>
            Name
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              data-testid="api-key-name"
            />
          </label>
          <label>
            Expires on (optional)
            <input type="date" value={expiresOn} onChange={(event) => setExpiresOn(event.target.value)} />
          </label>
        </div>
        <fieldset className="row" style={{ border: 0, padding: 0 }}>
          <legend className="muted">Scopes</legend>
          {scopes.map((scope) => (
            <label className="inline" key={scope}>
              <input
                type="checkbox"
                checked={chosen.includes(scope)}
                onChange={(event) =>
                  setChosen(
                    event.target.checked ? [...chosen, scope] : chosen.filter((item) => item !== scope),
                  )
                }
              />
              {scope}
            </label>
          ))}
        </fieldset>
        <ErrorMessage error={create.error} />
        <div>
          <button
            type="submit"
            disabled={create.isPending || chosen.length === 0 || name.trim() === ""}
            data-testid="api-key-create"
          >
            {create.isPending ? "Creating…" : "Create key"}
          </button>
        </div>
      </form>
      <ErrorMessage error={keys.error ?? revoke.error} />
      {keys.isPending && <Loading what="Loading keys" />}
      {keys.data && keys.data.apiKeys.nodes.length === 0 && <EmptyState>No keys yet.</EmptyState>}
      {keys.data && keys.data.apiKeys.nodes.length > 0 && (
        <table data-testid="api-keys-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Key starts with</th>
              <th>Scopes</th>
              <th>Created</th>
              <th>Last used</th>
              <th>State</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.data.apiKeys.nodes.map((key) => (
              <tr key={key.id} data-testid="api-key-row">
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{key.scopes.join(", ")}</td>
                <td>{formatDate(key.createdAt)}</td>
                <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "never"}</td>
                <td>
                  {key.revokedAt
                    ? `revoked ${formatDate(key.revokedAt)}`
                    : key.expiresAt
                      ? `expires ${formatDate(key.expiresAt)}`
                      : "active"}
                </td>
                <td>
                  {!key.revokedAt && confirming !== key.id && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setConfirming(key.id)}
                      data-testid="api-key-revoke"
                      aria-label={`Revoke ${key.name}`}
                    >
                      Revoke
                    </button>
                  )}
                  {!key.revokedAt && confirming === key.id && (
                    // Two steps instead of a browser dialog: integrations using the key stop working at once.
                    <span className="row">
                      <button
                        type="button"
                        className="danger"
                        disabled={revoke.isPending}
                        onClick={() =>
                          revoke.mutate({ id: key.id }, { onSettled: () => setConfirming(null) })
                        }
                        data-testid="api-key-revoke-confirm"
                      >
                        Yes, revoke
                      </button>
                      <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
