import { matrixFromRows } from "../matrix";
import { ARCHETYPE_PLAYBOOK } from "./archetype-playbook";
import { detectFeatureRoles } from "./feature-roles";
import { nameSegments } from "./name-segments";
import { profileSegments } from "./profile-segments";

// recency_days, frequency, monetary, tenure_days for 4 planted groups of 3 customers.
const rows = [
  // 0: champions: recent, frequent, big spend
  [5, 12, 1500, 700],
  [9, 10, 1300, 650],
  [10, 14, 1700, 720],
  // 1: hibernating: long ago, few orders, low spend
  [300, 2, 90, 600],
  [320, 2, 80, 640],
  [340, 3, 100, 610],
  // 2: one-time buyers, middling recency
  [60, 1, 50, 400],
  [70, 1, 40, 420],
  [80, 1, 60, 430],
  // 3: promising newcomers: joined recently, ordered recently
  [20, 2, 200, 40],
  [25, 3, 260, 50],
  [15, 2, 240, 35],
];
const featureNames = ["recency_days", "frequency", "monetary", "tenure_days"];
const labels = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3];

describe("nameSegments", () => {
  const profiles = profileSegments({ features: matrixFromRows(rows), featureNames, labels, k: 4 });
  const roles = detectFeatureRoles(featureNames);
  const identities = nameSegments(profiles, roles);

  it("recognises the roles of src/features column names", () => {
    expect(roles).toEqual({
      recency: "recency_days",
      frequency: "frequency",
      monetary: "monetary",
      tenure: "tenure_days",
    });
    expect(detectFeatureRoles(["spend", "orders"], { monetary: "orders" })).toEqual({
      monetary: "orders",
      frequency: "orders",
    });
  });

  it("matches each planted group to its playbook archetype", () => {
    expect(identities.map((identity) => identity.archetype)).toEqual([
      "champions",
      "hibernating",
      "one-time-buyers",
      "promising",
    ]);
    expect(identities.map((identity) => identity.name)).toEqual([
      "Champions",
      "Hibernating",
      "One-time buyers",
      "Promising newcomers",
    ]);
  });

  it("writes a description with the real ratios and recency", () => {
    // spend: champions mean 1500, overall mean 5620/12 = 468.33 → 3.2×; orders 12 vs 53/12 → 2.7×
    const champions = identities[0].description;
    expect(champions).toMatch(/^Champions: /);
    expect(champions).toContain("3.2× average spend");
    expect(champions).toContain("2.7× average orders");
    expect(champions).toContain("3 customers (25%)");
    // hibernating: median recency 320 days vs overall median (25 + 60) / 2 = 42.5
    expect(identities[1].description).toContain("no order for a median 320 days (vs 43 overall)");
  });

  it("attaches plans whose budget shares sum to 1", () => {
    const total = identities.reduce((sum, identity) => sum + (identity.plan?.budgetShare ?? 0), 0);
    expect(total).toBeCloseTo(1, 3);
    // weights 3, 0.5, 1, 2 → champions get 3/6.5
    expect(identities[0].plan?.budgetShare).toBeCloseTo(3 / 6.5, 4);
    expect(identities[0].plan?.kpi.metric).toBe("repeat purchase rate in 90 days");
  });

  it("names non-customer data by what stands out, with no archetype or plan, and keeps names unique", () => {
    const flowers = profileSegments({
      features: matrixFromRows([
        [1, 10],
        [1.2, 11],
        [5, 10],
        [5.2, 11],
      ]),
      featureNames: ["petal_length", "sepal_width"],
      labels: [0, 0, 1, 2],
      k: 3,
    });
    const named = nameSegments(flowers, detectFeatureRoles(flowers.featureNames));
    expect(named[0]).toMatchObject({ name: "Low petal length", archetype: null, plan: null });
    // sepal width: −0.5 / std 0.5 = −1 beats petal length: 1.9 / std 2.0025 = 0.95
    expect(named[1].name).toBe("Low sepal width, high petal length");
    expect(named[2].name).toBe("High petal length, high sepal width");
    expect(new Set(named.map((n) => n.name)).size).toBe(3);
  });

  it("says 'big spenders' when a loyal segment also spends far more, with the real ratio", () => {
    // recency_days, frequency, monetary: segment 0 orders more often (8 vs 6 → 1.33×: loyal, not
    // champions, who need 1.5×), recently, and spends 2×.
    const loyal = profileSegments({
      features: matrixFromRows([
        [10, 8, 900],
        [12, 8, 1100],
        [20, 5, 200],
        [40, 5, 150],
        [30, 5, 250],
        [50, 5, 400],
      ]),
      featureNames: ["recency_days", "frequency", "monetary"],
      labels: [0, 0, 1, 1, 1, 1],
      k: 2,
    });
    const [named] = nameSegments(loyal, detectFeatureRoles(loyal.featureNames));
    // Phrases by |effect size|: orders +2 / std √2 = 1.41, spend +500 / 366.3 = 1.37 (1000 vs 500 → 2×),
    // recency −16 / 14.55 = −1.10 (median 11 days vs 25).
    expect(named.archetype).toBe("loyal");
    expect(named.name).toBe("Loyal big spenders");
    expect(named.description).toBe(
      "Loyal big spenders: 33% more orders than average, 2× average spend, ordered in the last 2 weeks (median 11 days); 2 customers (33.3%).",
    );
  });

  it("writes 'fewer' for counted things and 'less' for amounts below average", () => {
    // Segment 0 orders 4 times where everyone averages 5 (20% fewer) and spends 300 where everyone
    // averages 375 (20% less); a small spread keeps the effect sizes large enough to be phrased.
    const quieter = profileSegments({
      features: matrixFromRows([
        [30, 4, 300],
        [30, 4, 300],
        [30, 6, 450],
        [30, 6, 450],
      ]),
      featureNames: ["recency_days", "frequency", "monetary"],
      labels: [0, 0, 1, 1],
      k: 2,
    });
    const [named] = nameSegments(quieter, detectFeatureRoles(quieter.featureNames));
    expect(named.description).toContain("20% fewer orders than average");
    expect(named.description).toContain("20% less spend than average");
  });

  it("calls a segment that has mostly never ordered prospects, not one-time buyers", () => {
    // recency_days (days since sign-up when nothing was ordered), frequency, monetary, tenure_days
    const browsing = profileSegments({
      features: matrixFromRows([
        [200, 0, 0, 200],
        [300, 0, 0, 300],
        [250, 1, 40, 400],
        [90, 1, 50, 300],
        [120, 1, 60, 350],
        [100, 1, 45, 380],
        [5, 12, 1500, 700],
        [9, 10, 1300, 650],
      ]),
      featureNames,
      labels: [0, 0, 0, 1, 1, 1, 2, 2],
      k: 3,
    });
    const named = nameSegments(browsing, roles);
    expect(named.map((identity) => identity.archetype)).toEqual([
      "prospects",
      "one-time-buyers",
      "champions",
    ]);
    expect(named[0].name).toBe("Prospects");
    expect(named[0].plan?.kpi.metric).toBe("first-order rate in 30 days");
  });

  it("disambiguates two segments of the same archetype", () => {
    const twice = profileSegments({
      features: matrixFromRows(rows),
      featureNames,
      labels: [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3].map((l) => (l === 1 ? 1 : l === 0 ? 0 : 1)),
      k: 2,
    });
    const named = nameSegments(twice, roles);
    expect(new Set(named.map((n) => n.name)).size).toBe(named.length);
  });

  it("keeps the playbook documented: every archetype has a complete plan and ends with the catch-all", () => {
    for (const archetype of ARCHETYPE_PLAYBOOK) {
      expect(archetype.plan.objective.length).toBeGreaterThan(0);
      expect(archetype.plan.channels.length).toBeGreaterThan(0);
      expect(archetype.plan.budgetWeight).toBeGreaterThan(0);
    }
    expect(ARCHETYPE_PLAYBOOK[ARCHETYPE_PLAYBOOK.length - 1].conditions).toHaveLength(0);
  });
});
