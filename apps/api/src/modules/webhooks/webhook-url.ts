import { AppError } from "../../errors/app-error";

const maxUrlLength = 2_000;

/**
 * Only plain http(s) URLs without credentials: the URL is shown in lists and the audit log, and a
 * password in it would leak there (the signature is what authenticates us to the receiver).
 */
export function validateWebhookUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length > maxUrlLength)
    throw new AppError("BAD_USER_INPUT", `url must be at most ${maxUrlLength} characters.`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new AppError("BAD_USER_INPUT", "url is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new AppError("BAD_USER_INPUT", "url must start with http:// or https://.");
  if (url.username || url.password)
    throw new AppError("BAD_USER_INPUT", "url must not contain a user name or password.");
  return url.toString();
}
