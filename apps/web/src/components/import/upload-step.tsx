"use client";
import { useState, type FormEvent } from "react";
import { ErrorMessage } from "@/components/status-message";
import { uploadImportFile, type ImportKindName, type ImportModeName } from "@/lib/upload-import";

const kinds: Array<{ value: ImportKindName; label: string; hint: string }> = [
  { value: "CUSTOMERS", label: "Customers", hint: "one row per customer (id, email, name, consent…)" },
  { value: "PRODUCTS", label: "Products", hint: "one row per product (SKU, name, category, price)" },
  {
    value: "ORDERS",
    label: "Orders",
    hint: "one row per order line (order id, customer id or email, date, SKU, quantity, price)",
  },
  { value: "EVENTS", label: "Events", hint: "one row per event (customer, type, time)" },
];

export function UploadStep({ onUploaded }: { onUploaded: (importId: string) => void }) {
  const [kind, setKind] = useState<ImportKindName>("CUSTOMERS");
  const [mode, setMode] = useState<ImportModeName>("ALL_OR_NOTHING");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { importId } = await uploadImportFile({ file, kind, mode });
      onUploaded(importId);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} data-testid="import-upload-form">
      <h2>1. Upload a file</h2>
      <p className="muted">
        Import customers first, then orders and events: they are joined to customers by id or email.
      </p>
      <fieldset className="stack" style={{ border: 0, padding: 0 }}>
        <legend className="muted">What does the file contain?</legend>
        {kinds.map((option) => (
          <label className="inline" key={option.value}>
            <input
              type="radio"
              name="kind"
              value={option.value}
              checked={kind === option.value}
              onChange={() => setKind(option.value)}
              data-testid={`import-kind-${option.value.toLowerCase()}`}
            />
            <strong>{option.label}</strong> <span className="muted">— {option.hint}</span>
          </label>
        ))}
      </fieldset>
      <label>
        CSV or Excel (.xlsx) file
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="import-file"
        />
      </label>
      <label>
        When some rows are invalid
        <select
          value={mode}
          onChange={(event) => setMode(event.target.value as ImportModeName)}
          data-testid="import-mode"
        >
          <option value="ALL_OR_NOTHING">Import nothing and show me the errors (safest)</option>
          <option value="VALID_ROWS_ONLY">Import the valid rows and report the rest</option>
        </select>
      </label>
      <ErrorMessage error={error} />
      <div>
        <button type="submit" disabled={!file || busy} data-testid="import-upload">
          {busy ? "Uploading…" : "Upload and preview"}
        </button>
      </div>
    </form>
  );
}
