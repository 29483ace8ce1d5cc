import { SegmentationError } from "../errors";

/**
 * The one numeric table type of the package: row-major Float64Array, `rows` × `cols`.
 * Value of row i, column j: data[i * cols + j].
 */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function createMatrix(rows: number, cols: number): DenseMatrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** Builds a matrix from arrays of numbers; every row must have the same length and finite values. */
export function matrixFromRows(values: ArrayLike<ArrayLike<number>>): DenseMatrix {
  const rows = values.length;
  const cols = rows === 0 ? 0 : values[0].length;
  const matrix = createMatrix(rows, cols);
  for (let i = 0; i < rows; i++) {
    const row = values[i];
    if (row.length !== cols) {
      throw new SegmentationError("INVALID_INPUT", `row ${i} has ${row.length} values, expected ${cols}`);
    }
    for (let j = 0; j < cols; j++) {
      const value = row[j];
      if (!Number.isFinite(value)) {
        throw new SegmentationError("NON_NUMERIC_VALUE", `row ${i}, column ${j} is not a finite number`);
      }
      matrix.data[i * cols + j] = value;
    }
  }
  return matrix;
}

export function matrixToRows(matrix: DenseMatrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < matrix.rows; i++) {
    out.push(Array.from(matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols)));
  }
  return out;
}

/** A view (no copy) of row i. */
export function matrixRow(matrix: DenseMatrix, i: number): Float64Array {
  return matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols);
}

/** A copy of column j. */
export function matrixColumn(matrix: DenseMatrix, j: number): Float64Array {
  const out = new Float64Array(matrix.rows);
  for (let i = 0; i < matrix.rows; i++) out[i] = matrix.data[i * matrix.cols + j];
  return out;
}

/** A new matrix holding the given rows, in the given order. */
export function selectRows(matrix: DenseMatrix, indices: ArrayLike<number>): DenseMatrix {
  const out = createMatrix(indices.length, matrix.cols);
  for (let r = 0; r < indices.length; r++) {
    out.data.set(matrixRow(matrix, indices[r]), r * matrix.cols);
  }
  return out;
}
