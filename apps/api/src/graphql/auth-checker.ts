import type { AuthChecker } from "type-graphql";
import { AppError } from "../errors/app-error";
import type { RequestContext } from "./context";
import { isPermission } from "./permissions";
import { viewerCan } from "./viewer";

/**
 * @Authorized() = any signed-in caller; @Authorized("segments:write") = callers holding that permission.
 * Anonymous callers get UNAUTHENTICATED, signed-in callers without the permission FORBIDDEN.
 */
export const authChecker: AuthChecker<RequestContext, string> = ({ context }, required) => {
  if (context.viewer.kind === "anonymous") {
    throw new AppError("UNAUTHENTICATED", "Sign in or send an API key to use this operation.");
  }
  for (const permission of required) {
    if (!isPermission(permission)) throw new Error(`unknown permission "${permission}" on a resolver`);
    if (!viewerCan(context.viewer, permission)) {
      throw new AppError("FORBIDDEN", `This operation needs the "${permission}" permission.`);
    }
  }
  return true;
};
