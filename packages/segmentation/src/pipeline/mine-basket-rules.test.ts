import type { OrderRecord } from "../features";
import { PIPELINE_DEFAULTS } from "./pipeline-options";
import { mineBasketRules, orderRowsOf } from "./mine-basket-rules";

const order = (customerId: string, categories: string[]): OrderRecord => ({
  customerId,
  orderedAt: 0,
  total: 1,
  lines: categories.map((category, i) => ({ sku: `${category}-${i}`, category, quantity: 1, unitPrice: 1 })),
});

describe("mineBasketRules", () => {
  const orders = [
    order("b", ["tea", "cups"]),
    order("stranger", ["tea", "cups"]),
    order("a", ["tea", "cups"]),
    order("a", ["tea"]),
    order("b", ["tea", "cups"]),
  ];

  it("finds each order's customer row by id, -1 for unknown ones", () => {
    expect(Array.from(orderRowsOf(orders, ["a", "b"]))).toEqual([1, -1, 0, 0, 1]);
  });

  it("mines rules per segment from the order rows, skipping unknown customers", () => {
    const rows = orderRowsOf(orders, ["a", "b"]);
    const options = { ...PIPELINE_DEFAULTS.rules, minSupport: 0.5, minConfidence: 0.5 };
    // Customer a in segment 0, b in segment 1: 4 baskets of known customers.
    const result = mineBasketRules(orders, rows, Int32Array.from([0, 1]), 2, options);
    expect(result?.basketCount).toBe(4);
    // Segment 1 (b): 2 baskets, both {cups, tea}: cups ⇒ tea with confidence 1.
    const cupsTea = result?.rulesBySegment[1].find((rule) => rule.antecedent[0] === "cups");
    expect(cupsTea).toMatchObject({ consequent: ["tea"], support: 1, confidence: 1 });
    // Overall (4 baskets): cups in 3, tea in 4 → lift of cups ⇒ tea is 1, so liftRatio 1.
    expect(cupsTea?.overallLift).toBeCloseTo(1, 12);
    expect(
      mineBasketRules(orders, new Int32Array(5).fill(-1), Int32Array.from([0, 1]), 2, options),
    ).toBeNull();
  });
});
