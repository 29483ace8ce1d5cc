import { AppError } from "../errors/app-error";
import { pageWindow } from "./offset-cursor";
import { readOffsetConnection } from "./read-offset-connection";

const letters = ["a", "b", "c", "d", "e"];

/** The list of letters as a table: reads what it is asked for and notes each request. */
function letterTable() {
  const requests: { skip: number; take: number }[] = [];
  return {
    requests,
    readRows: async ({ skip, take }: { skip: number; take: number }) => {
      requests.push({ skip, take });
      return letters.slice(skip, skip + take);
    },
    countRows: async () => letters.length,
  };
}

describe("readOffsetConnection", () => {
  it("reads one row past the page and gives each node the cursor of its position", async () => {
    const table = letterTable();
    const connection = await readOffsetConnection({
      window: pageWindow(2, null),
      ...table,
      toNode: (letter: string) => letter.toUpperCase(),
    });
    expect(table.requests).toEqual([{ skip: 0, take: 3 }]);
    // The cursors clients already hold: base64url of "offset:<position after the item>".
    expect(connection).toEqual({
      nodes: ["A", "B"],
      edges: [
        { cursor: "b2Zmc2V0OjE", node: "A" },
        { cursor: "b2Zmc2V0OjI", node: "B" },
      ],
      pageInfo: { hasNextPage: true, endCursor: "b2Zmc2V0OjI" },
      totalCount: 5,
    });
  });

  it("continues after a cursor and ends without a next page", async () => {
    const table = letterTable();
    const connection = await readOffsetConnection({
      window: pageWindow(2, "b2Zmc2V0OjM"),
      ...table,
      toNode: (letter: string) => letter,
    });
    expect(table.requests).toEqual([{ skip: 3, take: 3 }]);
    expect(connection.nodes).toEqual(["d", "e"]);
    expect(connection.edges.map((edge) => edge.cursor)).toEqual(["b2Zmc2V0OjQ", "b2Zmc2V0OjU"]);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: "b2Zmc2V0OjU" });
  });

  it("has no end cursor past the last row", async () => {
    const connection = await readOffsetConnection({
      window: pageWindow(2, "b2Zmc2V0OjU"),
      ...letterTable(),
      toNode: (letter: string) => letter,
    });
    expect(connection).toEqual({
      nodes: [],
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 5,
    });
  });

  it("refuses a bad first or after before any query (the window is taken first)", () => {
    expect(() => pageWindow(0, null)).toThrow(
      new AppError("BAD_USER_INPUT", "first must be an integer between 1 and 100."),
    );
    expect(() => pageWindow(101, null)).toThrow("first must be an integer between 1 and 100.");
    expect(() => pageWindow(10, "not-a-cursor")).toThrow("after is not a cursor returned by this list.");
  });
});
