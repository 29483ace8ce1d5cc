import { categoryPalette, categorySlices, otherCategoryColor } from "./category-pie";
import { okabeIto } from "./segment-colors";

const category = (value: string, segment: number, everyone: number) => ({ value, segment, everyone });

describe("category pie slices", () => {
  it("keeps up to eight categories, each with its own colour in everyone's order", () => {
    const categories = ["A", "B", "C", "D", "E", "F", "G", "H"].map((value) => category(value, 0.125, 0.125));
    const slices = categorySlices(categories);
    expect(slices.map((slice) => slice.value)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(slices.map((slice) => slice.color)).toEqual([...categoryPalette]);
    expect(slices.some((slice) => slice.other)).toBe(false);
  });

  it("sums the smaller categories past the limit as a grey Other slice", () => {
    const categories = [
      category("FR", 0.5, 0.4),
      category("DE", 0.2, 0.3),
      category("IT", 0.2, 0.2),
      category("ES", 0.1, 0.1),
    ];
    const slices = categorySlices(categories, 3);
    expect(slices.map((slice) => slice.value)).toEqual(["FR", "DE", "Other"]);
    expect(slices[2]).toMatchObject({ color: otherCategoryColor, other: true });
    expect(slices[2].segment).toBeCloseTo(0.3, 10);
    expect(slices[2].everyone).toBeCloseTo(0.3, 10);
    expect(slices[0]).toEqual({
      value: "FR",
      segment: 0.5,
      everyone: 0.4,
      color: categoryPalette[0],
      other: false,
    });
  });

  it("gives no slices for no categories", () => {
    expect(categorySlices([])).toEqual([]);
  });

  it("uses colours apart from the segments' so a category never reads as a segment", () => {
    const segmentColours = new Set<string>(okabeIto);
    expect(categoryPalette.some((colour) => segmentColours.has(colour))).toBe(false);
    expect(new Set(categoryPalette).size).toBe(categoryPalette.length);
  });
});
