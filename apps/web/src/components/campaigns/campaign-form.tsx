"use client";
import { useState, type FormEvent } from "react";
import { SegmentName } from "@/components/segment-name";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import type { CampaignChannel } from "@/gql/graphql";
import { formatInteger } from "@/lib/format";
import { channelLabel } from "@/lib/channel-label";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { AudiencePreviewQuery, CampaignSegmentsQuery, CreateCampaignMutation } from "@/operations/campaigns";

const channels: CampaignChannel[] = ["EMAIL", "SMS", "SOCIAL", "ADS", "DIRECT_MAIL", "WEBHOOK"];

function AudiencePreview({ segmentIds }: { segmentIds: string[] }) {
  const preview = useGqlQuery(
    AudiencePreviewQuery,
    { segmentIds },
    { enabled: segmentIds.length > 0, placeholderData: (previous) => previous },
  );
  if (segmentIds.length === 0)
    return <p className="muted">Choose one or more segments to see the audience.</p>;
  if (preview.isPending) return <Loading what="Counting the audience" />;
  if (preview.error) return <ErrorMessage error={preview.error} />;
  const summary = preview.data.audiencePreview;
  return (
    <p data-testid="campaign-audience-preview">
      Audience: <strong>{formatInteger(summary.consentedCustomers)}</strong> customers who consented to
      marketing, out of {formatInteger(summary.totalCustomers)} in the chosen segments.
    </p>
  );
}

export function CampaignForm({ onCreated }: { onCreated: () => void }) {
  const segments = useGqlQuery(CampaignSegmentsQuery, {});
  const create = useGqlMutation(CreateCampaignMutation);
  const [name, setName] = useState("");
  const [channel, setChannel] = useState<CampaignChannel>("EMAIL");
  const [segmentIds, setSegmentIds] = useState<string[]>([]);
  const [scheduledAt, setScheduledAt] = useState("");
  const [content, setContent] = useState("");
  const [budget, setBudget] = useState("0");
  const [created, setCreated] = useState<string | null>(null);
  const problem =
    name.trim() === ""
      ? "Give the campaign a name."
      : segmentIds.length === 0
        ? "Choose at least one segment."
        : Number(budget) < 0 || budget.trim() === ""
          ? "The budget must be 0 or more."
          : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (problem) return;
    await create.mutateAsync({
      input: {
        name: name.trim(),
        channel,
        segmentIds,
        content,
        budget: Number(budget),
        scheduledAt: scheduledAt ? new Date(scheduledAt).toISOString() : null,
      },
    });
    setCreated(name.trim());
    setName("");
    setSegmentIds([]);
    setContent("");
    setScheduledAt("");
    setBudget("0");
    onCreated();
  }

  if (segments.isPending) return <Loading what="Loading segments" />;
  if (segments.error) return <ErrorMessage error={segments.error} />;
  if (segments.data.segments.length === 0)
    return (
      <EmptyState>
        Campaigns target segments of the active segmentation: run a segmentation and activate it first.
      </EmptyState>
    );
  return (
    <form
      className="card stack"
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      data-testid="campaign-form"
    >
      <h2>New campaign</h2>
      <div className="row">
        <label>
          Name
          <input
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setCreated(null);
            }}
            required
            data-testid="campaign-name"
          />
        </label>
        <label>
          Channel
          <select
            value={channel}
            onChange={(event) => setChannel(event.target.value as CampaignChannel)}
            data-testid="campaign-channel"
          >
            {channels.map((item) => (
              <option key={item} value={item}>
                {channelLabel(item)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Send at (optional)
          <input
            type="datetime-local"
            value={scheduledAt}
            onChange={(event) => setScheduledAt(event.target.value)}
            data-testid="campaign-schedule"
          />
        </label>
        <label>
          Budget
          <input
            type="number"
            min={0}
            step="any"
            value={budget}
            onChange={(event) => setBudget(event.target.value)}
            style={{ width: "8rem" }}
            data-testid="campaign-budget"
          />
        </label>
      </div>
      <fieldset className="stack" style={{ border: 0, padding: 0 }} data-testid="campaign-segments">
        <legend className="muted">Segments</legend>
        {segments.data.segments.map((segment) => (
          <label className="inline" key={segment.id}>
            <input
              type="checkbox"
              checked={segmentIds.includes(segment.id)}
              onChange={(event) =>
                setSegmentIds(
                  event.target.checked
                    ? [...segmentIds, segment.id]
                    : segmentIds.filter((id) => id !== segment.id),
                )
              }
              data-testid={`campaign-segment-${segment.clusterIndex}`}
            />
            <SegmentName name={segment.name} clusterIndex={segment.clusterIndex} />{" "}
            <span className="muted">({formatInteger(segment.size)} customers)</span>
          </label>
        ))}
      </fieldset>
      <AudiencePreview segmentIds={segmentIds} />
      <label>
        Message or content
        <textarea
          rows={3}
          value={content}
          onChange={(event) => setContent(event.target.value)}
          data-testid="campaign-content"
        />
      </label>
      {problem && <p className="muted">{problem}</p>}
      <ErrorMessage error={create.error} />
      {created && (
        <p className="success" role="status" data-testid="campaign-created">
          Campaign “{created}” created: it is listed below as a draft.
        </p>
      )}
      <div>
        <button type="submit" disabled={problem !== null || create.isPending} data-testid="campaign-create">
          {create.isPending ? "Creating…" : "Create campaign"}
        </button>
      </div>
    </form>
  );
}
