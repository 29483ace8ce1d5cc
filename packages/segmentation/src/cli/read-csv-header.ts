import { SegmentationError } from "../errors";
import { COMMA, CR, LF, QUOTE, readQuotedField } from "./csv-bytes";

/** Parses the header row (after an optional UTF-8 BOM); names are trimmed and must be unique and non-empty. */
export function readCsvHeader(bytes: Buffer): { header: string[]; bodyStart: number } {
  let position = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const header: string[] = [];
  if (position >= bytes.length)
    throw new SegmentationError("INVALID_INPUT", "the CSV file is empty (no header row)");
  for (;;) {
    let name: string;
    if (bytes[position] === QUOTE) {
      const field = readQuotedField(bytes, position, 0);
      name = field.text;
      position = field.next;
    } else {
      let end = position;
      while (end < bytes.length && bytes[end] !== COMMA && bytes[end] !== LF && bytes[end] !== CR) end++;
      name = bytes.toString("utf8", position, end);
      position = end;
    }
    header.push(name.trim());
    if (position < bytes.length && bytes[position] === COMMA) {
      position++;
      continue;
    }
    if (position < bytes.length && bytes[position] === CR) position++;
    if (position < bytes.length && bytes[position] === LF) position++;
    break;
  }
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === "") throw new SegmentationError("INVALID_INPUT", `header column ${index + 1} has no name`);
    if (seen.has(name)) throw new SegmentationError("INVALID_INPUT", `header names column "${name}" twice`);
    seen.add(name);
  });
  return { header, bodyStart: position };
}
