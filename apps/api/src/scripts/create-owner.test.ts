import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from "@seglens/database";
import { parseEnvironment } from "../env";
import { verifyPassword } from "../modules/auth/password-hashing";
import { runCreateOwner } from "./create-owner";

describe("create-owner command", () => {
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
  const env = () => parseEnvironment({ NODE_ENV: "test", DATABASE_URL: database.databaseUrl });

  it("rejects missing arguments and weak passwords before touching the database", async () => {
    await expect(runCreateOwner(["--email", "boss@example.com"], env())).rejects.toThrow(
      "--email and --password are required",
    );
    await expect(
      runCreateOwner(["--email", "boss@example.com", "--password", "short"], env()),
    ).rejects.toThrow("The password must have at least 10 characters.");
    await expect(runCreateOwner(["--email", "boss@example.com", "--pasword", "x"], env())).rejects.toThrow(
      /Unknown option/,
    );
  });

  it("creates the owner once, with an argon2id hash, and refuses a second owner", async () => {
    const id = await runCreateOwner(
      ["--email", " Boss@Example.com", "--password", "a long passphrase", "--name", "Bo"],
      env(),
    );
    const owner = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(owner).toMatchObject({ email: "boss@example.com", role: "OWNER", name: "Bo" });
    expect(await verifyPassword(owner.passwordHash, "a long passphrase")).toBe(true);
    await expect(
      runCreateOwner(["--email", "other@example.com", "--password", "another passphrase"], env()),
    ).rejects.toThrow("Setup is already done");
    expect(await prisma.user.count()).toBe(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.createOwner" } });
    expect(audit.details).toEqual({ email: "boss@example.com", origin: "cli" });
  });
});
