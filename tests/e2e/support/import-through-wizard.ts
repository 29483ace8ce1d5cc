import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { parseCsv } from "./parse-csv";
import { repositoryRoot } from "./start-dashboard-stack";

export interface WizardSummary {
  created: number;
  updated: number;
  skipped: number;
  rowsRead: number;
  /** The file's columns as the preview showed them, each with the field it is mapped to ("" = ignore). */
  mapping: Record<string, string>;
  /** The first preview row, cell by cell. */
  firstPreviewRow: string[];
  /** Per cleaned column: what the cleaning step said it would change, and what the summary said it changed. */
  cleaning: Record<string, { expected: ExpectedCleaning; shown: string[]; result: string }>;
}

/** A cleaning choice for a NUMBER column of the file (the wizard's select values). */
export interface NumberCleaning {
  missing: "LEAVE" | "FILL_MEDIAN" | "SKIP_ROWS";
  outliers: "KEEP" | "CAP" | "SKIP_ROWS";
  /** Decimal places the API keeps for the field (money 2). */
  decimals: number;
}

/** What the choice changes, worked out from the file the way the API documents it (Tukey fences at 3 × IQR). */
export interface ExpectedCleaning {
  missing: number;
  median: number;
  lowOutliers: number;
  highOutliers: number;
  /** Null when the quartiles are equal or there are fewer than 4 values (no fences). */
  fences: { lower: number; upper: number } | null;
}

/**
 * Every run exercises a cleaning choice: customers files get their missing incomes filled with the median
 * and the outliers capped (rows are neither added nor left out, so the callers' counts stay those of the file).
 */
const defaultCleaning: Record<string, Record<string, NumberCleaning>> = {
  customers: { income: { missing: "FILL_MEDIAN", outliers: "CAP", decimals: 2 } },
};

const number = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

