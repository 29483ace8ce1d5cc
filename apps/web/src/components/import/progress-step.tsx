"use client";
import { ErrorMessage, Loading, ProgressBar } from "@/components/status-message";
import { formatInteger } from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { ImportErrorsQuery, ImportJobQuery } from "@/operations/imports";

const finished = new Set(["SUCCEEDED", "FAILED", "CANCELLED"]);
const stageLabel: Record<string, string> = {
  QUEUED: "Waiting for a worker",
  VALIDATING: "Validating every row",
  IMPORTING: "Writing to the database",
  SUCCEEDED: "Done",
  FAILED: "Stopped",
  CANCELLED: "Cancelled",
};

function RowErrors({ importId }: { importId: string }) {
  const errors = useGqlQuery(ImportErrorsQuery, { importId, first: 50 });
  if (errors.isPending) return <Loading what="Loading the validation report" />;
  if (errors.error) return <ErrorMessage error={errors.error} />;
  const { totalCount, nodes } = errors.data.importErrors;
  if (totalCount === 0) return null;
  return (
    <div className="stack" data-testid="import-errors">
      <h3>
        Validation and skip report: {formatInteger(totalCount)} row note{totalCount === 1 ? "" : "s"}
      </h3>
      <a href={`/imports/${importId}/errors.csv`} download data-testid="import-errors-download">
        Download every error as CSV
      </a>
      <table>
        <thead>
          <tr>
            <th className="num">Row</th>
            <th>Column</th>
            <th>Problem</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((error, index) => (
            <tr key={`${error.row}-${index}`}>
              <td className="num">{error.row}</td>
              <td>{error.column ?? "—"}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {totalCount > nodes.length && (
        <p className="muted">Showing the first {nodes.length}; the CSV has all of them.</p>
      )}
    </div>
  );
}

interface CleaningResultView {
  skippedRows: number;
  columns: { column: string; filledRows: number; cappedRows: number; skippedRows: number }[];
}

/** What the cleaning choices changed, column by column. */
function CleaningResult({ result }: { result: CleaningResultView }) {
  const parts = (column: CleaningResultView["columns"][number]) =>
    [
      column.filledRows > 0 ? `${formatInteger(column.filledRows)} empty filled` : null,
      column.cappedRows > 0 ? `${formatInteger(column.cappedRows)} capped` : null,
      column.skippedRows > 0 ? `${formatInteger(column.skippedRows)} skipped` : null,
    ].filter(Boolean);
  return (
    <div className="stack" data-testid="import-cleaning-result">
      <h3>What the cleaning changed</h3>
      <ul>
        {result.columns.map((column) => (
          <li key={column.column} data-testid={`cleaning-result-${column.column}`}>
            <strong>{column.column}</strong>: {parts(column).join(", ") || "nothing to change"}
          </li>
        ))}
      </ul>
      <p>
        {formatInteger(result.skippedRows)} row{result.skippedRows === 1 ? "" : "s"} skipped by cleaning
        choices
        {result.skippedRows > 0 ? " (listed below with the reason)" : ""}.
      </p>
    </div>
  );
}

/** Polls the import until it finishes, then shows the summary and the per-row report. */
export function ProgressStep({ importId, onRestart }: { importId: string; onRestart: () => void }) {
  const job = useGqlQuery(
    ImportJobQuery,
    { id: importId },
    {
      refetchInterval: (query) =>
        query.state.data && finished.has(query.state.data.importJob.status) ? false : 1000,
    },
  );
  if (job.isPending) return <Loading what="Starting the import" />;
  if (job.error) return <ErrorMessage error={job.error} />;
  const j = job.data.importJob;
  const done = finished.has(j.status);
  return (
    <div className="card stack" data-testid="import-progress">
      <h2>
        4. {done ? "Summary" : "Importing"} — {j.fileName}
      </h2>
      <ProgressBar
        value={done && j.status === "SUCCEEDED" ? 1 : j.progress}
        label={stageLabel[j.status] ?? j.status}
        testId="import-progress-bar"
      />
      {done && (
        <div className="grid figures" data-testid="import-summary">
          <div>
            <div className="stat">{formatInteger(j.createdCount)}</div>
            <div className="stat-label">created</div>
          </div>
          <div>
            <div className="stat">{formatInteger(j.updatedCount)}</div>
            <div className="stat-label">updated</div>
          </div>
          <div>
            <div className="stat">{formatInteger(j.skippedCount)}</div>
            <div className="stat-label">skipped (unchanged, or by a cleaning choice)</div>
          </div>
          <div>
            <div className="stat">{formatInteger(j.totalRows)}</div>
            <div className="stat-label">rows read</div>
          </div>
        </div>
      )}
      {j.cleaningResult && <CleaningResult result={j.cleaningResult} />}
      {j.status === "SUCCEEDED" && (
        <p className="success" role="status">
          Import finished.
        </p>
      )}
      {j.status === "FAILED" && (
        <p className="error" role="alert">
          {j.errorMessage ?? "The import stopped."}{" "}
          {j.mode === "ALL_OR_NOTHING" && j.errorCount > 0
            ? "Nothing was written. Fix the rows below, or upload again choosing to import the valid rows only."
            : ""}
        </p>
      )}
      {(done || j.errorCount > 0) && <RowErrors importId={importId} />}
      {done && (
        <div>
          <button type="button" className="secondary" onClick={onRestart} data-testid="import-another">
            Import another file
          </button>
        </div>
      )}
    </div>
  );
}
