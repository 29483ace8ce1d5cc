// One statement per table and batch: every column travels as one array parameter and unnest() turns
// the arrays back into rows. This is many times faster than row-by-row INSERTs, works the same on the
// embedded PGlite as on a PostgreSQL server, and keeps the statement text constant.

/** Skips a customer whose external id or e-mail already exists: seeding twice adds nothing. */
export const INSERT_CUSTOMERS = `
INSERT INTO "Customer" ("externalId", email, name, gender, "birthDate", city, country, occupation, income,
  "signupDate", "marketingConsent", attributes, "orderCount", "totalSpent", "firstOrderAt", "lastOrderAt", "updatedAt")
SELECT u.*, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[],
  $8::text[], $9::numeric[], $10::timestamp(3)[], $11::boolean[], $12::jsonb[], $13::int[], $14::numeric[],
  $15::timestamp(3)[], $16::timestamp(3)[]) AS u
ON CONFLICT DO NOTHING
RETURNING id, "externalId"`;

export const INSERT_ORDERS = `
INSERT INTO "Order" ("externalId", "customerId", "orderedAt", total, currency)
SELECT * FROM unnest($1::text[], $2::int[], $3::timestamp(3)[], $4::numeric[], $5::text[])
ON CONFLICT DO NOTHING
RETURNING id, "externalId"`;

export const INSERT_ORDER_LINES = `
INSERT INTO "OrderLine" ("orderId", "productId", sku, quantity, "unitPrice")
SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::numeric[])
ON CONFLICT DO NOTHING`;

export const INSERT_EVENTS = `
INSERT INTO "Event" ("customerId", type, "occurredAt", properties, "dedupeKey")
SELECT u.customer, u.type::"EventType", u.at, u.properties, u.key
FROM unnest($1::int[], $2::text[], $3::timestamp(3)[], $4::jsonb[], $5::text[]) AS u(customer, type, at, properties, key)
ON CONFLICT ("dedupeKey") DO NOTHING`;

export const INSERT_PRODUCTS = `
INSERT INTO "Product" (sku, name, category, price, "updatedAt")
SELECT u.*, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[]) AS u
ON CONFLICT (sku) DO NOTHING`;

export const SELECT_PRODUCT_IDS = `SELECT id, sku FROM "Product" WHERE sku = ANY($1::text[])`;
