import { SegmentationError } from "../errors";
import { SeededRandom } from "../random";
import { apriori } from "./apriori";
import { associationRules } from "./association-rules";
import { basketsFromItemLists, buildBaskets, checkBaskets } from "./build-baskets";
import { countItemsetsBruteForce } from "./count-itemsets-brute-force";
import { eclat } from "./eclat";
import { ItemDictionary } from "./item-dictionary";
import { mineSegmentRules } from "./segment-rules";

// The textbook market-basket example (Tan, Steinbach & Kumar), as long-format pairs.
const shop: Array<[string, string]> = [
  ["t1", "bread"],
  ["t1", "milk"],
  ["t2", "bread"],
  ["t2", "diaper"],
  ["t2", "beer"],
  ["t2", "eggs"],
  ["t3", "milk"],
  ["t3", "diaper"],
  ["t3", "beer"],
  ["t3", "cola"],
  ["t4", "bread"],
  ["t4", "milk"],
  ["t4", "diaper"],
  ["t4", "beer"],
  ["t4", "milk"],
  ["t5", "bread"],
  ["t5", "milk"],
  ["t5", "diaper"],
  ["t5", "cola"],
];
const built = buildBaskets(
  shop.map(([t]) => t),
  shop.map(([, item]) => item),
);
const names = (ids: number[]): string[] => built.dictionary.namesOf(ids);

function expectSegmentationError(run: () => unknown, code: string, pattern: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SegmentationError);
    expect((error as SegmentationError).code).toBe(code);
    expect((error as SegmentationError).message).toMatch(pattern);
    return;
  }
  throw new Error("expected a SegmentationError");
}

describe("buildBaskets", () => {
  it("groups pairs into baskets with ids by first appearance and drops repeated items", () => {
    expect(built.transactionIds).toEqual(["t1", "t2", "t3", "t4", "t5"]);
    expect(built.dictionary.toJSON().names).toEqual(["bread", "milk", "diaper", "beer", "eggs", "cola"]);
    expect(Array.from(built.baskets.offsets)).toEqual([0, 2, 6, 10, 14, 18]);
    expect(Array.from(built.baskets.items.subarray(10, 14))).toEqual([0, 1, 2, 3]);
    expect(built.baskets.itemCount).toBe(6);
  });

  it("rejects mismatched columns and broken baskets", () => {
    expectSegmentationError(
      () => buildBaskets(["a"], []),
      "INVALID_INPUT",
      /1 transaction values but 0 item values/,
    );
    expectSegmentationError(
      () => checkBaskets({ offsets: Int32Array.from([0, 2]), items: Int32Array.from([3, 1]), itemCount: 4 }),
      "INVALID_INPUT",
      /ascending/,
    );
    expectSegmentationError(() => basketsFromItemLists([[0, -1]]), "INVALID_INPUT", /item id -1/);
  });

  it("round-trips the item dictionary", () => {
    const copy = ItemDictionary.fromJSON(JSON.parse(JSON.stringify(built.dictionary)));
    expect(copy.idOf("beer")).toBe(3);
    expect(copy.nameOf(5)).toBe("cola");
    expect(copy.idOf("wine")).toBe(-1);
    expectSegmentationError(
      () => ItemDictionary.fromJSON({ kind: "item-dictionary", names: ["a", "a"] }),
      "INVALID_MODEL",
      /twice/,
    );
  });
});

