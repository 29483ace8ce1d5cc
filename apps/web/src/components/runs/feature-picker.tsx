"use client";
import { runFeatureGroups } from "@/lib/run-features";

export function FeaturePicker({
  selected,
  onChange,
  excludeSensitive,
}: {
  selected: readonly string[];
  onChange: (next: string[]) => void;
  excludeSensitive: boolean;
}) {
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...selected, name] : selected.filter((feature) => feature !== name));
  return (
    <div className="grid">
      {runFeatureGroups.map((group) => (
        <fieldset key={group.title} className="card stack" style={{ margin: 0 }}>
          <legend>
            <strong>{group.title}</strong>
          </legend>
          {group.features.map((feature) => {
            const blocked = feature.sensitive && excludeSensitive;
            return (
              <label className="inline" key={feature.name}>
                <input
                  type="checkbox"
                  checked={selected.includes(feature.name) && !blocked}
                  disabled={blocked}
                  onChange={(event) => toggle(feature.name, event.target.checked)}
                  data-testid={`feature-${feature.name}`}
                />
                {feature.label}
                {feature.sensitive && (
                  <span
                    className="badge"
                    title="A personal attribute: using it may treat people differently by who they are"
                  >
                    sensitive
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
