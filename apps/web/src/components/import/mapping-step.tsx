"use client";
import { useState } from "react";
import { ErrorMessage, Loading } from "@/components/status-message";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { ImportPreviewQuery, StartImportMutation, UpdateImportMappingMutation } from "@/operations/imports";

const ignore = "";

/** Preview of the first rows and the guessed column → field mapping, editable before the import starts. */
export function MappingStep({ importId, onStarted }: { importId: string; onStarted: () => void }) {
  const preview = useGqlQuery(ImportPreviewQuery, { importId });
  const updateMapping = useGqlMutation(UpdateImportMappingMutation, { invalidate: false });
  const start = useGqlMutation(StartImportMutation, { invalidate: false });
  const [edits, setEdits] = useState<Record<string, string>>({});

  if (preview.isPending) return <Loading what="Reading the file" />;
  if (preview.error) return <ErrorMessage error={preview.error} />;
  const { columns, rows, mapping, fields } = preview.data.previewImport;
  const guessed = Object.fromEntries(mapping.map((entry) => [entry.column, entry.field ?? ignore]));
  const current = (column: string) => edits[column] ?? guessed[column] ?? ignore;
  const mapped = new Set(columns.map(current).filter((field) => field !== ignore));
  const missing = fields
    .filter((field) => field.required && !mapped.has(field.name))
    .map((field) => field.name);

  async function startImport() {
    await updateMapping.mutateAsync({
      importId,
      mapping: columns.map((column) => ({ column, field: current(column) || null })),
    });
    await start.mutateAsync({ importId });
    onStarted();
  }

  return (
    <div className="card stack">
      <h2>2. Check the preview and the column mapping</h2>
      <p className="muted">
        Each column of your file goes to one field; unknown customer columns are kept as custom attributes.
        Choose “ignore” to leave a column out.
      </p>
      <div style={{ overflowX: "auto" }}>
        <table data-testid="import-preview">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column}>
                  <label>
                    {column}
                    <select
                      value={current(column)}
                      onChange={(event) => setEdits({ ...edits, [column]: event.target.value })}
                      aria-label={`Field for column ${column}`}
                    >
                      <option value={ignore}>ignore</option>
                      {fields.map((field) => (
                        <option key={field.name} value={field.name}>
                          {field.name}
                          {field.required ? " *" : ""}
                        </option>
                      ))}
                      {current(column).startsWith("attribute:") && (
                        <option value={current(column)}>{current(column)}</option>
                      )}
                    </select>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 10).map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>What each field means</summary>
        <ul>
          {fields.map((field) => (
            <li key={field.name}>
              <strong>{field.name}</strong>
              {field.required ? " (required)" : ""}: {field.description}
            </li>
          ))}
        </ul>
      </details>
      {missing.length > 0 && (
        <p className="error" role="alert">
          Map a column to the required field(s): {missing.join(", ")}.
        </p>
      )}
      <p className="muted">
        Every row is validated before anything is written; dates, numbers and consent values are checked,
        duplicates are merged by id.
      </p>
      <ErrorMessage error={updateMapping.error ?? start.error} />
      <div>
        <button
          type="button"
          disabled={missing.length > 0 || updateMapping.isPending || start.isPending}
          onClick={() => void startImport().catch(() => undefined)}
          data-testid="import-start"
        >
          {updateMapping.isPending || start.isPending ? "Starting…" : "Validate and import"}
        </button>
      </div>
    </div>
  );
}
