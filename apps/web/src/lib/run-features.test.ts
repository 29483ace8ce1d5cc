import { featureUnit, isSensitiveFeature, runFeatureGroups, validateRunSettings } from "./run-features";

const base = {
  name: "Spring",
  features: ["recency_days", "frequency"],
  kMode: "auto" as const,
  k: 4,
  kMin: 2,
  kMax: 8,
};

describe("run settings", () => {
  it("lists each feature once and marks age as sensitive", () => {
    const names = runFeatureGroups.flatMap((group) => group.features.map((feature) => feature.name));
    expect(new Set(names).size).toBe(names.length);
    expect(isSensitiveFeature("age")).toBe(true);
    expect(isSensitiveFeature("monetary")).toBe(false);
  });

  it("accepts sensible settings and explains each refusal", () => {
    expect(validateRunSettings(base)).toEqual([]);
    expect(validateRunSettings({ ...base, name: " ", features: ["frequency"] })).toEqual([
      "Give the run a name.",
      "Choose at least two features.",
    ]);
    expect(validateRunSettings({ ...base, kMode: "fixed", k: 21 })).toEqual([
      "The number of segments must be a whole number from 2 to 20.",
    ]);
    expect(validateRunSettings({ ...base, kMin: 6, kMax: 6 })).toEqual([
      "The smallest number of segments must be below the largest.",
    ]);
  });
});

describe("feature units", () => {
  it("marks money and day features, and no unit for counts or unknown names", () => {
    expect(featureUnit("monetary")).toBe("money");
    expect(featureUnit("avg_order_value")).toBe("money");
    expect(featureUnit("recency_days")).toBe("days");
    expect(featureUnit("mean_days_between_orders")).toBe("days");
    expect(featureUnit("frequency")).toBeNull();
    expect(featureUnit("not_a_feature")).toBeNull();
  });
});
