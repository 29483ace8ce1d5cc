/** RFC 4180 field: quoted only when it holds a comma, quote or line break; quotes are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (with its "\n"). Written by hand because csv-stringify is ~3× slower on millions of rows. */
export function csvLine(fields: readonly string[]): string {
  let line = csvField(fields[0] ?? "");
  for (let i = 1; i < fields.length; i++) line += "," + csvField(fields[i]);
  return line + "\n";
}

/** 1234 → "12.34": money stays in integer cents until it is written. */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? "0" : ""}${rest}`;
}
