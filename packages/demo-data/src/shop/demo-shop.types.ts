/** The customer kinds planted in the demo data, so clustering results can be checked against them. */
export const PLANTED_TYPES = [
  "loyal_big_spender",
  "bargain_hunter",
  "one_time_buyer",
  "lapsed",
  "new_customer",
  "window_shopper",
] as const;
export type PlantedType = (typeof PLANTED_TYPES)[number];

/** Event types as the CSV writes them (lower case); the database enum is the upper-case form. */
export const DEMO_EVENT_TYPES = [
  "view",
  "search",
  "add_to_cart",
  "purchase",
  "email_open",
  "email_click",
] as const;
export type DemoEventType = (typeof DEMO_EVENT_TYPES)[number];

export interface DemoProduct {
  sku: string;
  name: string;
  category: string;
  /** Money is kept in cents so totals add up exactly. */
  priceCents: number;
}

export interface DemoCustomer {
  /** 0-based position in the generated stream. */
  index: number;
  externalId: string;
  /** Lower-case and unique. */
  email: string;
  name: string;
  gender: string | null;
  /** yyyy-mm-dd */
  birthDate: string | null;
  city: string;
  country: string;
  occupation: string | null;
  /** Yearly income in whole currency units. */
  income: number | null;
  /** yyyy-mm-dd */
  signupDate: string;
  marketingConsent: boolean;
  plantedType: PlantedType;
  /** Free-form attributes; written as extra CSV columns and as Customer.attributes (string values, as the import reads them). */
  attributes: Record<string, string>;
  /** Denormalised from the orders, as Customer.orderCount / totalSpent / firstOrderAt / lastOrderAt. */
  orderCount: number;
  totalSpentCents: number;
  /** Milliseconds since the epoch (UTC). */
  firstOrderAt: number | null;
  lastOrderAt: number | null;
}

export interface DemoOrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface DemoOrder {
  externalId: string;
  /** Milliseconds since the epoch (UTC). */
  orderedAt: number;
  currency: string;
  totalCents: number;
  lines: DemoOrderLine[];
}

export type DemoEventProperties = Record<string, string | number>;

export interface DemoEvent {
  type: DemoEventType;
  /** Milliseconds since the epoch (UTC); unique per customer and type. */
  occurredAt: number;
  properties: DemoEventProperties;
}

/** One customer with everything that belongs to them: the unit the generator streams. */
export interface DemoCustomerRecord {
  customer: DemoCustomer;
  orders: DemoOrder[];
  events: DemoEvent[];
}

/** A buy-together pattern planted in the baskets. */
export interface PlantedPair {
  id: string;
  antecedentSku: string;
  consequentSku: string;
  /** The customer types in whose baskets the pair is mostly planted. */
  mostlyIn: readonly PlantedType[];
}

export interface DemoShopOptions {
  /** How many customers (200 to 1,000,000). */
  customers: number;
  /** Same seed, same shop. Default 1. */
  seed?: number;
  /** The day the data ends (exclusive), as yyyy-mm-dd or a Date at midnight UTC. Default 2026-11-01. */
  asOf?: string | Date;
}

export interface DemoShop {
  customerCount: number;
  seed: number;
  /** Midnight UTC of the reference day, in ms. */
  asOf: number;
  products: readonly DemoProduct[];
  plantedPairs: readonly PlantedPair[];
  /** Streams the customers one by one; every call starts again from the first. */
  customers(): Generator<DemoCustomerRecord>;
  /** Streams the customers in arrays of at most `size`. */
  batches(size: number): Generator<DemoCustomerRecord[]>;
}
