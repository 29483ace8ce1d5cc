import { createHash } from "node:crypto";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import type { Viewer } from "../../graphql/viewer";
import { customerConditions } from "./list-customers";

const upsertMutation = `mutation Upsert($input: UpsertCustomerInput!) {
  upsertCustomer(input: $input) { id externalId email name income marketingConsent attributes orderCount totalSpent }
}`;
const createOrderMutation = `mutation CreateOrder($input: CreateOrderInput!) {
  createOrder(input: $input) { id externalId total currency lines { sku quantity unitPrice lineTotal productName } }
}`;
const recordEventMutation = `mutation RecordEvent($input: RecordEventInput!) {
  recordEvent(input: $input) { id type occurredAt properties }
}`;
const customersQuery = `query Customers($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderBy) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { externalId } }
  }
}`;

describe("customers, orders and events", () => {
  let api: TestApi;
  let analyst: Viewer;
  let reader: Viewer;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    const analystRow = await api.prisma.user.create({
      data: { email: "analyst@example.com", passwordHash: "x", role: "ANALYST" },
    });
    const viewerRow = await api.prisma.user.create({
      data: { email: "viewer@example.com", passwordHash: "x", role: "VIEWER" },
    });
    analyst = {
      kind: "user",
      userId: analystRow.id,
      email: analystRow.email,
      role: "ANALYST",
      sessionId: "test",
    };
    reader = {
      kind: "user",
      userId: viewerRow.id,
      email: viewerRow.email,
      role: "VIEWER",
      sessionId: "test",
    };
  });
  afterAll(async () => {
    await api?.close();
  });

  it("creates then updates a customer by externalId, lower-casing the email, and audits both", async () => {
    const created = await api.execute(
      upsertMutation,
      { input: { externalId: "c-1", email: "  Ann@Example.COM ", name: "Ann", income: 52000.5 } },
      analyst,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertCustomer).toMatchObject({
      externalId: "c-1",
      email: "ann@example.com",
      name: "Ann",
      income: 52000.5,
      marketingConsent: false,
    });

    const updated = await api.execute(
      upsertMutation,
      { input: { externalId: "c-1", marketingConsent: true, attributes: { tier: "gold" } } },
      analyst,
    );
    expect(updated.data?.upsertCustomer).toMatchObject({
      email: "ann@example.com",
      name: "Ann",
      marketingConsent: true,
      attributes: { tier: "gold" },
    });
    expect(await api.prisma.customer.count({ where: { externalId: "c-1" } })).toBe(1);
    const audit = await api.prisma.auditLog.findMany({
      where: { entityType: "Customer" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["customer.create", "customer.update"]);
    expect(audit[0].actorUserId).toBe(analyst.kind === "user" ? analyst.userId : null);
  });

  it("refuses a bad email, a negative income, a reader and an anonymous caller", async () => {
    const badEmail = await api.execute(
      upsertMutation,
      { input: { externalId: "c-x", email: "not-an-email" } },
      analyst,
    );
    expect(badEmail.errors?.[0]).toMatchObject({
      message: 'email "not-an-email" is not an email address.',
      extensions: { code: "BAD_USER_INPUT" },
    });
    const negative = await api.execute(upsertMutation, { input: { externalId: "c-x", income: -1 } }, analyst);
    expect(negative.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const forbidden = await api.execute(upsertMutation, { input: { externalId: "c-x" } }, reader);
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await api.execute(upsertMutation, { input: { externalId: "c-x" } });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await api.prisma.customer.count({ where: { externalId: "c-x" } })).toBe(0);
  });

  it("creates an order whose total is the sum of its lines and keeps the customer's totals consistent", async () => {
    const first = await api.execute(
      createOrderMutation,
      {
        input: {
          externalId: "o-1",
          customerExternalId: "c-1",
          orderedAt: "2024-03-01T10:00:00.000Z",
          lines: [
            { sku: "MUG", quantity: 3, unitPrice: 4.1 },
            { sku: "TEA", quantity: 1, unitPrice: 12.25 },
          ],
        },
      },
      analyst,
    );
    expect(first.errors).toBeUndefined();
    // 3 × 4.10 + 12.25 = 24.55
    expect(first.data?.createOrder).toMatchObject({ total: 24.55, currency: "USD" });
    await api.execute(
      createOrderMutation,
      {
        input: {
          externalId: "o-2",
          customerExternalId: "c-1",
          orderedAt: "2024-01-15T08:00:00.000Z",
          currency: "eur",
          lines: [{ sku: "MUG", quantity: 2, unitPrice: 5 }],
        },
      },
      analyst,
    );
    const customer = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "c-1" } });
    expect(customer.orderCount).toBe(2);
    expect(customer.totalSpent.toNumber()).toBe(34.55);
    expect(customer.firstOrderAt?.toISOString()).toBe("2024-01-15T08:00:00.000Z");
    expect(customer.lastOrderAt?.toISOString()).toBe("2024-03-01T10:00:00.000Z");
    expect(await api.prisma.product.count({ where: { sku: { in: ["MUG", "TEA"] } } })).toBe(2);
  });

  it("refuses orders with an unknown customer, an existing id, a zero quantity or a repeated SKU", async () => {
    const base = {
      orderedAt: "2024-03-01T10:00:00.000Z",
      lines: [{ sku: "MUG", quantity: 1, unitPrice: 1 }],
    };
    const unknown = await api.execute(
      createOrderMutation,
      { input: { ...base, externalId: "o-9", customerExternalId: "nobody" } },
      analyst,
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Customer "nobody" does not exist.',
      extensions: { code: "NOT_FOUND" },
    });
    const duplicate = await api.execute(
      createOrderMutation,
      { input: { ...base, externalId: "o-1", customerExternalId: "c-1" } },
      analyst,
    );
    expect(duplicate.errors?.[0].extensions?.code).toBe("CONFLICT");
    const zero = await api.execute(
      createOrderMutation,
      {
        input: {
          ...base,
          externalId: "o-9",
          customerExternalId: "c-1",
          lines: [{ sku: "A", quantity: 0, unitPrice: 1 }],
        },
      },
      analyst,
    );
    expect(zero.errors?.[0].message).toBe("lines[0].quantity must be a whole number > 0.");
    const repeated = await api.execute(
      createOrderMutation,
      {
        input: {
          ...base,
          externalId: "o-9",
          customerExternalId: "c-1",
          lines: [
            { sku: "A", quantity: 1, unitPrice: 1 },
            { sku: "A", quantity: 1, unitPrice: 1 },
          ],
        },
      },
      analyst,
    );
    expect(repeated.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await api.prisma.order.count({ where: { externalId: "o-9" } })).toBe(0);
    expect((await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "c-1" } })).orderCount).toBe(
      2,
    );
  });

  it("stores the same event once (same customer, type, time and properties)", async () => {
    const input = {
      customerExternalId: "c-1",
      type: "VIEW",
      occurredAt: "2024-03-02T09:00:00.000Z",
      properties: { sku: "MUG", page: 2 },
    };
    const first = await api.execute<{ recordEvent: { id: number } }>(recordEventMutation, { input }, analyst);
    const again = await api.execute<{ recordEvent: { id: number } }>(recordEventMutation, { input }, analyst);
    expect(first.errors).toBeUndefined();
    expect(again.data?.recordEvent.id).toBe(first.data?.recordEvent.id);
    expect(await api.prisma.event.count()).toBe(1);
    const stored = await api.prisma.event.findFirstOrThrow();
    // The key the demo-data seeder computes for the same event (hand-built from the contract).
    expect(stored.dedupeKey).toBe(
      createHash("sha256").update('c-1|VIEW|2024-03-02T09:00:00.000Z|{"sku":"MUG","page":2}').digest("hex"),
    );
    const unknown = await api.execute(
      recordEventMutation,
      { input: { ...input, customerExternalId: "nobody" } },
      analyst,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("filters, sorts and paginates customers with a total count", async () => {
    for (const [index, spent] of [10, 50, 90, 130].entries()) {
      await api.prisma.customer.create({
        data: {
          externalId: `list-${index}`,
          name: `Zed ${index}`,
          totalSpent: spent,
          marketingConsent: index % 2 === 0,
          lastOrderAt: new Date(Date.UTC(2024, index, 1)),
        },
      });
    }
    const page1 = await api.execute<{
      customers: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { externalId: string } }[];
      };
    }>(
      customersQuery,
      {
        first: 2,
        filter: { text: "zed", minSpent: 40 },
        orderBy: { field: "TOTAL_SPENT", direction: "DESC" },
      },
      reader,
    );
    expect(page1.errors).toBeUndefined();
    expect(page1.data?.customers.totalCount).toBe(3);
    expect(page1.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(["list-3", "list-2"]);
    expect(page1.data?.customers.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.execute<{
      customers: { pageInfo: { hasNextPage: boolean }; edges: { node: { externalId: string } }[] };
    }>(
      customersQuery,
      {
        first: 2,
        after: page1.data?.customers.pageInfo.endCursor,
        filter: { text: "zed", minSpent: 40 },
        orderBy: { field: "TOTAL_SPENT", direction: "DESC" },
      },
      reader,
    );
    expect(page2.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(["list-1"]);
    expect(page2.data?.customers.pageInfo.hasNextPage).toBe(false);

    const consenting = await api.execute<{ customers: { edges: { node: { externalId: string } }[] } }>(
      customersQuery,
      {
        first: 10,
        filter: { text: "list-", marketingConsent: true, lastOrderAfter: "2024-02-01T00:00:00.000Z" },
      },
      reader,
    );
    expect(consenting.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(["list-2"]);
  });

  it("searches name, email and external id case-insensitively as substrings, through the trigram index", async () => {
    await api.prisma.customer.createMany({
      data: [
        { externalId: "SRCH-Alpha", email: "first.person@shop.example", name: "Maria Gómez" },
        { externalId: "srch-beta", email: "100%_real@shop.example", name: "O'Brien" },
        { externalId: "srch-gamma", email: null, name: null },
      ],
    });
    const search = async (text: string, first = 10, after?: string) => {
      const result = await api.execute<{
        customers: { totalCount: number; edges: { node: { externalId: string } }[] };
      }>(customersQuery, { first, after, filter: { text } }, reader);
      expect(result.errors).toBeUndefined();
      return {
        totalCount: result.data!.customers.totalCount,
        ids: result.data!.customers.edges.map((edge) => edge.node.externalId),
      };
    };
    expect(await search("gómez")).toEqual({ totalCount: 1, ids: ["SRCH-Alpha"] });
    expect(await search("  FIRST.PERSON@ ")).toEqual({ totalCount: 1, ids: ["SRCH-Alpha"] });
    // A whole address: looked up by its part up to the "@", then checked whole.
    expect(await search("First.Person@Shop.Example")).toEqual({ totalCount: 1, ids: ["SRCH-Alpha"] });
    expect(await search("first.person@other.example")).toEqual({ totalCount: 0, ids: [] });
    expect(await search("son@shop.ex")).toEqual({ totalCount: 1, ids: ["SRCH-Alpha"] });
    expect(await search("_real@shop.example")).toEqual({ totalCount: 1, ids: ["srch-beta"] });
    expect(await search("h-alp")).toEqual({ totalCount: 1, ids: ["SRCH-Alpha"] });
    expect(await search("SRCH-")).toEqual({ totalCount: 3, ids: ["SRCH-Alpha", "srch-beta", "srch-gamma"] });
    expect(await search("o'brien")).toEqual({ totalCount: 1, ids: ["srch-beta"] });
    // LIKE wildcards are literal text; a match never spans two fields (name "Maria Gómez" + email "first…").
    expect(await search("100%_")).toEqual({ totalCount: 1, ids: ["srch-beta"] });
    expect(await search("%")).toEqual({ totalCount: 1, ids: ["srch-beta"] });
    expect(await search("1_0")).toEqual({ totalCount: 0, ids: [] });
    expect(await search("gómezfirst")).toEqual({ totalCount: 0, ids: [] });
    expect(await search("gómez first")).toEqual({ totalCount: 0, ids: [] });
    // The count comes with the page, and is still right on a page past the last match.
    expect(await search("srch", 2)).toEqual({ totalCount: 3, ids: ["SRCH-Alpha", "srch-beta"] });
    const pastTheEnd = Buffer.from("offset:50", "utf8").toString("base64url");
    expect(await search("srch", 2, pastTheEnd)).toEqual({ totalCount: 3, ids: [] });

    // The query's expression is the index's (a different spelling would scan every customer).
    // (With a handful of customers a scan is cheaper, so scans are ruled out for the plan.)
    const [, plan] = await api.prisma.$transaction([
      api.prisma.$executeRaw`set local enable_seqscan = off`,
      api.prisma.$queryRaw<
        { "QUERY PLAN": string }[]
      >`explain select c.id from "Customer" c where ${customerConditions({ text: "srch" })[0]}`,
    ]);
    expect(JSON.stringify(plan)).toContain("Customer_search_trgm_idx");
  });

  it("lists and searches every field exactly as the single-customer query reads it (dates, money, attributes)", async () => {
    const created = await api.prisma.customer.create({
      data: {
        externalId: "fields-1",
        email: "fields@shop.example",
        name: "Field Reader",
        gender: "female",
        birthDate: new Date("1990-05-17T00:00:00.000Z"),
        city: "Lyon",
        country: "FR",
        occupation: "Baker",
        income: "41250.75",
        signupDate: new Date("2024-03-01T09:30:00.000Z"),
        marketingConsent: true,
        attributes: { plan: "gold", visits: 3 },
        orderCount: 2,
        totalSpent: "123.45",
        firstOrderAt: new Date("2024-04-02T10:00:00.000Z"),
        lastOrderAt: new Date("2024-06-03T11:00:00.000Z"),
      },
    });
    const fields = `id externalId email name gender birthDate city country occupation income signupDate
      marketingConsent attributes orderCount totalSpent firstOrderAt lastOrderAt createdAt updatedAt`;
    const one = await api.execute<{ customer: Record<string, unknown> }>(
      `query One($id: Int!) { customer(id: $id) { ${fields} } }`,
      { id: created.id },
      reader,
    );
    expect(one.data?.customer).toMatchObject({
      birthDate: "1990-05-17T00:00:00.000Z",
      income: 41250.75,
      totalSpent: 123.45,
      signupDate: "2024-03-01T09:30:00.000Z",
      attributes: { plan: "gold", visits: 3 },
    });
    for (const filter of [{ text: "field reader" }, { minSpent: 123.45, maxSpent: 123.45 }]) {
      const listed = await api.execute<{ customers: { nodes: Record<string, unknown>[] } }>(
        `query List($filter: CustomerFilter) { customers(first: 5, filter: $filter) { nodes { ${fields} } } }`,
        { filter },
        reader,
      );
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.customers.nodes).toEqual([one.data?.customer]);
    }
  });

  it("refuses a page above 100, a foreign cursor, a crossed spend range and an unknown customer", async () => {
    const tooBig = await api.execute(customersQuery, { first: 101 }, reader);
    expect(tooBig.errors?.[0]).toMatchObject({
      message: "first must be an integer between 1 and 100.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const badCursor = await api.execute(customersQuery, { first: 5, after: "bm9wZQ" }, reader);
    expect(badCursor.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const crossed = await api.execute(
      customersQuery,
      { first: 5, filter: { minSpent: 10, maxSpent: 5 } },
      reader,
    );
    expect(crossed.errors?.[0].message).toBe("filter.minSpent must not be greater than filter.maxSpent.");
    const missing = await api.execute(
      "query One($id: Int!) { customer(id: $id) { id } }",
      { id: 999999 },
      reader,
    );
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("returns one customer with orders, lines, events and the segment of the active run", async () => {
    const customer = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "c-1" } });
    const run = await api.prisma.segmentationRun.create({
      data: { name: "r", parameters: {}, status: "SUCCEEDED", isActive: true },
    });
    const segment = await api.prisma.segment.create({
      data: {
        runId: run.id,
        clusterIndex: 1,
        name: "Loyal",
        description: "d",
        size: 1,
        share: 1,
        centroid: [],
        profile: {},
        rules: [],
      },
    });
    await api.prisma.segmentMembership.create({
      data: { runId: run.id, customerId: customer.id, segmentId: segment.id, distance: 0.5 },
    });

    const result = await api.execute<{
      customer: {
        orders: { externalId: string; total: number; lines: { sku: string; lineTotal: number }[] }[];
        events: { totalCount: number };
        segment: { name: string; distance: number };
      };
    }>(
      `query One($id: Int!) { customer(id: $id) {
        orders { externalId total lines { sku lineTotal } }
        events(first: 5) { totalCount nodes { type } }
        segment { name distance clusterIndex source }
      } }`,
      { id: customer.id },
      reader,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.customer.orders.map((order) => order.externalId)).toEqual(["o-1", "o-2"]);
    expect(result.data?.customer.orders[0].lines).toEqual([
      { sku: "MUG", lineTotal: 12.3 },
      { sku: "TEA", lineTotal: 12.25 },
    ]);
    expect(result.data?.customer.events.totalCount).toBe(1);
    expect(result.data?.customer.segment).toMatchObject({ name: "Loyal", distance: 0.5 });
  });
});
