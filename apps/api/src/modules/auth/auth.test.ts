import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { sessionCookieName } from "../../http/session-cookie";
import { createTestUser } from "./create-test-user";
import { hashToken } from "./hash-token";
import { invalidCredentialsMessage } from "./log-in";

const createOwner = `mutation CreateOwner($email: String!, $password: String!, $name: String) {
  createOwner(email: $email, password: $password, name: $name) { user { id email name } role permissions via }
}`;
const login = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { user { id email } role } }`;
const me = "query Me { me { user { email } role permissions via sessionExpiresAt } }";
const logout = "mutation Logout { logout }";
const setupStatus = "query Setup { setupStatus { needsOwner } }";

function sessionCookieOf(headers: Headers): string {
  const cookie = headers.getSetCookie().find((value) => value.startsWith(`${sessionCookieName}=`));
  if (!cookie) throw new Error("no session cookie was set");
  return cookie;
}

function cookieHeader(setCookie: string): string {
  return setCookie.split(";")[0];
}

describe("owner setup, login, sessions and logout", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("creates exactly one owner even when two setups race, and refuses weak passwords first", async () => {
    expect((await api.execute(setupStatus)).data).toEqual({ setupStatus: { needsOwner: true } });

    const short = await api.execute(createOwner, { email: "owner@example.com", password: "short" });
    expect(short.errors?.[0]).toMatchObject({
      message: "The password must have at least 10 characters.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const sameAsEmail = await api.execute(createOwner, {
      email: "owner@example.com",
      password: " Owner@Example.com",
    });
    expect(sameAsEmail.errors?.[0]).toMatchObject({
      message: "The password must not be the email address.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const badEmail = await api.execute(createOwner, {
      email: "not-an-email",
      password: "long enough password",
    });
    expect(badEmail.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const [first, second] = await Promise.all([
      api.post(createOwner, { email: "Owner@Example.com ", password: "owner password 1", name: "Olive" }),
      api.post(createOwner, { email: "rival@example.com", password: "rival password 1" }),
    ]);
    const codes = [first, second]
      .map((response) => response.body.errors?.[0]?.extensions?.code ?? "OK")
      .sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    expect(await api.prisma.user.count()).toBe(1);
    expect((await api.execute(setupStatus)).data).toEqual({ setupStatus: { needsOwner: false } });
  });

  it("signs the owner in with an HttpOnly SameSite=Lax cookie and stores only the token's hash", async () => {
    const owner = await api.prisma.user.findFirstOrThrow();
    expect(owner.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const response = await api.post(login, {
      email: owner.email,
      password: owner.email.startsWith("owner") ? "owner password 1" : "rival password 1",
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      login: { user: { id: owner.id, email: owner.email }, role: "OWNER" },
    });

    const setCookie = sessionCookieOf(response.headers);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const token = cookieHeader(setCookie).slice(sessionCookieName.length + 1);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const sessions = await api.prisma.session.findMany({ where: { userId: owner.id } });
    expect(sessions.some((session) => session.tokenHash === hashToken(token))).toBe(true);
    expect(sessions.some((session) => session.tokenHash.includes(token))).toBe(false);

    const whoAmI = await api.post(me, {}, { cookie: cookieHeader(setCookie) });
    expect(whoAmI.body.data?.me).toMatchObject({
      user: { email: owner.email },
      role: "OWNER",
      via: "SESSION",
    });
    expect((whoAmI.body.data?.me as { permissions: string[] }).permissions).toContain("users:manage");
    expect((await api.post(me)).body.data).toEqual({ me: null });
  });

  it("gives the same message for an unknown email and a wrong password, in similar time", async () => {
    const { user } = await createTestUser({
      prisma: api.prisma,
      role: "ANALYST",
      email: "timing@example.com",
    });
    const wrongPassword = await api.execute(login, { email: user.email, password: "not the password" });
    const unknownEmail = await api.execute(login, {
      email: "nobody@example.com",
      password: "not the password",
    });
    for (const result of [wrongPassword, unknownEmail]) {
      expect(result.errors?.[0]).toMatchObject({
        message: invalidCredentialsMessage,
        extensions: { code: "UNAUTHENTICATED" },
      });
    }
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      await api.execute(login, { email, password: "still not the password" });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    // Without the dummy hash an unknown email answers in ~1 ms against ~20+ ms for an argon2 check.
    const known = Math.min(await time(user.email), await time(user.email));
    const unknown = Math.min(await time("ghost-1@example.com"), await time("ghost-2@example.com"));
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it("issues a new token on every login and revokes the session the caller came with (no fixation)", async () => {
    const { user, password } = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    const first = cookieHeader(
      sessionCookieOf((await api.post(login, { email: user.email, password })).headers),
    );
    const second = cookieHeader(
      sessionCookieOf((await api.post(login, { email: user.email, password }, { cookie: first })).headers),
    );
    expect(second).not.toBe(first);
    expect((await api.post(me, {}, { cookie: first })).body.data).toEqual({ me: null });
    expect((await api.post(me, {}, { cookie: second })).body.data?.me).toMatchObject({
      user: { email: user.email },
      role: "VIEWER",
    });

    // A token an attacker planted is not adopted: login always answers with a token the server made.
    const planted = `${sessionCookieName}=attacker-chosen-token-value-0000000000000000`;
    const afterPlant = cookieHeader(
      sessionCookieOf((await api.post(login, { email: user.email, password }, { cookie: planted })).headers),
    );
    expect(afterPlant).not.toBe(planted);
  });

  it("logs out: the session is revoked on the server and the cookie cleared", async () => {
    const { cookie, user } = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    const response = await api.post(logout, {}, { cookie });
    expect(response.body.data).toEqual({ logout: true });
    expect(sessionCookieOf(response.headers)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await api.post(me, {}, { cookie })).body.data).toEqual({ me: null });
    expect(await api.prisma.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    const anonymous = await api.post(logout);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("records logins and failures in the audit log without the password", async () => {
    const { user, password } = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    await api.execute(login, { email: user.email, password: "a wrong guess 123" });
    await api.execute(login, { email: user.email, password });
    const entries = await api.prisma.auditLog.findMany({
      where: {
        entityType: { in: ["User", "Session"] },
        OR: [{ entityId: user.id }, { actorUserId: user.id }],
      },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["auth.login.failure", "auth.login"]);
    expect(entries[1].actorUserId).toBe(user.id);
    const everything = JSON.stringify(
      await api.prisma.auditLog.findMany({ select: { action: true, details: true } }),
    );
    expect(everything).not.toContain("a wrong guess 123");
    expect(everything).not.toContain(password);
  });
});
