/**
 * Splits text into at most `maxLines` lines of at most `maxChars` characters, breaking between
 * words (a word longer than a line is cut); when the text needs more lines, the last one ends
 * with "…". For SVG, which does not wrap text by itself.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  let truncated = false;
  for (const word of text.split(/\s+/).filter((item) => item.length > 0)) {
    const piece = word.slice(0, maxChars);
    const candidate = current === "" ? piece : `${current} ${piece}`;
    if (candidate.length <= maxChars) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = piece;
    if (lines.length === maxLines) {
      truncated = true;
      current = "";
      break;
    }
  }
  if (current !== "") lines.push(current);
  if (truncated) {
    const last = lines[lines.length - 1];
    lines[lines.length - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  }
  return lines;
}
