"use client";
import { useState } from "react";
import { ErrorMessage, Loading } from "@/components/status-message";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { ImportPreviewQuery, UpdateImportMappingMutation } from "@/operations/imports";

const ignore = "";

/** Preview of the first rows and the guessed column → field mapping, editable before the import starts. */
export function MappingStep({ importId, onMapped }: { importId: string; onMapped: () => void }) {
  const preview = useGqlQuery(ImportPreviewQuery, { importId });
  // Refetches the preview and the cleaning analysis: both depend on the mapping.
  const updateMapping = useGqlMutation(UpdateImportMappingMutation);
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

  async function saveMapping() {
    await updateMapping.mutateAsync({
      importId,
      mapping: columns.map((column) => ({ column, field: current(column) || null })),
    });
    onMapped();
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
        duplicates are merged by id. Next, choose what to do with empty cells and outliers.
      </p>
      <ErrorMessage error={updateMapping.error} />
      <div>
        <button
          type="button"
          disabled={missing.length > 0 || updateMapping.isPending}
          onClick={() => void saveMapping().catch(() => undefined)}
          data-testid="import-mapping-next"
        >
          {updateMapping.isPending ? "Saving…" : "Next: cleaning choices"}
        </button>
      </div>
    </div>
  );
}
