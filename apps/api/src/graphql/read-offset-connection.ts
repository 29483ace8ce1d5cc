import { toConnectionPage, type PageWindow } from "./offset-cursor";

/** A Relay connection page; a connection type that shows only `edges` or only `nodes` ignores the other. */
export interface OffsetConnection<Node> {
  nodes: Node[];
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface ReadOffsetConnectionOptions<Row, Node> {
  /** From `pageWindow(first, after)`, taken before any query so bad arguments fail first. */
  window: PageWindow;
  /** The rows at `skip`, at most `take` of them: `take` is one more than the page, to learn whether more follow. */
  readRows: (rows: { skip: number; take: number }) => Promise<Row[]>;
  /** All rows the list holds (every page). */
  countRows: () => Promise<number>;
  toNode: (row: Row) => Node;
}

/** One page of an offset-paginated list: its rows and its count read together, each node with its cursor. */
export async function readOffsetConnection<Row, Node>({
  window,
  readRows,
  countRows,
  toNode,
}: ReadOffsetConnectionOptions<Row, Node>): Promise<OffsetConnection<Node>> {
  const [rows, totalCount] = await Promise.all([
    readRows({ skip: window.skip, take: window.take + 1 }),
    countRows(),
  ]);
  return toOffsetConnection({ rows, window, totalCount, toNode });
}

/** The connection of rows already read at `window` (`take + 1` of them at most) and the list's count. */
export function toOffsetConnection<Row, Node>({
  rows,
  window,
  totalCount,
  toNode,
}: {
  rows: Row[];
  window: PageWindow;
  totalCount: number;
  toNode: (row: Row) => Node;
}): OffsetConnection<Node> {
  const page = toConnectionPage(rows, window);
  const nodes = page.nodes.map((row) => toNode(row));
  return {
    nodes,
    edges: nodes.map((node, index) => ({ cursor: page.cursors[index], node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount,
  };
}
