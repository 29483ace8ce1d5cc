import type { User } from "@seglens/database";
import type { UserAccount } from "./user.type";

/** Only the public columns: the password hash never leaves the service layer. */
export function toUserAccount(user: User): UserAccount {
  return { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt };
}
