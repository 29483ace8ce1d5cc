import type { Page } from "playwright-core";

export interface WizardSummary {
  created: number;
  updated: number;
  skipped: number;
  rowsRead: number;
  /** The file's columns as the preview showed them, each with the field it is mapped to ("" = ignore). */
  mapping: Record<string, string>;
  /** The first preview row, cell by cell. */
  firstPreviewRow: string[];
}

const number = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

/**
 * Drives the import wizard from its first screen: kind and file → upload → preview and mapping
 * (optionally changing columns first) → validate and import → summary. Returns what the page showed.
 */
export async function importThroughWizard(
  page: Page,
  {
    kind,
    file,
    remap = {},
    timeoutMs = 120_000,
  }: {
    kind: "customers" | "orders" | "events";
    file: string;
    remap?: Record<string, string>;
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

  await page.getByTestId("import-start").click();
  const summary = page.getByTestId("import-summary");
  await summary.waitFor({ timeout: timeoutMs });
  const [created, updated, skipped, rowsRead] = (await summary.locator(".stat").allInnerTexts()).map(number);
  return { created, updated, skipped, rowsRead, mapping, firstPreviewRow };
}
