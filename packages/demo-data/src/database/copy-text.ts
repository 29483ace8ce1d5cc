/** One value of a COPY row; null is SQL NULL. */
export type CopyValue = string | number | boolean | null;

const SPECIAL = /[\\\t\n\r]/;

/**
 * A value in PostgreSQL's COPY text format: backslash, tab, newline and carriage return are
 * backslash-escaped (they would otherwise end the column or the row) and NULL is `\N`.
 */
export function copyTextValue(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** One COPY text line (with its "\n"). */
export function copyTextLine(values: readonly CopyValue[]): string {
  let line = copyTextValue(values[0] ?? null);
  for (let i = 1; i < values.length; i++) line += "\t" + copyTextValue(values[i]);
  return line + "\n";
}
