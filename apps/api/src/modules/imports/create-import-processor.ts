import type { ImportKind } from "@seglens/database";
import { createCustomerImport } from "./customer-import";
import { createEventImport } from "./event-import";
import type { ImportProcessor } from "./import-processor";
import { createOrderImport } from "./order-import";
import { createProductImport } from "./product-import";

export function createImportProcessor(kind: ImportKind): ImportProcessor {
  switch (kind) {
    case "CUSTOMERS":
      return createCustomerImport();
    case "ORDERS":
      return createOrderImport();
    case "EVENTS":
      return createEventImport();
    case "PRODUCTS":
      return createProductImport();
  }
}
