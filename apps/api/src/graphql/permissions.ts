import type { UserRole } from "@seglens/database";

/**
 * What an operation needs. Roles grant sets of permissions; API keys carry a subset as scopes.
 * Resolvers declare one with @Authorized("customers:read") and the auth checker decides.
 */
export const permissions = [
  "customers:read",
  "customers:write",
  "imports:read",
  "imports:write",
  "segments:read",
  "segments:write",
  "campaigns:read",
  "campaigns:write",
  "privacy:manage",
  "settings:manage",
  "audit:read",
  "users:manage",
  "apikeys:manage",
] as const;

export type Permission = (typeof permissions)[number];

/** Scopes an API key may carry: never user or key management. */
export const apiKeyScopes: readonly Permission[] = [
  "customers:read",
  "customers:write",
  "imports:read",
  "imports:write",
  "segments:read",
  "segments:write",
  "campaigns:read",
  "campaigns:write",
];

const readPermissions = permissions.filter((permission) => permission.endsWith(":read"));

export const rolePermissions: Record<UserRole, readonly Permission[]> = {
  OWNER: permissions,
  ANALYST: permissions.filter(
    (permission) => permission !== "users:manage" && permission !== "apikeys:manage",
  ),
  VIEWER: readPermissions.filter((permission) => permission !== "audit:read"),
};

export function isPermission(value: string): value is Permission {
  return (permissions as readonly string[]).includes(value);
}
