/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection list). */
const formulaTriggers = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * A cell that a spreadsheet shows as text: a leading formula character gets a `'` in front, so
 * `=HYPERLINK(…)` in a customer name is never evaluated when the owner opens the export.
 */
export function neutraliseCell(value: string): string {
  return value.length > 0 && formulaTriggers.has(value[0]) ? `'${value}` : value;
}

/** RFC 4180 quoting: cells with a comma, quote or line break are quoted, quotes doubled. */
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One CSV line of an export (CRLF, as RFC 4180 and spreadsheets expect). Text cells are neutralised;
 * numbers are written as they are (a negative number we computed is not a formula); null cells are empty.
 */
export function formatCsvRow(cells: ReadonlyArray<string | number | null>): string {
  return `${cells.map((cell) => (typeof cell === "number" ? String(cell) : quoteCell(neutraliseCell(cell ?? "")))).join(",")}\r\n`;
}
