"use client";
import { marketingChannels, planStatuses, type PlanFormErrors, type PlanFormValues } from "@/lib/plan-form";
import { channelLabel } from "@/lib/channel-label";
import { humaniseName } from "@/lib/format";

function FieldError({ message, id }: { message?: string; id: string }) {
  return message ? (
    <span className="error" id={id} role="alert">
      {message}
    </span>
  ) : null;
}

/** The plan's inputs, each with its label and its own error next to it. */
export function PlanFields({
  values,
  errors,
  onChange,
  disabled,
}: {
  values: PlanFormValues;
  errors: PlanFormErrors;
  onChange: (next: PlanFormValues) => void;
  disabled: boolean;
}) {
  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <fieldset className="stack" disabled={disabled} style={{ border: 0, padding: 0 }}>
      <label>
        Objective
        <input
          value={values.objective}
          onChange={(event) => set("objective", event.target.value)}
          aria-describedby="plan-objective-error"
          data-testid="plan-objective"
        />
      </label>
      <FieldError message={errors.objective} id="plan-objective-error" />
      <div className="row">
        <label style={{ flex: "1 1 18rem" }}>
          KPI
          <input
            value={values.kpi}
            onChange={(event) => set("kpi", event.target.value)}
            data-testid="plan-kpi"
          />
        </label>
        <label>
          Target
          <input
            type="number"
            step="any"
            value={values.kpiTarget}
            onChange={(event) => set("kpiTarget", event.target.value)}
            data-testid="plan-kpi-target"
            style={{ width: "8rem" }}
          />
        </label>
        <label>
          Budget
          <input
            type="number"
            min={0}
            step="any"
            value={values.budget}
            onChange={(event) => set("budget", event.target.value)}
            data-testid="plan-budget"
            style={{ width: "8rem" }}
          />
        </label>
        <label>
          Status
          <select
            value={values.status}
            onChange={(event) => set("status", event.target.value as PlanFormValues["status"])}
            data-testid="plan-status"
          >
            {planStatuses.map((status) => (
              <option key={status} value={status}>
                {humaniseName(status)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldError message={errors.kpi ?? errors.kpiTarget ?? errors.budget} id="plan-numbers-error" />
      <fieldset className="row" style={{ border: 0, padding: 0 }}>
        <legend className="muted">Channels</legend>
        {marketingChannels.map((channel) => (
          <label className="inline" key={channel}>
            <input
              type="checkbox"
              checked={values.channels.includes(channel)}
              onChange={(event) =>
                set(
                  "channels",
                  event.target.checked
                    ? [...values.channels, channel]
                    : values.channels.filter((item) => item !== channel),
                )
              }
              data-testid={`plan-channel-${channel.toLowerCase()}`}
            />
            {channelLabel(channel)}
          </label>
        ))}
      </fieldset>
      <FieldError message={errors.channels} id="plan-channels-error" />
      <label>
        Offer
        <input
          value={values.offer}
          onChange={(event) => set("offer", event.target.value)}
          data-testid="plan-offer"
        />
      </label>
      <label>
        Message
        <textarea
          rows={3}
          value={values.message}
          onChange={(event) => set("message", event.target.value)}
          data-testid="plan-message"
        />
      </label>
      <FieldError message={errors.message} id="plan-message-error" />
      <div className="row">
        <label>
          Start
          <input
            type="date"
            value={values.startDate}
            onChange={(event) => set("startDate", event.target.value)}
          />
        </label>
        <label>
          End
          <input
            type="date"
            value={values.endDate}
            onChange={(event) => set("endDate", event.target.value)}
          />
        </label>
      </div>
      <FieldError message={errors.endDate} id="plan-dates-error" />
    </fieldset>
  );
}
