import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { toAppError } from "../../errors/to-app-error";
import type { Health } from "./health.type";

export const apiVersion = "0.1.0";

export async function checkHealth({
  prisma,
  databaseMode,
}: {
  prisma: PrismaClient;
  databaseMode: string;
}): Promise<Health> {
  try {
    await prisma.$queryRaw`select 1`;
  } catch (error) {
    const appError = toAppError(error);
    throw appError.code === "DATABASE_UNAVAILABLE"
      ? appError
      : new AppError("DATABASE_UNAVAILABLE", "The database did not answer.");
  }
  return { ok: true, databaseMode, version: apiVersion };
}
