import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import type { Logger } from "../../logging/logger";
import { recordAudit } from "../audit/record-audit";
import { assignSegmentAfterWrite } from "../customers/assign-segment-after-write";
import type { CreateOrderInput } from "./order.input";
import type { Order } from "./order.type";
import { recomputeCustomerTotals } from "./recompute-customer-totals";
import { toOrderNode } from "./to-order-node";

export interface CreateOrderOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  input: CreateOrderInput;
  logger: Logger;
  ipAddress?: string | null;
}

/**
 * Stores a new order with its lines; the total is the sum of the lines and the customer's totals follow.
 * After the commit the customer is re-scored with the active run's model.
 */
export async function createOrder({
  prisma,
  viewer,
  input,
  logger,
  ipAddress = null,
}: CreateOrderOptions): Promise<Order> {
  const externalId = input.externalId.trim();
  if (externalId === "") throw new AppError("BAD_USER_INPUT", "externalId must not be blank.");
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    throw new AppError("BAD_USER_INPUT", `currency "${input.currency}" is not a 3-letter code.`);
  if (input.lines.length === 0) throw new AppError("BAD_USER_INPUT", "An order needs at least one line.");
  const seen = new Set<string>();
  const lines = input.lines.map((line, index) => {
    const sku = line.sku.trim();
    if (sku === "") throw new AppError("BAD_USER_INPUT", `lines[${index}].sku must not be blank.`);
    if (seen.has(sku))
      throw new AppError(
        "BAD_USER_INPUT",
        `lines[${index}].sku "${sku}" appears twice; use one line with the total quantity.`,
      );
    seen.add(sku);
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      throw new AppError("BAD_USER_INPUT", `lines[${index}].quantity must be a whole number > 0.`);
    }
    if (!Number.isFinite(line.unitPrice) || line.unitPrice < 0) {
      throw new AppError("BAD_USER_INPUT", `lines[${index}].unitPrice must be a number >= 0.`);
    }
    return { sku, quantity: line.quantity, unitPriceCents: Math.round(line.unitPrice * 100) };
  });
  const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);

  const row = await prisma.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({
      where: { externalId: input.customerExternalId.trim() },
      select: { id: true },
    });
    if (!customer) throw new AppError("NOT_FOUND", `Customer "${input.customerExternalId}" does not exist.`);
    if (await tx.order.findUnique({ where: { externalId }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Order "${externalId}" already exists.`);
    }
    // Unknown SKUs become products named after the SKU so that lines always point at a product.
    await tx.product.createMany({
      data: lines.map((line) => ({
        sku: line.sku,
        name: line.sku,
        category: "uncategorised",
        price: line.unitPriceCents / 100,
      })),
      skipDuplicates: true,
    });
    const products = await tx.product.findMany({
      where: { sku: { in: [...seen] } },
      select: { id: true, sku: true },
    });
    const productIdBySku = new Map(products.map((product) => [product.sku, product.id]));
    const order = await tx.order.create({
      data: {
        externalId,
        customerId: customer.id,
        orderedAt: input.orderedAt,
        currency,
        total: totalCents / 100,
        lines: {
          create: lines.map((line) => ({
            sku: line.sku,
            productId: productIdBySku.get(line.sku) ?? null,
            quantity: line.quantity,
            unitPrice: line.unitPriceCents / 100,
          })),
        },
      },
    });
    await recomputeCustomerTotals({ db: tx, customerIds: [customer.id] });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "order.create",
      entityType: "Order",
      entityId: order.id,
      details: { externalId, customerId: customer.id, lines: lines.length },
      ipAddress,
    });
    return order;
  });
  await assignSegmentAfterWrite({ prisma, logger, customerIds: [row.customerId] });
  return toOrderNode(row);
}
