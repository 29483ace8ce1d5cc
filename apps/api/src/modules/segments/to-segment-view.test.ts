import type { Segment as SegmentRow } from "@seglens/database";
import { toSegmentView } from "./to-segment-view";

const row = (profile: unknown): SegmentRow => ({
  id: "8a1f0c2e-7d4b-4c1e-9a55-0f3b2d6e9c11",
  runId: "1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b",
  clusterIndex: 0,
  name: "Champions",
  description: "Buy often",
  archetype: "champions",
  size: 2,
  share: 0.5,
  centroid: { frequency: 9 },
  profile: profile as SegmentRow["profile"],
  rules: [],
  associationRules: [],
  suggestedPlan: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-01-01T00:00:00Z"),
});

describe("toSegmentView's profile", () => {
  const numeric = { frequency: { count: 2, mean: 9, histogram: [0, 2] } };

  it("carries everyone's statistics and the shared bin edges stored with the segment", () => {
    const view = toSegmentView(
      row({
        numeric,
        categorical: {},
        histogramEdges: { frequency: [1, 5, 10] },
        overall: {
          size: 4,
          numeric: { frequency: { count: 4, mean: 5, histogram: [2, 2] } },
          categorical: {},
        },
        comparisons: [],
        standOut: [],
      }),
    );
    expect(view.profile).toEqual({
      numeric,
      categorical: {},
      histogramEdges: { frequency: [1, 5, 10] },
      overall: { size: 4, numeric: { frequency: { count: 4, mean: 5, histogram: [2, 2] } }, categorical: {} },
    });
  });

  it("leaves them out for a segment saved before they were stored", () => {
    expect(toSegmentView(row({ numeric, categorical: {}, standOut: [] })).profile).toEqual({
      numeric,
      categorical: {},
    });
    expect(toSegmentView(row(null)).profile).toEqual({ numeric: {}, categorical: {} });
  });
});

describe("toSegmentView's rules", () => {
  it("carries each rule's conditions as structured fields", () => {
    const stored = {
      ...row(null),
      rules: [
        {
          segment: 0,
          conditions: [
            { feature: "monetary", kind: "range", min: 7.9, text: "monetary > 7.9" },
            { feature: "country", kind: "in", categories: ["FR", "DE"], text: "country is FR or DE" },
          ],
          text: "monetary > 7.9 and country is FR or DE",
          support: 2,
          matched: 3,
          coverage: 1,
          precision: 2 / 3,
        },
      ] as unknown as SegmentRow["rules"],
    };
    expect(toSegmentView(stored).rules).toEqual([
      {
        text: "monetary > 7.9 and country is FR or DE",
        conditions: [
          { feature: "monetary", min: 7.9, max: null, categories: null, text: "monetary > 7.9" },
          { feature: "country", min: null, max: null, categories: ["FR", "DE"], text: "country is FR or DE" },
        ],
        coverage: 1,
        precision: 2 / 3,
        support: 2,
        matched: 3,
      },
    ]);
  });

  it("reads a rule stored without conditions as its text alone", () => {
    const stored = {
      ...row(null),
      rules: [
        { text: "all customers", support: 2, matched: 2, coverage: 1, precision: 1 },
      ] as unknown as SegmentRow["rules"],
    };
    expect(toSegmentView(stored).rules[0].conditions).toEqual([]);
  });
});
