import type { ImportProcessor, StagedValue } from "./import-processor";
import type { ImportRowReader } from "./import-row-reader";
import { queryCounts, writableRows } from "./import-sql";
import { parseMoney } from "./parse-cell-values";

/**
 * products.csv: one row per product, upserted by SKU (the catalogue that order lines point at). A blank
 * category is "uncategorised", as for products that orders create.
 */
export function createProductImport(): ImportProcessor {
  return {
    changedTables: ["Product"],
    bulkTables: ["Product"],
    bulkUniqueTables: [],
    stagingColumns: [
      { name: "sku", type: "text" },
      { name: "name", type: "text" },
      { name: "category", type: "text" },
      { name: "price", type: "numeric" },
    ],

    stageRow(reader: ImportRowReader): StagedValue[] | null {
      const sku = reader.required("sku", "sku");
      if (sku !== null && sku.length > 200) reader.problem("sku", "is longer than 200 characters");
      const name = reader.required("name", "product name");
      if (name !== null && name.length > 500) reader.problem("name", "is longer than 500 characters");
      const category = reader.optionalText("category", 200);
      const price = reader.required("price", "price") === null ? null : reader.parse("price", parseMoney);
      // Invalid rows with a SKU are staged too: a later row repeating the SKU is still a repeat.
      return sku === null ? null : [sku, name, category ?? "uncategorised", price];
    },

    checks: [
      {
        effect: "issue",
        sql: `
          SELECT s.row_number, 'sku' AS field, format('SKU "%s" appears on an earlier row of the file', s.sku) AS message
          FROM (SELECT row_number, sku, row_number() OVER (PARTITION BY sku ORDER BY row_number) AS nth
                FROM import_rows WHERE sku IN (SELECT sku FROM import_rows GROUP BY sku HAVING count(*) > 1)) AS s
          WHERE s.nth > 1`,
      },
    ],

    async writeRange(sql, { from, to }) {
      return queryCounts(
        sql,
        `WITH changed AS (
           INSERT INTO "Product" ("sku", "name", "category", "price", "updatedAt")
           SELECT s.sku, s.name, s.category, s.price, now()
           FROM import_rows s
           WHERE ${writableRows} AND s.row_number BETWEEN $1 AND $2
           ON CONFLICT ("sku") DO UPDATE SET "name" = EXCLUDED."name", "category" = EXCLUDED."category", "price" = EXCLUDED."price", "updatedAt" = now()
           WHERE ("Product"."name", "Product"."category", "Product"."price") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."category", EXCLUDED."price")
           RETURNING (xmax = 0) AS inserted)
         SELECT count(*) FILTER (WHERE inserted) AS created, count(*) AS changed FROM changed`,
        [from, to],
      );
    },
  };
}
