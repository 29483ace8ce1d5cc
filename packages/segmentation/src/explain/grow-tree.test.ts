import { SegmentationError } from "../errors";
import { chooseAlphaByCrossValidation } from "./choose-alpha";
import { costComplexityPath } from "./cost-complexity";
import { DecisionTree } from "./decision-tree";
import { extractRules } from "./extract-rules";
import { createFeatureTable, selectFeatureRows } from "./feature-table";
import { growTree, presortFeatures, restrictOrders } from "./grow-tree";
import { splitFold, stratifiedFolds } from "./stratified-folds";
import { plantedSegments } from "./test-fixtures/planted-segments";
import { resolveTreeOptions } from "./tree-options";

describe("presorted orders", () => {
  const table = createFeatureTable([
    { name: "x", values: [5, 1, 3, 1, 4, 2, 5] },
    { name: "city", values: ["a", "b", "a", "c", "b", "a", "c"] },
  ]);

  it("sorts numeric features with ties in row order and skips categorical ones", () => {
    const orders = presortFeatures(table);
    expect(Array.from(orders[0]!)).toEqual([1, 3, 5, 2, 4, 0, 6]);
    expect(orders[1]).toBeNull();
  });

  it("restricts to a subset exactly as sorting the subset again would", () => {
    const rows = Int32Array.from([0, 2, 3, 6]);
    const restricted = restrictOrders(presortFeatures(table), rows, table.rows);
    // Subset values 5, 3, 1, 5 → order 2 (1), 1 (3), 0 (5), 3 (5).
    expect(Array.from(restricted[0]!)).toEqual([2, 1, 0, 3]);
    expect(restricted).toEqual(presortFeatures(selectFeatureRows(table, rows)));
  });

  it("grows the same tree from given orders as from its own sort, and leaves the orders untouched", () => {
    const { table: planted, labels } = plantedSegments(2000, 5);
    const options = resolveTreeOptions({ maxDepth: 4 });
    const orders = presortFeatures(planted);
    const copy = orders.map((order) => (order ? Int32Array.from(order) : null));
    const fromOrders = growTree({ table: planted, labels, classCount: 3, options, orders });
    expect(fromOrders).toEqual(growTree({ table: planted, labels, classCount: 3, options }));
    expect(orders).toEqual(copy);
  });

  it("cross-validates folds from the restricted orders with the same result as sorting each fold", () => {
    const { table: planted, labels } = plantedSegments(1500, 8);
    const options = resolveTreeOptions({ maxDepth: 4, seed: 2 });
    const alphas = costComplexityPath(growTree({ table: planted, labels, classCount: 3, options })).alphas;
    const given = chooseAlphaByCrossValidation(planted, labels, 3, alphas, options, presortFeatures(planted));
    const own = chooseAlphaByCrossValidation(planted, labels, 3, alphas, options);
    expect(given).toEqual(own);
    // And a fold's restricted orders are its own sort.
    const { train } = splitFold(stratifiedFolds(labels, 5, 2), 0);
    expect(restrictOrders(presortFeatures(planted), train, planted.rows)).toEqual(
      presortFeatures(selectFeatureRows(planted, train)),
    );
  });
});

describe("extractRules with precomputed leaves", () => {
  it("gives the same rules as computing the leaves itself, and rejects leaves of the wrong length", () => {
    const { table, labels } = plantedSegments(1000, 3);
    const tree = DecisionTree.fit(table, labels, { maxDepth: 3 });
    const leaves = tree.leafIndices(table);
    expect(extractRules(tree, table, labels, leaves)).toEqual(extractRules(tree, table, labels));
    expect(Array.from(tree.predictFromLeaves(leaves))).toEqual(Array.from(tree.predict(table)));
    expect(() => extractRules(tree, table, labels, leaves.subarray(1))).toThrow(SegmentationError);
    expect(() => extractRules(tree, table, labels, leaves.subarray(1))).toThrow(
      "got 999 leaves for 1000 labels",
    );
  });
});
