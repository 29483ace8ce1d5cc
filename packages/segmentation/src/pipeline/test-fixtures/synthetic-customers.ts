import type { OrderLine, OrderRecord } from "../../features";
import { createMatrix } from "../../matrix";
import { SeededRandom } from "../../random";
import type { ReadyFeatureTable } from "../pipeline-input";

/**
 * Synthetic customers with planted segments, for tests and benchmarks (deterministic by seed).
 * Each planted segment draws recency, order count, order value and tenure from its own ranges,
 * far enough apart that a good segmentation recovers them.
 */
export interface PlantedSegment {
  name: string;
  share: number;
  recency: [number, number];
  orders: [number, number];
  orderValue: [number, number];
  tenure: [number, number];
}

export const PLANTED_SEGMENTS: readonly PlantedSegment[] = [
  {
    name: "champions",
    share: 0.15,
    recency: [1, 15],
    orders: [14, 24],
    orderValue: [90, 140],
    tenure: [400, 900],
  },
  {
    name: "loyal",
    share: 0.25,
    recency: [10, 45],
    orders: [6, 11],
    orderValue: [40, 70],
    tenure: [300, 800],
  },
  {
    name: "hibernating",
    share: 0.3,
    recency: [200, 365],
    orders: [1, 3],
    orderValue: [25, 55],
    tenure: [400, 1000],
  },
  { name: "newcomers", share: 0.2, recency: [1, 30], orders: [1, 2], orderValue: [30, 70], tenure: [5, 60] },
  {
    name: "big spenders",
    share: 0.1,
    recency: [30, 120],
    orders: [2, 4],
    orderValue: [350, 550],
    tenure: [200, 700],
  },
];

/** A type alias (not an interface) so it is assignable to the pipeline's CustomerRow. */
export type SyntheticCustomer = { id: string; signupDate: number; city: string; gender: string; age: number };

export const SYNTHETIC_FEATURES = ["recency_days", "frequency", "monetary", "avg_order_value", "tenure_days"];

function uniform(random: SeededRandom, [low, high]: [number, number]): number {
  return low + random.next() * (high - low);
}

function plantedOf(random: SeededRandom): number {
  const u = random.next();
  let cumulative = 0;
  for (let s = 0; s < PLANTED_SEGMENTS.length; s++) {
    cumulative += PLANTED_SEGMENTS[s].share;
    if (u < cumulative) return s;
  }
  return PLANTED_SEGMENTS.length - 1;
}

/** A ready feature table of `rows` customers and the planted segment of each. */
export function syntheticCustomerTable(
  rows: number,
  seed: number,
): { table: ReadyFeatureTable; planted: Int32Array } {
  const random = new SeededRandom(seed);
  const values = createMatrix(rows, SYNTHETIC_FEATURES.length);
  const planted = new Int32Array(rows);
  const cities = ["Paris", "Lyon", "Nice", "Lille"];
  const city: string[] = new Array<string>(rows);
  for (let i = 0; i < rows; i++) {
    const s = plantedOf(random);
    const segment = PLANTED_SEGMENTS[s];
    planted[i] = s;
    const orders = Math.round(uniform(random, segment.orders));
    const orderValue = uniform(random, segment.orderValue);
    const row = i * SYNTHETIC_FEATURES.length;
    values.data[row] = uniform(random, segment.recency);
    values.data[row + 1] = orders;
    values.data[row + 2] = orders * orderValue;
    values.data[row + 3] = orderValue;
    values.data[row + 4] = uniform(random, segment.tenure);
    city[i] = cities[random.nextInt(cities.length)];
  }
  return {
    table: {
      ids: Array.from({ length: rows }, (_, i) => i + 1),
      names: [...SYNTHETIC_FEATURES],
      values,
      categorical: [{ name: "city", values: city }],
    },
    planted,
  };
}

/** Customers and their orders (with category lines) following the same planted segments. */
export function syntheticCustomersWithOrders(
  count: number,
  seed: number,
  asOf: number,
): { customers: SyntheticCustomer[]; orders: OrderRecord[]; planted: Int32Array } {
  const random = new SeededRandom(seed);
  const day = 86_400_000;
  const customers: SyntheticCustomer[] = [];
  const orders: OrderRecord[] = [];
  const planted = new Int32Array(count);
  const categoriesBySegment = [
    ["electronics", "books", "games"],
    ["books", "kitchen"],
    ["kitchen", "garden"],
    ["books", "toys"],
    ["electronics", "furniture"],
  ];
  // Every pair of a segment's categories, as the two lines of an order (unit price 1: shares are by
  // line spend, so each category gets half of the order).
  const lineChoices = categoriesBySegment.map((categories) =>
    categories.flatMap((first) =>
      categories.map((second): OrderLine[] => [
        { sku: `${first}-1`, category: first, quantity: 1, unitPrice: 1 },
        { sku: `${second}-2`, category: second, quantity: 1, unitPrice: 1 },
      ]),
    ),
  );
  for (let i = 0; i < count; i++) {
    const s = plantedOf(random);
    const segment = PLANTED_SEGMENTS[s];
    planted[i] = s;
    const tenure = uniform(random, segment.tenure);
    const recency = Math.min(uniform(random, segment.recency), tenure);
    const orderCount = Math.round(uniform(random, segment.orders));
    const id = `c${i + 1}`;
    customers.push({
      id,
      signupDate: asOf - tenure * day,
      city: ["Paris", "Lyon", "Nice"][random.nextInt(3)],
      gender: random.next() < 0.5 ? "f" : "m",
      age: 18 + random.nextInt(60),
    });
    for (let o = 0; o < orderCount; o++) {
      // The last order sets the recency; earlier ones spread over the tenure.
      const daysAgo = o === 0 ? recency : recency + random.next() * (tenure - recency);
      const choices = lineChoices[s];
      orders.push({
        customerId: id,
        orderedAt: asOf - daysAgo * day,
        total: uniform(random, segment.orderValue),
        // Shared line arrays: a million customers' orders must not cost a million line objects.
        lines: choices[random.nextInt(choices.length)],
      });
    }
  }
  return { customers, orders, planted };
}
