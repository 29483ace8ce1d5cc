import type { ImportKind } from "@seglens/database";
import {
  decimalsOf,
  fieldCleaningOf,
  isRequiredField,
  parseAttributeNumber,
  cleaningNumberParser,
  type CleaningValueKind,
} from "./import-cleaning-fields";
import { attributePrefix } from "./import-fields";
import type { ImportMapping } from "./import-mapping";
import type { Parsed } from "./parse-cell-values";
import { openImportRows } from "./read-import-rows";
import { padCells } from "./stage-import-file";
import { CategoryCounter, summariseNumbers, type ValueGrid } from "./summarise-column-values";

/** What one mapped column of the file holds; numbers are written as the import would read them. */
export interface ColumnAnalysis {
  column: string;
  field: string;
  kind: CleaningValueKind;
  required: boolean;
  /** NUMBER: decimal places of its values (money 2, counts 0). */
  decimals: number | null;
  /** DATE: every value is a date without a time (medians and fences are whole days). */
  dateOnly: boolean;
  /** Rows with a blank cell. */
  missingRows: number;
  /** NUMBER and DATE: cells the import will refuse (left out of the statistics). */
  invalidRows: number;
  /** Cells that hold a (valid) value. */
  valueCount: number;
  median: string | null;
  lowerQuartile: string | null;
  upperQuartile: string | null;
  lowerFence: string | null;
  upperFence: string | null;
  /** Why a NUMBER or DATE column has no fences. */
  fenceNote: string | null;
  lowOutlierRows: number;
  highOutlierRows: number;
  mostCommon: string | null;
  mostCommonRows: number;
}

export interface ImportColumnsAnalysis {
  /** Data rows of the file (blank rows not counted), as the import counts them. */
  totalRows: number;
  columns: ColumnAnalysis[];
}

const dayMs = 86_400_000;
const dateOnlyShape = /^\d{4}-\d{2}-\d{2}$/;

/** Collects one column's cells during the single pass over the file. */
class ColumnAccumulator {
  missingRows = 0;
  invalidRows = 0;
  valueCount = 0;
  /** NUMBER/DATE values; for attributes as long as every value is a number. */
  numbers: number[] = [];
  categories = new CategoryCounter();
  maxDecimals = 0;
  dateOnly = true;

  private readonly parse: ((value: string) => Parsed<number>) | null;

  constructor(
    readonly column: string,
    readonly index: number,
    readonly field: string,
    /** NUMBER or DATE decided by the field; CATEGORY attributes may still turn out to be numbers. */
    public kind: CleaningValueKind,
    readonly isAttribute: boolean,
    private readonly importKind: ImportKind,
  ) {
    this.parse = kind === "NUMBER" || kind === "DATE" ? cleaningNumberParser(kind, importKind, field) : null;
  }

  add(value: string): void {
    if (value === "") {
      this.missingRows += 1;
      return;
    }
    if (this.parse !== null) {
      const parsed = this.parse(value);
      if ("problem" in parsed) {
        this.invalidRows += 1;
        return;
      }
      this.valueCount += 1;
      this.numbers.push(parsed.value);
      if (this.kind === "NUMBER") this.maxDecimals = Math.max(this.maxDecimals, decimalsOf(value));
      else if (this.dateOnly && !dateOnlyShape.test(value)) this.dateOnly = false;
      return;
    }
    this.valueCount += 1;
    if (this.kind === "CATEGORY") this.categories.add(value);
    if (this.isAttribute && this.numbers.length === this.valueCount - 1) {
      const parsed = parseAttributeNumber(value);
      if ("value" in parsed) {
        this.numbers.push(parsed.value);
        this.maxDecimals = Math.max(this.maxDecimals, Math.min(6, decimalsOf(value)));
      } else this.numbers = [];
    }
  }

