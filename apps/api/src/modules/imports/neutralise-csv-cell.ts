/**
 * Spreadsheet apps run cells starting with = + - @ (or a tab / carriage return before one) as formulas:
 * a quote in front makes them text, so a hostile value in an uploaded file cannot run in the owner's Excel.
 */
export function neutraliseCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
