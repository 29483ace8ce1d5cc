import type { ImportKind } from "@seglens/database";

export interface ImportFieldSpec {
  name: string;
  required: boolean;
  description: string;
  /** Header spellings recognised by the mapping guess (compared after normaliseHeader). */
  synonyms: string[];
}

/** Customers-only: an unmapped column is kept as this attribute (e.g. `attribute:preferred_device`). */
export const attributePrefix = "attribute:";

const customerKeySynonyms = [
  "customer_id",
  "customer external id",
  "customer_external_id",
  "client id",
  "external_id",
];

/** The fields each import kind can fill, in the order of the files the demo-data generator writes. */
export const importFields: Record<ImportKind, ImportFieldSpec[]> = {
  CUSTOMERS: [
    {
      name: "externalId",
      required: true,
      description: "Id in your source system",
      synonyms: ["external_id", "external id", "customer_id", "customer id", "id", "customer number"],
    },
    {
      name: "email",
      required: false,
      description: "Email address",
      synonyms: ["email", "e-mail", "email address", "customer email", "mail"],
    },
    {
      name: "name",
      required: false,
      description: "Full name",
      synonyms: ["name", "full name", "customer name"],
    },
    { name: "gender", required: false, description: "Gender", synonyms: ["gender", "sex"] },
    {
      name: "birthDate",
      required: false,
      description: "Birth date (YYYY-MM-DD)",
      synonyms: ["birth_date", "birthdate", "birthday", "date of birth", "dob"],
    },
    { name: "city", required: false, description: "City", synonyms: ["city", "town"] },
    { name: "country", required: false, description: "Country", synonyms: ["country", "country code"] },
    {
      name: "occupation",
      required: false,
      description: "Occupation",
      synonyms: ["occupation", "job", "profession"],
    },
    {
      name: "income",
      required: false,
      description: "Yearly income (>= 0)",
      synonyms: ["income", "annual income", "yearly income", "salary"],
    },
    {
      name: "signupDate",
      required: false,
      description: "Signup date or time",
      synonyms: [
        "signup_date",
        "signup date",
        "sign up date",
        "signed up",
        "registration date",
        "registered at",
      ],
    },
    {
      name: "marketingConsent",
      required: false,
      description: "Consent to marketing (true/false/yes/no/1/0)",
      synonyms: ["marketing_consent", "marketing consent", "consent", "opt in", "optin", "newsletter"],
    },
  ],
  ORDERS: [
    {
      name: "orderId",
      required: true,
      description: "Order id (one row per order line)",
      synonyms: ["order_id", "order id", "order", "order number", "order no"],
    },
    {
      name: "customerExternalId",
      required: false,
      description: "Customer external id (or give customerEmail)",
      synonyms: customerKeySynonyms,
    },
    {
      name: "customerEmail",
      required: false,
      description: "Customer email (used when no customer id)",
      synonyms: ["email", "e-mail", "customer email", "customer e-mail"],
    },
    {
      name: "orderedAt",
      required: true,
      description: "Order date or time",
      synonyms: ["ordered_at", "ordered at", "order date", "order time", "date", "created_at"],
    },
    {
      name: "sku",
      required: true,
      description: "Product SKU (unknown SKUs create products)",
      synonyms: ["sku", "product sku", "product id", "product_id", "item"],
    },
    { name: "quantity", required: true, description: "Units (> 0)", synonyms: ["quantity", "qty", "units"] },
    {
      name: "unitPrice",
      required: true,
      description: "Price of one unit (>= 0)",
      synonyms: ["unit_price", "unit price", "price", "item price"],
    },
    {
      name: "currency",
      required: false,
      description: "ISO currency code (default USD)",
      synonyms: ["currency", "currency code"],
    },
    {
      name: "productName",
      required: false,
      description: "Product name for new SKUs",
      synonyms: ["product_name", "product name", "product title"],
    },
    {
      name: "category",
      required: false,
      description: "Product category for new SKUs",
      synonyms: ["category", "product category"],
    },
  ],
  EVENTS: [
    {
      name: "customerExternalId",
      required: false,
      description: "Customer external id (or give customerEmail)",
      synonyms: customerKeySynonyms,
    },
    {
      name: "customerEmail",
      required: false,
      description: "Customer email (used when no customer id)",
      synonyms: ["email", "e-mail", "customer email"],
    },
    {
      name: "type",
      required: true,
      description: "view, search, add_to_cart, purchase, email_open or email_click",
      synonyms: ["type", "event", "event type", "event_type", "action"],
    },
    {
      name: "occurredAt",
      required: true,
      description: "When it happened",
      synonyms: ["occurred_at", "occurred at", "timestamp", "time", "date", "event time"],
    },
    {
      name: "properties",
      required: false,
      description: "JSON object of details",
      synonyms: ["properties", "props", "data", "details"],
    },
  ],
  PRODUCTS: [
    {
      name: "sku",
      required: true,
      description: "Product SKU (unique)",
      synonyms: ["sku", "product sku", "product id", "product_id", "item", "article number"],
    },
    {
      name: "name",
      required: true,
      description: "Product name",
      synonyms: ["name", "product name", "product_name", "title", "product title"],
    },
    {
      name: "category",
      required: false,
      description: "Category (default uncategorised)",
      synonyms: ["category", "product category", "product_category", "type"],
    },
    {
      name: "price",
      required: true,
      description: "Current unit price (>= 0)",
      synonyms: ["price", "unit price", "unit_price", "list price"],
    },
  ],
};

/** Orders and events need one way to find the customer (see missingRequiredFields). */
export const customerKeyFields = ["customerExternalId", "customerEmail"];

/** Case, spacing and punctuation do not matter: "E-mail", "e_mail" and " EMAIL " are one header. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}
