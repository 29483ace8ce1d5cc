import type { Prisma, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import type { Logger } from "../../logging/logger";
import { recordAudit } from "../audit/record-audit";
import type { UpsertCustomerInput } from "./customer.input";
import type { Customer } from "./customer.type";
import { assignSegmentAfterWrite } from "./assign-segment-after-write";
import { normaliseEmail } from "./normalise-email";
import { toCustomerNode } from "./to-customer-node";

export interface UpsertCustomerOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  input: UpsertCustomerInput;
  logger: Logger;
  ipAddress?: string | null;
}

/**
 * Creates the customer or updates the one with the same externalId; fields left out stay as they are.
 * After the commit the customer is scored with the active run's model (see assignSegmentAfterWrite).
 */
export async function upsertCustomer({
  prisma,
  viewer,
  input,
  logger,
  ipAddress = null,
}: UpsertCustomerOptions): Promise<Customer> {
  const externalId = input.externalId.trim();
  if (externalId === "" || externalId.length > 200) {
    throw new AppError("BAD_USER_INPUT", "externalId must be 1 to 200 characters.");
  }
  const email = normaliseEmail(input.email);
  if (email === undefined)
    throw new AppError("BAD_USER_INPUT", `email "${input.email}" is not an email address.`);
  if (input.income != null && !(Number.isFinite(input.income) && input.income >= 0)) {
    throw new AppError("BAD_USER_INPUT", "income must be a number >= 0.");
  }
  if (input.birthDate && input.birthDate.getUTCFullYear() < 1900) {
    throw new AppError("BAD_USER_INPUT", "birthDate must be on or after 1900-01-01.");
  }

  const fields: Prisma.CustomerUpdateInput = {};
  if (input.email !== undefined) fields.email = email;
  if (input.name !== undefined) fields.name = input.name?.trim() || null;
  if (input.gender !== undefined) fields.gender = input.gender?.trim() || null;
  if (input.birthDate !== undefined) fields.birthDate = input.birthDate;
  if (input.city !== undefined) fields.city = input.city?.trim() || null;
  if (input.country !== undefined) fields.country = input.country?.trim() || null;
  if (input.occupation !== undefined) fields.occupation = input.occupation?.trim() || null;
  if (input.income !== undefined) fields.income = input.income;
  if (input.signupDate !== undefined) fields.signupDate = input.signupDate;
  if (input.marketingConsent != null) fields.marketingConsent = input.marketingConsent;
  if (input.attributes != null) fields.attributes = input.attributes as Prisma.InputJsonObject;

  const row = await prisma.$transaction(async (tx) => {
    const existing = await tx.customer.findUnique({ where: { externalId }, select: { id: true } });
    const saved = existing
      ? await tx.customer.update({ where: { id: existing.id }, data: fields })
      : await tx.customer.create({ data: { ...(fields as Prisma.CustomerCreateInput), externalId } });
    await recordAudit({
      prisma: tx,
      viewer,
      action: existing ? "customer.update" : "customer.create",
      entityType: "Customer",
      entityId: saved.id,
      details: { externalId, fields: Object.keys(fields) },
      ipAddress,
    });
    return saved;
  });
  await assignSegmentAfterWrite({ prisma, logger, customerIds: [row.id] });
  return toCustomerNode(row);
}
