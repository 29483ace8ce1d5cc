"use client";
import { useId, useState, type FormEvent } from "react";
import { useShopCurrency } from "@/components/shop-currency-context";
import { ErrorMessage } from "@/components/status-message";
import {
  toResultInput,
  validateResultForm,
  type ResultFormErrors,
  type ResultFormValues,
} from "@/lib/campaign-result-form";
import { formatCurrency, formatInteger } from "@/lib/format";
import { useGqlMutation } from "@/lib/use-graphql";
import { RecordCampaignResultMutation } from "@/operations/campaigns";
import type { Campaign } from "./campaign-card";

const empty = (segmentId: string): ResultFormValues => ({
  segmentId,
  reach: "",
  conversions: "",
  revenue: "",
});

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <span className="error" id={id}>
      {message}
    </span>
  ) : null;
}

/** Adds measured results for one of the campaign's segments (or the whole campaign); entries add up. */
export function RecordResultForm({ campaign }: { campaign: Campaign }) {
  const currency = useShopCurrency();
  const id = useId();
  const record = useGqlMutation(RecordCampaignResultMutation);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ResultFormValues>(() => empty(campaign.segments[0]?.id ?? ""));
  const [errors, setErrors] = useState<ResultFormErrors>({});
  const [recorded, setRecorded] = useState<string | null>(null);
  const segmentName = (segmentId: string) =>
    campaign.segments.find((segment) => segment.id === segmentId)?.name ?? "the whole campaign";

  const set = (key: keyof ResultFormValues, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    setRecorded(null);
    // Once a field was refused, it is re-checked as the person types.
    if (Object.keys(errors).length > 0) setErrors(validateResultForm(next));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateResultForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await record.mutateAsync({ input: toResultInput(campaign.id, values) });
    setRecorded(
      `Recorded for ${segmentName(values.segmentId)}: ${formatInteger(Number(values.reach))} reached, ${formatInteger(Number(values.conversions))} conversions, ${formatCurrency(Number(values.revenue), currency)} revenue.`,
    );
    setValues(empty(values.segmentId));
  }

  const field = (key: "reach" | "conversions" | "revenue", width: string) => ({
    id: `${id}-${key}`,
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(key, event.target.value),
    "aria-invalid": errors[key] ? true : undefined,
    style: { width, ...(errors[key] ? { borderColor: "var(--danger)" } : {}) },
    "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined,
    "data-testid": `result-${key}`,
  });

  return (
    <div className="stack">
      <div>
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          onClick={() => setOpen(!open)}
          data-testid="result-open"
        >
          Record results…
        </button>
      </div>
      {open && (
        <form
          id={`${id}-form`}
          className="card stack"
          noValidate
          onSubmit={(event) => void submit(event).catch(() => undefined)}
          data-testid="result-form"
        >
          <p className="muted" style={{ margin: 0 }}>
            Enter what you measured; entries add up with earlier ones (e.g. one per week).
          </p>
          <div className="row">
            <label htmlFor={`${id}-segment`}>
              For
              <select
                id={`${id}-segment`}
                value={values.segmentId}
                onChange={(event) => set("segmentId", event.target.value)}
                data-testid="result-segment"
              >
                {campaign.segments.map((segment) => (
                  <option key={segment.id} value={segment.id}>
                    {segment.name}
                  </option>
                ))}
                <option value="">The whole campaign (not split by segment)</option>
              </select>
            </label>
            <label htmlFor={`${id}-reach`}>
              Customers reached
              <input type="number" inputMode="numeric" min={0} step={1} {...field("reach", "9rem")} />
            </label>
            <label htmlFor={`${id}-conversions`}>
              Conversions
              <input type="number" inputMode="numeric" min={0} step={1} {...field("conversions", "9rem")} />
            </label>
            <label htmlFor={`${id}-revenue`}>
              Revenue ({currency})
              <input type="number" inputMode="decimal" min={0} step="0.01" {...field("revenue", "10rem")} />
            </label>
            <button type="submit" disabled={record.isPending} data-testid="result-submit">
              {record.isPending ? "Recording…" : "Record"}
            </button>
          </div>
          {(Object.keys(errors) as (keyof ResultFormErrors)[]).length > 0 && (
            <div className="stack" role="alert" data-testid="result-errors">
              <FieldError id={`${id}-reach-error`} message={errors.reach} />
              <FieldError id={`${id}-conversions-error`} message={errors.conversions} />
              <FieldError id={`${id}-revenue-error`} message={errors.revenue} />
            </div>
          )}
          <ErrorMessage error={record.error} />
        </form>
      )}
      {recorded && (
        <p className="success" role="status" data-testid="result-recorded">
          {recorded}
        </p>
      )}
    </div>
  );
}
