/**
 * One CSV line (RFC 4180 quoting). A cell a spreadsheet would read as a formula (starting with
 * = + - @ tab or CR) gets a leading apostrophe, so an exported name like "=HYPERLINK(…)" stays text.
 */
export function formatMemberCsvRow(cells: ReadonlyArray<string | number | null>): string {
  return `${cells.map(formatCell).join(",")}\r\n`;
}

function formatCell(cell: string | number | null): string {
  if (cell === null) return "";
  let text = String(cell);
  if (typeof cell === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
