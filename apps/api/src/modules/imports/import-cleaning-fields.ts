import { EventType, type ImportKind } from "@seglens/database";
import { attributePrefix, importFields } from "./import-fields";
import {
  parseBoolean,
  parseJsonObject,
  parseMoney,
  parsePositiveInteger,
  parseTimestamp,
  type Parsed,
} from "./parse-cell-values";

/**
 * How a column is analysed and cleaned. NUMBER and DATE: median, quartiles and outlier fences; CATEGORY:
 * most common value; TEXT: only missing values; KEY (ids, emails, SKUs): only leave or skip, since one
 * value filled into many rows would make them collide.
 */
export const CleaningValueKind = {
  NUMBER: "NUMBER",
  DATE: "DATE",
  CATEGORY: "CATEGORY",
  TEXT: "TEXT",
  KEY: "KEY",
} as const;
export type CleaningValueKind = (typeof CleaningValueKind)[keyof typeof CleaningValueKind];

export type FieldCleaning =
  | { kind: "NUMBER"; decimals: number; parse: (text: string) => Parsed<number> }
  | { kind: "DATE" }
  | { kind: "CATEGORY" | "TEXT"; check: (text: string) => string | null }
  | { kind: "KEY" };

const money: FieldCleaning = { kind: "NUMBER", decimals: 2, parse: parseMoney };
const date: FieldCleaning = { kind: "DATE" };
const key: FieldCleaning = { kind: "KEY" };
const upTo = (maxLength: number) => (text: string) =>
  text.length > maxLength ? `is longer than ${maxLength} characters` : null;
const category = (maxLength = 500): FieldCleaning => ({ kind: "CATEGORY", check: upTo(maxLength) });
const text = (check: (text: string) => string | null = upTo(500)): FieldCleaning => ({ kind: "TEXT", check });
const problemOf = <T>(parsed: Parsed<T>) => ("problem" in parsed ? parsed.problem : null);
const eventTypes = new Set<string>(Object.values(EventType));

/** Every field of every import kind; the checks are the ones the import applies to the field. */
const fieldCleaning: Record<ImportKind, Record<string, FieldCleaning>> = {
  CUSTOMERS: {
    externalId: key,
    email: key,
    name: text(),
    gender: category(50),
    birthDate: date,
    city: category(),
    country: category(),
    occupation: category(),
    income: money,
    signupDate: date,
    marketingConsent: { kind: "CATEGORY", check: (value) => problemOf(parseBoolean(value)) },
  },
  ORDERS: {
    orderId: key,
    customerExternalId: key,
    customerEmail: key,
    orderedAt: date,
    sku: key,
    quantity: { kind: "NUMBER", decimals: 0, parse: parsePositiveInteger },
    unitPrice: money,
    currency: {
      kind: "CATEGORY",
      check: (value) => (/^[A-Za-z]{3}$/.test(value) ? null : `"${value}" is not a 3-letter currency code`),
    },
    productName: text(),
    category: category(),
  },
  EVENTS: {
    customerExternalId: key,
    customerEmail: key,
    type: {
      kind: "CATEGORY",
      check: (value) =>
        eventTypes.has(value.toUpperCase().replace(/[\s-]+/g, "_"))
          ? null
          : `"${value}" is not one of view, search, add_to_cart, purchase, email_open, email_click`,
    },
    occurredAt: date,
    properties: text((value) => problemOf(parseJsonObject(value))),
  },
  PRODUCTS: {
    sku: key,
    name: text(),
    category: category(200),
    price: money,
  },
};

const decimalShape = /^-?\d+(?:\.(\d+))?$/;

/** Custom customer attributes hold any text: numbers when every value is one (age, visits), else categories. */
export function parseAttributeNumber(value: string): Parsed<number> {
  return decimalShape.test(value) ? { value: Number(value) } : { problem: `"${value}" is not a number` };
}

/** Decimal places written in a number's text ("12.50" → 2). */
export function decimalsOf(value: string): number {
  return decimalShape.exec(value)?.[1]?.length ?? 0;
}

/** How the field is cleaned; attributes are CATEGORY here (analysis turns all-number attributes into NUMBER). */
export function fieldCleaningOf(kind: ImportKind, field: string): FieldCleaning | null {
  if (kind === "CUSTOMERS" && field.startsWith(attributePrefix)) return category();
  return fieldCleaning[kind][field] ?? null;
}

export function isRequiredField(kind: ImportKind, field: string): boolean {
  return importFields[kind].some((spec) => spec.name === field && spec.required);
}

/** Reads the number a cell holds as the import reads it (epoch milliseconds for dates), or a problem. */
export function cleaningNumberParser(
  valueKind: "NUMBER" | "DATE",
  kind: ImportKind,
  field: string,
): (value: string) => Parsed<number> {
  if (valueKind === "DATE")
    return (value) => {
      const parsed = parseTimestamp(value);
      return "problem" in parsed ? parsed : { value: Date.parse(parsed.value) };
    };
  const spec = fieldCleaningOf(kind, field);
  return spec?.kind === "NUMBER" ? spec.parse : parseAttributeNumber;
}

/** A fill value checked as the import will check the cell it lands in: a problem, or null when fine. */
export function checkFillValue(
  valueKind: CleaningValueKind,
  kind: ImportKind,
  field: string,
  value: string,
): string | null {
  if (valueKind === "NUMBER" || valueKind === "DATE") {
    return problemOf(cleaningNumberParser(valueKind, kind, field)(value));
  }
  const spec = fieldCleaningOf(kind, field);
  return spec && (spec.kind === "CATEGORY" || spec.kind === "TEXT") ? spec.check(value) : null;
}
