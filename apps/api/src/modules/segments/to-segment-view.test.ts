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
