export type {
  DateInput,
  CustomerId,
  CustomerRecord,
  OrderLine,
  OrderRecord,
  EventType,
  EventRecord,
  CustomerFeatureInput,
  CustomerFeatureOptions,
  CustomerFeatureKind,
  CustomerFeatureTable,
} from "./customer-features";
export { EVENT_TYPES, DEFAULT_CUSTOMER_FEATURE_OPTIONS } from "./customer-features";
export { extractCustomerFeatures } from "./extract-customer-features";
