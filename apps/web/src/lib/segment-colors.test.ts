import { everyoneColor, okabeIto, segmentColor, segmentDash } from "./segment-colors";

describe("segmentColor", () => {
  it("gives each of the first seven segments its own Okabe–Ito colour", () => {
    const colours = [0, 1, 2, 3, 4, 5, 6].map(segmentColor);
    expect(new Set(colours).size).toBe(7);
    expect(colours[0]).toBe("#E69F00");
    expect(colours[4]).toBe("#0072B2");
  });

  it("depends only on the cluster index, so a segment has one colour everywhere", () => {
    expect(segmentColor(3)).toBe(segmentColor(3));
    expect(segmentColor(7)).toBe(okabeIto[0]);
    expect(segmentColor(15)).toBe(okabeIto[1]);
  });

  it("falls back to the neutral colour for invalid indices", () => {
    expect(segmentColor(-1)).toBe(everyoneColor);
    expect(segmentColor(1.5)).toBe(everyoneColor);
  });

  it("adds a dash pattern once colours repeat", () => {
    expect(segmentDash(6)).toBeUndefined();
    expect(segmentDash(7)).toBe("6 3");
    expect(segmentDash(14)).toBe("2 2");
  });
});
