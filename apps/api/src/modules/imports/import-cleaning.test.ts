import ExcelJS from "exceljs";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { uploadImportFile } from "./test-fixtures/upload-import-file";
import { readImportReport, waitForImportEnd } from "./test-fixtures/wait-for-import";

const cleaningFields = `importJob { id } totalRows fenceMultiplier columns {
  column field kind required decimals missingRows invalidRows valueCount median lowerQuartile upperQuartile
  lowerFence upperFence fenceNote lowOutlierRows highOutlierRows mostCommon mostCommonRows missingActions outlierActions
  choice { column missing fillValue outliers } }`;
const cleaningQuery = `query Cleaning($id: ID!) { importCleaning(importId: $id) { ${cleaningFields} } }`;
const updateCleaning = `mutation Clean($id: ID!, $choices: [ImportCleaningChoiceInput!]!) {
  updateImportCleaning(importId: $id, choices: $choices) { ${cleaningFields} } }`;
const startMutation = "mutation Start($id: ID!) { startImport(importId: $id) { id status } }";

interface ColumnView {
  column: string;
  field: string;
  kind: string;
  required: boolean;
  missingRows: number;
  choice: { column: string; missing: string; fillValue: string | null; outliers: string };
  [key: string]: unknown;
}
interface CleaningView {
  totalRows: number;
  fenceMultiplier: number;
  columns: ColumnView[];
}
interface Choice {
  column: string;
  missing?: string;
  fillValue?: string;
  outliers?: string;
}

// 12 customers. income: 10 values (40,000 … 56,000 and 900,000), 2 blank; age (a custom attribute): 30 … 39
// and 150, 1 blank; country: DE ×6, FR ×3, 3 blank.
const customersCsv = [
  "external_id,email,income,birth_date,country,age",
  "c01,c01@example.com,40000,1980-01-01,DE,30",
  "c02,c02@example.com,42000,1981-01-01,DE,31",
  "c03,c03@example.com,44000,1982-01-01,DE,32",
  "c04,c04@example.com,46000,1983-01-01,DE,33",
  "c05,c05@example.com,48000,1984-01-01,DE,34",
  "c06,c06@example.com,50000,1985-01-01,DE,35",
  "c07,c07@example.com,52000,1986-01-01,FR,36",
  "c08,c08@example.com,54000,1987-01-01,FR,37",
  "c09,c09@example.com,56000,1988-01-01,FR,38",
  "c10,c10@example.com,900000,1989-01-01,,39",
  "c11,c11@example.com,,1990-01-01,,",
  "c12,c12@example.com,,1991-01-01,,150",
].join("\n");

const customerChoices: Choice[] = [
  { column: "income", missing: "FILL_MEDIAN", outliers: "CAP" },
  { column: "age", missing: "FILL_VALUE", fillValue: "40", outliers: "SKIP_ROWS" },
  { column: "country", missing: "FILL_MOST_COMMON" },
];

