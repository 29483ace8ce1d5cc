import { Prisma, type PrismaClient } from "@seglens/database";

/** One customer's raw aggregates: everything its features are computed from, nothing per order. */
export interface CustomerAggregate {
  id: number;
  signupMs: number | null;
  birthMs: number | null;
  income: number | null;
  country: string | null;
  gender: string | null;
  frequency: number;
  monetary: number;
  firstOrderMs: number | null;
  lastOrderMs: number | null;
  views: number;
  searches: number;
  addToCarts: number;
  purchases: number;
  emailOpens: number;
  emailClicks: number;
}

export type AggregateReader = Pick<PrismaClient, "$queryRaw">;

/**
 * Aggregates of the customers selected by `customerFilter` (a WHERE/ORDER/LIMIT on "Customer"),
 * with orders and events restricted by `activityFilter` on "customerId" so PostgreSQL reads a
 * range of the (customerId, …) indexes instead of every order.
 */
function aggregateQuery(customerFilter: Prisma.Sql, activityFilter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    with batch as (
      select id, "signupDate", "birthDate", income, country, gender from "Customer" ${customerFilter}
    ),
    order_totals as (
      select "customerId",
             count(*)::int as frequency,
             sum(total)::float8 as monetary,
             (extract(epoch from min("orderedAt")) * 1000)::float8 as first_ms,
             (extract(epoch from max("orderedAt")) * 1000)::float8 as last_ms
      from "Order" where ${activityFilter} group by "customerId"
    ),
    event_counts as (
      select "customerId",
             (count(*) filter (where type = 'VIEW'))::int as views,
             (count(*) filter (where type = 'SEARCH'))::int as searches,
             (count(*) filter (where type = 'ADD_TO_CART'))::int as add_to_carts,
             (count(*) filter (where type = 'PURCHASE'))::int as purchases,
             (count(*) filter (where type = 'EMAIL_OPEN'))::int as email_opens,
             (count(*) filter (where type = 'EMAIL_CLICK'))::int as email_clicks
      from "Event" where ${activityFilter} group by "customerId"
    )
    select b.id,
           (extract(epoch from b."signupDate") * 1000)::float8 as "signupMs",
           (extract(epoch from b."birthDate"::timestamp) * 1000)::float8 as "birthMs",
           b.income::float8 as income, b.country, b.gender,
           coalesce(o.frequency, 0) as frequency, coalesce(o.monetary, 0)::float8 as monetary,
           o.first_ms as "firstOrderMs", o.last_ms as "lastOrderMs",
           coalesce(e.views, 0) as views, coalesce(e.searches, 0) as searches,
           coalesce(e.add_to_carts, 0) as "addToCarts", coalesce(e.purchases, 0) as purchases,
           coalesce(e.email_opens, 0) as "emailOpens", coalesce(e.email_clicks, 0) as "emailClicks"
    from batch b
    left join order_totals o on o."customerId" = b.id
    left join event_counts e on e."customerId" = b.id
    order by b.id`;
}

/** The next `limit` customers with id > afterId (keyset pagination: constant cost per batch). */
export async function readAggregateBatch({
  prisma,
  afterId,
  limit,
}: {
  prisma: AggregateReader;
  afterId: number;
  limit: number;
}): Promise<CustomerAggregate[]> {
  const rows = await prisma.$queryRaw<CustomerAggregate[]>(
    aggregateQuery(
      Prisma.sql`where id > ${afterId} order by id limit ${limit}`,
      // Both bounds come from the batch itself, so the range scan stops where the batch ends.
      Prisma.sql`"customerId" > ${afterId} and "customerId" <= (select max(id) from batch)`,
    ),
  );
  return rows.map(normaliseRow);
}

/** Aggregates of a few named customers (real-time assignment). */
export async function readAggregatesOf({
  prisma,
  customerIds,
}: {
  prisma: AggregateReader;
  customerIds: readonly number[];
}): Promise<CustomerAggregate[]> {
  if (customerIds.length === 0) return [];
  const ids = [...customerIds];
  const rows = await prisma.$queryRaw<CustomerAggregate[]>(
    aggregateQuery(Prisma.sql`where id = any(${ids}::int[])`, Prisma.sql`"customerId" = any(${ids}::int[])`),
  );
  return rows.map(normaliseRow);
}

/** The driver may hand back numeric strings or bigints for some expressions; features need numbers. */
function normaliseRow(row: CustomerAggregate): CustomerAggregate {
  const num = (value: unknown): number => Number(value);
  const numOrNull = (value: unknown): number | null =>
    value === null || value === undefined ? null : Number(value);
  return {
    id: num(row.id),
    signupMs: numOrNull(row.signupMs),
    birthMs: numOrNull(row.birthMs),
    income: numOrNull(row.income),
    country: row.country,
    gender: row.gender,
    frequency: num(row.frequency),
    monetary: num(row.monetary),
    firstOrderMs: numOrNull(row.firstOrderMs),
    lastOrderMs: numOrNull(row.lastOrderMs),
    views: num(row.views),
    searches: num(row.searches),
    addToCarts: num(row.addToCarts),
    purchases: num(row.purchases),
    emailOpens: num(row.emailOpens),
    emailClicks: num(row.emailClicks),
  };
}
