// Where each node of a tree goes in a left-to-right drawing: one column per depth, one row per leaf,
// a parent centred on its children. Pure so it can be tested without a browser.

export interface LayoutInput {
  id: number;
  parentId: number | null;
}

export interface TreeLayout {
  /** Top-left corner of each node's box, by node id. */
  positions: Map<number, { x: number; y: number }>;
  /** Parent → child pairs to draw as lines. */
  edges: Array<{ from: number; to: number }>;
  width: number;
  height: number;
}

export interface TreeLayoutOptions {
  boxWidth: number;
  boxHeight: number;
  /** Horizontal gap between columns. */
  columnGap: number;
  /** Vertical gap between leaves. */
  rowGap: number;
}

/** Children are taken in the order the nodes are listed; nodes whose parent is missing are dropped. */
export function layoutTree(nodes: readonly LayoutInput[], options: TreeLayoutOptions): TreeLayout {
  const children = new Map<number, number[]>();
  const ids = new Set(nodes.map((node) => node.id));
  const roots: number[] = [];
  for (const node of nodes) {
    if (node.parentId === null) roots.push(node.id);
    else if (ids.has(node.parentId)) {
      const list = children.get(node.parentId) ?? [];
      list.push(node.id);
      children.set(node.parentId, list);
    }
  }
  const positions = new Map<number, { x: number; y: number }>();
  const edges: Array<{ from: number; to: number }> = [];
  let nextRow = 0;
  let maxDepth = 0;
  const place = (id: number, depth: number): number => {
    maxDepth = Math.max(maxDepth, depth);
    const below = children.get(id) ?? [];
    let y: number;
    if (below.length === 0) {
      y = nextRow * (options.boxHeight + options.rowGap);
      nextRow++;
    } else {
      const ys = below.map((child) => {
        edges.push({ from: id, to: child });
        return place(child, depth + 1);
      });
      y = (ys[0] + ys[ys.length - 1]) / 2;
    }
    positions.set(id, { x: depth * (options.boxWidth + options.columnGap), y });
    return y;
  };
  for (const root of roots) place(root, 0);
  return {
    positions,
    edges,
    width: positions.size === 0 ? 0 : maxDepth * (options.boxWidth + options.columnGap) + options.boxWidth,
    height: nextRow === 0 ? 0 : nextRow * (options.boxHeight + options.rowGap) - options.rowGap,
  };
}
