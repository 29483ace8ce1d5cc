import type { UserRole } from "@seglens/database";
import { rolePermissions, type Permission } from "./permissions";

/** Who is calling: a logged-in user (session cookie), an integration (API key), or nobody. */
export type Viewer =
  | { kind: "user"; userId: string; email: string; role: UserRole; sessionId: string }
  | { kind: "apiKey"; apiKeyId: string; ownerId: string; scopes: readonly Permission[] }
  | { kind: "anonymous" };

export const anonymousViewer: Viewer = { kind: "anonymous" };

export function viewerPermissions(viewer: Viewer): readonly Permission[] {
  switch (viewer.kind) {
    case "user":
      return rolePermissions[viewer.role];
    case "apiKey":
      return viewer.scopes;
    case "anonymous":
      return [];
  }
}

export function viewerCan(viewer: Viewer, permission: Permission): boolean {
  return viewerPermissions(viewer).includes(permission);
}

/** The user id recorded in audit entries and `createdBy` columns. */
export function actingUserId(viewer: Viewer): string | null {
  if (viewer.kind === "user") return viewer.userId;
  if (viewer.kind === "apiKey") return viewer.ownerId;
  return null;
}
