/** How emails are stored and compared (the database CHECK requires exactly this form). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A deliberately loose shape check: one @, something on both sides, no spaces, at most 254 characters. */
export function isPlausibleEmail(email: string): boolean {
  const normalised = normaliseEmail(email);
  return normalised.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised);
}

const gmailDomains = new Set(["gmail.com", "googlemail.com"]);

/**
 * The key failed logins are counted under. Mail providers deliver `a.b+x@gmail.com` to `ab@gmail.com`,
 * so an attacker must not get a fresh counter by spelling one account differently.
 */
export function loginAccountKey(email: string): string {
  const normalised = normaliseEmail(email);
  const at = normalised.lastIndexOf("@");
  if (at < 0) return normalised;
  let local = normalised.slice(0, at);
  let domain = normalised.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus >= 0) local = local.slice(0, plus);
  if (gmailDomains.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}