  finish(): ColumnAnalysis {
    if (this.isAttribute && this.valueCount > 0 && this.numbers.length === this.valueCount)
      this.kind = "NUMBER";
    const analysis: ColumnAnalysis = {
      column: this.column,
      field: this.field,
      kind: this.kind,
      required: isRequiredField(this.importKind, this.field),
      decimals: null,
      dateOnly: false,
      missingRows: this.missingRows,
      invalidRows: this.invalidRows,
      valueCount: this.valueCount,
      median: null,
      lowerQuartile: null,
      upperQuartile: null,
      lowerFence: null,
      upperFence: null,
      fenceNote: null,
      lowOutlierRows: 0,
      highOutlierRows: 0,
      mostCommon: null,
      mostCommonRows: 0,
    };
    if (this.kind === "CATEGORY") {
      const common = this.categories.mostCommon();
      analysis.mostCommon = common?.value ?? null;
      analysis.mostCommonRows = common?.count ?? 0;
      return analysis;
    }
    if (this.kind !== "NUMBER" && this.kind !== "DATE") return analysis;
    const fieldDecimals = fieldCleaningOf(this.importKind, this.field);
    const decimals = fieldDecimals?.kind === "NUMBER" ? fieldDecimals.decimals : this.maxDecimals;
    const dateOnly = this.kind === "DATE" && this.dateOnly;
    analysis.decimals = this.kind === "NUMBER" ? decimals : null;
    analysis.dateOnly = dateOnly;
    if (this.numbers.length === 0) {
      analysis.fenceNote = "no values: nothing to take a median or fences of";
      return analysis;
    }
    const grid: ValueGrid = {
      scale: this.kind === "NUMBER" ? 10 ** decimals : dateOnly ? 1 / dayMs : 1,
    };
    const sorted = Float64Array.from(this.numbers).sort();
    this.numbers = [];
    const summary = summariseNumbers(sorted, grid);
    const write = (value: number | null) => (value === null ? null : formatCleaningNumber(value, analysis));
    analysis.median = write(summary.median);
    analysis.lowerQuartile = write(summary.lowerQuartile);
    analysis.upperQuartile = write(summary.upperQuartile);
    analysis.lowerFence = write(summary.lowerFence);
    analysis.upperFence = write(summary.upperFence);
    analysis.fenceNote = summary.fenceNote;
    analysis.lowOutlierRows = summary.lowOutliers;
    analysis.highOutlierRows = summary.highOutliers;
    return analysis;
  }
}

/** A NUMBER or DATE as the column's cells write it ("2410.00", "1987-05-12", an ISO time). */
export function formatCleaningNumber(
  value: number,
  { kind, decimals, dateOnly }: Pick<ColumnAnalysis, "kind" | "decimals" | "dateOnly">,
): string {
  if (kind === "DATE") {
    const iso = new Date(value).toISOString();
    return dateOnly ? iso.slice(0, 10) : iso;
  }
  return value.toFixed(decimals ?? 0);
}

/**
 * Reads the whole file once (streamed, one row in memory besides each numeric column's values) and
 * describes every mapped column: missing cells, and per kind the median, quartiles and Tukey fences or the
 * most common value. Rows of the wrong width are left out: the import reports them as errors.
 */
export async function analyseImportColumns({
  filePath,
  kind,
  mapping,
}: {
  filePath: string;
  kind: ImportKind;
  mapping: ImportMapping;
}): Promise<ImportColumnsAnalysis> {
  const source = await openImportRows(filePath);
  const accumulators: ColumnAccumulator[] = [];
  source.columns.forEach((column, index) => {
    const field = mapping[column];
    const cleaning = field ? fieldCleaningOf(kind, field) : null;
    if (!field || !cleaning) return;
    accumulators.push(
      new ColumnAccumulator(column, index, field, cleaning.kind, field.startsWith(attributePrefix), kind),
    );
  });
  let totalRows = 0;
  const width = source.columns.length;
  try {
    for await (const batch of source.rowBatches) {
      for (const row of batch) {
        const cells = source.format === "xlsx" ? padCells(row.cells, width) : row.cells;
        if (cells.every((cell) => cell.trim() === "")) continue;
        totalRows += 1;
        if (cells.length !== width) continue;
        for (const accumulator of accumulators) accumulator.add(cells[accumulator.index].trim());
      }
    }
  } finally {
    source.close();
  }
  return { totalRows, columns: accumulators.map((accumulator) => accumulator.finish()) };
}
