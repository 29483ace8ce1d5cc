import { SegmentationError } from "../errors";
import { LINKAGES, type Linkage } from "./linkage";

/**
 * One merge of the dendrogram, scipy's linkage-matrix convention: leaves are 0..n-1 and merge i
 * creates node n + i; left < right; merges are in non-decreasing distance order.
 */
export interface Merge {
  left: number;
  right: number;
  distance: number;
  /** Leaves (points) under the new node; total weight when the leaves were weighted micro-clusters. */
  size: number;
}

export interface DendrogramJSON {
  kind: "dendrogram";
  linkage: Linkage;
  leaves: number;
  merges: Merge[];
}

/** The result of agglomerative clustering: what a UI draws and what `cutTree` cuts. */
export class Dendrogram {
  constructor(
    readonly linkage: Linkage,
    readonly leaves: number,
    readonly merges: readonly Merge[],
  ) {
    if (merges.length !== Math.max(0, leaves - 1)) {
      throw new SegmentationError(
        "INVALID_MODEL",
        `a dendrogram of ${leaves} leaves needs ${leaves - 1} merges, got ${merges.length}`,
      );
    }
  }

  /**
   * Flat clusters from undoing the last k − 1 merges. Labels 0..k-1 are numbered in order of each
   * cluster's lowest leaf index, so they do not depend on merge order details.
   */
  cutTree(k: number): Int32Array {
    const n = this.leaves;
    if (!Number.isInteger(k) || k < 1 || k > n) {
      throw new SegmentationError("INVALID_OPTION", `cannot cut a tree of ${n} leaves into ${k} clusters`);
    }
    const parent = new Int32Array(2 * n - 1);
    for (let i = 0; i < parent.length; i++) parent[i] = i;
    const find = (x: number): number => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    };
    for (let m = 0; m < n - k; m++) {
      const node = n + m;
      parent[find(this.merges[m].left)] = node;
      parent[find(this.merges[m].right)] = node;
    }
    const labels = new Int32Array(n);
    const labelOfRoot = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const root = find(i);
      let label = labelOfRoot.get(root);
      if (label === undefined) {
        label = labelOfRoot.size;
        labelOfRoot.set(root, label);
      }
      labels[i] = label;
    }
    return labels;
  }

  /** Leaves in the left-to-right order of the drawn tree (depth-first, left child first). */
  leafOrder(): number[] {
    const n = this.leaves;
    if (n === 0) return [];
    const order: number[] = [];
    const stack = [n === 1 ? 0 : 2 * n - 2];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (node < n) {
        order.push(node);
      } else {
        const merge = this.merges[node - n];
        stack.push(merge.right, merge.left);
      }
    }
    return order;
  }

  toJSON(): DendrogramJSON {
    return {
      kind: "dendrogram",
      linkage: this.linkage,
      leaves: this.leaves,
      merges: this.merges.map((m) => ({ ...m })),
    };
  }

  static fromJSON(json: DendrogramJSON): Dendrogram {
    if (json?.kind !== "dendrogram" || !LINKAGES.includes(json.linkage) || !Array.isArray(json.merges)) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised dendrogram");
    }
    return new Dendrogram(
      json.linkage,
      json.leaves,
      json.merges.map((m) => ({ ...m })),
    );
  }
}
