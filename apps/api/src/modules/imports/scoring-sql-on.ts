import { Prisma } from "@seglens/database";
import type { ScoringSql } from "../segmentation-runs/assign-customers-realtime";
import type { ImportSql } from "./import-sql";

/**
 * The import's own connection as the runner the scoring code reads and writes through, so customers
 * written by the import (visible only inside its transaction) are scored by the same code as single writes.
 */
export function scoringSqlOn(sql: ImportSql): ScoringSql {
  const statement = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) =>
    query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
  const queryRaw = async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
    const { text, values: parameters } = statement(query, values);
    return (await sql.query(text, parameters)).rows;
  };
  const executeRaw = async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
    const { text, values: parameters } = statement(query, values);
    return (await sql.query(text, parameters)).rowCount ?? 0;
  };
  // Prisma's signatures return its lazy PrismaPromise; the scoring code only awaits them.
  return { $queryRaw: queryRaw, $executeRaw: executeRaw } as unknown as ScoringSql;
}
