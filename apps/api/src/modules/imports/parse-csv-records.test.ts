import { parse } from "csv-parse/sync";
import { CsvSyntaxError, parseCsvRecords, type CsvRecord } from "./parse-csv-records";

/** Feeds `text` in chunks of `size` bytes (so every state meets a chunk boundary somewhere). */
async function recordsOf(text: string, size = 1 << 20): Promise<CsvRecord[]> {
  const bytes = Buffer.from(text, "utf8");
  async function* chunks() {
    for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
  }
  const records: CsvRecord[] = [];
  for await (const batch of parseCsvRecords(chunks())) records.push(...batch);
  return records;
}

const tricky = [
  'a,b,c\r\n1,"two, with comma","say ""hi"""\r\n',
  '\ufeffid,note\n7,"multi\nline\r\nvalue"\n8,\n\n9,"é ü 😀",x\n',
  "x\ry\rz",
  'last,"quoted at the end"',
  "trailing,comma,\nnext,row,",
  '"",""\n"a""",b',
];

describe("parseCsvRecords", () => {
  it.each(tricky.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    "reads %s like csv-parse, whatever the chunk size",
    async (_name, text) => {
      const expected = (parse(text, { bom: true, relax_column_count: true }) as string[][]).map(
        (cells) => cells,
      );
      for (const size of [1, 2, 3, 7, 1 << 20]) {
        const records = await recordsOf(text, size);
        expect(records.map((record) => record.cells)).toEqual(expected);
      }
    },
  );

  it("numbers records by the line they start on, counting blank lines and breaks inside quotes", async () => {
    const records = await recordsOf('h1,h2\r\n\r\n"a\r\nb",c\r\nd,"e\n\nf"\nlast,row');
    expect(records).toEqual([
      { line: 1, cells: ["h1", "h2"] },
      { line: 2, cells: [""] },
      { line: 3, cells: ["a\r\nb", "c"] },
      { line: 5, cells: ["d", "e\n\nf"] },
      { line: 8, cells: ["last", "row"] },
    ]);
  });

  it("refuses a quote left open, a stray quote inside a field and text after a closing quote, naming the line", async () => {
    await expect(recordsOf('a,b\n1,"open\n2,3\n', 4)).rejects.toThrow(
      new CsvSyntaxError("Quote Not Closed: the file ends inside a quoted field opened on line 2"),
    );
    await expect(recordsOf('a,b\n1,ab"c\n')).rejects.toThrow(/a quote inside the unquoted field 2 on line 2/);
    await expect(recordsOf('a,b\n\n1,"ab"c\n')).rejects.toThrow(
      /text after the closing quote of field 2 on line 3/,
    );
  });

  it("gives nothing for an empty file and keeps a field larger than a chunk whole", async () => {
    expect(await recordsOf("")).toEqual([]);
    const long = "x".repeat(50_000);
    expect(await recordsOf(`"${long}",${long}\n`, 4096)).toEqual([{ line: 1, cells: [long, long] }]);
  });
});
