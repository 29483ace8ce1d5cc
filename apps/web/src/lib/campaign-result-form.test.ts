import {
  canRecordResults,
  toResultInput,
  validateResultForm,
  type ResultFormValues,
} from "./campaign-result-form";

const valid: ResultFormValues = { segmentId: "s1", reach: "300", conversions: "15", revenue: "1800.50" };

describe("the record-results form", () => {
  it("accepts whole counts with conversions up to the reach and a revenue of 0 or more", () => {
    expect(validateResultForm(valid)).toEqual({});
    expect(validateResultForm({ ...valid, reach: "0", conversions: "0", revenue: "0" })).toEqual({});
    expect(toResultInput("c1", valid)).toEqual({
      campaignId: "c1",
      segmentId: "s1",
      reach: 300,
      conversions: 15,
      revenue: 1800.5,
    });
    expect(toResultInput("c1", { ...valid, segmentId: "" }).segmentId).toBeNull();
  });

  it("names each impossible figure", () => {
    expect(validateResultForm({ ...valid, conversions: "301" })).toEqual({
      conversions: "Conversions (301) cannot be more than the customers reached (300).",
    });
    expect(validateResultForm({ ...valid, revenue: "-5" })).toEqual({
      revenue: "Revenue must be an amount of 0 or more.",
    });
    expect(validateResultForm({ segmentId: "", reach: "", conversions: "1.5", revenue: "abc" })).toEqual({
      reach: "Customers reached must be a whole number from 0 to 1,000,000,000.",
      conversions: "Conversions must be a whole number of 0 or more.",
      revenue: "Revenue must be an amount of 0 or more.",
    });
    expect(validateResultForm({ ...valid, reach: "-1" }).reach).toBeDefined();
    expect(validateResultForm({ ...valid, reach: "1000000001" }).reach).toBeDefined();
  });

  it("is offered only once a campaign has started", () => {
    expect(["DRAFT", "SCHEDULED"].map(canRecordResults)).toEqual([false, false]);
    expect(["RUNNING", "PAUSED", "COMPLETED", "CANCELLED"].map(canRecordResults)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
