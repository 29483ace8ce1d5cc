import { AppError } from "../../errors/app-error";

/** Ids are UUIDs: anything else is a client mistake (BAD_USER_INPUT), not a database error. */
export function assertUuid(id: string, what = "userId"): void {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new AppError("BAD_USER_INPUT", `${what} is not a valid id.`);
  }
}
