import {
  conditionText,
  featureAxisLabel,
  formatFeatureValue,
  rangeConditionText,
  ruleText,
  treeConditionText,
} from "./condition-text";

const locale = "en-GB";

describe("feature values in their unit", () => {
  it("writes money in the shop's currency, with cents below 1,000", () => {
    expect(formatFeatureValue("monetary", 7.9, "EUR", locale)).toBe("€7.90");
    expect(formatFeatureValue("avg_order_value", 12500.4, "GBP", locale)).toBe("£12,500");
    expect(formatFeatureValue("monetary", 800, "JPY", locale)).toBe("JP¥800");
  });

  it("writes days as days, one decimal at most, and one day in the singular", () => {
    expect(formatFeatureValue("recency_days", 30.46, "EUR", locale)).toBe("30.5 days");
    expect(formatFeatureValue("tenure_days", 1, "EUR", locale)).toBe("1 day");
  });

  it("leaves features without a unit as plain numbers", () => {
    expect(formatFeatureValue("frequency", 5.5, "EUR", locale)).toBe("5.5");
    expect(formatFeatureValue("acquisition_channel", 1234.567, "EUR", locale)).toBe("1,234.57");
  });
});

describe("range conditions", () => {
  it("names the feature for people and writes each bound in its unit", () => {
    expect(rangeConditionText({ feature: "monetary", min: 7.9, max: null }, "EUR", locale)).toBe(
      "Total spent > €7.90",
    );
    expect(rangeConditionText({ feature: "recency_days", min: null, max: 30.5 }, "EUR", locale)).toBe(
      "Days since the last order ≤ 30.5 days",
    );
    expect(rangeConditionText({ feature: "avg_order_value", min: 20, max: 45.25 }, "USD", locale)).toBe(
      "US$20.00 < Average order value ≤ US$45.25",
    );
  });

  it("says any value when a range has no bound", () => {
    expect(rangeConditionText({ feature: "monetary", min: null, max: null }, "EUR", locale)).toBe(
      "Any total spent",
    );
  });
});

describe("rule conditions", () => {
  it("keeps the engine's words for features without a unit (whole numbers already rounded)", () => {
    expect(
      conditionText({ feature: "frequency", min: 5.5, max: null, text: "frequency ≥ 6" }, "EUR", locale),
    ).toBe("Number of orders ≥ 6");
    expect(
      conditionText({ feature: "country", min: null, max: null, text: "country is FR or DE" }, "EUR", locale),
    ).toBe("Country is FR or DE");
  });

  it("writes a whole rule from its conditions", () => {
    const rule = {
      text: "frequency ≥ 6 and monetary > 7.9",
      conditions: [
        { feature: "frequency", min: 5.5, max: null, text: "frequency ≥ 6" },
        { feature: "monetary", min: 7.9, max: null, text: "monetary > 7.9" },
      ],
    };
    expect(ruleText(rule, "EUR", locale)).toBe("Number of orders ≥ 6 and Total spent > €7.90");
  });

  it("falls back to the rule's text in words when it has no structured conditions", () => {
    expect(ruleText({ text: "monetary > 7.9", conditions: [] }, "EUR", locale)).toBe("Total spent > 7.9");
    expect(ruleText({ text: "all customers", conditions: [] }, "EUR", locale)).toBe("all customers");
  });
});

describe("tree conditions", () => {
  const parent = { feature: "monetary", threshold: 7.9 };

  it("writes a money split from the parent's threshold: ≤ for the first child, > for the second", () => {
    expect(treeConditionText("monetary ≤ 7.9", parent, true, "EUR", locale)).toBe("Total spent ≤ €7.90");
    expect(treeConditionText("monetary > 7.9", parent, false, "EUR", locale)).toBe("Total spent > €7.90");
  });

  it("keeps the engine's words for unitless and category splits", () => {
    expect(
      treeConditionText("frequency ≥ 6", { feature: "frequency", threshold: 5.5 }, false, "EUR", locale),
    ).toBe("Number of orders ≥ 6");
    expect(
      treeConditionText("country is FR", { feature: "country", threshold: null }, true, "EUR", locale),
    ).toBe("Country is FR");
  });

  it("calls the root all customers and leaves a condition without a parent as it is", () => {
    expect(treeConditionText(null, null, true, "EUR", locale)).toBe("All customers");
    expect(treeConditionText("monetary ≤ 7.9", null, true, "EUR", locale)).toBe("monetary ≤ 7.9");
  });
});

describe("axis titles", () => {
  it("name the currency of money ticks; day and count features keep their label", () => {
    expect(featureAxisLabel("monetary", "EUR")).toBe("Total spent, in EUR");
    expect(featureAxisLabel("recency_days", "EUR")).toBe("Days since the last order");
    expect(featureAxisLabel("frequency", "EUR")).toBe("Number of orders");
  });
});
