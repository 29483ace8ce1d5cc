import { SegmentationError } from "../errors";

export const COMMA = 44;
export const QUOTE = 34;
export const LF = 10;
export const CR = 13;

/**
 * Reads a quoted field starting at the opening quote; "" inside stands for one quote.
 * Returns the text and the position just after the closing quote.
 */
export function readQuotedField(bytes: Buffer, start: number, row: number): { text: string; next: number } {
  let text = "";
  let chunkStart = start + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, chunkStart);
    if (quote === -1)
      throw new SegmentationError("INVALID_INPUT", `row ${row}: a quoted field is never closed`);
    if (bytes[quote + 1] === QUOTE) {
      text += bytes.toString("utf8", chunkStart, quote + 1);
      chunkStart = quote + 2;
      continue;
    }
    text += bytes.toString("utf8", chunkStart, quote);
    const next = quote + 1;
    if (next < bytes.length && bytes[next] !== COMMA && bytes[next] !== LF && bytes[next] !== CR) {
      throw new SegmentationError("INVALID_INPUT", `row ${row}: unexpected text after a closing quote`);
    }
    return { text, next };
  }
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number (surrounding spaces allowed), NaN for anything else; "" is reported as empty by callers. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
}
