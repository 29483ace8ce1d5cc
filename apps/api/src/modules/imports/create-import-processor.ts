import type { ImportKind } from "@seglens/database";
import { createCustomerImport } from "./customer-import";
import { createEventImport } from "./event-import";
import type { ImportProcessor } from "./import-processor";
import { createOrderImport } from "./order-import";

export function createImportProcessor(kind: ImportKind): ImportProcessor<unknown> {
  switch (kind) {
    case "CUSTOMERS":
      return createCustomerImport() as ImportProcessor<unknown>;
    case "ORDERS":
      return createOrderImport() as ImportProcessor<unknown>;
    case "EVENTS":
      return createEventImport() as ImportProcessor<unknown>;
  }
}
