import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser } from "./create-test-user";
import { invalidCredentialsMessage } from "./log-in";
import { loginAccountKey } from "./normalise-email";

const login = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { role } }`;

describe("loginAccountKey", () => {
  it("folds case, spaces, +tags and gmail dots into one key", () => {
    expect(loginAccountKey("  Jane.Doe+shop@GoogleMail.com ")).toBe("janedoe@gmail.com");
    expect(loginAccountKey("j.a.n.e.doe@gmail.com")).toBe("janedoe@gmail.com");
    expect(loginAccountKey("Jane.Doe+x@example.com")).toBe("jane.doe@example.com");
    expect(loginAccountKey("no-at-sign")).toBe("no-at-sign");
  });
});

describe("failed-login throttling", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("locks an account after 5 failures across its aliases, names the retry time, and unlocks when it passes", async () => {
    const { user, password } = await createTestUser({
      prisma: api.prisma,
      role: "OWNER",
      email: "jane.doe@gmail.com",
    });
    const aliases = [
      "JANE.DOE@gmail.com",
      "janedoe@gmail.com",
      "jane.doe+1@googlemail.com",
      "j.anedoe+x@gmail.com",
      " jane.doe@GMAIL.com",
    ];
    for (const email of aliases) {
      const result = await api.execute(login, { email, password: "wrong password!" });
      expect(result.errors?.[0]).toMatchObject({
        message: invalidCredentialsMessage,
        extensions: { code: "UNAUTHENTICATED" },
      });
    }
    const locked = await api.execute(login, { email: user.email, password });
    expect(locked.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(locked.errors?.[0].message).toMatch(
      /Too many failed sign-in attempts.*Try again after \d{4}-\d\d-\d\dT.*in about 1[45] minutes/,
    );
    const row = await api.prisma.loginThrottle.findUniqueOrThrow({
      where: { accountKey: "janedoe@gmail.com" },
    });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    // Fifteen minutes later (moved back in the database) the right password works and clears the counter.
    await api.prisma.loginThrottle.update({
      where: { accountKey: "janedoe@gmail.com" },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    const after = await api.execute(login, { email: user.email, password });
    expect(after.errors).toBeUndefined();
    expect(await api.prisma.loginThrottle.count({ where: { accountKey: "janedoe@gmail.com" } })).toBe(0);
  });

  it("counts failures only within the window: old failures expire", async () => {
    const { user, password } = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    for (let attempt = 0; attempt < 4; attempt += 1)
      await api.execute(login, { email: user.email, password: "wrong password!" });
    await api.prisma.loginThrottle.update({
      where: { accountKey: user.email },
      data: { windowStartsAt: new Date(Date.now() - 16 * 60_000) },
    });
    for (let attempt = 0; attempt < 4; attempt += 1)
      await api.execute(login, { email: user.email, password: "wrong password!" });
    expect((await api.execute(login, { email: user.email, password })).errors).toBeUndefined();
  });

  it("cannot be bypassed with parallel requests: of 12 concurrent guesses only 5 are checked", async () => {
    const { user } = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        api.post(login, {
          email: index % 2 ? user.email.toUpperCase() : user.email,
          password: `guess number ${index}`,
        }),
      ),
    );
    const codes = results.map((result) => result.body.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(7);
  });

  it("cannot be bypassed by aliasing several logins into one operation or batching requests", async () => {
    const { user } = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    const aliased = await api.post(
      `mutation Many($email: String!) {
        a: login(email: $email, password: "guess 1 guess 1") { role }
        b: login(email: $email, password: "guess 2 guess 2") { role }
      }`,
      { email: user.email },
    );
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(aliased.body.errors?.[0].message).toMatch(/login.*at most once/);

    const viaFragment = await api.post(
      `mutation Frag($email: String!) { ...L a: login(email: $email, password: "guess 1 guess 1") { role } }
       fragment L on Mutation { login(email: $email, password: "guess 2 guess 2") { role } }`,
      { email: user.email },
    );
    expect(viaFragment.body.errors?.[0].message).toMatch(/login.*at most once/);

    const batch = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        [1, 2, 3].map((index) => ({
          query: login,
          variables: { email: user.email, password: `batched ${index} guess` },
        })),
      ),
    });
    expect(batch.status).toBe(400);
    expect(await api.prisma.loginThrottle.count({ where: { accountKey: user.email } })).toBe(0);
  });
});
