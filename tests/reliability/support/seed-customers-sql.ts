import {
  EMAIL_DOMAINS,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  emailSlug,
} from "@seglens/demo-data";
import { Client } from "pg";

const firstNames = [...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES];

/**
 * Customer `index` (1-based) of the seed: the demo shop's names, every first name with every last name
 * (about 33 customers per full name and 2,000 per last name at 100,000), and an address made unique by the
 * index, as in the demo shop ("sara.bakker4241@example.net"); external id "s<index>".
 */
export function seededCustomer(index: number): { externalId: string; name: string; email: string } {
  const first = firstNames[index % firstNames.length];
  const last = LAST_NAMES[Math.floor(index / firstNames.length) % LAST_NAMES.length];
  const domain = EMAIL_DOMAINS[index % EMAIL_DOMAINS.length];
  return {
    externalId: `s${index}`,
    name: `${first} ${last}`,
    email: `${emailSlug(first)}.${emailSlug(last)}${index}@${domain}`,
  };
}

/**
 * Seeds `customers` synthetic customers (see seededCustomer) in three behaviour groups (1, 4 or 7 orders)
 * with SQL generate_series: seconds for 100,000 customers, where the import path would measure itself.
 * With `orderLines`, each order also gets 1 to 3 lines of 64 products in 8 categories (800,000 lines for
 * 100,000 customers), so a segmentation run mines baskets as it would on a real shop's data.
 */
export async function seedCustomersWithSql(
  databaseUrl: string,
  customers: number,
  { orderLines = false }: { orderLines?: boolean } = {},
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Array parameters: $2 first names, $3 last names, $4 and $5 their address forms, $6 domains.
    await client.query(
      `insert into "Customer" ("externalId", email, name, country, "signupDate", "marketingConsent", "updatedAt")
       select 's' || g,
              ($4::text[])[1 + g % ${firstNames.length}] || '.' || ($5::text[])[1 + (g / ${firstNames.length}) % ${LAST_NAMES.length}]
                || g || '@' || ($6::text[])[1 + g % ${EMAIL_DOMAINS.length}],
              ($2::text[])[1 + g % ${firstNames.length}] || ' ' || ($3::text[])[1 + (g / ${firstNames.length}) % ${LAST_NAMES.length}],
              case when g % 2 = 0 then 'FR' else 'DE' end,
              now() - make_interval(days => 300 + g % 200), g % 4 <> 0, now()
       from generate_series(1, $1::int) g`,
      [
        customers,
        firstNames,
        LAST_NAMES,
        firstNames.map(emailSlug),
        LAST_NAMES.map(emailSlug),
        EMAIL_DOMAINS,
      ],
    );
    await client.query(
      `insert into "Order" ("externalId", "customerId", "orderedAt", total)
       select 'o' || c.id || '-' || k, c.id,
              now() - make_interval(days => (c.id % 3) * 150 + k * 7 + (c.id * 7 + k) % 20),
              20 + (c.id % 3) * 80 + ((c.id * 13 + k) % 30)
       from "Customer" c, generate_series(1, 1 + (c.id % 3) * 3) k
       where c."externalId" like 's%'`,
    );
    if (orderLines) {
      await client.query(
        `insert into "Product" (sku, name, category, price, "updatedAt")
         select 'P' || g, 'Product ' || g,
                (array['shoes', 'bags', 'shirts', 'jackets', 'hats', 'socks', 'belts', 'scarves'])[1 + g % 8], 10 + g, now()
         from generate_series(1, 64) g`,
      );
      // Which products an order holds depends on the order and on its customer (so segments differ in baskets).
      await client.query(
        `insert into "OrderLine" ("orderId", "productId", sku, quantity, "unitPrice")
         select o.id, p.id, p.sku, 1 + (o.id + k) % 3, p.price
         from "Order" o cross join generate_series(1, 1 + o.id % 3) k
         join "Product" p on p.sku = 'P' || (1 + (o.id * 7 + k * 13 + (o."customerId" % 5) * 11) % 64)
         where o."externalId" like 'o%'`,
      );
    }
    // What autovacuum does soon after a bulk load on a default server (this machine's test server runs
    // with autovacuum off): statistics, and the search index's pending list merged into the index itself
    // (left pending, every search scans it: 12 ms instead of 2 ms per search at 100,000 customers, measured).
    await client.query("vacuum analyze");
  } finally {
    await client.end();
  }
}

/** Runs one query on a short-lived connection (the database may have restarted since the last one). */
export async function queryOnce<T extends Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}
