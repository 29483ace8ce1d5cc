import type { Prisma, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import {
  CustomerSortDirection,
  CustomerSortField,
  type CustomerFilter,
  type CustomerOrderBy,
} from "./customer.input";
import type { CustomerConnection } from "./customer.type";
import { pageWindow, toConnectionPage } from "./offset-cursor";
import { toCustomerNode } from "./to-customer-node";

export interface ListCustomersOptions {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
  filter?: CustomerFilter | null;
  orderBy?: CustomerOrderBy | null;
}

/** A filtered, sorted page of customers and how many match in all (two queries). */
export async function listCustomers({
  prisma,
  first,
  after,
  filter,
  orderBy,
}: ListCustomersOptions): Promise<CustomerConnection> {
  const window = pageWindow(first, after);
  const where = customerWhere(filter ?? {});
  const [totalCount, rows] = await Promise.all([
    prisma.customer.count({ where }),
    prisma.customer.findMany({
      where,
      orderBy: customerOrder(orderBy),
      skip: window.skip,
      take: window.take + 1,
    }),
  ]);
  const page = toConnectionPage(rows.map(toCustomerNode), window);
  return {
    nodes: page.nodes,
    edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount,
  };
}

function customerWhere(filter: CustomerFilter): Prisma.CustomerWhereInput {
  const { segmentId, text, minSpent, maxSpent, lastOrderAfter, lastOrderBefore, marketingConsent } = filter;
  if (minSpent != null && maxSpent != null && minSpent > maxSpent) {
    throw new AppError("BAD_USER_INPUT", "filter.minSpent must not be greater than filter.maxSpent.");
  }
  if (lastOrderAfter && lastOrderBefore && lastOrderAfter > lastOrderBefore) {
    throw new AppError(
      "BAD_USER_INPUT",
      "filter.lastOrderAfter must not be later than filter.lastOrderBefore.",
    );
  }
  if (segmentId != null && !/^[0-9a-f-]{36}$/i.test(segmentId)) {
    throw new AppError("BAD_USER_INPUT", "filter.segmentId is not a segment id.");
  }
  const conditions: Prisma.CustomerWhereInput[] = [];
  if (segmentId != null) conditions.push({ memberships: { some: { segmentId } } });
  const needle = text?.trim();
  if (needle) {
    conditions.push({
      OR: [
        { name: { contains: needle, mode: "insensitive" } },
        { email: { contains: needle.toLowerCase() } },
        { externalId: { contains: needle, mode: "insensitive" } },
      ],
    });
  }
  if (minSpent != null) conditions.push({ totalSpent: { gte: minSpent } });
  if (maxSpent != null) conditions.push({ totalSpent: { lte: maxSpent } });
  if (lastOrderAfter) conditions.push({ lastOrderAt: { gte: lastOrderAfter } });
  if (lastOrderBefore) conditions.push({ lastOrderAt: { lte: lastOrderBefore } });
  if (marketingConsent != null) conditions.push({ marketingConsent });
  return conditions.length > 0 ? { AND: conditions } : {};
}

function customerOrder(
  orderBy: CustomerOrderBy | null | undefined,
): Prisma.CustomerOrderByWithRelationInput[] {
  if (!orderBy) return [{ id: "asc" }];
  const sort = orderBy.direction === CustomerSortDirection.DESC ? "desc" : "asc";
  // Customers without a name or an order sort last either way: they are the least interesting rows.
  switch (orderBy.field) {
    case CustomerSortField.NAME:
      return [{ name: { sort, nulls: "last" } }, { id: "asc" }];
    case CustomerSortField.TOTAL_SPENT:
      return [{ totalSpent: sort }, { id: "asc" }];
    case CustomerSortField.LAST_ORDER_AT:
      return [{ lastOrderAt: { sort, nulls: "last" } }, { id: "asc" }];
    case CustomerSortField.CREATED_AT:
      return [{ createdAt: sort }, { id: "asc" }];
    case CustomerSortField.ORDER_COUNT:
      return [{ orderCount: sort }, { id: "asc" }];
  }
}
