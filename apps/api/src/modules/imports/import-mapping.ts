import type { ImportKind } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { attributePrefix, customerKeyFields, importFields, normaliseHeader } from "./import-fields";

/** Source column → field name (or `attribute:<name>` for customers); null = ignore the column. */
export type ImportMapping = Record<string, string | null>;

/** The best guess for each column: first by exact synonym, every field used at most once. */
export function guessMapping(kind: ImportKind, columns: string[]): ImportMapping {
  const used = new Set<string>();
  const mapping: ImportMapping = {};
  for (const column of columns) {
    const normalised = normaliseHeader(column);
    const field = importFields[kind].find(
      (spec) =>
        !used.has(spec.name) &&
        (normaliseHeader(spec.name) === normalised ||
          spec.synonyms.some((synonym) => normaliseHeader(synonym) === normalised)),
    );
    if (field) {
      used.add(field.name);
      mapping[column] = field.name;
    } else {
      mapping[column] =
        kind === "CUSTOMERS" && column.trim() !== "" ? `${attributePrefix}${column.trim()}` : null;
    }
  }
  return mapping;
}

/** Refuses unknown fields and a field mapped from two columns (BAD_USER_INPUT naming them). */
export function checkMapping(kind: ImportKind, mapping: ImportMapping): void {
  const known = new Set(importFields[kind].map((spec) => spec.name));
  const seen = new Map<string, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (field === null) continue;
    const isAttribute =
      kind === "CUSTOMERS" && field.startsWith(attributePrefix) && field.length > attributePrefix.length;
    if (!known.has(field) && !isAttribute) {
      throw new AppError(
        "BAD_USER_INPUT",
        `Column "${column}" is mapped to "${field}", which is not a field of a ${kind.toLowerCase()} import.`,
      );
    }
    const other = seen.get(field);
    if (other !== undefined)
      throw new AppError(
        "BAD_USER_INPUT",
        `Columns "${other}" and "${column}" are both mapped to "${field}".`,
      );
    seen.set(field, column);
  }
}

/** Required fields the mapping leaves out (as a sentence), or null when the mapping is complete. */
export function missingRequiredFields(kind: ImportKind, mapping: ImportMapping): string | null {
  const mapped = new Set(Object.values(mapping).filter((field): field is string => field !== null));
  const missing = importFields[kind]
    .filter((spec) => spec.required && !mapped.has(spec.name))
    .map((spec) => spec.name);
  if ((kind === "ORDERS" || kind === "EVENTS") && !customerKeyFields.some((field) => mapped.has(field)))
    missing.push("customerExternalId or customerEmail");
  return missing.length > 0 ? `No column is mapped to the required field(s): ${missing.join(", ")}.` : null;
}

export function readStoredMapping(value: unknown): ImportMapping {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([column, field]) => [
      column,
      typeof field === "string" ? field : null,
    ]),
  );
}
