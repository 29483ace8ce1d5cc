/** Deliberately loose (RFC 5322 is not worth enforcing): something@something.something, no spaces. */
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed and lower-cased, as the database stores it; null when blank; undefined when not an email. */
export function normaliseEmail(raw: string | null | undefined): string | null | undefined {
  if (raw === null || raw === undefined) return null;
  const email = raw.trim().toLowerCase();
  if (email === "") return null;
  return emailShape.test(email) && email.length <= 320 ? email : undefined;
}
