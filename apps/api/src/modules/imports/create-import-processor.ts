import type { ImportKind } from "@seglens/database";
import { createCustomerImport } from "./customer-import";
import { createEventImport } from "./event-import";
import type { ImportProcessor, ImportProcessorOptions } from "./import-processor";
import { createOrderImport } from "./order-import";
import { createProductImport } from "./product-import";

export function createImportProcessor(kind: ImportKind, options: ImportProcessorOptions): ImportProcessor {
  switch (kind) {
    case "CUSTOMERS":
      return createCustomerImport(options);
    case "ORDERS":
      return createOrderImport(options);
    case "EVENTS":
      return createEventImport(options);
    case "PRODUCTS":
      return createProductImport();
  }
}
