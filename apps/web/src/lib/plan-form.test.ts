import { planFromSuggestion, toPlanInput, validatePlanForm, type PlanFormValues } from "./plan-form";

const valid: PlanFormValues = {
  objective: "Win back lapsed buyers",
  kpi: "reactivation rate",
  kpiTarget: "0.15",
  channels: ["EMAIL"],
  offer: "15 % off",
  message: "We miss you",
  budget: "300",
  startDate: "2025-01-01",
  endDate: "2025-02-01",
  status: "DRAFT",
};

describe("validatePlanForm", () => {
  it("accepts a complete plan", () => {
    expect(validatePlanForm(valid)).toEqual({});
  });

  it("names each problem on its field", () => {
    const errors = validatePlanForm({
      ...valid,
      objective: " ",
      kpiTarget: "abc",
      budget: "-5",
      channels: [],
      endDate: "2024-12-31",
    });
    expect(Object.keys(errors).sort()).toEqual(["budget", "channels", "endDate", "kpiTarget", "objective"]);
    expect(errors.endDate).toMatch(/before the start/);
  });
});

describe("toPlanInput and planFromSuggestion", () => {
  it("converts text fields to the API's numbers and nulls", () => {
    expect(toPlanInput({ ...valid, startDate: "", endDate: "" })).toMatchObject({
      kpiTarget: 0.15,
      budget: 300,
      startDate: null,
      endDate: null,
      channels: ["EMAIL"],
    });
  });

  it("pre-fills from a suggestion, drops unknown channels and ends after the suggested weeks", () => {
    const values = planFromSuggestion(
      {
        objective: "Keep them",
        kpi: "repeat rate",
        kpiTarget: null,
        channels: ["EMAIL", "CARRIER_PIGEON", "SMS"],
        offer: "gift",
        message: "hi",
        durationWeeks: 4,
      },
      "2025-01-30",
    );
    expect(values.channels).toEqual(["EMAIL", "SMS"]);
    expect(values.kpiTarget).toBe("");
    expect(values.endDate).toBe("2025-02-27");
    expect(validatePlanForm(values).kpiTarget).toBeDefined();
  });
});