/** Type 7 quantile (linear interpolation, NumPy's default) of sorted values. */
function quantile(sorted: number[], probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/** The counts a NUMBER column's cleaning works on, from the CSV's own cells. */
export function expectedNumberCleaning(file: string, column: string, decimals: number): ExpectedCleaning {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  const index = header.indexOf(column);
  if (index === -1) throw new Error(`${file} has no column ${column}`);
  const cells = rows.map((row) => (row[index] ?? "").trim());
  const scale = 10 ** decimals;
  const values = cells
    .filter((cell) => cell !== "")
    .map((cell) => Math.round(Number(cell) * scale) / scale)
    .sort((a, b) => a - b);
  const lowerQuartile = quantile(values, 0.25);
  const upperQuartile = quantile(values, 0.75);
  const spread = upperQuartile - lowerQuartile;
  const fences =
    values.length >= 4 && spread > 0
      ? {
          lower: Math.ceil((lowerQuartile - 3 * spread) * scale - 1e-6) / scale,
          upper: Math.floor((upperQuartile + 3 * spread) * scale + 1e-6) / scale,
        }
      : null;
  return {
    missing: cells.length - values.length,
    median: Math.round(quantile(values, 0.5) * scale) / scale,
    lowOutliers: fences ? values.filter((value) => value < fences.lower).length : 0,
    highOutliers: fences ? values.filter((value) => value > fences.upper).length : 0,
    fences,
  };
}

function check(what: string, shown: number, expected: number): void {
  if (shown !== expected)
    throw new Error(`the import wizard shows ${shown} for ${what}; the file gives ${expected}`);
}

/**
 * Drives the import wizard from its first screen: kind and file → upload → preview and mapping
 * (optionally changing columns first) → cleaning choices (checking what the step says against the file)
 * → validate and import → summary. Returns what the page showed.
 */
export async function importThroughWizard(
  page: Page,
  {
    kind,
    file,
    remap = {},
    cleaning = defaultCleaning[kind] ?? {},
    timeoutMs = 120_000,
  }: {
    kind: "customers" | "orders" | "events";
    file: string;
    remap?: Record<string, string>;
    cleaning?: Record<string, NumberCleaning>;
    timeoutMs?: number;
  },
): Promise<WizardSummary> {
  await page.getByTestId("import-upload-form").waitFor();
  await page.getByTestId(`import-kind-${kind}`).check();
  await page.getByTestId("import-file").setInputFiles(file);
  await page.getByTestId("import-upload").click();

  const preview = page.getByTestId("import-preview");
  await preview.waitFor();
  for (const [column, field] of Object.entries(remap)) {
    await preview.getByLabel(`Field for column ${column}`, { exact: true }).selectOption(field);
  }
  const selects = preview.locator("thead select");
  const mapping: Record<string, string> = {};
  for (let index = 0; index < (await selects.count()); index += 1) {
    const select = selects.nth(index);
    const label = (await select.getAttribute("aria-label")) ?? "";
    mapping[label.replace(/^Field for column /, "")] = await select.inputValue();
  }
  const firstPreviewRow = await preview.locator("tbody tr").first().locator("td").allInnerTexts();
  await page.getByTestId("import-mapping-next").click();

  const step = page.getByTestId("import-cleaning");
  await step.waitFor({ timeout: timeoutMs });
  const checked: WizardSummary["cleaning"] = {};
  for (const [column, choice] of Object.entries(cleaning)) {
    const expected = expectedNumberCleaning(file, column, choice.decimals);
    await step.getByLabel(`Empty cells of ${column}`, { exact: true }).selectOption(choice.missing);
    if (expected.fences)
      await step.getByLabel(`Outliers of ${column}`, { exact: true }).selectOption(choice.outliers);
    const shown = await step.getByTestId(`cleaning-effect-${column}`).locator("div").allInnerTexts();
    const line = (pattern: RegExp) => shown.find((text) => pattern.test(text));
    const missingLine = line(/ no /);
    check(`rows without ${column}`, missingLine ? number(missingLine.split(" ")[0]) : 0, expected.missing);
    if (choice.missing === "FILL_MEDIAN" && missingLine)
      check(
        `the median of ${column}`,
        number(/filled with (\S+) \(median\)/.exec(missingLine)?.[1] ?? ""),
        expected.median,
      );
    const above = line(/ above /);
    check(`${column} above the upper fence`, above ? number(above.split(" ")[0]) : 0, expected.highOutliers);
    if (above && expected.fences)
      check(
        `the upper fence of ${column}`,
        number(/ above (\S+) →/.exec(above)?.[1] ?? ""),
        expected.fences.upper,
      );
    const below = line(/ below /);
    check(`${column} below the lower fence`, below ? number(below.split(" ")[0]) : 0, expected.lowOutliers);
    checked[column] = { expected, shown, result: "" };
  }
  if (Object.keys(cleaning).length > 0)
    await page.screenshot({
      path: path.join(repositoryRoot, "test-artifacts", "screenshots", `03a-import-cleaning-${kind}.png`),
      fullPage: true,
    });

  await page.getByTestId("import-start").click();
  const summary = page.getByTestId("import-summary");
  await summary.waitFor({ timeout: timeoutMs });
  const [created, updated, skipped, rowsRead] = (await summary.locator(".stat").allInnerTexts()).map(number);
  for (const [column, choice] of Object.entries(cleaning)) {
    const { expected } = checked[column];
    const result = await page.getByTestId(`cleaning-result-${column}`).innerText();
    const count = (word: string) => number(new RegExp(`([\\d,]+) ${word}`).exec(result)?.[1] ?? "0");
    check(
      `${column} cells filled`,
      count("empty filled"),
      choice.missing === "FILL_MEDIAN" ? expected.missing : 0,
    );
    check(
      `${column} values capped`,
      count("capped"),
      choice.outliers === "CAP" ? expected.lowOutliers + expected.highOutliers : 0,
    );
    checked[column].result = result;
  }
  return { created, updated, skipped, rowsRead, mapping, firstPreviewRow, cleaning: checked };
}
