"use client";
import Link from "next/link";
import { ErrorMessage, ProgressBar } from "@/components/status-message";
import { formatDateTime } from "@/lib/format";
import { useGqlMutation } from "@/lib/use-graphql";
import { CancelRunMutation } from "@/operations/runs";

export interface RunStatusView {
  id: string;
  status: string;
  stage: string;
  progress: number;
  error: string | null;
  cancelRequested: boolean;
  startedAt: string | null;
}

export function RunProgress({ run }: { run: RunStatusView }) {
  const cancel = useGqlMutation(CancelRunMutation);
  const working = run.status === "RUNNING" || run.status === "QUEUED";
  return (
    <div className="card stack" data-testid="run-progress">
      {working && (
        <>
          <ProgressBar
            value={run.progress}
            label={run.status === "QUEUED" ? "Waiting for a worker" : `Stage: ${run.stage}`}
            testId="run-progress-bar"
          />
          <p className="muted">
            Started {formatDateTime(run.startedAt)}. You can leave this page; the run continues on the server.
          </p>
          <div>
            <button
              type="button"
              className="danger"
              disabled={run.cancelRequested || cancel.isPending}
              onClick={() => cancel.mutate({ id: run.id })}
              data-testid="run-cancel"
            >
              {run.cancelRequested ? "Cancelling…" : "Cancel the run"}
            </button>
          </div>
        </>
      )}
      {run.status === "FAILED" && (
        <p className="error" role="alert">
          The run failed: {run.error ?? "no reason was recorded"}.{" "}
          <Link href="/runs/new">Start a new run</Link>.
        </p>
      )}
      {run.status === "CANCELLED" && (
        <p className="muted" role="status">
          The run was cancelled. <Link href="/runs/new">Start a new run</Link>.
        </p>
      )}
      <ErrorMessage error={cancel.error} />
    </div>
  );
}
