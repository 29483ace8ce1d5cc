import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SegmentationError } from "../errors";
import { main } from "./main";
import { parseRulesArguments, runRulesCommand } from "./rules-command";

const dir = mkdtempSync(path.join(tmpdir(), "segment-rules-"));
const input = path.join(dir, "lines.csv");
writeFileSync(
  input,
  [
    "order_id,product,qty",
    "t1,bread,1",
    "t1,milk,2",
    "t2,bread,1",
    "t2,diaper,1",
    "t2,beer,6",
    "t2,eggs,12",
    "t3,milk,1",
    "t3,diaper,1",
    "t3,beer,6",
    "t3,cola,1",
    "t4,bread,1",
    "t4,milk,1",
    "t4,diaper,1",
    "t4,beer,1",
    "t5,bread,1",
    "t5,milk,1",
    "t5,diaper,1",
    "t5,cola,2",
  ].join("\n"),
);

interface RulesOutput {
  transactions: number;
  itemsets: Array<{ items: string[]; count: number; support: number }>;
  rules: Array<{
    antecedent: string[];
    consequent: string[];
    support: number;
    confidence: number;
    lift: number;
  }>;
}

describe("segment rules", () => {
  it("writes itemsets and rules with item names", async () => {
    const out = path.join(dir, "rules.json");
    await runRulesCommand([
      "--input",
      input,
      "--transaction",
      "order_id",
      "--item",
      "product",
      "--min-support",
      "0.6",
      "--min-confidence",
      "0.9",
      "--out",
      out,
    ]);
    const result = JSON.parse(readFileSync(out, "utf8")) as RulesOutput;
    expect(result.transactions).toBe(5);
    expect(result.itemsets.map((set) => `${set.items.join("+")}:${set.count}`)).toEqual([
      "bread:4",
      "milk:4",
      "diaper:4",
      "beer:3",
      "bread+milk:3",
      "bread+diaper:3",
      "milk+diaper:3",
      "diaper+beer:3",
    ]);
    expect(result.rules).toEqual([
      {
        antecedent: ["beer"],
        consequent: ["diaper"],
        count: 3,
        support: 0.6,
        confidence: 1,
        lift: 1.25,
        leverage: expect.closeTo(0.12, 12),
      },
    ]);
  });

  it("parses defaults and rejects bad arguments", () => {
    expect(parseRulesArguments(["--input", "f", "--transaction", "t", "--item", "i"])).toEqual({
      input: "f",
      transaction: "t",
      item: "i",
      minSupport: 0.01,
      minConfidence: 0.5,
      maxLength: 4,
      out: undefined,
    });
    expect(() => parseRulesArguments(["--input", "f", "--item", "i"])).toThrow(/--transaction is required/);
    expect(() =>
      parseRulesArguments(["--input", "f", "--transaction", "t", "--item", "i", "--min-support", "lots"]),
    ).toThrow(/--min-support must be a number/);
    expect(() => parseRulesArguments(["--colour", "red"])).toThrow(SegmentationError);
  });

  it("fails with one clear line on bad files and options", async () => {
    const run = (args: string[]) => runRulesCommand(args);
    const base = ["--transaction", "order_id", "--item", "product"];
    await expect(run(["--input", path.join(dir, "missing.csv"), ...base])).rejects.toThrow(
      /input file not found/,
    );
    await expect(run(["--input", input, "--transaction", "order", "--item", "product"])).rejects.toThrow(
      'column "order" not found; columns: order_id, product, qty',
    );
    await expect(run(["--input", input, ...base, "--min-support", "2"])).rejects.toThrow(
      /minSupport must be in \(0, 1\]/,
    );
    const ragged = path.join(dir, "ragged.csv");
    writeFileSync(ragged, "order_id,product\nt1,bread\nt2,\n");
    await expect(run(["--input", ragged, ...base])).rejects.toThrow("row 3 has an empty product");
  });

  it("is wired into main with a one-line error and exit code 1", async () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      await main(["rules", "--input", path.join(dir, "nope.csv"), "--transaction", "a", "--item", "b"]);
    } finally {
      spy.mockRestore();
    }
    expect(writes.join("")).toBe(`segment rules: input file not found: ${path.join(dir, "nope.csv")}\n`);
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
  });
});
