import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { startSession } from "../auth/start-session";

const users =
  "query Users($first: Int, $after: String) { users(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email role } } }";
const createUser =
  "mutation Create($input: CreateUserInput!) { createUser(input: $input) { id email name role } }";
const changeRole =
  "mutation Role($userId: ID!, $role: UserRole!) { changeUserRole(userId: $userId, role: $role) { id role } }";
const removeUser = "mutation Remove($userId: ID!) { removeUser(userId: $userId) }";
const changePassword =
  "mutation Pw($currentPassword: String!, $newPassword: String!) { changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) }";
const login =
  "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { role } }";
const me = "query Me { me { user { email } } }";

describe("users and roles", () => {
  let api: TestApi;
  let owner: TestUser;
  let analyst: TestUser;
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER", email: "owner@example.com" });
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST", email: "analyst@example.com" });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("lets the owner list users page by page, and refuses analysts and viewers", async () => {
    const firstPage = await api.execute(users, { first: 1 }, owner.viewer);
    expect(firstPage.data?.users).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [{ email: "owner@example.com", role: "OWNER" }],
    });
    const cursor = (firstPage.data?.users as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const secondPage = await api.execute(users, { first: 1, after: cursor }, owner.viewer);
    expect(secondPage.data?.users).toMatchObject({
      pageInfo: { hasNextPage: false },
      nodes: [{ email: "analyst@example.com", role: "ANALYST" }],
    });

    expect((await api.execute(users, { first: 101 }, owner.viewer)).errors?.[0]).toMatchObject({
      message: "first must be an integer between 1 and 100.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect((await api.execute(users, {}, analyst.viewer)).errors?.[0]).toMatchObject({
      message: 'This operation needs the "users:manage" permission.',
      extensions: { code: "FORBIDDEN" },
    });
    const overHttp = await api.post(
      createUser,
      { input: { email: "x@example.com", role: "VIEWER", password: "long enough pw" } },
      { cookie: analyst.cookie },
    );
    expect(overHttp.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("creates a user who can then sign in with the given role; duplicates and weak passwords are refused", async () => {
    const input = {
      email: " New.Viewer@Example.com",
      name: " Nia ",
      role: "VIEWER",
      password: "initial password",
    };
    const created = await api.execute(createUser, { input }, owner.viewer);
    expect(created.data?.createUser).toMatchObject({
      email: "new.viewer@example.com",
      name: "Nia",
      role: "VIEWER",
    });
    expect(
      (await api.execute(login, { email: "new.viewer@example.com", password: "initial password" })).data,
    ).toEqual({ login: { role: "VIEWER" } });

    const duplicate = await api.execute(
      createUser,
      { input: { ...input, email: "new.viewer@example.com" } },
      owner.viewer,
    );
    expect(duplicate.errors?.[0]).toMatchObject({
      message: "A user with the email new.viewer@example.com already exists.",
      extensions: { code: "CONFLICT" },
    });
    const weak = await api.execute(
      createUser,
      { input: { ...input, email: "weak@example.com", password: "123" } },
      owner.viewer,
    );
    expect(weak.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const badRole = await api.execute(
      createUser,
      { input: { ...input, email: "r@example.com", role: "ADMIN" } },
      owner.viewer,
    );
    expect(badRole.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const audit = await api.prisma.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
    expect(audit).toMatchObject({
      actorUserId: owner.user.id,
      details: { email: "new.viewer@example.com", role: "VIEWER" },
    });
  });

  it("changes roles, takes effect on the next request, and never demotes the last owner", async () => {
    const target = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    expect(
      (await api.execute(changeRole, { userId: target.user.id, role: "ANALYST" }, owner.viewer)).data,
    ).toEqual({
      changeUserRole: { id: target.user.id, role: "ANALYST" },
    });
    // The session keeps working and now carries the analyst's permissions (roles are read per request).
    const auditAsTarget = await api.post(
      "query { auditLog(first: 1) { totalCount } }",
      {},
      { cookie: target.cookie },
    );
    expect(auditAsTarget.body.errors).toBeUndefined();

    const lastOwner = await api.execute(changeRole, { userId: owner.user.id, role: "ANALYST" }, owner.viewer);
    expect(lastOwner.errors?.[0]).toMatchObject({
      message: "This is the last owner: make another user an owner first.",
      extensions: { code: "CONFLICT" },
    });
    expect(
      (
        await api.execute(
          changeRole,
          { userId: "00000000-0000-4000-8000-000000000000", role: "VIEWER" },
          owner.viewer,
        )
      ).errors?.[0].extensions?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await api.execute(changeRole, { userId: "42", role: "VIEWER" }, owner.viewer)).errors?.[0],
    ).toMatchObject({
      message: "userId is not a valid id.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("removes a user with their sessions, but not yourself", async () => {
    const leaver = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    expect((await api.execute(removeUser, { userId: leaver.user.id }, owner.viewer)).data).toEqual({
      removeUser: leaver.user.id,
    });
    expect((await api.post(me, {}, { cookie: leaver.cookie })).body.data).toEqual({ me: null });
    expect(await api.prisma.session.count({ where: { userId: leaver.user.id } })).toBe(0);
    expect(
      (await api.execute(removeUser, { userId: leaver.user.id }, owner.viewer)).errors?.[0].extensions?.code,
    ).toBe("NOT_FOUND");

    const self = await api.execute(removeUser, { userId: owner.user.id }, owner.viewer);
    expect(self.errors?.[0]).toMatchObject({
      message: "You cannot remove your own account.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("changes your own password and signs out your other sessions", async () => {
    const person = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    const other = await startSession({
      prisma: api.prisma,
      userId: person.user.id,
      lifetimeHours: 1,
      ipAddress: null,
      userAgent: "phone",
    });

    const wrong = await api.post(
      changePassword,
      { currentPassword: "not my password", newPassword: "brand new password" },
      { cookie: person.cookie },
    );
    expect(wrong.body.errors?.[0]).toMatchObject({
      message: "The current password is incorrect.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const weak = await api.post(
      changePassword,
      { currentPassword: person.password, newPassword: "short" },
      { cookie: person.cookie },
    );
    expect(weak.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    const changed = await api.post(
      changePassword,
      { currentPassword: person.password, newPassword: "brand new password" },
      { cookie: person.cookie },
    );
    expect(changed.body.data).toEqual({ changeOwnPassword: true });
    expect((await api.post(me, {}, { cookie: person.cookie })).body.data).toEqual({
      me: { user: { email: person.user.email } },
    });
    expect(await api.prisma.session.findUniqueOrThrow({ where: { id: other.sessionId } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    expect(
      (await api.execute(login, { email: person.user.email, password: person.password })).errors?.[0]
        .extensions?.code,
    ).toBe("UNAUTHENTICATED");
    expect(
      (await api.execute(login, { email: person.user.email, password: "brand new password" })).data,
    ).toEqual({ login: { role: "VIEWER" } });

    const asKey = await api.execute(
      changePassword,
      { currentPassword: "x", newPassword: "brand new password" },
      {
        kind: "apiKey",
        apiKeyId: "00000000-0000-4000-8000-000000000001",
        ownerId: owner.user.id,
        scopes: ["customers:read"],
      },
    );
    expect(asKey.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
