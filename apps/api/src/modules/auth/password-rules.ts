import { AppError } from "../../errors/app-error";
import { normaliseEmail } from "./normalise-email";

export const minPasswordLength = 10;
/** Long enough for any passphrase, short enough that hashing cannot be used to burn CPU. */
export const maxPasswordLength = 256;

/** Throws BAD_USER_INPUT naming the rule a new password breaks. */
export function assertAcceptablePassword({ password, email }: { password: string; email: string }): void {
  if ([...password].length < minPasswordLength) {
    throw new AppError("BAD_USER_INPUT", `The password must have at least ${minPasswordLength} characters.`);
  }
  if (password.length > maxPasswordLength) {
    throw new AppError("BAD_USER_INPUT", `The password must have at most ${maxPasswordLength} characters.`);
  }
  if (normaliseEmail(password) === normaliseEmail(email)) {
    throw new AppError("BAD_USER_INPUT", "The password must not be the email address.");
  }
}
