"use client";
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import { RunProgress } from "@/components/runs/run-progress";
import { RunResult } from "@/components/runs/run-result";
import { ErrorMessage, Loading, ProgressBar } from "@/components/status-message";
import { formatDateTime } from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { RunProgressQuery } from "@/operations/runs";

const working = new Set(["QUEUED", "RUNNING"]);

export default function RunPage() {
  const { id } = useParams<{ id: string }>();
  // Poll once a second while the run works; stop as soon as it has an outcome.
  const run = useGqlQuery(
    RunProgressQuery,
    { id },
    {
      refetchInterval: (query) =>
        !query.state.data || working.has(query.state.data.segmentationRun.status) ? 1000 : false,
    },
  );
  const status = run.data?.segmentationRun.status;
  // Someone who watched the bar move sees it finish at 100 %, like an import, before the result.
  const [watchedLive, setWatchedLive] = useState(false);
  useEffect(() => {
    if (status && working.has(status)) setWatchedLive(true);
  }, [status]);
  if (run.isPending) return <Loading what="Loading the run" />;
  if (run.error) return <ErrorMessage error={run.error} />;
  const r = run.data.segmentationRun;
  return (
    <>
      <h1>{r.name}</h1>
      <p className="subtitle" data-testid="run-status">
        {r.status.toLowerCase()} · started {formatDateTime(r.createdAt)}
        {r.finishedAt ? ` · finished ${formatDateTime(r.finishedAt)}` : ""}
      </p>
      {r.status === "SUCCEEDED" && watchedLive && (
        <div className="card">
          <ProgressBar value={1} label="Done" testId="run-progress-bar" />
        </div>
      )}
      {r.status === "SUCCEEDED" ? <RunResult runId={r.id} isActive={r.isActive} /> : <RunProgress run={r} />}
    </>
  );
}
