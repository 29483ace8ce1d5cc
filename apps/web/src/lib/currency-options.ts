/** Every ISO 4217 code the browser can format, with its name ("EUR — Euro"), sorted by code. */
export function currencyOptions(locale?: string): { code: string; label: string }[] {
  const names = new Intl.DisplayNames(locale, { type: "currency" });
  return Intl.supportedValuesOf("currency").map((code) => {
    const name = names.of(code);
    return { code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}
