import type { StagedValue } from "./import-processor";

const specialCharacters = /[\\\t\n\r]/;

function escapeText(text: string): string {
  if (!specialCharacters.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (character) =>
    character === "\\" ? "\\\\" : character === "\t" ? "\\t" : character === "\n" ? "\\n" : "\\r",
  );
}

/** One row in COPY's text format: tab-separated, \N for NULL, backslash escapes for \, tab, CR and LF. */
export function copyTextLine(values: readonly StagedValue[]): string {
  let line = "";
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (index > 0) line += "\t";
    if (value === null) line += "\\N";
    else if (typeof value === "boolean") line += value ? "t" : "f";
    else if (typeof value === "number") line += String(value);
    else line += escapeText(value);
  }
  return `${line}\n`;
}
