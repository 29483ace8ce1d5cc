// The public door of @seglens/demo-data.
export { DemoDataError } from "./errors";
export type { DemoDataErrorCode } from "./errors";
export * from "./shop/demo-shop.types";
export { generateDemoShop, MIN_CUSTOMERS, MAX_CUSTOMERS } from "./shop/generate-demo-shop";
export { DEFAULT_AS_OF } from "./shop/calendar";
export { CUSTOMER_TYPE_PROFILES } from "./shop/customer-type-profiles";
export type { CustomerTypeProfile } from "./shop/customer-type-profiles";
export { PRODUCT_CATALOGUE, CATEGORIES } from "./catalogue/product-catalogue";
export { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, LAST_NAMES, EMAIL_DOMAINS } from "./people/people-lists";
export { emailSlug } from "./people/generate-person";
export { PLANTED_PAIRS } from "./catalogue/planted-pairs";
export type { DemoShopCounts, DemoShopSink } from "./output/demo-shop-sink";
export { streamToSinks } from "./output/stream-to-sinks";
export { writeDemoCsv, createCsvSink, CSV_FILE_NAMES } from "./csv/write-demo-csv";
export { CUSTOMER_COLUMNS, PRODUCT_COLUMNS, ORDER_COLUMNS, EVENT_COLUMNS } from "./csv/demo-csv-rows";
export { createDatabaseSink } from "./database/create-database-sink";
export type {
  CreateDatabaseSinkOptions,
  DatabaseSink,
  DatabaseWriteCounts,
  DatabaseWriteMethod,
} from "./database/create-database-sink";
export { eventDedupeKey } from "./database/event-dedupe-key";
export { seedDemoData, SEED_BATCH_SIZES } from "./seed-demo-data";
export type { SeedDemoDataOptions, SeedDemoDataResult } from "./seed-demo-data";
