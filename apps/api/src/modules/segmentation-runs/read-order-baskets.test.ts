import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from "@seglens/database";
import type { OrderRecord } from "@seglens/segmentation";
import { unpackPipelineInputSource, type PackedPipelineInput } from "./pack-pipeline-input";
import { readOrderBaskets } from "./read-order-baskets";

// The worker's own unpacking, compiled from the same source string it runs.
const unpack = new Function(`${unpackPipelineInputSource}; return unpackPipelineInput;`)() as (
  packed: PackedPipelineInput,
) => { orders?: OrderRecord[] };

describe("readOrderBaskets", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
    prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 2 });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("packs the latest orders that have lines as category sets, in order of their ids, and the worker unpacks them", async () => {
    expect(await readOrderBaskets({ prisma })).toEqual({ customerIds: "", items: "" });
    expect(unpack({ baskets: await readOrderBaskets({ prisma }) }).orders).toEqual([]);

    const [anna, ben] = await Promise.all(
      ["anna", "ben"].map((externalId) => prisma.customer.create({ data: { externalId } })),
    );
    const shoes = await prisma.product.create({
      data: { sku: "SH-1", name: "Runner", category: "shoes", price: 50 },
    });
    const boots = await prisma.product.create({
      data: { sku: "SH-2", name: "Boot", category: "shoes", price: 90 },
    });
    // A category holding the packing's separators keeps its letters, with spaces instead.
    const odd = await prisma.product.create({
      data: { sku: "X-1", name: "Odd", category: "odd\u001ecat\u001fegory", price: 5 },
    });
    const order = (externalId: string, customerId: number, day: number) =>
      prisma.order.create({
        data: { externalId, customerId, orderedAt: new Date(Date.UTC(2026, 0, day)), total: 10 },
      });
    const oldest = await order("o-1", anna.id, 1);
    const middle = await order("o-2", ben.id, 2);
    const newest = await order("o-3", anna.id, 3);
    await order("o-4-no-lines", ben.id, 4);
    await prisma.orderLine.createMany({
      data: [
        // Two products of one category count once; a SKU without a product stands for itself.
        { orderId: oldest.id, productId: shoes.id, sku: "SH-1", quantity: 1, unitPrice: 50 },
        { orderId: oldest.id, productId: boots.id, sku: "SH-2", quantity: 1, unitPrice: 90 },
        { orderId: oldest.id, productId: null, sku: "GIFT-CARD", quantity: 1, unitPrice: 20 },
        { orderId: middle.id, productId: odd.id, sku: "X-1", quantity: 2, unitPrice: 5 },
        { orderId: newest.id, productId: shoes.id, sku: "SH-1", quantity: 1, unitPrice: 50 },
      ],
    });

    const packed = await readOrderBaskets({ prisma });
    expect(packed).toEqual({
      customerIds: `${anna.id},${ben.id},${anna.id}`,
      items: "GIFT-CARD\u001fshoes\u001eodd cat egory\u001eshoes",
    });
    const lines = (...items: string[]) =>
      items.map((item) => ({ sku: item, category: item, quantity: 1, unitPrice: 0 }));
    expect(unpack(structuredClone({ baskets: packed })).orders).toEqual([
      { customerId: anna.id, orderedAt: 0, total: 0, lines: lines("GIFT-CARD", "shoes") },
      { customerId: ben.id, orderedAt: 0, total: 0, lines: lines("odd cat egory") },
      { customerId: anna.id, orderedAt: 0, total: 0, lines: lines("shoes") },
    ]);

    // The limit keeps the latest orders (the order without lines is among them, and has no basket).
    expect(await readOrderBaskets({ prisma, limit: 2 })).toEqual({
      customerIds: `${anna.id}`,
      items: "shoes",
    });
  });
});