describe("import cleaning choices", () => {
  let api: TestApi;
  let owner: TestUser;
  let reader: TestUser;

  beforeAll(async () => {
    api = await createTestApi();
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
    reader = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function upload(content: string | Buffer, kind: string, fileName?: string): Promise<string> {
    const uploaded = await uploadImportFile({
      apiUrl: api.url,
      content,
      fields: { kind, mode: "ALL_OR_NOTHING" },
      fileName,
      headers: { "x-seglens-csrf": "1", cookie: owner.cookie },
    });
    expect(uploaded.status).toBe(201);
    return uploaded.body.importJob!.id;
  }

  async function analyse(id: string): Promise<CleaningView> {
    const result = await api.execute<{ importCleaning: CleaningView }>(cleaningQuery, { id }, owner.viewer);
    expect(result.errors).toBeUndefined();
    return result.data?.importCleaning as CleaningView;
  }

  async function choose(id: string, choices: Choice[]) {
    return api.execute<{ updateImportCleaning: CleaningView }>(updateCleaning, { id, choices }, owner.viewer);
  }

  async function startAndWait(id: string) {
    expect((await api.execute(startMutation, { id }, owner.viewer)).errors).toBeUndefined();
    const job = await waitForImportEnd(api, id, { intervalMs: 100 });
    return { job, report: await readImportReport(api, id) };
  }

  const column = (view: CleaningView, name: string) => view.columns.find((entry) => entry.column === name);

  it("analyses every mapped column: missing cells, median, quartiles, 3 × IQR fences, most common value", async () => {
    const id = await upload(customersCsv, "CUSTOMERS");
    const view = await analyse(id);
    expect(view.totalRows).toBe(12);
    expect(view.fenceMultiplier).toBe(3);
    expect(view.columns.map((entry) => entry.column)).toEqual([
      "external_id",
      "email",
      "income",
      "birth_date",
      "country",
      "age",
    ]);
    // Sorted incomes: Q1 at position 2.25 = 44,500, median 49,000, Q3 at 6.75 = 53,500, IQR 9,000.
    expect(column(view, "income")).toMatchObject({
      field: "income",
      kind: "NUMBER",
      required: false,
      decimals: 2,
      missingRows: 2,
      invalidRows: 0,
      valueCount: 10,
      median: "49000.00",
      lowerQuartile: "44500.00",
      upperQuartile: "53500.00",
      lowerFence: "17500.00",
      upperFence: "80500.00",
      fenceNote: null,
      lowOutlierRows: 0,
      highOutlierRows: 1,
      missingActions: ["LEAVE", "FILL_VALUE", "FILL_MEDIAN", "SKIP_ROWS"],
      outlierActions: ["KEEP", "CAP", "SKIP_ROWS"],
      choice: { column: "income", missing: "LEAVE", fillValue: null, outliers: "KEEP" },
    });
    // A custom attribute whose every value is a whole number is a NUMBER: Q1 32.5, Q3 37.5, fences moved inwards to whole numbers.
    expect(column(view, "age")).toMatchObject({
      field: "attribute:age",
      kind: "NUMBER",
      decimals: 0,
      missingRows: 1,
      valueCount: 11,
      median: "35",
      lowerFence: "18",
      upperFence: "52",
      highOutlierRows: 1,
    });
    expect(column(view, "country")).toMatchObject({
      kind: "CATEGORY",
      missingRows: 3,
      mostCommon: "DE",
      mostCommonRows: 6,
      missingActions: ["LEAVE", "FILL_VALUE", "FILL_MOST_COMMON", "SKIP_ROWS"],
      outlierActions: ["KEEP"],
    });
    expect(column(view, "birth_date")).toMatchObject({
      kind: "DATE",
      missingRows: 0,
      // 12 dates: the median is halfway between 1985-01-01 and 1986-01-01 (1985-07-02 12:00), rounded to the day.
      median: "1985-07-03",
      lowOutlierRows: 0,
      highOutlierRows: 0,
    });
    expect(column(view, "external_id")).toMatchObject({
      kind: "KEY",
      required: true,
      missingRows: 0,
      missingActions: ["LEAVE", "SKIP_ROWS"],
      outlierActions: ["KEEP"],
    });
    // The analysis is kept with the import: asking again does not read the file again and gives the same answer.
    const stored = await api.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(stored.cleaning).toMatchObject({ totalRows: 12, fenceMultiplier: 3, choices: [] });
    expect(await analyse(id)).toEqual(view);
  });

  it("applies the choices during the import, reports skipped rows with the reason, and changes nothing on a re-upload", async () => {
    const id = await upload(customersCsv, "CUSTOMERS");
    const chosen = await choose(id, customerChoices);
    expect(chosen.errors).toBeUndefined();
    const view = chosen.data?.updateImportCleaning as CleaningView;
    expect(column(view, "income")?.choice).toEqual({
      column: "income",
      missing: "FILL_MEDIAN",
      fillValue: "49000.00",
      outliers: "CAP",
    });
    expect(column(view, "country")?.choice).toMatchObject({ missing: "FILL_MOST_COMMON", fillValue: "DE" });
    expect(column(view, "email")?.choice).toMatchObject({ missing: "LEAVE", outliers: "KEEP" });

    const { job, report } = await startAndWait(id);
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      totalRows: 12,
      createdCount: 11,
      updatedCount: 0,
      skippedCount: 1,
      errorCount: 0,
    });
    // c12 (age 150) is skipped: its blank income and country are not counted as filled.
    expect(job.cleaningResult).toEqual({
      skippedRows: 1,
      columns: [
        { column: "income", filledRows: 1, cappedRows: 1, skippedRows: 0 },
        { column: "age", filledRows: 1, cappedRows: 0, skippedRows: 1 },
        { column: "country", filledRows: 2, cappedRows: 0, skippedRows: 0 },
      ],
    });
    expect(report).toEqual([
      {
        row: 13,
        column: "age",
        message: "skipped by a cleaning choice: 150 is an outlier (above the upper fence 52)",
      },
    ]);
    const stored = await api.prisma.customer.findMany({
      where: { externalId: { in: ["c09", "c10", "c11", "c12"] } },
      orderBy: { externalId: "asc" },
    });
    expect(
      stored.map((customer) => [
        customer.externalId,
        customer.income?.toFixed(2),
        customer.country,
        customer.attributes,
      ]),
    ).toEqual([
      ["c09", "56000.00", "FR", { age: "38" }],
      ["c10", "80500.00", "DE", { age: "39" }],
      ["c11", "49000.00", "DE", { age: "40" }],
    ]);

    const node = await api.execute<{
      importJob: { cleaningChoices: Choice[]; cleaningResult: { skippedRows: number } };
    }>(
      "query Job($id: ID!) { importJob(id: $id) { cleaningChoices { column missing fillValue outliers } cleaningResult { skippedRows columns { column filledRows } } } }",
      { id },
      owner.viewer,
    );
    expect(node.data?.importJob.cleaningChoices).toHaveLength(3);
    expect(node.data?.importJob.cleaningResult.skippedRows).toBe(1);

    const again = await upload(customersCsv, "CUSTOMERS");
    expect((await choose(again, customerChoices)).errors).toBeUndefined();
    const second = await startAndWait(again);
    expect(second.job).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      createdCount: 0,
      updatedCount: 0,
      skippedCount: 12,
      errorCount: 0,
    });
    expect(second.job.cleaningResult).toEqual(job.cleaningResult);

    const late = await choose(id, customerChoices);
    expect(late.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("refuses wrong fill values, unknown or unmapped columns and choices a column does not take, naming the column", async () => {
    const id = await upload(customersCsv, "CUSTOMERS");
    const refused = async (choices: Choice[]) => {
      const result = await choose(id, choices);
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      return result.errors?.[0].message;
    };
    expect(await refused([{ column: "income", missing: "FILL_VALUE", fillValue: "lots" }])).toBe(
      'Column "income" (income): the fill value "lots" is not a number.',
    );
    expect(await refused([{ column: "income", missing: "FILL_VALUE", fillValue: "-5" }])).toBe(
      'Column "income" (income): the fill value -5 is negative.',
    );
    expect(await refused([{ column: "birth_date", missing: "FILL_VALUE", fillValue: "2023-02-30" }])).toBe(
      'Column "birth_date" (birthDate): the fill value "2023-02-30" is not a real calendar date.',
    );
    expect(await refused([{ column: "income", missing: "FILL_VALUE" }])).toBe(
      'Column "income": give the value to fill missing cells with.',
    );
    expect(await refused([{ column: "income", missing: "FILL_MEDIAN", fillValue: "1" }])).toBe(
      'Column "income": a fill value is only used with the FILL_VALUE choice for missing values.',
    );
    expect(await refused([{ column: "shoe_size", missing: "SKIP_ROWS" }])).toBe(
      'The file has no column "shoe_size".',
    );
    expect(await refused([{ column: "country", missing: "FILL_MEDIAN" }])).toBe(
      'Column "country" (country, category): missing values cannot be filled with the median.',
    );
    expect(await refused([{ column: "external_id", missing: "FILL_VALUE", fillValue: "x" }])).toBe(
      'Column "external_id" (externalId, key): missing values cannot be filled with a value.',
    );
    expect(await refused([{ column: "country", outliers: "CAP" }])).toBe(
      'Column "country" (country) is not a number or date column: it has no outliers.',
    );
    expect(
      await refused([
        { column: "age", missing: "SKIP_ROWS" },
        { column: "age", outliers: "CAP" },
      ]),
    ).toBe('Column "age" has two cleaning choices.');

    // Nothing refused was stored; a viewer may not choose.
    expect((await analyse(id)).columns.every((entry) => entry.choice.missing === "LEAVE")).toBe(true);
    const forbidden = await api.execute(updateCleaning, { id, choices: [] }, reader.viewer);
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    // A new mapping is analysed again: choices on columns still mapped the same way stay, others go.
    expect((await choose(id, customerChoices)).errors).toBeUndefined();
    const remapped = await api.execute(
      "mutation Map($id: ID!, $mapping: [ImportColumnMappingInput!]!) { updateImportMapping(importId: $id, mapping: $mapping) { id } }",
      { id, mapping: [{ column: "income", field: null }] },
      owner.viewer,
    );
    expect(remapped.errors).toBeUndefined();
    const after = await analyse(id);
    expect(column(after, "income")).toBeUndefined();
    expect(column(after, "country")?.choice).toMatchObject({ missing: "FILL_MOST_COMMON", fillValue: "DE" });
    expect(await refused([{ column: "income", missing: "SKIP_ROWS" }])).toBe(
      'Column "income" is not imported (it is mapped to no field), so it cannot be cleaned.',
    );
  });

  it("skips order lines without a required value instead of failing an all-or-nothing import; no fences when the middle half is equal", async () => {
    const customers = await upload("external_id\nk1\nk2\n", "CUSTOMERS");
    expect((await startAndWait(customers)).job.status).toBe("SUCCEEDED");
    const ordersCsv = [
      "order_id,customer_id,ordered_at,sku,quantity,unit_price",
      "o1,k1,2024-01-01,S1,1,10.00",
      "o2,k2,2024-01-02,S1,1,12.00",
      "o3,k1,2024-01-03,S2,1,",
      "o4,k2,2024-01-04,S2,2,11.00",
      "o5,k1,2024-01-05,S1,1,13.00",
    ].join("\n");
    const id = await upload(ordersCsv, "ORDERS");
    const view = await analyse(id);
    expect(column(view, "quantity")).toMatchObject({
      kind: "NUMBER",
      decimals: 0,
      median: "1",
      lowerFence: null,
      upperFence: null,
      fenceNote: "the middle half of the values are all the same: no outliers can be told apart",
      outlierActions: ["KEEP"],
    });
    expect(column(view, "unit_price")).toMatchObject({ required: true, missingRows: 1, median: "11.50" });
    const capped = await choose(id, [{ column: "quantity", outliers: "CAP" }]);
    expect(capped.errors?.[0].message).toBe(
      'Column "quantity" has no outliers to cap: the middle half of the values are all the same: no outliers can be told apart.',
    );
    expect((await choose(id, [{ column: "unit_price", missing: "SKIP_ROWS" }])).errors).toBeUndefined();
    const { job, report } = await startAndWait(id);
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      totalRows: 5,
      createdCount: 4,
      skippedCount: 1,
      errorCount: 0,
    });
    expect(report).toEqual([
      { row: 4, column: "unit_price", message: "skipped by a cleaning choice: no unitPrice" },
    ]);
    expect(await api.prisma.order.count({ where: { externalId: "o3" } })).toBe(0);

    // Without a choice a blank required value stays an error, as before.
    const plain = await upload(ordersCsv.replace("o1,k1", "p1,k1").replace(/o(\d)/g, "p$1"), "ORDERS");
    const failed = await startAndWait(plain);
    expect(failed.job).toMatchObject({ status: "FAILED", errorCount: 1 });
    expect(failed.report).toEqual([{ row: 4, column: "unit_price", message: "unit price is required" }]);
  });

  it("cleans .xlsx workbooks the same way (spreadsheets leave trailing empty cells out)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Customers");
    sheet.addRow(["external_id", "name", "signup_date", "income"]);
    sheet.addRow(["w1", "Wim", new Date(Date.UTC(2022, 0, 1)), 1000]);
    sheet.addRow(["w2", "Wes", new Date(Date.UTC(2022, 0, 3)), 3000]);
    sheet.addRow(["w3", "Wyn", new Date(Date.UTC(2022, 0, 2))]);
    sheet.addRow(["w4", "Wil"]);
    const id = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), "CUSTOMERS", "customers.xlsx");
    const view = await analyse(id);
    expect(column(view, "income")).toMatchObject({ missingRows: 2, valueCount: 2, median: "2000.00" });
    // Spreadsheet dates arrive as times: the median is a time too.
    expect(column(view, "signup_date")).toMatchObject({
      kind: "DATE",
      missingRows: 1,
      median: "2022-01-02T00:00:00.000Z",
    });
    const chosen = await choose(id, [
      { column: "income", missing: "FILL_VALUE", fillValue: "0" },
      { column: "signup_date", missing: "FILL_MEDIAN" },
    ]);
    expect(chosen.errors).toBeUndefined();
    const { job } = await startAndWait(id);
    expect(job).toMatchObject({ status: "SUCCEEDED", errorMessage: null, createdCount: 4, errorCount: 0 });
    const wil = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "w4" } });
    expect([wil.income?.toFixed(2), wil.signupDate?.toISOString()]).toEqual([
      "0.00",
      "2022-01-02T00:00:00.000Z",
    ]);
  });
});
