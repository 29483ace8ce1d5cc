import { DecisionTree } from "./decision-tree";
import { createFeatureTable } from "./feature-table";
import { entropyOf, informationGain } from "./information-gain";

// Quinlan's 14-day play-tennis table (Machine Learning 1, 1986).
const outlook =
  "sunny sunny overcast rain rain rain overcast sunny sunny rain sunny overcast overcast rain".split(" ");
const temperature = "hot hot hot mild cool cool cool mild cool mild mild mild hot mild".split(" ");
const humidity = "high high high high normal normal normal high normal normal normal high normal high".split(
  " ",
);
const wind = "weak strong weak weak weak strong strong weak weak weak strong strong weak strong".split(" ");
const play = "no no yes yes yes no yes no yes yes yes yes yes no".split(" ");

describe("ID3 information gain", () => {
  it("gives the entropy of 9 yes / 5 no", () => {
    // −(9/14)log₂(9/14) − (5/14)log₂(5/14)
    expect(entropyOf(play)).toBeCloseTo(0.940286, 6);
    expect(entropyOf(["a", "a"])).toBe(0);
    expect(entropyOf([1, 2])).toBeCloseTo(1, 12);
  });

  it("matches hand-computed gains of the four attributes", () => {
    // outlook: 0.940286 − (5/14·0.970951 + 4/14·0 + 5/14·0.970951) = 0.246750
    expect(informationGain(outlook, play)).toBeCloseTo(0.24675, 5);
    // humidity: 0.940286 − (7/14·0.985228 + 7/14·0.591673) = 0.151836
    expect(informationGain(humidity, play)).toBeCloseTo(0.151836, 5);
    // wind: 0.940286 − (8/14·0.811278 + 6/14·1) = 0.048127
    expect(informationGain(wind, play)).toBeCloseTo(0.048127, 5);
    // temperature: 0.940286 − (4/14·1 + 6/14·0.918296 + 4/14·0.811278) = 0.029223
    expect(informationGain(temperature, play)).toBeCloseTo(0.029223, 5);
  });

  it("rejects mismatched lengths and empty input", () => {
    expect(() => informationGain(["a"], ["x", "y"])).toThrow("feature has 1 values but there are 2 labels");
    expect(() => informationGain([], [])).toThrow("at least one row");
  });
});

describe("CART with the entropy criterion on play-tennis", () => {
  it("splits the root on outlook = overcast, the best binary partition, with the matching gain", () => {
    // Binary gains: {overcast} vs rest 0.940286 − 10/14·1 = 0.226000, better than humidity (0.151836)
    // and {sunny} vs rest (0.101880); CART compares binary partitions, unlike ID3's multiway split.
    const table = createFeatureTable([
      { name: "outlook", values: outlook },
      { name: "temperature", values: temperature },
      { name: "humidity", values: humidity },
      { name: "wind", values: wind },
    ]);
    const labels = play.map((value) => (value === "yes" ? 1 : 0));
    const tree = DecisionTree.fit(table, labels, { criterion: "entropy", maxDepth: 1 });
    const [root, first, second] = [
      tree.nodes[0],
      tree.nodes[tree.nodes[0].left],
      tree.nodes[tree.nodes[0].right],
    ];
    expect(tree.features[root.feature].name).toBe("outlook");
    const categories = tree.features[root.feature].categories!;
    const left = root.leftCategories!.map((code) => categories[code]);
    expect([["overcast"], ["sunny", "rain"].sort()]).toContainEqual([...left].sort());
    const gain =
      root.impurity - (first.samples * first.impurity + second.samples * second.impurity) / root.samples;
    expect(gain).toBeCloseTo(0.226, 5);
  });
});
