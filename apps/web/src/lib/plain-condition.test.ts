import { conditionFeature, featureLabel, plainCondition, plainRule } from "./plain-condition";

describe("plain conditions", () => {
  it("names known features by their label and others in words", () => {
    expect(featureLabel("recency_days")).toBe("Days since the last order");
    expect(featureLabel("acquisition_channel")).toBe("Acquisition channel");
  });

  it("replaces the technical name in a condition, wherever it stands", () => {
    expect(plainCondition("recency_days", "recency_days ≤ 30")).toBe("Days since the last order ≤ 30");
    expect(plainCondition("frequency", "3 ≤ frequency ≤ 7")).toBe("3 ≤ Number of orders ≤ 7");
    expect(plainCondition("country", "country is not FR")).toBe("Country is not FR");
  });

  it("leaves a longer name that merely contains the feature alone", () => {
    expect(plainCondition("views", "product_views > 2.5")).toBe("product_views > 2.5");
    expect(plainCondition("clicks", "email_clicks ≥ 3")).toBe("email_clicks ≥ 3");
  });

  it("finds which feature a condition is about", () => {
    expect(conditionFeature("monetary > 1,250", ["frequency", "monetary"])).toBe("monetary");
    expect(conditionFeature("every customer", ["frequency"])).toBeNull();
  });
});

describe("plain rules", () => {
  it("puts every catalog feature of a rule in words", () => {
    expect(plainRule("frequency ≤ 7 and monetary > 6.4 and tenure_days > 314.8")).toBe(
      "Number of orders ≤ 7 and Total spent > 6.4 and Days since sign-up > 314.8",
    );
    expect(plainRule("country is FR")).toBe("country is FR");
  });
});
