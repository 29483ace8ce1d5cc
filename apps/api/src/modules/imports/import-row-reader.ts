import { attributePrefix } from "./import-fields";
import type { ImportMapping } from "./import-mapping";
import type { Parsed } from "./parse-cell-values";

export interface RowIssue {
  column: string | null;
  message: string;
}

/**
 * Reads mapped fields out of one row's cells and collects what is wrong with them, so a validator reports
 * every problem of a row at once, each with the source column it came from.
 */
export class ImportRowReader {
  readonly issues: RowIssue[] = [];
  private cells: string[] = [];
  private readonly fieldIndex = new Map<string, { index: number; column: string }>();
  readonly attributeColumns: { name: string; index: number }[] = [];

  constructor(
    readonly columns: string[],
    mapping: ImportMapping,
  ) {
    columns.forEach((column, index) => {
      const field = mapping[column];
      if (!field) return;
      if (field.startsWith(attributePrefix))
        this.attributeColumns.push({ name: field.slice(attributePrefix.length), index });
      else this.fieldIndex.set(field, { index, column });
    });
  }

  /** Starts a new row; false (with an issue) when its width differs from the header's. */
  begin(cells: string[]): boolean {
    this.issues.length = 0;
    this.cells = cells;
    if (cells.length !== this.columns.length) {
      this.issues.push({
        column: null,
        message: `The row has ${cells.length} values but the header has ${this.columns.length} columns.`,
      });
      return false;
    }
    return true;
  }

  has(field: string): boolean {
    return this.fieldIndex.has(field);
  }

  columnOf(field: string): string | null {
    return this.fieldIndex.get(field)?.column ?? null;
  }

  /** Trimmed text of a field; "" when blank or not mapped. */
  text(field: string): string {
    const slot = this.fieldIndex.get(field);
    return slot ? (this.cells[slot.index] ?? "").trim() : "";
  }

  required(field: string, label = field): string | null {
    const value = this.text(field);
    if (value === "") {
      this.problem(field, `${label} is required`);
      return null;
    }
    return value;
  }

  optionalText(field: string, maxLength = 500): string | null {
    const value = this.text(field);
    if (value === "") return null;
    if (value.length > maxLength) {
      this.problem(field, `is longer than ${maxLength} characters`);
      return null;
    }
    return value;
  }

  /** Applies a parser to a non-blank field; null for blank or wrong values (the latter recorded). */
  parse<T>(field: string, parser: (text: string) => Parsed<T>): T | null {
    const value = this.text(field);
    if (value === "") return null;
    const parsed = parser(value);
    if ("problem" in parsed) {
      this.problem(field, parsed.problem);
      return null;
    }
    return parsed.value;
  }

  problem(field: string | null, message: string): void {
    this.issues.push({ column: field === null ? null : this.columnOf(field), message });
  }

  cell(index: number): string {
    return (this.cells[index] ?? "").trim();
  }
}
