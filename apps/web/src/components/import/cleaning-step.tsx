"use client";
import { useState } from "react";
import { ErrorMessage, Loading } from "@/components/status-message";
import { formatInteger } from "@/lib/format";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { ImportCleaningQuery, StartImportMutation, UpdateImportCleaningMutation } from "@/operations/imports";
import {
  defaultChoice,
  describeColumnStatistics,
  describeMissingChoice,
  describeOutlierChoice,
  missingActionLabel,
  outlierActionLabel,
  skippedRows,
  toChoiceInputs,
  type ChoiceDraft,
  type MissingValueAction,
  type OutlierAction,
} from "./cleaning-effects";

/**
 * The cleaning choices for each mapped column, with what each will change, worked out from the API's
 * analysis of every row of the file; saved with the import and applied while it runs.
 */
export function CleaningStep({
  importId,
  onBack,
  onStarted,
}: {
  importId: string;
  onBack: () => void;
  onStarted: () => void;
}) {
  const analysis = useGqlQuery(ImportCleaningQuery, { importId });
  const save = useGqlMutation(UpdateImportCleaningMutation, { invalidate: false });
  const start = useGqlMutation(StartImportMutation, { invalidate: false });
  const [edits, setEdits] = useState<Record<string, ChoiceDraft>>({});

  if (analysis.isPending) return <Loading what="Reading every row of the file" />;
  if (analysis.error)
    return (
      <div className="card stack">
        <ErrorMessage error={analysis.error} />
        <div>
          <button type="button" className="secondary" onClick={onBack}>
            Back to the mapping
          </button>
        </div>
      </div>
    );
  const { columns, totalRows, fenceMultiplier } = analysis.data.importCleaning;
  const stored = Object.fromEntries(
    columns.map((column) => [
      column.column,
      {
        missing: column.choice.missing,
        fillValue: column.choice.missing === "FILL_VALUE" ? (column.choice.fillValue ?? "") : "",
        outliers: column.choice.outliers,
      } satisfies ChoiceDraft,
    ]),
  );
  const choices: Record<string, ChoiceDraft> = { ...stored, ...edits };
  const choiceOf = (column: string) => choices[column] ?? defaultChoice;
  const change = (column: string, patch: Partial<ChoiceDraft>) =>
    setEdits({ ...edits, [column]: { ...choiceOf(column), ...patch } });
  const skipped = skippedRows(columns, choices);
  const fillMissing = columns.some(
    (column) =>
      choiceOf(column.column).missing === "FILL_VALUE" && choiceOf(column.column).fillValue.trim() === "",
  );

  async function startImport() {
    await save.mutateAsync({ importId, choices: toChoiceInputs(choices) });
    await start.mutateAsync({ importId });
    onStarted();
  }

  return (
    <div className="card stack" data-testid="import-cleaning">
      <h2>3. Choose how to clean the data</h2>
      <p className="muted">
        Every one of the {formatInteger(totalRows)} rows was read. For each column: what to do with empty
        cells and with outliers (values more than {fenceMultiplier} × the interquartile range outside the
        middle half, Tukey&apos;s fences). Nothing is changed until you import; the summary and the row report
        say what the cleaning did.
      </p>
      <div style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              <th>Column</th>
              <th>Empty cells</th>
              <th>Outliers</th>
              <th>What will change</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => {
              const choice = choiceOf(column.column);
              const effects = [
                describeMissingChoice(column, choice),
                ...describeOutlierChoice(column, choice),
              ].filter((effect): effect is string => effect !== null);
              return (
                <tr key={column.column} data-testid={`cleaning-${column.column}`}>
                  <td>
                    <strong>{column.column}</strong>
                    <div className="muted">
                      {column.field} · {column.kind.toLowerCase()}
                    </div>
                    <div className="muted">{describeColumnStatistics(column, fenceMultiplier)}</div>
                  </td>
                  <td>
                    <select
                      value={choice.missing}
                      aria-label={`Empty cells of ${column.column}`}
                      onChange={(event) =>
                        change(column.column, { missing: event.target.value as MissingValueAction })
                      }
                    >
                      {column.missingActions.map((action) => (
                        <option key={action} value={action}>
                          {missingActionLabel(action, column)}
                        </option>
                      ))}
                    </select>
                    {choice.missing === "FILL_VALUE" && (
                      <input
                        value={choice.fillValue}
                        aria-label={`Value for empty cells of ${column.column}`}
                        placeholder="value"
                        onChange={(event) => change(column.column, { fillValue: event.target.value })}
                      />
                    )}
                  </td>
                  <td>
                    {column.outlierActions.length > 1 ? (
                      <select
                        value={choice.outliers}
                        aria-label={`Outliers of ${column.column}`}
                        onChange={(event) =>
                          change(column.column, { outliers: event.target.value as OutlierAction })
                        }
                      >
                        {column.outlierActions.map((action) => (
                          <option key={action} value={action}>
                            {outlierActionLabel(action)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td data-testid={`cleaning-effect-${column.column}`}>
                    {effects.length === 0 ? (
                      <span className="muted">Nothing to clean</span>
                    ) : (
                      effects.map((effect) => <div key={effect}>{effect}</div>)
                    )}
                    {column.invalidRows > 0 && (
                      <div className="muted">
                        {formatInteger(column.invalidRows)} invalid value{column.invalidRows === 1 ? "" : "s"}{" "}
                        (reported as errors)
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p data-testid="cleaning-skipped">
        {skipped.rows === 0
          ? "No rows will be skipped by these choices."
          : `${skipped.exact ? "" : "Up to "}${formatInteger(skipped.rows)} row${skipped.rows === 1 ? "" : "s"} will be skipped (listed in the row report with the reason).`}
      </p>
      {fillMissing && (
        <p className="error" role="alert">
          Type the value to fill empty cells with, or choose another option.
        </p>
      )}
      <ErrorMessage error={save.error ?? start.error} />
      <div className="row">
        <button type="button" className="secondary" onClick={onBack} data-testid="import-cleaning-back">
          Back to the mapping
        </button>
        <button
          type="button"
          disabled={fillMissing || save.isPending || start.isPending}
          onClick={() => void startImport().catch(() => undefined)}
          data-testid="import-start"
        >
          {save.isPending || start.isPending ? "Starting…" : "Validate and import"}
        </button>
      </div>
    </div>
  );
}
