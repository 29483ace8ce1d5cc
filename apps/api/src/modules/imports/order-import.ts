import { normaliseEmail } from "../customers/normalise-email";
import { recomputeCustomerTotals } from "../orders/recompute-customer-totals";
import type { ImportDb, ImportProcessor, ResolvedBatch, ValidRow, WriteCounts } from "./import-processor";
import type { ImportRowReader } from "./import-row-reader";
import { parseDateTime, parseMoney, parsePositiveInteger } from "./parse-cell-values";
import { describeCustomerKey, resolveCustomerKeys, type CustomerKey } from "./resolve-customer-keys";

export interface OrderLineImportRecord {
  orderId: string;
  customer: CustomerKey;
  /** Filled by resolveBatch. */
  customerId: number;
  orderedAt: Date;
  currency: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  productName: string | null;
  category: string | null;
}

/**
 * orders.csv: one row per order LINE; the order's fields repeat on each of its lines and must agree.
 * Unknown SKUs create products; the order total and the customer's totals are recomputed from the lines.
 */
export function createOrderImport(): ImportProcessor<OrderLineImportRecord> {
  const seenLines = new Set<string>();
  const orderSignature = new Map<string, string>();

  return {
    validateRow(reader: ImportRowReader): OrderLineImportRecord | null {
      const orderId = reader.required("orderId", "order id");
      const externalId = reader.text("customerExternalId") || null;
      const rawEmail = reader.text("customerEmail");
      const email = normaliseEmail(rawEmail);
      if (email === undefined) reader.problem("customerEmail", `"${rawEmail}" is not an email address`);
      if (externalId === null && !email) reader.problem(reader.has("customerExternalId") ? "customerExternalId" : "customerEmail", "customer id or email is required");
      const orderedAt = reader.required("orderedAt", "order date") === null ? null : reader.parse("orderedAt", parseDateTime);
      const sku = reader.required("sku", "sku");
      const quantity = reader.required("quantity", "quantity") === null ? null : reader.parse("quantity", parsePositiveInteger);
      const unitPrice = reader.required("unitPrice", "unit price") === null ? null : reader.parse("unitPrice", parseMoney);
      const currency = (reader.text("currency") || "USD").toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency)) reader.problem("currency", `"${reader.text("currency")}" is not a 3-letter currency code`);
      if (reader.issues.length > 0 || orderId === null || orderedAt === null || sku === null || quantity === null || unitPrice === null) return null;

      const lineKey = `${orderId}\u0000${sku}`;
      if (seenLines.has(lineKey)) {
        reader.problem("sku", `order "${orderId}" has SKU "${sku}" on an earlier row of the file`);
        return null;
      }
      const signature = `${externalId ?? ""}\u0000${email ?? ""}\u0000${orderedAt.getTime()}\u0000${currency}`;
      const earlier = orderSignature.get(orderId);
      if (earlier !== undefined && earlier !== signature) {
        reader.problem("orderId", `order "${orderId}" has a different customer, date or currency on an earlier row`);
        return null;
      }
      orderSignature.set(orderId, signature);
      seenLines.add(lineKey);
      return {
        orderId,
        customer: { externalId, email: email ?? null },
        customerId: 0,
        orderedAt,
        currency,
        sku,
        quantity,
        unitPrice,
        productName: reader.optionalText("productName"),
        category: reader.optionalText("category"),
      };
    },

    async resolveBatch(rows: ValidRow<OrderLineImportRecord>[], db: ImportDb): Promise<ResolvedBatch<OrderLineImportRecord>> {
      const resolutions = await resolveCustomerKeys({ db, keys: rows.map((row) => row.record.customer) });
      const result: ResolvedBatch<OrderLineImportRecord> = { rows: [], invalid: [], skipped: [] };
      rows.forEach((row, index) => {
        const resolution = resolutions[index];
        if (resolution.kind === "found") result.rows.push({ rowNumber: row.rowNumber, record: { ...row.record, customerId: resolution.customer.id } });
        else if (resolution.kind === "suppressed") result.skipped.push(row.rowNumber);
        else {
          const column = row.record.customer.externalId !== null ? "customerExternalId" : "customerEmail";
          result.invalid.push({ rowNumber: row.rowNumber, issues: [{ column, message: `${describeCustomerKey(row.record.customer)} does not exist` }] });
        }
      });
      return result;
    },

    async writeBatch(rows: ValidRow<OrderLineImportRecord>[], db: ImportDb): Promise<WriteCounts> {
      if (rows.length === 0) return { created: 0, updated: 0, skipped: 0 };
      const lines = rows.map((row) => row.record);
      const orders = [...new Map(lines.map((line) => [line.orderId, line])).values()];
      const orderIds = orders.map((order) => order.orderId);

      await db.$executeRaw`
        INSERT INTO "Product" ("sku", "name", "category", "price", "updatedAt")
        SELECT DISTINCT ON (t.sku) t.sku, coalesce(t.name, t.sku), coalesce(t.category, 'uncategorised'), t.price, now()
        FROM unnest(${lines.map((line) => line.sku)}::text[], ${lines.map((line) => line.productName)}::text[],
                    ${lines.map((line) => line.category)}::text[], ${lines.map((line) => line.unitPrice)}::numeric[]) AS t(sku, name, category, price)
        ORDER BY t.sku
        ON CONFLICT ("sku") DO NOTHING`;
      // Customers that owned these orders before (an order moved to another customer changes both totals).
      const previous = await db.$queryRaw<{ customerId: number }[]>`
        SELECT DISTINCT "customerId" FROM "Order" WHERE "externalId" = ANY(${orderIds}::text[])`;
      await db.$executeRaw`
        INSERT INTO "Order" ("externalId", "customerId", "orderedAt", "currency", "total")
        SELECT t.external_id, t.customer_id, t.ordered_at, t.currency, 0
        FROM unnest(${orderIds}::text[], ${orders.map((order) => order.customerId)}::int[],
                    ${orders.map((order) => order.orderedAt.toISOString())}::timestamp(3)[], ${orders.map((order) => order.currency)}::text[])
          AS t(external_id, customer_id, ordered_at, currency)
        ON CONFLICT ("externalId") DO UPDATE SET "customerId" = EXCLUDED."customerId", "orderedAt" = EXCLUDED."orderedAt", "currency" = EXCLUDED."currency"
        WHERE ("Order"."customerId", "Order"."orderedAt", "Order"."currency") IS DISTINCT FROM (EXCLUDED."customerId", EXCLUDED."orderedAt", EXCLUDED."currency")`;
      const changed = await db.$queryRaw<{ inserted: boolean }[]>`
        INSERT INTO "OrderLine" ("orderId", "productId", "sku", "quantity", "unitPrice")
        SELECT o.id, p.id, t.sku, t.quantity, t.unit_price
        FROM unnest(${lines.map((line) => line.orderId)}::text[], ${lines.map((line) => line.sku)}::text[],
                    ${lines.map((line) => line.quantity)}::int[], ${lines.map((line) => line.unitPrice)}::numeric[]) AS t(order_id, sku, quantity, unit_price)
        JOIN "Order" o ON o."externalId" = t.order_id
        LEFT JOIN "Product" p ON p."sku" = t.sku
        ON CONFLICT ("orderId", "sku") DO UPDATE SET "quantity" = EXCLUDED."quantity", "unitPrice" = EXCLUDED."unitPrice", "productId" = EXCLUDED."productId"
        WHERE ("OrderLine"."quantity", "OrderLine"."unitPrice", "OrderLine"."productId") IS DISTINCT FROM (EXCLUDED."quantity", EXCLUDED."unitPrice", EXCLUDED."productId")
        RETURNING (xmax = 0) AS inserted`;
      await db.$executeRaw`
        UPDATE "Order" AS o SET "total" = s.total
        FROM (SELECT l."orderId", sum(l."quantity" * l."unitPrice") AS total
              FROM "OrderLine" l JOIN "Order" lo ON lo.id = l."orderId"
              WHERE lo."externalId" = ANY(${orderIds}::text[]) GROUP BY l."orderId") AS s
        WHERE o.id = s."orderId" AND o."total" IS DISTINCT FROM s.total`;
      const customerIds = new Set([...orders.map((order) => order.customerId), ...previous.map((row) => row.customerId)]);
      await recomputeCustomerTotals({ db, customerIds: [...customerIds] });
      const created = changed.filter((row) => row.inserted).length;
      return { created, updated: changed.length - created, skipped: rows.length - changed.length };
    },
  };
}
