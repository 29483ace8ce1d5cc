import type { DecisionTreeJSON } from "@seglens/segmentation";
import { flattenExplanationTree } from "./flatten-explanation-tree";

const leaf = (counts: number[], depth: number) => ({
  feature: -1,
  threshold: null,
  leftCategories: null,
  left: -1,
  right: -1,
  counts,
  samples: counts.reduce((sum, count) => sum + count, 0),
  impurity: 0,
  depth,
});

// Root: frequency ≤ 5.5 (a whole-number feature) → leaf of segment 1, else country FR → segment 0, else segment 2.
// Node 5 hangs in the array but no node points at it (as after pruning).
const tree: DecisionTreeJSON = {
  kind: "decision-tree",
  criterion: "gini",
  classCount: 3,
  alpha: 0,
  features: [
    { name: "frequency", kind: "numeric", integer: true },
    { name: "country", kind: "categorical", categories: ["FR", "DE", "IT"] },
  ],
  nodes: [
    {
      feature: 0,
      threshold: 5.5,
      leftCategories: null,
      left: 1,
      right: 2,
      counts: [40, 50, 10],
      samples: 100,
      impurity: 0.5,
      depth: 0,
    },
    leaf([5, 45, 0], 1),
    {
      feature: 1,
      threshold: null,
      leftCategories: [0],
      left: 3,
      right: 4,
      counts: [35, 5, 10],
      samples: 50,
      impurity: 0.4,
      depth: 1,
    },
    leaf([30, 2, 0], 2),
    leaf([5, 3, 10], 2),
    leaf([1, 0, 0], 3),
  ],
};

describe("flattenExplanationTree", () => {
  it("lists the reachable nodes depth-first with plain-language branch conditions and predictions", () => {
    expect(flattenExplanationTree(tree)).toEqual([
      {
        id: 0,
        parentId: null,
        depth: 0,
        condition: null,
        feature: "frequency",
        threshold: 5.5,
        samples: 100,
        segmentIndex: 1,
        purity: 0.5,
        isLeaf: false,
      },
      {
        id: 1,
        parentId: 0,
        depth: 1,
        condition: "frequency ≤ 5",
        feature: null,
        threshold: null,
        samples: 50,
        segmentIndex: 1,
        purity: 0.9,
        isLeaf: true,
      },
      {
        id: 2,
        parentId: 0,
        depth: 1,
        condition: "frequency ≥ 6",
        feature: "country",
        threshold: null,
        samples: 50,
        segmentIndex: 0,
        purity: 0.7,
        isLeaf: false,
      },
      {
        id: 3,
        parentId: 2,
        depth: 2,
        condition: "country is FR",
        feature: null,
        threshold: null,
        samples: 32,
        segmentIndex: 0,
        purity: 30 / 32,
        isLeaf: true,
      },
      {
        id: 4,
        parentId: 2,
        depth: 2,
        condition: "country is not FR",
        feature: null,
        threshold: null,
        samples: 18,
        segmentIndex: 2,
        purity: 10 / 18,
        isLeaf: true,
      },
    ]);
  });

  it("gives a single leaf for a tree that never split, and nothing for an empty tree", () => {
    const single = { ...tree, nodes: [leaf([3, 7], 0)] };
    expect(flattenExplanationTree(single)).toEqual([
      expect.objectContaining({
        id: 0,
        parentId: null,
        condition: null,
        isLeaf: true,
        segmentIndex: 1,
        samples: 10,
      }),
    ]);
    expect(flattenExplanationTree({ ...tree, nodes: [] })).toEqual([]);
  });
});
