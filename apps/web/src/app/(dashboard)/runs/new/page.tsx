"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FeaturePicker } from "@/components/runs/feature-picker";
import { SegmentCountInput } from "@/components/runs/segment-count-input";
import { ErrorMessage } from "@/components/status-message";
import type { ScalingMethod } from "@/gql/graphql";
import { defaultRunFeatures, isSensitiveFeature, validateRunSettings } from "@/lib/run-features";
import { useGqlMutation } from "@/lib/use-graphql";
import { StartRunMutation } from "@/operations/runs";

export default function NewRunPage() {
  const router = useRouter();
  const start = useGqlMutation(StartRunMutation);
  const [name, setName] = useState(`Segmentation ${new Date().toISOString().slice(0, 10)}`);
  const [features, setFeatures] = useState<string[]>([...defaultRunFeatures]);
  const [excludeSensitive, setExcludeSensitive] = useState(true);
  const [kMode, setKMode] = useState<"fixed" | "auto">("auto");
  const [k, setK] = useState(4);
  const [kMin, setKMin] = useState(2);
  const [kMax, setKMax] = useState(8);
  const [scaling, setScaling] = useState<ScalingMethod>("STANDARD");
  const chosen = features.filter((feature) => !(excludeSensitive && isSensitiveFeature(feature)));
  const problems = validateRunSettings({ name, features: chosen, kMode, k, kMin, kMax });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (problems.length > 0) return;
    const result = await start.mutateAsync({
      input: {
        name: name.trim(),
        features: chosen,
        excludeSensitive,
        scaling,
        ...(kMode === "fixed" ? { k } : { kMin, kMax }),
      },
    });
    router.push(`/runs/${result.startSegmentationRun.id}`);
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      data-testid="run-form"
    >
      <h1>New segmentation run</h1>
      <p className="subtitle">
        Choose what describes your customers; Seglens groups similar customers and explains each group.
      </p>
      <label>
        Name
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          data-testid="run-name"
        />
      </label>
      <FeaturePicker selected={features} onChange={setFeatures} excludeSensitive={excludeSensitive} />
      <label className="inline">
        <input
          type="checkbox"
          checked={excludeSensitive}
          onChange={(event) => setExcludeSensitive(event.target.checked)}
        />
        Leave sensitive attributes (age, gender) out of the clustering
      </label>
      <div className="card row">
        <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="muted">Number of segments</legend>
          <label className="inline">
            <input type="radio" name="kMode" checked={kMode === "auto"} onChange={() => setKMode("auto")} />{" "}
            Let Seglens choose between
          </label>
          <SegmentCountInput
            label="Smallest number of segments"
            value={kMin}
            onChange={setKMin}
            disabled={kMode !== "auto"}
          />
          <span>and</span>
          <SegmentCountInput
            label="Largest number of segments"
            value={kMax}
            onChange={setKMax}
            disabled={kMode !== "auto"}
          />
          <label className="inline">
            <input type="radio" name="kMode" checked={kMode === "fixed"} onChange={() => setKMode("fixed")} />{" "}
            Exactly
          </label>
          <SegmentCountInput
            label="Number of segments"
            value={k}
            onChange={setK}
            disabled={kMode !== "fixed"}
            testId="run-k"
          />
        </fieldset>
        <label>
          Scaling
          <select value={scaling} onChange={(event) => setScaling(event.target.value as ScalingMethod)}>
            <option value="STANDARD">Standard (mean 0, spread 1)</option>
            <option value="ROBUST">Robust (median and quartiles; resists outliers)</option>
            <option value="MINMAX">Min–max (0 to 1)</option>
            <option value="NONE">None</option>
          </select>
        </label>
      </div>
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <ErrorMessage error={start.error} />
      <div>
        <button type="submit" disabled={problems.length > 0 || start.isPending} data-testid="run-start">
          {start.isPending ? "Starting…" : "Start the run"}
        </button>
      </div>
    </form>
  );
}
