import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { SegmentationError } from "../errors";
import { associationRules, buildBaskets, eclat } from "../rules";

const usage =
  "segment rules --input F --transaction COL --item COL [--min-support s] [--min-confidence c] [--max-length n] [--out F]";

interface RulesArguments {
  input: string;
  transaction: string;
  item: string;
  minSupport: number;
  minConfidence: number;
  maxLength: number;
  out?: string;
}

/**
 * `segment rules`: frequent itemsets and association rules from a long-format CSV (one row per
 * transaction × item). Writes JSON with item names; to --out when given, else to stdout.
 */
export async function runRulesCommand(args: string[]): Promise<void> {
  const options = parseRulesArguments(args);
  if (!existsSync(options.input))
    throw new SegmentationError("INVALID_INPUT", `input file not found: ${options.input}`);
  const { transactions, items } = readPairs(readFileSync(options.input, "utf8"), options);
  const { baskets, dictionary } = buildBaskets(transactions, items);
  const basketCount = baskets.offsets.length - 1;
  const itemsets = eclat(baskets, { minSupport: options.minSupport, maxLength: options.maxLength });
  const rules = associationRules(itemsets, basketCount, { minConfidence: options.minConfidence });
  const result = {
    transactions: basketCount,
    items: dictionary.size,
    options: {
      minSupport: options.minSupport,
      minConfidence: options.minConfidence,
      maxLength: options.maxLength,
    },
    itemsets: itemsets.map((set) => ({
      items: dictionary.namesOf(set.items),
      count: set.count,
      support: set.support,
    })),
    rules: rules.map((rule) => ({
      antecedent: dictionary.namesOf(rule.antecedent),
      consequent: dictionary.namesOf(rule.consequent),
      count: rule.count,
      support: rule.support,
      confidence: rule.confidence,
      lift: rule.lift,
      leverage: rule.leverage,
    })),
  };
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, json);
  else process.stdout.write(json);
}

export function parseRulesArguments(args: string[]): RulesArguments {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i];
    const value = args[i + 1];
    const known = [
      "--input",
      "--transaction",
      "--item",
      "--min-support",
      "--min-confidence",
      "--max-length",
      "--out",
    ];
    if (!known.includes(flag))
      throw new SegmentationError("INVALID_OPTION", `unknown option "${flag}"; usage: ${usage}`);
    if (value === undefined || value.startsWith("--"))
      throw new SegmentationError("INVALID_OPTION", `${flag} needs a value`);
    values.set(flag, value);
  }
  const required = (flag: string): string => {
    const value = values.get(flag);
    if (value === undefined)
      throw new SegmentationError("INVALID_OPTION", `${flag} is required; usage: ${usage}`);
    return value;
  };
  const number = (flag: string, fallback: number): number => {
    const text = values.get(flag);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) {
      throw new SegmentationError("INVALID_OPTION", `${flag} must be a number, got "${text}"`);
    }
    return value;
  };
  return {
    input: required("--input"),
    transaction: required("--transaction"),
    item: required("--item"),
    minSupport: number("--min-support", 0.01),
    minConfidence: number("--min-confidence", 0.5),
    maxLength: number("--max-length", 4),
    out: values.get("--out"),
  };
}

function readPairs(text: string, options: RulesArguments): { transactions: string[]; items: string[] } {
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `cannot parse ${options.input}: ${(error as Error).message}`,
    );
  }
  const [header, ...body] = rows;
  if (!header) throw new SegmentationError("INVALID_INPUT", `${options.input} is empty`);
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `column "${name}" not found; columns: ${header.join(", ")}`,
      );
    }
    return index;
  };
  const t = column(options.transaction);
  const i = column(options.item);
  if (body.length === 0) throw new SegmentationError("TOO_FEW_ROWS", `${options.input} has no data rows`);
  const transactions: string[] = [];
  const items: string[] = [];
  body.forEach((row, r) => {
    const transaction = row[t] ?? "";
    const item = row[i] ?? "";
    if (transaction === "" || item === "") {
      throw new SegmentationError(
        "INVALID_INPUT",
        `row ${r + 2} has an empty ${transaction === "" ? options.transaction : options.item}`,
      );
    }
    transactions.push(transaction);
    items.push(item);
  });
  return { transactions, items };
}
