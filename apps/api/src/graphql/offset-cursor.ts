import { AppError } from "../errors/app-error";

/** Largest page a connection returns: bigger pages are refused, not silently truncated. */
export const maxPageSize = 100;

export interface PageWindow {
  skip: number;
  take: number;
}

/**
 * Cursors are opaque to clients; inside they are the position after an item. Offsets (not keysets)
 * because lists sort on several fields with ties and nulls, and pages are read by people, not crawlers.
 */
export function encodeOffsetCursor(position: number): string {
  return Buffer.from(`offset:${position}`, "utf8").toString("base64url");
}

export function pageWindow(first: number, after: string | null | undefined): PageWindow {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new AppError("BAD_USER_INPUT", `first must be an integer between 1 and ${maxPageSize}.`);
  }
  if (after === null || after === undefined) return { skip: 0, take: first };
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match) throw new AppError("BAD_USER_INPUT", "after is not a cursor returned by this list.");
  return { skip: Number(match[1]), take: first };
}

/** Edges and page info for a page read with `take + 1` rows (the extra row only says whether more follow). */
export function toConnectionPage<T>(
  rows: T[],
  window: PageWindow,
): { nodes: T[]; cursors: string[]; hasNextPage: boolean } {
  const nodes = rows.slice(0, window.take);
  return {
    nodes,
    cursors: nodes.map((_, index) => encodeOffsetCursor(window.skip + index + 1)),
    hasNextPage: rows.length > window.take,
  };
}
