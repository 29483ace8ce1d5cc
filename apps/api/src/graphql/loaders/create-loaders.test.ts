import type { PrismaClient } from "@seglens/database";
import type { Pool } from "pg";
import { parseEnvironment } from "../../env";
import type { RequestContext } from "../context";
import { createLogger } from "../../logging/logger";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import type { Viewer } from "../viewer";
import { createLoaders } from "./create-loaders";

const pageQuery = `query Page($first: Int!) {
  customers(first: $first, orderBy: { field: CREATED_AT, direction: ASC }) {
    totalCount
    nodes { externalId segment { name } orders { externalId total lines { sku quantity } } }
  }
}`;

interface PageResult {
  customers: {
    totalCount: number;
    nodes: { externalId: string; segment: { name: string } | null; orders: { lines: { sku: string }[] }[] }[];
  };
}

describe("DataLoaders", () => {
  let api: TestApi;
  const reader: Viewer = {
    kind: "apiKey",
    apiKeyId: "k",
    ownerId: "00000000-0000-0000-0000-000000000000",
    scopes: ["customers:read"],
  };

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    const run = await api.prisma.segmentationRun.create({
      data: { name: "r", parameters: {}, status: "SUCCEEDED", isActive: true },
    });
    const segment = await api.prisma.segment.create({
      data: {
        runId: run.id,
        clusterIndex: 0,
        name: "All",
        description: "d",
        size: 60,
        share: 1,
        centroid: [],
        profile: {},
        rules: [],
      },
    });
    for (let index = 0; index < 60; index += 1) {
      const customer = await api.prisma.customer.create({
        data: { externalId: `c-${index}`, createdAt: new Date(Date.UTC(2024, 0, 1, 0, index)) },
      });
      await api.prisma.segmentMembership.create({
        data: { runId: run.id, customerId: customer.id, segmentId: segment.id, distance: 1 },
      });
      for (let orderIndex = 0; orderIndex < 2; orderIndex += 1) {
        await api.prisma.order.create({
          data: {
            externalId: `o-${index}-${orderIndex}`,
            customerId: customer.id,
            orderedAt: new Date(Date.UTC(2024, 1, 1 + orderIndex)),
            total: 2,
            lines: {
              create: [
                { sku: "A", quantity: 1, unitPrice: 1 },
                { sku: "B", quantity: 1, unitPrice: 1 },
              ],
            },
          },
        });
      }
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Runs the page query against a client and a read pool that count every query they send to the database. */
  async function countQueries(first: number): Promise<{ queries: number; result: PageResult }> {
    let queries = 0;
    const counting = api.prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          queries += 1;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    const readPool = api.server.readPool;
    const countingPool = {
      query: (...args: Parameters<Pool["query"]>) => {
        queries += 1;
        return readPool.query(...args);
      },
    } as unknown as Pool;
    const contextValue: RequestContext = {
      prisma: counting,
      env: parseEnvironment({ NODE_ENV: "test" }),
      databaseMode: api.database.mode,
      readPool: countingPool,
      viewer: reader,
      apiKeyCache: api.server.apiKeyCache,
      jobs: api.jobs,
      logger: createLogger("silent"),
      loaders: createLoaders({ prisma: counting }),
      ipAddress: null,
      userAgent: null,
    };
    const response = await api.server.apollo.executeOperation(
      { query: pageQuery, variables: { first } },
      { contextValue },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    expect(response.body.singleResult.errors).toBeUndefined();
    return { queries, result: response.body.singleResult.data as unknown as PageResult };
  }

  it("costs the same number of SQL queries for 5 and for 50 customers with orders, lines and segments", async () => {
    const small = await countQueries(5);
    const large = await countQueries(50);
    expect(small.result.customers.nodes).toHaveLength(5);
    expect(large.result.customers.nodes).toHaveLength(50);
    expect(large.result.customers.nodes[49]).toMatchObject({ externalId: "c-49", segment: { name: "All" } });
    expect(large.result.customers.nodes[49].orders).toHaveLength(2);
    expect(large.result.customers.nodes[49].orders[0].lines.map((line) => line.sku)).toEqual(["A", "B"]);
    // count + page + orders + lines + segments
    expect(small.queries).toBe(5);
    expect(large.queries).toBe(small.queries);
  });
});
