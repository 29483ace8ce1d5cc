import { formatBenchmarkTable, formatBenchmarkValue } from "./format-benchmark-table";

describe("formatBenchmarkTable", () => {
  it("prints one markdown row per benchmark with readable numbers", () => {
    const table = formatBenchmarkTable([
      {
        name: "Iris k=3",
        metric: "inertia",
        ours: 139.82049635974974,
        reference: 139.8204963597499,
        target: "rel. diff ≤ 1e-6",
        met: true,
      },
      { name: "a | b", metric: "seconds", ours: 3, reference: "n/a", target: "≤ 0.5×", met: false },
    ]);
    expect(table.split("\n")).toEqual([
      "| benchmark | metric | ours | scikit-learn / reference | target | met |",
      "| --- | --- | ---: | ---: | --- | :---: |",
      "| Iris k=3 | inertia | 139.8205 | 139.8205 | rel. diff ≤ 1e-6 | yes |",
      "| a \\| b | seconds | 3 | n/a | ≤ 0.5× | **no** |",
      "",
    ]);
  });

  it("keeps small numbers in exponent form and integers whole", () => {
    expect(formatBenchmarkValue(1.23456789e-9)).toBe("1.234568e-9");
    expect(formatBenchmarkValue(1000000)).toBe("1000000");
    expect(formatBenchmarkValue(NaN)).toBe("NaN");
  });
});
