/**
 * SQL condition: the row's external id or email was erased (a SuppressionEntry holds its hash). The hashes
 * are the privacy module's suppressionHash (SHA-256 hex of "KIND:value"; values are stored trimmed and emails
 * lower-cased, as the import stages them), computed in SQL so a million rows need no round trip. The
 * uncorrelated EXISTS is evaluated once: with no erased customers (the usual case) nothing is hashed at all.
 */
export function suppressedKeySql(externalIdColumn: string, emailColumn: string): string {
  const erased = (kind: "EXTERNAL_ID" | "EMAIL", column: string) =>
    `(${column} IS NOT NULL AND EXISTS (SELECT 1 FROM "SuppressionEntry" e WHERE e."kind" = '${kind}' ` +
    `AND e."valueHash" = encode(sha256(convert_to('${kind}:' || ${column}, 'UTF8')), 'hex')))`;
  return `EXISTS (SELECT 1 FROM "SuppressionEntry") AND (${erased("EXTERNAL_ID", externalIdColumn)} OR ${erased("EMAIL", emailColumn)})`;
}
