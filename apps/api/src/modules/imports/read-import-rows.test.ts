import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
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
      for await (const batch of source.rowBatches) rows.push(...batch);
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

describe("openImportRows (.xlsx)", () => {
  let dir: string;
  let path: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "seglens-xlsx-"));
    path = join(dir, "customers.xlsx");
    const workbook = new ExcelJS.Workbook();
    const customers = workbook.addWorksheet("Customers");
    customers.addRow(["external_id", "name"]);
    for (let index = 1; index <= 300; index += 1) customers.addRow([`x${index}`, `Name ${index}`]);
    workbook.addWorksheet("Notes").addRow(["not imported"]);
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** exceljs's temp copies of worksheets made by this process (the tmp package names them tmp-<pid>-…). */
  const tempCopies = async () =>
    (await readdir(tmpdir())).filter((name) => name.startsWith(`tmp-${process.pid}-`)).length;

  async function waitForTempCopies(count: number): Promise<number> {
    for (let attempt = 0; attempt < 100 && (await tempCopies()) !== count; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return tempCopies();
  }

  it("reads the first worksheet only and leaves no temp copy behind", async () => {
    const before = await tempCopies();
    const source = await openImportRows(path);
    const rows: { rowNumber: number; cells: string[] }[] = [];
    for await (const batch of source.rowBatches) rows.push(...batch);
    source.close();
    expect(source.columns).toEqual(["external_id", "name"]);
    expect(rows).toHaveLength(300);
    expect(rows[299]).toEqual({ rowNumber: 301, cells: ["x300", "Name 300"] });
    // The tmp package unlinks asynchronously.
    expect(await waitForTempCopies(before)).toBe(before);
  });

  it("leaves no temp copy behind when closed after the header or a few rows (upload, preview)", async () => {
    const before = await tempCopies();
    const header = await openImportRows(path);
    header.close();
    const preview = await openImportRows(path);
    const firstRows: string[] = [];
    reading: for await (const batch of preview.rowBatches) {
      for (const row of batch) {
        firstRows.push(row.cells[0]);
        if (firstRows.length === 3) break reading;
      }
    }
    preview.close();
    expect(firstRows).toEqual(["x1", "x2", "x3"]);
    expect(await waitForTempCopies(before)).toBe(before);
  });
});
