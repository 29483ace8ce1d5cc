import { wrapText } from "./wrap-text";

describe("wrapText", () => {
  it("keeps short text on one line", () => {
    expect(wrapText("Number of orders ≥ 8", 28, 2)).toEqual(["Number of orders ≥ 8"]);
  });

  it("breaks between words", () => {
    expect(wrapText("Days since the last order ≤ 194.2", 26, 2)).toEqual([
      "Days since the last order",
      "≤ 194.2",
    ]);
  });

  it("ends with an ellipsis when the text needs more lines than allowed", () => {
    expect(wrapText("One-time buyers (high days since last order)", 18, 2)).toEqual([
      "One-time buyers",
      "(high days since…",
    ]);
    expect(wrapText("a b c d", 3, 1)).toEqual(["a…"]);
  });

  it("cuts a word longer than a line", () => {
    expect(wrapText("mean_days_between_orders > 3", 10, 3)).toEqual(["mean_days_", "> 3"]);
  });

  it("gives nothing for empty text", () => {
    expect(wrapText("   ", 10, 2)).toEqual([]);
  });
});
