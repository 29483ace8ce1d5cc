import { normaliseEmail } from "../customers/normalise-email";
import { customerIdSql, customerJoinSql, customerKeyChecks } from "./customer-key-sql";
import type { ImportProcessor, ImportProcessorOptions, StagedValue } from "./import-processor";
import type { ImportRowReader } from "./import-row-reader";
import { queryCounts, writableRows } from "./import-sql";
import { parseMoney, parsePositiveInteger, parseTimestamp } from "./parse-cell-values";

/**
 * orders.csv: one row per order LINE; the order's fields repeat on each of its lines and must agree.
 * Unknown SKUs create products; the order total and the customer's totals are recomputed from the lines.
 * Only rows without field problems are staged: the checks across rows look at those alone.
 */
export function createOrderImport({ recordTouchedCustomers }: ImportProcessorOptions): ImportProcessor {
  /** How many of the file's orders were stored before (found by beforeWrites). */
  let storedOrders = 0;
  return {
    changedTables: ["Product", "Order", "OrderLine", "Customer"],
    // Customer too: the totals give each customer of the file a new row version, and with its seven indexes kept
    // that update of 100,000 customers cost 4.3-4.7 s of a million lines' import (1.3 s without them), and each
    // order's key checked row by row another 1.1 s. While such an import runs, every reader of the customers (the
    // list, search, a customer's page, other imports) waits for its commit, as for a customers import. Customer
    // is locked first, as the API's writes lock it before Order: the other order could deadlock with them.
    bulkTables: ["Customer", "Product", "Order", "OrderLine"],
    bulkUniqueTables: ["Order", "OrderLine", "Customer"],
    stagingColumns: [
      { name: "order_id", type: "text" },
      { name: "customer_external_id", type: "text" },
      { name: "customer_email", type: "text" },
      { name: "ordered_at", type: "timestamp(3)" },
      { name: "currency", type: "text" },
      { name: "sku", type: "text" },
      { name: "quantity", type: "integer" },
      { name: "unit_price", type: "numeric" },
      { name: "product_name", type: "text" },
      { name: "category", type: "text" },
    ],

    stageRow(reader: ImportRowReader): StagedValue[] | null {
      const orderId = reader.required("orderId", "order id");
      const externalId = reader.text("customerExternalId") || null;
      const rawEmail = reader.text("customerEmail");
      const email = normaliseEmail(rawEmail);
      if (email === undefined) reader.problem("customerEmail", `"${rawEmail}" is not an email address`);
      if (externalId === null && !email)
        reader.problem(
          reader.has("customerExternalId") ? "customerExternalId" : "customerEmail",
          "customer id or email is required",
        );
      const orderedAt =
        reader.required("orderedAt", "order date") === null
          ? null
          : reader.parse("orderedAt", parseTimestamp);
      const sku = reader.required("sku", "sku");
      const quantity =
        reader.required("quantity", "quantity") === null
          ? null
          : reader.parse("quantity", parsePositiveInteger);
      const unitPrice =
        reader.required("unitPrice", "unit price") === null ? null : reader.parse("unitPrice", parseMoney);
      const currency = (reader.text("currency") || "USD").toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency))
        reader.problem("currency", `"${reader.text("currency")}" is not a 3-letter currency code`);
      const productName = reader.optionalText("productName");
      const category = reader.optionalText("category");
      if (
        reader.issues.length > 0 ||
        orderId === null ||
        orderedAt === null ||
        sku === null ||
        quantity === null ||
        unitPrice === null
      )
        return null;
      return [
        orderId,
        externalId,
        email ?? null,
        orderedAt,
        currency,
        sku,
        quantity,
        unitPrice,
        productName,
        category,
      ];
    },

    checks: [
      {
        // A line repeats an earlier line of its order (same SKU), or disagrees with the order's first line on
        // customer, date or currency. Only suspect orders (see import_orders) are sorted line by line.
        effect: "issue",
        sql: `
          WITH suspect AS (SELECT order_id FROM import_orders WHERE repeats_sku OR disagrees),
          lines AS (
            SELECT s.row_number, s.order_id, s.sku,
                   s.customer_external_id IS NOT DISTINCT FROM first_value(s.customer_external_id) OVER w
                   AND s.customer_email IS NOT DISTINCT FROM first_value(s.customer_email) OVER w
                   AND s.ordered_at = first_value(s.ordered_at) OVER w
                   AND s.currency = first_value(s.currency) OVER w AS agrees
            FROM import_rows s WHERE s.order_id IN (SELECT order_id FROM suspect)
            WINDOW w AS (PARTITION BY s.order_id ORDER BY s.row_number)),
          ranked AS (
            SELECT l.*, min(l.row_number) FILTER (WHERE l.agrees) OVER (PARTITION BY l.order_id, l.sku) AS first_line
            FROM lines l)
          SELECT r.row_number,
                 CASE WHEN r.first_line < r.row_number THEN 'sku' ELSE 'orderId' END AS field,
                 CASE WHEN r.first_line < r.row_number THEN format('order "%s" has SKU "%s" on an earlier row of the file', r.order_id, r.sku)
                      ELSE format('order "%s" has a different customer, date or currency on an earlier row', r.order_id) END AS message
          FROM ranked r
          WHERE r.first_line < r.row_number OR NOT r.agrees`,
      },
      ...customerKeyChecks,
    ],

    async writeRange(sql, { from, to }) {
      const range = `${writableRows} AND s.row_number BETWEEN $1 AND $2`;
      // A new SKU takes its name, category and price from its first line. The first lines are found with one
      // hash aggregate over the range: a sort of every line (DISTINCT ON) cost 0.3 s per 100,000 lines for a
      // few hundred SKUs; this costs 0.05 s.
      await sql.query(
        `INSERT INTO "Product" ("sku", "name", "category", "price", "updatedAt")
         SELECT f.sku, coalesce(f.product_name, f.sku), coalesce(f.category, 'uncategorised'), f.unit_price, now()
         FROM (SELECT s.sku, min(s.row_number) AS row_number FROM import_rows s WHERE ${range} GROUP BY s.sku) AS n
         JOIN import_rows f ON f.row_number = n.row_number
         WHERE NOT EXISTS (SELECT 1 FROM "Product" p WHERE p."sku" = n.sku)
         ORDER BY f.sku
         ON CONFLICT ("sku") DO NOTHING`,
        [from, to],
      );
      // Each order is written with the chunk that holds its first line. Orders stored before: their customer, date
      // and currency; their total is recomputed from all their lines at the end (finish). Without any, the update
      // is not run: it still joined the chunk's orders with the customers (0.1 s a chunk).
      if (storedOrders > 0)
        await sql.query(
          `UPDATE "Order" AS o SET "customerId" = ${customerIdSql}, "orderedAt" = s.ordered_at, "currency" = s.currency
         FROM import_orders t JOIN import_order_ids i ON i.order_id = t.order_id
              JOIN import_rows s ON s.row_number = t.first_row ${customerJoinSql}
         WHERE t.first_row BETWEEN $1 AND $2 AND s.row_number BETWEEN $1 AND $2 AND i.customer_id_before IS NOT NULL
           AND o.id = i.id
           AND (o."customerId", o."orderedAt", o."currency") IS DISTINCT FROM (${customerIdSql}, s.ordered_at, s.currency)`,
          [from, to],
        );
      // New orders, with the total of their lines in the file (their lines may span write chunks).
      await sql.query(
        `WITH created AS (
           INSERT INTO "Order" ("externalId", "customerId", "orderedAt", "currency", "total")
           SELECT t.order_id, ${customerIdSql}, s.ordered_at, s.currency, t.total
           FROM import_orders t JOIN import_rows s ON s.row_number = t.first_row ${customerJoinSql}
           WHERE t.first_row BETWEEN $1 AND $2 AND s.row_number BETWEEN $1 AND $2
             AND NOT EXISTS (SELECT 1 FROM import_order_ids i WHERE i.order_id = t.order_id)
           ORDER BY t.first_row
           RETURNING "id", "externalId")
         INSERT INTO import_order_ids (order_id, id) SELECT "externalId", "id" FROM created`,
        [from, to],
      );
      return queryCounts(
        sql,
        `WITH lines AS (
           SELECT i.id AS order_id, p.id AS product_id, s.sku, s.quantity, s.unit_price, e.id AS line_id
           FROM import_rows s
           JOIN import_order_ids i ON i.order_id = s.order_id
           LEFT JOIN "Product" p ON p."sku" = s.sku
           LEFT JOIN import_existing_lines e ON e.order_id = i.id AND e.sku = s.sku
           WHERE ${range}),
         updated AS (
           UPDATE "OrderLine" AS l SET "quantity" = n.quantity, "unitPrice" = n.unit_price, "productId" = n.product_id
           FROM lines n
           WHERE l.id = n.line_id AND EXISTS (SELECT 1 FROM import_existing_lines)
             AND (l."quantity", l."unitPrice", l."productId") IS DISTINCT FROM (n.quantity, n.unit_price::numeric(12, 2), n.product_id)
           RETURNING l.id),
         created AS (
           INSERT INTO "OrderLine" ("orderId", "productId", "sku", "quantity", "unitPrice")
           SELECT n.order_id, n.product_id, n.sku, n.quantity, n.unit_price FROM lines n WHERE n.line_id IS NULL
           RETURNING id)
         SELECT (SELECT count(*) FROM created) AS created,
                (SELECT count(*) FROM created) + (SELECT count(*) FROM updated) AS changed`,
        [from, to],
      );
    },

    // Orders and lines are found through these small tables, not by joins with the order tables, which grow with
    // each write chunk while a bulk write has set their unique indexes aside (bulkUniqueTables). No ON CONFLICT:
    // those indexes may be away, and the rows stored before are known.
    // import_orders: the orders of the file, from one sort of the staged lines by order id in byte order (a sort
    // in the database's collation cannot use abbreviated keys). It replaced two hash aggregates for the check above
    // and a third for the totals: 3.1 s for a million lines, against 1.7 s; a hash aggregate keeps a numeric sum's
    // state per group, 390 bytes, and spilled to disk. Its totals count every staged line; beforeWrites corrects
    // them for the orders that the checks left lines out of.
    setupSql: `
      CREATE TEMP TABLE import_orders ON COMMIT DROP AS
      SELECT (s.order_id COLLATE "C") COLLATE "default" AS order_id, sum(s.quantity * s.unit_price) AS total,
             min(s.row_number) AS first_row, count(*) <> count(DISTINCT s.sku COLLATE "C") AS repeats_sku,
             min(coalesce(s.customer_external_id, '') COLLATE "C") <> max(coalesce(s.customer_external_id, '') COLLATE "C")
               OR min(coalesce(s.customer_email, '') COLLATE "C") <> max(coalesce(s.customer_email, '') COLLATE "C")
               OR min(s.ordered_at) <> max(s.ordered_at)
               OR min(s.currency COLLATE "C") <> max(s.currency COLLATE "C") AS disagrees
      FROM import_rows s GROUP BY s.order_id COLLATE "C";
      CREATE TEMP TABLE import_order_ids (order_id text PRIMARY KEY, id integer NOT NULL, customer_id_before integer) ON COMMIT DROP;
      CREATE TEMP TABLE import_existing_lines (order_id integer NOT NULL, sku text NOT NULL, id integer NOT NULL,
                                               PRIMARY KEY (order_id, sku)) ON COMMIT DROP`,

    async beforeWrites(sql) {
      // The orders the checks left lines out of: their total and first line from the lines to write; an order
      // without any is not written.
      await sql.query(
        `UPDATE import_orders o SET total = w.total, first_row = w.first_row
         FROM (SELECT s.order_id, sum(s.quantity * s.unit_price) FILTER (WHERE ${writableRows}) AS total,
                      min(s.row_number) FILTER (WHERE ${writableRows}) AS first_row
               FROM import_rows s WHERE s.order_id IN (SELECT order_id FROM import_rows s WHERE NOT (${writableRows}))
               GROUP BY s.order_id) AS w
         WHERE o.order_id = w.order_id`,
      );
      await sql.query("DELETE FROM import_orders WHERE first_row IS NULL");
      await sql.query("CREATE UNIQUE INDEX ON import_orders (order_id)");
      await sql.query("CREATE INDEX ON import_orders (first_row)");
      await sql.query("ANALYZE import_orders");
      // Orders stored before, with their customer then (an order moved to another customer changes both
      // customers' totals), and their lines.
      const stored = await sql.query(
        `INSERT INTO import_order_ids (order_id, id, customer_id_before)
         SELECT o."externalId", o.id, o."customerId" FROM "Order" o JOIN import_orders t ON t.order_id = o."externalId"`,
      );
      storedOrders = stored.rowCount ?? 0;
      await sql.query(
        `INSERT INTO import_existing_lines (order_id, sku, id)
         SELECT l."orderId", l."sku", l.id FROM "OrderLine" l
         WHERE l."orderId" IN (SELECT id FROM import_order_ids WHERE customer_id_before IS NOT NULL)`,
      );
      await sql.query("ANALYZE import_order_ids");
      await sql.query("ANALYZE import_existing_lines");
    },

    async finish(sql) {
      await sql.query(
        `UPDATE "Order" AS o SET "total" = t.total
         FROM (SELECT l."orderId", sum(l."quantity" * l."unitPrice") AS total FROM "OrderLine" l
               WHERE l."orderId" IN (SELECT id FROM import_order_ids WHERE customer_id_before IS NOT NULL)
               GROUP BY l."orderId") AS t
         WHERE o.id = t."orderId" AND o."total" IS DISTINCT FROM t.total`,
      );
      // recomputeCustomerTotals, set-based, for the customers of the imported orders before and after. The orders
      // written since beforeWrites are counted first: planned as the few rows it saw, the join below looked up
      // every order by its key (0.9 s for 333,000 orders, against 0.15 s hashed).
      await sql.query("ANALYZE import_order_ids");
      await sql.query(
        `CREATE TEMP TABLE import_customers ON COMMIT DROP AS
         SELECT customer_id_before AS id FROM import_order_ids WHERE customer_id_before IS NOT NULL
         UNION
         SELECT o."customerId" FROM "Order" o WHERE o.id IN (SELECT id FROM import_order_ids)`,
      );
      await sql.query("ANALYZE import_customers");
      // Customers whose totals changed are the ones whose order features changed: they are scored again.
      const updateTotals = `
         UPDATE "Customer" AS c
         SET "orderCount" = coalesce(t.order_count, 0), "totalSpent" = coalesce(t.total_spent, 0),
             "firstOrderAt" = t.first_order_at, "lastOrderAt" = t.last_order_at, "updatedAt" = now()
         FROM import_customers ids
         LEFT JOIN (SELECT "customerId", count(*)::int AS order_count, sum("total") AS total_spent,
                           min("orderedAt") AS first_order_at, max("orderedAt") AS last_order_at
                    FROM "Order" WHERE "customerId" IN (SELECT id FROM import_customers) GROUP BY "customerId") AS t ON t."customerId" = ids.id
         WHERE c.id = ids.id
           AND (c."orderCount", c."totalSpent", c."firstOrderAt", c."lastOrderAt")
               IS DISTINCT FROM (coalesce(t.order_count, 0), coalesce(t.total_spent, 0), t.first_order_at, t.last_order_at)`;
      await sql.query(
        recordTouchedCustomers
          ? `WITH changed AS (${updateTotals} RETURNING c.id) INSERT INTO import_touched_customers (id) SELECT id FROM changed`
          : updateTotals,
      );
    },
  };
}
