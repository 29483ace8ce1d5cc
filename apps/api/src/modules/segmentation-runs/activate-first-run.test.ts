import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from "@seglens/database";
import { itOnServer } from "../../testing/server-only-test";
import { activateIfNoneActive } from "./activate-first-run";
import { storedRunParameters } from "./test-fixtures/stored-run-parameters";

const parameters = storedRunParameters();

describe("activateIfNoneActive", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
    prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 4 });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });
  beforeEach(async () => {
    await prisma.segmentationRun.deleteMany();
  });

  const succeededRun = (name: string) =>
    prisma.segmentationRun.create({ data: { name, parameters, status: "SUCCEEDED", stage: "done" } });

  it("activates the first succeeded run, and no other once one is active", async () => {
    const first = await succeededRun("first");
    const second = await succeededRun("second");
    expect(await prisma.$transaction((tx) => activateIfNoneActive({ tx, runId: first.id }))).toBe(true);
    expect(await prisma.$transaction((tx) => activateIfNoneActive({ tx, runId: second.id }))).toBe(false);
    const active = await prisma.segmentationRun.findMany({ where: { isActive: true } });
    expect(active.map((run) => run.id)).toEqual([first.id]);
    expect(active[0].activatedAt).toBeInstanceOf(Date);
  });

  itOnServer(
    "loses the race to a run activated by another transaction without aborting its own",
    "two sessions at once: one holds the uncommitted activation the other waits on",
    async () => {
      const saved = await succeededRun("saving");
      const other = await succeededRun("activated elsewhere");
      let release: () => void = () => {};
      let holding: () => void = () => {};
      const held = new Promise<void>((resolve) => (holding = resolve));
      const elsewhere = prisma.$transaction(
        async (tx) => {
          await tx.segmentationRun.update({ where: { id: other.id }, data: { isActive: true } });
          holding();
          await new Promise<void>((resolve) => (release = resolve));
        },
        { timeout: 20_000 },
      );
      await held;
      // Not yet visible to the saving transaction, which then waits on the unique index and loses.
      setTimeout(() => release(), 300);
      const activated = await prisma.$transaction(
        async (tx) => {
          const result = await activateIfNoneActive({ tx, runId: saved.id });
          await tx.segmentationRun.update({ where: { id: saved.id }, data: { name: "saved after losing" } });
          return result;
        },
        { timeout: 20_000 },
      );
      await elsewhere;
      expect(activated).toBe(false);
      const runs = await prisma.segmentationRun.findMany({ orderBy: { name: "asc" } });
      expect(runs.map((run) => [run.name, run.isActive])).toEqual([
        ["activated elsewhere", true],
        ["saved after losing", false],
      ]);
    },
  );
});
