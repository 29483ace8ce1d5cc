import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Customer } from "./customer.type";
import { toCustomerNode } from "./to-customer-node";

export async function getCustomer({ prisma, id }: { prisma: PrismaClient; id: number }): Promise<Customer> {
  const row = await prisma.customer.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND", `Customer ${id} does not exist.`);
  return toCustomerNode(row);
}