describe("frequent itemsets and rules on the textbook example", () => {
  it("finds the hand-counted itemsets at support 0.6", () => {
    const itemsets = eclat(built.baskets, { minSupport: 0.6 });
    expect(itemsets.map((set) => [names(set.items).join("+"), set.count])).toEqual([
      ["bread", 4],
      ["milk", 4],
      ["diaper", 4],
      ["beer", 3],
      ["bread+milk", 3],
      ["bread+diaper", 3],
      ["milk+diaper", 3],
      ["diaper+beer", 3],
    ]);
    expect(itemsets[3].support).toBeCloseTo(0.6, 12);
    expect(apriori(built.baskets, { minSupport: 0.6 })).toEqual(itemsets);
  });

  it("derives rules with hand-computed confidence, lift, leverage and conviction", () => {
    const itemsets = eclat(built.baskets, { minSupport: 0.6 });
    const rules = associationRules(itemsets, 5, { minConfidence: 0.7 });
    expect(rules.map((rule) => `${names(rule.antecedent)}=>${names(rule.consequent)}`)).toEqual([
      "beer=>diaper",
      "diaper=>beer",
      "bread=>milk",
      "bread=>diaper",
      "milk=>bread",
      "milk=>diaper",
      "diaper=>bread",
      "diaper=>milk",
    ]);
    const [beerDiaper, diaperBeer, breadMilk] = rules;
    expect(beerDiaper.confidence).toBe(1);
    expect(beerDiaper.lift).toBeCloseTo(1.25, 12);
    expect(beerDiaper.leverage).toBeCloseTo(0.6 - 0.6 * 0.8, 12);
    // Confidence 1: unbounded conviction is null, so the rule survives JSON unchanged.
    expect(beerDiaper.conviction).toBeNull();
    expect(JSON.parse(JSON.stringify(beerDiaper))).toEqual(beerDiaper);
    expect(diaperBeer.confidence).toBe(0.75);
    expect(diaperBeer.conviction).toBeCloseTo(0.4 / 0.25, 12);
    expect(breadMilk.lift).toBeCloseTo(0.75 / 0.8, 12);
    expect(associationRules(itemsets, 5, { minConfidence: 0.7, minLift: 1 })).toHaveLength(2);
  });

  it("caps itemset length", () => {
    const itemsets = eclat(built.baskets, { minSupport: 0.2, maxLength: 2 });
    expect(Math.max(...itemsets.map((set) => set.items.length))).toBe(2);
    expect(
      eclat(built.baskets, { minSupport: 0.2, maxLength: 5 }).some((set) => set.items.length === 4),
    ).toBe(true);
  });

  it("rejects bad options and incomplete itemsets", () => {
    expectSegmentationError(() => eclat(built.baskets, { minSupport: 0 }), "INVALID_OPTION", /minSupport/);
    expectSegmentationError(() => apriori(built.baskets, { maxLength: 0 }), "INVALID_OPTION", /maxLength/);
    expectSegmentationError(
      () => associationRules([], 5, { minConfidence: 2 }),
      "INVALID_OPTION",
      /minConfidence/,
    );
    expectSegmentationError(
      () => associationRules([{ items: [0, 1], count: 3, support: 0.6 }], 5),
      "INVALID_INPUT",
      /lack the subset \{0\}/,
    );
  });
});

describe("Eclat, Apriori and brute force agree exactly", () => {
  function randomBaskets(seed: number, count: number, itemCount: number): number[][] {
    const random = new SeededRandom(seed);
    // Skewed popularity so that long itemsets are frequent too.
    const weights = Array.from({ length: itemCount }, (_, item) => 0.6 / (1 + item * 0.4));
    return Array.from({ length: count }, () => {
      const basket = weights.flatMap((weight, item) => (random.next() < weight ? [item] : []));
      return basket.length > 0 ? basket : [random.nextInt(itemCount)];
    });
  }

  it.each([
    [1, 400, 12, 0.02, 4],
    [2, 250, 10, 0.02, 10],
    [3, 1000, 14, 0.01, 3],
  ])(
    "seed %i: %i baskets of %i items, support %f, length ≤ %i",
    (seed, count, itemCount, minSupport, maxLength) => {
      const baskets = basketsFromItemLists(randomBaskets(seed, count, itemCount), itemCount);
      const options = { minSupport, maxLength };
      const truth = countItemsetsBruteForce(baskets, options);
      expect(truth.length).toBeGreaterThan(50);
      expect(truth.some((set) => set.items.length === Math.min(maxLength, 4))).toBe(true);
      expect(eclat(baskets, options)).toEqual(truth);
      expect(apriori(baskets, options)).toEqual(truth);
    },
  );
});

describe("mineSegmentRules", () => {
  it("compares each segment's rules with the same rules over all baskets", () => {
    const segments = mineSegmentRules(
      built.baskets,
      [0, 0, 0, 1, 1],
      { minSupport: 1 },
      { minConfidence: 0.9 },
    );
    expect(segments.map((segment) => [segment.segment, segment.basketCount])).toEqual([
      [0, 3],
      [1, 2],
    ]);
    const second = segments[1];
    // t4, t5 both hold bread, milk, diaper: every rule among them has confidence 1 and lift 1.
    expect(second.rules).toHaveLength(12);
    const breadMilk = second.rules.find(
      (rule) => names(rule.antecedent).join() === "bread" && names(rule.consequent).join() === "milk",
    );
    expect(breadMilk?.overall).toEqual({ count: 3, support: 0.6, confidence: 0.75, lift: 0.75 / 0.8 });
    expect(breadMilk?.liftRatio).toBeCloseTo(0.8 / 0.75, 12);
    const pairToDiaper = second.rules.find((rule) => names(rule.antecedent).join() === "bread,milk");
    expect(names(pairToDiaper?.consequent ?? [])).toEqual(["diaper"]);
    expect(pairToDiaper?.overall.confidence).toBeCloseTo(2 / 3, 12);
    expect(pairToDiaper?.overall.lift).toBeCloseTo(2 / 3 / 0.8, 12);
  });

  it("skips negative labels and rejects a label count mismatch", () => {
    expect(
      mineSegmentRules(built.baskets, [-1, -1, 2, 2, 2], { minSupport: 0.5 }).map((s) => s.segment),
    ).toEqual([2]);
    expectSegmentationError(
      () => mineSegmentRules(built.baskets, [0, 1]),
      "INVALID_INPUT",
      /2 segment labels for 5 baskets/,
    );
  });
});
