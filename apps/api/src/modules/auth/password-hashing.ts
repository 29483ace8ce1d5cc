import { Algorithm, hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

/** OWASP Password Storage Cheat Sheet, first argon2id option: 19 MiB memory, 2 passes, 1 lane. */
export const argon2idParameters = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idParameters);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored argon2id hash. Without a stored hash (unknown email) it still
 * runs one argon2 verification against a throwaway hash, so response time does not reveal which
 * emails have accounts.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a server error that hints at the account.
    return false;
  }
}
