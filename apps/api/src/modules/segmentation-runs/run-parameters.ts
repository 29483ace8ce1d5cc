import { AppError } from "../../errors/app-error";
import { catalogFeatureNames, customerFeatureCatalog, defaultRunFeatures } from "./customer-feature-catalog";
import { ScalingMethod, type StartSegmentationRunInput } from "./segmentation-run.input";

/** The options of a run as stored in SegmentationRun.parameters (and shown back to clients). */
export interface StoredRunParameters {
  features: string[];
  /** null = choose K automatically in kMin..kMax. */
  k: number | null;
  kMin: number;
  kMax: number;
  scaling: ScalingMethod;
  restarts: number;
  seed: number;
  excludeSensitive: boolean;
}

/** Past this, segments stop being something a one-person company can act on. */
const maxK = 20;
const maxRestarts = 50;

/** Checks a start request and fills defaults; every refusal names the option and the allowed range. */
export function resolveRunParameters(input: StartSegmentationRunInput): {
  name: string;
  parameters: StoredRunParameters;
} {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) bad("name must be 1 to 200 characters.");
  const excludeSensitive = input.excludeSensitive ?? true;

  const features = input.features ?? [...defaultRunFeatures];
  if (features.length === 0) bad("features must list at least one feature (or be omitted for the defaults).");
  const available = catalogFeatureNames({ includeSensitive: true });
  for (const feature of features) {
    if (!available.includes(feature))
      bad(`unknown feature "${feature}"; available: ${available.join(", ")}.`);
    const entry = customerFeatureCatalog.find((candidate) => candidate.name === feature);
    if (entry?.sensitive && excludeSensitive) {
      bad(`feature "${feature}" is a sensitive attribute; set excludeSensitive to false to cluster on it.`);
    }
  }
  if (new Set(features).size !== features.length) bad("features lists a feature twice.");

  const k = input.k ?? null;
  if (k !== null) {
    if (!Number.isInteger(k) || k < 2 || k > maxK)
      bad(`k must be an integer between 2 and ${maxK}, got ${k}.`);
    if (input.kMin != null || input.kMax != null) bad("give either k or a kMin..kMax range, not both.");
  }
  const kMin = input.kMin ?? 2;
  const kMax = input.kMax ?? 8;
  if (!Number.isInteger(kMin) || kMin < 2) bad(`kMin must be an integer ≥ 2, got ${kMin}.`);
  if (!Number.isInteger(kMax) || kMax > maxK) bad(`kMax must be an integer ≤ ${maxK}, got ${kMax}.`);
  if (kMin > kMax) bad(`kMin (${kMin}) must not be larger than kMax (${kMax}).`);

  const restarts = input.restarts ?? 10;
  if (!Number.isInteger(restarts) || restarts < 1 || restarts > maxRestarts) {
    bad(`restarts must be an integer between 1 and ${maxRestarts}, got ${restarts}.`);
  }
  const seed = input.seed ?? 0;
  if (!Number.isInteger(seed) || seed < 0) bad(`seed must be an integer ≥ 0, got ${seed}.`);

  return {
    name,
    parameters: {
      features,
      k,
      kMin,
      kMax,
      scaling: input.scaling ?? ScalingMethod.STANDARD,
      restarts,
      seed,
      excludeSensitive,
    },
  };
}

function bad(message: string): never {
  throw new AppError("BAD_USER_INPUT", message);
}
