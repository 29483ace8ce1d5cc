"use client";
import { useState, type FormEvent } from "react";
import { ErrorMessage } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import { formatInteger, formatPercent } from "@/lib/format";
import { segmentColor } from "@/lib/segment-colors";
import { useGqlMutation } from "@/lib/use-graphql";
import { UpdateSegmentMutation } from "@/operations/segments";

export function SegmentHeader({
  segment,
}: {
  segment: {
    id: string;
    name: string;
    description: string;
    clusterIndex: number;
    size: number;
    share: number;
    archetype: string | null;
  };
}) {
  const viewer = useViewer();
  const update = useGqlMutation(UpdateSegmentMutation);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(segment.name);
  const [description, setDescription] = useState(segment.description);

  async function save(event: FormEvent) {
    event.preventDefault();
    await update.mutateAsync({ id: segment.id, name: name.trim(), description: description.trim() });
    setEditing(false);
  }

  return (
    <div
      style={{
        borderLeft: `8px solid ${segmentColor(segment.clusterIndex)}`,
        paddingLeft: "0.75rem",
        marginBottom: "1rem",
      }}
    >
      {editing ? (
        <form
          className="stack card"
          onSubmit={(event) => void save(event).catch(() => undefined)}
          data-testid="segment-edit-form"
        >
          <label>
            Name
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              maxLength={120}
              data-testid="segment-name-input"
            />
          </label>
          <label>
            Description
            <textarea
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              rows={3}
              maxLength={2000}
            />
          </label>
          <ErrorMessage error={update.error} />
          <div className="row">
            <button type="submit" disabled={update.isPending} data-testid="segment-save">
              {update.isPending ? "Saving…" : "Save"}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <h1 data-testid="segment-title">{segment.name}</h1>
          <p className="subtitle">{segment.description || "No description yet."}</p>
          <p className="muted" data-testid="segment-size">
            {formatInteger(segment.size)} customers · {formatPercent(segment.share)} of all
            {segment.archetype ? ` · archetype: ${segment.archetype.replace(/-/g, " ")}` : ""}
          </p>
          {canEdit(viewer) && (
            <button
              type="button"
              className="secondary"
              onClick={() => setEditing(true)}
              data-testid="segment-edit"
            >
              Rename or describe
            </button>
          )}
        </>
      )}
    </div>
  );
}
