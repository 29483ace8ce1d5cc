export type { DenseMatrix } from "./dense-matrix";
export {
  createMatrix,
  matrixFromRows,
  matrixToRows,
  matrixRow,
  matrixColumn,
  selectRows,
} from "./dense-matrix";
