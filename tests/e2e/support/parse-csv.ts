/**
 * Rows of a CSV text as arrays of fields (RFC 4180: quoted fields may hold commas, doubled quotes and
 * line breaks), header included; blank lines are skipped. Enough to check files the product writes.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let rowHasContent = false;
  const endRow = () => {
    if (rowHasContent) rows.push([...row, field]);
    row = [];
    field = "";
    rowHasContent = false;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      inQuotes = true;
      rowHasContent = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
      rowHasContent = true;
    } else if (char === "\n") {
      endRow();
    } else if (char !== "\r") {
      field += char;
      rowHasContent = true;
    }
  }
  endRow();
  return rows;
}
