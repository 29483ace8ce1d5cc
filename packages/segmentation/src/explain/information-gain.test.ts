import { entropyOf, informationGain } from "./information-gain";

// Quinlan's 14-day play-tennis table (Machine Learning 1, 1986).
const outlook = "sunny sunny overcast rain rain rain overcast sunny sunny rain sunny overcast overcast rain".split(" ");
const temperature = "hot hot hot mild cool cool cool mild cool mild mild mild hot mild".split(" ");
const humidity = "high high high high normal normal normal high normal normal normal high normal high".split(" ");
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
