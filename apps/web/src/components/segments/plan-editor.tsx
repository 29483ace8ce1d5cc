"use client";
import { useState, type FormEvent } from "react";
import { useShopCurrency } from "@/components/shop-currency-context";
import { ErrorMessage, Loading } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import type { MarketingPlanQuery } from "@/gql/graphql";
import { formatCurrency, formatDateTime, formatNumber } from "@/lib/format";
import { planFromSuggestion, toPlanInput, validatePlanForm, type PlanFormValues } from "@/lib/plan-form";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import {
  AttachPlanMutation,
  MarketingPlanQuery as PlanQuery,
  PlanHistoryQuery,
  UpdatePlanMutation,
} from "@/operations/plans";
import { PlanFields } from "./plan-fields";

type Plan = NonNullable<MarketingPlanQuery["segment"]["marketingPlan"]>;

function valuesOf(plan: Plan): PlanFormValues {
  return {
    objective: plan.objective,
    kpi: plan.kpi,
    kpiTarget: String(plan.kpiTarget),
    channels: [...plan.channels],
    offer: plan.offer,
    message: plan.message,
    budget: String(plan.budget),
    startDate: plan.startDate ?? "",
    endDate: plan.endDate ?? "",
    status: plan.status,
  };
}

function PlanHistory({ planId }: { planId: string }) {
  const currency = useShopCurrency();
  const history = useGqlQuery(PlanHistoryQuery, { planId });
  if (history.isPending) return <Loading what="Loading history" />;
  if (history.error) return <ErrorMessage error={history.error} />;
  return (
    <details data-testid="plan-history">
      <summary>History of changes ({history.data.marketingPlanHistory.length})</summary>
      <ol>
        {history.data.marketingPlanHistory.map((revision) => (
          <li key={revision.id}>
            {formatDateTime(revision.createdAt)}: {revision.snapshot.status.toLowerCase()} ·{" "}
            {revision.snapshot.objective} · {revision.snapshot.kpi} →{" "}
            {formatNumber(revision.snapshot.kpiTarget)} · budget{" "}
            {formatCurrency(revision.snapshot.budget, currency)}
          </li>
        ))}
      </ol>
    </details>
  );
}

interface PlanFormProps {
  segmentId: string;
  plan: Plan | null;
  initial: PlanFormValues;
  onSaved: () => void;
  onEdited: () => void;
}

function PlanForm({ segmentId, plan, initial, onSaved, onEdited }: PlanFormProps) {
  const viewer = useViewer();
  const attach = useGqlMutation(AttachPlanMutation);
  const update = useGqlMutation(UpdatePlanMutation);
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState(false);
  const errors = validatePlanForm(values);
  const invalid = Object.keys(errors).length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    onEdited();
    if (invalid) return;
    if (plan) await update.mutateAsync({ id: plan.id, input: toPlanInput(values) });
    else await attach.mutateAsync({ segmentId, input: toPlanInput(values) });
    onSaved();
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      data-testid="plan-form"
      noValidate
    >
      <PlanFields
        values={values}
        errors={touched ? errors : {}}
        onChange={(next) => {
          setValues(next);
          onEdited();
        }}
        disabled={!canEdit(viewer)}
      />
      <ErrorMessage error={attach.error ?? update.error} />
      {canEdit(viewer) && (
        <div>
          <button type="submit" disabled={attach.isPending || update.isPending} data-testid="plan-save">
            {attach.isPending || update.isPending ? "Saving…" : plan ? "Save changes" : "Attach this plan"}
          </button>
        </div>
      )}
    </form>
  );
}

/** The segment's marketing plan; without one, a form pre-filled from its archetype's suggested plan. */
export function PlanEditor({ segmentId }: { segmentId: string }) {
  const query = useGqlQuery(PlanQuery, { segmentId });
  // Held here, not in the form: a save refetches the plan and re-keys (remounts) the form before the save resolves.
  const [saved, setSaved] = useState(false);
  if (query.isPending)
    return (
      <div className="card">
        <Loading what="Loading the plan" />
      </div>
    );
  if (query.error)
    return (
      <div className="card">
        <ErrorMessage error={query.error} />
      </div>
    );
  const plan = query.data.segment.marketingPlan;
  const suggestion = query.data.suggestedMarketingPlan;
  const initial = plan
    ? valuesOf(plan)
    : planFromSuggestion(suggestion, new Date().toISOString().slice(0, 10));
  return (
    <div className="card" data-testid="plan-editor">
      <h2>Marketing plan</h2>
      {!plan && (
        <p className="muted">
          No plan yet. This draft starts from the suggested plan for{" "}
          {suggestion.archetype ? `“${suggestion.archetype}”` : "this kind of"} customers (
          {suggestion.kpiTargetText}); adjust it and attach it.
        </p>
      )}
      {/* Keyed by plan id and update time so a saved plan reloads the form with what the API stored. */}
      <PlanForm
        key={plan ? `${plan.id}-${plan.updatedAt}` : "new"}
        segmentId={segmentId}
        plan={plan}
        initial={initial}
        onSaved={() => setSaved(true)}
        onEdited={() => setSaved(false)}
      />
      {saved && (
        <p className="success" role="status" data-testid="plan-saved">
          Plan saved.
        </p>
      )}
      {plan && <PlanHistory planId={plan.id} />}
    </div>
  );
}
