import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImportFileError } from "./import-file-error";
import { openImportRows } from "./read-import-rows";

describe("openImportRows (CSV)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "seglens-rows-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function rowsOf(
    text: string,
  ): Promise<{ columns: string[]; rows: { rowNumber: number; cells: string[] }[] }> {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(path, text);
    const source = await openImportRows(path);
    const rows: { rowNumber: number; cells: string[] }[] = [];
    try {
      for await (const row of source.rows) rows.push(row);
    } finally {
      source.close();
    }
    return { columns: source.columns, rows };
  }

  it("numbers rows by the line they start on, counting blank lines and line breaks inside quoted cells", async () => {
    const { columns, rows } = await rowsOf('\ufeff\r\na,b\r\n1,2\r\n\r\n3,"x\r\ny"\r\n4,5\r\n');
    expect(columns).toEqual(["a", "b"]);
    expect(rows).toEqual([
      { rowNumber: 3, cells: ["1", "2"] },
      { rowNumber: 4, cells: [""] },
      { rowNumber: 5, cells: ["3", "x\r\ny"] },
      { rowNumber: 7, cells: ["4", "5"] },
    ]);
  });

  it("refuses a file with only blank lines", async () => {
    await expect(rowsOf("\n\n")).rejects.toThrow(new ImportFileError("The file has no header row."));
  });
});
