import type { PrismaClient, UserRole } from "@seglens/database";
import type { Viewer } from "../../../graphql/viewer";
import type { TestApi } from "../../../testing/create-test-api";

const day = 86_400_000;

/**
 * Three customer groups that no sensible clustering can mix up (per group: signup age, number of
 * orders, how long ago, order size; a little deterministic jitter so the groups are not points):
 *   champions: 10 orders of ~200 in the last 60 days, signed up ~400 days ago
 *   lapsed:    1 order of ~20 about 400 days ago, signed up ~500 days ago
 *   regulars:  4 orders of ~60 about 150 days ago, signed up ~300 days ago
 */
export const groupShapes = {
  champions: { orders: 10, total: 200, lastDaysAgo: 5, spacingDays: 6, signupDaysAgo: 400 },
  lapsed: { orders: 1, total: 20, lastDaysAgo: 400, spacingDays: 0, signupDaysAgo: 500 },
  regulars: { orders: 4, total: 60, lastDaysAgo: 150, spacingDays: 10, signupDaysAgo: 300 },
} as const;
export type GroupName = keyof typeof groupShapes;

export interface SeededGroups {
  /** Customer ids per group. */
  members: Record<GroupName, number[]>;
  total: number;
}

export async function seedThreeGroups(
  prisma: PrismaClient,
  perGroup = 100,
  now = Date.now(),
): Promise<SeededGroups> {
  const members = { champions: [], lapsed: [], regulars: [] } as Record<GroupName, number[]>;
  for (const group of Object.keys(groupShapes) as GroupName[]) {
    const shape = groupShapes[group];
    await prisma.customer.createMany({
      data: Array.from({ length: perGroup }, (_, i) => ({
        externalId: `${group}-${i}`,
        email: `${group}-${i}@example.com`,
        name: `${group} ${i}`,
        country: i % 2 === 0 ? "FR" : "DE",
        signupDate: new Date(now - (shape.signupDaysAgo + (i % 7)) * day),
      })),
    });
    const customers = await prisma.customer.findMany({
      where: { externalId: { startsWith: `${group}-` } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    members[group] = customers.map((customer) => customer.id);
    await addOrders(prisma, members[group], group, now);
  }
  return { members, total: perGroup * 3 };
}

/** Orders shaped like `group`'s for these customers (used to move customers between groups too). */
export async function addOrders(
  prisma: PrismaClient,
  customerIds: readonly number[],
  group: GroupName,
  now = Date.now(),
  tag = "o",
): Promise<void> {
  const shape = groupShapes[group];
  await prisma.order.createMany({
    data: customerIds.flatMap((customerId, i) =>
      Array.from({ length: shape.orders }, (_, o) => ({
        externalId: `${tag}-${group}-${customerId}-${o}`,
        customerId,
        orderedAt: new Date(now - (shape.lastDaysAgo + (i % 5) + o * shape.spacingDays) * day),
        total: shape.total + (i % 5) - 2,
      })),
    ),
  });
}

export async function createViewer(prisma: PrismaClient, role: UserRole): Promise<Viewer> {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.com`;
  const user = await prisma.user.create({ data: { email, passwordHash: "not-a-real-hash", role } });
  return { kind: "user", userId: user.id, email, role, sessionId: "test" };
}

const runStatusQuery = `query Run($id: ID!) { segmentationRun(id: $id) { id status stage progress error } }`;

export interface RunSnapshot {
  status: string;
  stage: string;
  progress: number;
  error: string | null;
}

/** Polls a run until it finishes, recording every distinct state seen on the way. */
export async function waitForRun(
  api: TestApi,
  viewer: Viewer,
  id: string,
  timeoutMs = 60_000,
): Promise<RunSnapshot[]> {
  const seen: RunSnapshot[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await api.execute<{ segmentationRun: RunSnapshot }>(runStatusQuery, { id }, viewer);
    const run = response.data?.segmentationRun;
    if (!run) throw new Error(`run query failed: ${JSON.stringify(response.errors)}`);
    const last = seen.at(-1);
    if (!last || last.status !== run.status || last.progress !== run.progress || last.stage !== run.stage)
      seen.push(run);
    if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(run.status)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`run ${id} did not finish within ${timeoutMs} ms`);
}

/** Starts a run through the API and waits for it; returns its id (fails the test unless it succeeded). */
export async function runToSuccess(
  api: TestApi,
  viewer: Viewer,
  input: Record<string, unknown>,
): Promise<string> {
  const response = await api.execute<{ startSegmentationRun: { id: string } }>(
    `mutation Start($input: StartSegmentationRunInput!) { startSegmentationRun(input: $input) { id } }`,
    { input },
    viewer,
  );
  const id = response.data?.startSegmentationRun.id;
  if (!id) throw new Error(`run not started: ${JSON.stringify(response.errors)}`);
  const last = (await waitForRun(api, viewer, id)).at(-1);
  if (last?.status !== "SUCCEEDED") throw new Error(`run ended ${last?.status}: ${last?.error}`);
  return id;
}
