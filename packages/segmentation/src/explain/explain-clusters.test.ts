import { SegmentationError } from "../errors";
import { DecisionTree, type DecisionTreeJSON } from "./decision-tree";
import { explainClusters } from "./explain-clusters";
import { explainRecord, explainRow } from "./explain-row";
import { extractRules } from "./extract-rules";
import { loadIrisTable } from "./test-fixtures/load-iris";
import { plantedSegments } from "./test-fixtures/planted-segments";

describe("explainClusters on planted segments", () => {
  const { table, labels } = plantedSegments(3000, 21);
  const explanation = explainClusters({ features: table, labels });

  it("recovers the planted rules exactly, with full coverage and precision", () => {
    expect(explanation.fidelity).toBe(1);
    const texts = explanation.rulesBySegment.map((rules) => rules.map((rule) => rule.text));
    expect(texts[1]).toEqual(["orders ≤ 2"]);
    expect(texts[0]).toEqual(["orders ≥ 6 and city is Lyon or Paris"]);
    // Segment 2 is "3..5 orders, or ≥ 6 orders in Nice/Lille". Below "orders ≥ 3" the tree splits on city first
    // (same impurity decrease either way), giving this equivalent partition of the same rows.
    expect([...texts[2]].sort()).toEqual([
      "3 ≤ orders ≤ 5 and city is Lyon or Paris",
      "orders ≥ 3 and city is Nice or Lille",
    ]);
    for (const rules of explanation.rulesBySegment) for (const rule of rules) expect(rule.precision).toBe(1);
    expect(explanation.rulesBySegment[0][0].coverage).toBe(1);
    const segment2 = explanation.rulesBySegment[2];
    expect(segment2[0].coverage + segment2[1].coverage).toBeCloseTo(1, 12);
    const size2 = Array.from(labels).filter((label) => label === 2).length;
    expect(segment2[0].support + segment2[1].support).toBe(size2);
  });

  it("gives structured conditions with exact bounds", () => {
    const rule = explanation.rulesBySegment[0][0];
    expect(rule.conditions).toEqual([
      { feature: "orders", kind: "range", min: 5.5, text: "orders ≥ 6" },
      { feature: "city", kind: "in", categories: ["Lyon", "Paris"], text: "city is Lyon or Paris" },
    ]);
  });

  it("ranks the planted features above the noise feature", () => {
    const names = explanation.importances.map((entry) => entry.feature);
    expect(names.slice(0, 2).sort()).toEqual(["city", "orders"]);
    expect(explanation.importances[2]).toEqual({ feature: "age", importance: 0 });
    expect(explanation.importances.reduce((sum, entry) => sum + entry.importance, 0)).toBeCloseTo(1, 12);
  });

  it("explains one customer's segment with the actual values on the path", () => {
    const row = Array.from(labels).findIndex(
      (label, i) =>
        label === 0 && (table.features[1].kind === "numeric" ? table.features[1].values[i] : 0) === 8,
    );
    const why = explainRow(explanation.model, table, row);
    expect(why.segment).toBe(0);
    expect(why.confidence).toBe(1);
    expect(why.steps[0]).toEqual({ feature: "orders", condition: "orders ≥ 6", value: 8 });
    expect(why.steps[1].feature).toBe("city");
    expect(["Paris", "Lyon"]).toContain(why.steps[1].value);
    expect(why.text).toBe("orders ≥ 6 and city is Lyon or Paris");
    const record = explainRecord(explanation.model, { age: 40, orders: 4, city: "Nice" });
    expect(record.segment).toBe(2);
    expect(record.steps).toEqual([
      { feature: "orders", condition: "orders ≥ 3", value: 4 },
      { feature: "city", condition: "city is Nice or Lille", value: "Nice" },
    ]);
    expect(() => explainRecord(explanation.model, { age: 40 })).toThrow('no value for "orders"');
    expect(() => explainRow(explanation.model, table, table.rows)).toThrow(`row ${table.rows} is outside`);
  });

  it("fits on a sample when the data is larger than maxTrainingRows and still measures on every row", () => {
    const sampled = explainClusters({ features: table, labels, options: { maxTrainingRows: 500, seed: 3 } });
    expect(sampled.model.nodes[0].samples).toBe(500);
    const matched = sampled.rulesBySegment.flat().reduce((sum, rule) => sum + rule.matched, 0);
    expect(matched).toBe(3000);
    expect(sampled.fidelity).toBeGreaterThan(0.97);
  });

  it("rejects labels that do not match the rows", () => {
    expect(() => explainClusters({ features: table, labels: new Int32Array(3) })).toThrow(SegmentationError);
    expect(() => explainClusters({ features: table, labels, options: { maxTrainingRows: 1 } })).toThrow(
      "maxTrainingRows must be",
    );
  });
});

describe("rules on Iris", () => {
  const { table, labels } = loadIrisTable();

  it("merges repeated bounds on a feature into one range and measures coverage and precision", () => {
    const tree = DecisionTree.fit(table, labels, { maxDepth: 3 });
    const rules = extractRules(tree, table, labels);
    // Depth-3 tree (scikit-learn's too): setosa = petal_length ≤ 2.45 (50/50);
    // versicolor = 2.45 < petal_length ≤ 4.95 and petal_width ≤ 1.75 (47 of 48 matched);
    // virginica: petal_width > 1.75 (45 of 46), and 4.95 < petal_length with petal_width ≤ 1.75 (4 of 6).
    expect(rules[0].map((rule) => rule.text)).toEqual(["petal_length ≤ 2.45"]);
    expect(rules[1].map((rule) => rule.text)).toEqual(["2.45 < petal_length ≤ 4.95 and petal_width ≤ 1.75"]);
    expect(rules[1][0]).toMatchObject({ support: 47, matched: 48 });
    expect(rules[1][0].coverage).toBeCloseTo(47 / 50, 12);
    expect(rules[1][0].precision).toBeCloseTo(47 / 48, 12);
    expect(rules[2].map((rule) => [rule.text, rule.support, rule.matched])).toEqual([
      ["petal_length > 2.45 and petal_width > 1.75", 45, 46],
      ["petal_length > 4.95 and petal_width ≤ 1.75", 4, 6],
    ]);
    const restored = DecisionTree.fromJSON(JSON.parse(JSON.stringify(tree)) as DecisionTreeJSON);
    expect(extractRules(restored, table, labels)).toEqual(rules);
  });
});
