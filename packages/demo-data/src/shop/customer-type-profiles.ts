import type { CategoryName } from "../catalogue/product-catalogue";
import type { PlantedPairId } from "../catalogue/planted-pairs";
import type { PlantedType } from "./demo-shop.types";

type Range = readonly [min: number, max: number];

/**
 * How one planted customer type behaves. The numbers are chosen so the types separate clearly on
 * recency, frequency, monetary value, discount share and browsing, which is what clustering sees.
 * Measured, not assumed: on the default run's features (log recency, frequency, spend, tenure) the
 * planted labels must score a silhouette close to the best K-means partition's, else a K scan
 * finds fewer, merged types. With loyal big spenders at 10 + Poisson(6) orders, bargain hunters at
 * 6 + Poisson(5) and lapsed customers at 2 + Poisson(2), the pairs loyal/bargain and
 * lapsed/one-time overlapped in frequency: planted silhouette 0.39 against 0.48 for a 4-cluster
 * partition that merged them. The frequencies below keep each pair a factor of two apart.
 */
export interface CustomerTypeProfile {
  /** Share of all customers. */
  share: number;
  /** Days between signup and the reference day. */
  signupDaysAgo: Range;
  /** Orders and events end this many days before the reference day (lapsed customers stop early). */
  activeUntilDaysAgo: Range;
  /** Orders = minOrders + Poisson(extraOrdersMean), then at most maxOrders. */
  minOrders: number;
  extraOrdersMean: number;
  maxOrders: number;
  /** When set, the last order falls within this many days before the reference day. */
  lastOrderWithinDays: number | null;
  /** Lines in a basket beyond the first: Poisson mean. */
  extraLinesMean: number;
  /** Chance that a line has quantity 2 or 3. */
  multipleQuantityChance: number;
  /** Product choice within a category is weighted by popularity × price^pricePreference. */
  pricePreference: number;
  discountChance: number;
  discountPercent: Range;
  categoryWeights: Readonly<Record<CategoryName, number>>;
  /** Chance that a basket starts with a planted pair. */
  pairChances: Readonly<Partial<Record<PlantedPairId, number>>>;
  /** Mean counts of behaviour events over the customer's active time. */
  eventMeans: Readonly<{ view: number; search: number; addToCart: number; emailOpen: number }>;
  /** Share of email opens followed by a click. */
  emailClickRate: number;
  age: Readonly<{ mean: number; standardDeviation: number }>;
  /** Multiplies the occupation's median income. */
  incomeFactor: number;
  studentChance: number;
  marketingConsentChance: number;
  acquisitionWeights: readonly number[];
  deviceWeights: readonly number[];
}

// Order of ACQUISITION_CHANNELS: organic_search, social, referral, newsletter, paid_ads; of DEVICES: mobile, desktop, tablet.
export const CUSTOMER_TYPE_PROFILES: Readonly<Record<PlantedType, CustomerTypeProfile>> = {
  loyal_big_spender: {
    share: 0.1,
    signupDaysAgo: [420, 1500],
    activeUntilDaysAgo: [0, 0],
    minOrders: 12,
    extraOrdersMean: 8,
    maxOrders: 30,
    lastOrderWithinDays: 30,
    extraLinesMean: 1.6,
    multipleQuantityChance: 0.3,
    pricePreference: 1,
    discountChance: 0.05,
    discountPercent: [5, 10],
    categoryWeights: {
      "Coffee beans": 10,
      "Brewing gear": 4,
      Tea: 1,
      Teaware: 1,
      "Mugs & cups": 2,
      "Filters & care": 3,
      Gifts: 2,
      "Syrups & snacks": 2,
    },
    pairChances: { "espresso-cleaning": 0.3, "matcha-whisk": 0.06 },
    eventMeans: { view: 6, search: 1, addToCart: 2, emailOpen: 4 },
    emailClickRate: 0.3,
    age: { mean: 46, standardDeviation: 10 },
    incomeFactor: 1.5,
    studentChance: 0.01,
    marketingConsentChance: 0.75,
    acquisitionWeights: [3, 1, 4, 2, 1],
    deviceWeights: [3, 6, 1],
  },
  bargain_hunter: {
    share: 0.18,
    signupDaysAgo: [200, 1100],
    activeUntilDaysAgo: [0, 20],
    minOrders: 5,
    extraOrdersMean: 3,
    maxOrders: 25,
    lastOrderWithinDays: null,
    extraLinesMean: 0.5,
    multipleQuantityChance: 0.2,
    pricePreference: -1.2,
    discountChance: 0.85,
    discountPercent: [15, 40],
    categoryWeights: {
      "Coffee beans": 6,
      "Brewing gear": 1,
      Tea: 4,
      Teaware: 1,
      "Mugs & cups": 2,
      "Filters & care": 3,
      Gifts: 0.5,
      "Syrups & snacks": 5,
    },
    pairChances: { "dripper-filters": 0.18 },
    eventMeans: { view: 4, search: 2, addToCart: 2, emailOpen: 4 },
    emailClickRate: 0.6,
    age: { mean: 29, standardDeviation: 7 },
    incomeFactor: 0.7,
    studentChance: 0.25,
    marketingConsentChance: 0.8,
    acquisitionWeights: [2, 3, 1, 3, 4],
    deviceWeights: [7, 2, 1],
  },
  one_time_buyer: {
    share: 0.25,
    signupDaysAgo: [90, 1000],
    activeUntilDaysAgo: [14, 60],
    minOrders: 1,
    extraOrdersMean: 0,
    maxOrders: 1,
    lastOrderWithinDays: null,
    extraLinesMean: 1,
    multipleQuantityChance: 0.1,
    pricePreference: 0,
    discountChance: 0.15,
    discountPercent: [10, 15],
    categoryWeights: {
      "Coffee beans": 3,
      "Brewing gear": 2,
      Tea: 3,
      Teaware: 2,
      "Mugs & cups": 3,
      "Filters & care": 1,
      Gifts: 6,
      "Syrups & snacks": 2,
    },
    pairChances: { "teapot-sencha": 0.3 },
    eventMeans: { view: 2, search: 0.5, addToCart: 0.5, emailOpen: 1 },
    emailClickRate: 0.1,
    age: { mean: 38, standardDeviation: 13 },
    incomeFactor: 1,
    studentChance: 0.05,
    marketingConsentChance: 0.5,
    acquisitionWeights: [4, 3, 2, 1, 3],
    deviceWeights: [5, 4, 1],
  },
  lapsed: {
    share: 0.17,
    signupDaysAgo: [450, 1400],
    activeUntilDaysAgo: [370, 440],
    minOrders: 4,
    extraOrdersMean: 2,
    maxOrders: 12,
    lastOrderWithinDays: null,
    extraLinesMean: 1.2,
    multipleQuantityChance: 0.15,
    pricePreference: 0,
    discountChance: 0.15,
    discountPercent: [10, 20],
    categoryWeights: {
      "Coffee beans": 4,
      "Brewing gear": 2,
      Tea: 6,
      Teaware: 3,
      "Mugs & cups": 2,
      "Filters & care": 1,
      Gifts: 2,
      "Syrups & snacks": 2,
    },
    pairChances: { "teapot-sencha": 0.2 },
    eventMeans: { view: 3, search: 0.5, addToCart: 0.5, emailOpen: 2 },
    emailClickRate: 0.1,
    age: { mean: 42, standardDeviation: 12 },
    incomeFactor: 1,
    studentChance: 0.04,
    marketingConsentChance: 0.55,
    acquisitionWeights: [3, 2, 2, 2, 2],
    deviceWeights: [4, 5, 1],
  },
  new_customer: {
    share: 0.12,
    signupDaysAgo: [1, 59],
    activeUntilDaysAgo: [0, 0],
    minOrders: 0,
    extraOrdersMean: 0.9,
    maxOrders: 3,
    lastOrderWithinDays: null,
    extraLinesMean: 1,
    multipleQuantityChance: 0.1,
    pricePreference: 0,
    discountChance: 0.3,
    discountPercent: [10, 10],
    categoryWeights: {
      "Coffee beans": 5,
      "Brewing gear": 3,
      Tea: 4,
      Teaware: 2,
      "Mugs & cups": 2,
      "Filters & care": 2,
      Gifts: 1,
      "Syrups & snacks": 2,
    },
    pairChances: { "dripper-filters": 0.2, "matcha-whisk": 0.2 },
    eventMeans: { view: 6, search: 2, addToCart: 1.5, emailOpen: 1.5 },
    emailClickRate: 0.3,
    age: { mean: 31, standardDeviation: 9 },
    incomeFactor: 0.9,
    studentChance: 0.1,
    marketingConsentChance: 0.55,
    acquisitionWeights: [2, 4, 2, 1, 4],
    deviceWeights: [6, 3, 1],
  },
  window_shopper: {
    share: 0.18,
    signupDaysAgo: [90, 900],
    activeUntilDaysAgo: [0, 10],
    minOrders: 0,
    extraOrdersMean: 0.3,
    maxOrders: 1,
    lastOrderWithinDays: null,
    extraLinesMean: 0.5,
    multipleQuantityChance: 0.05,
    pricePreference: 0.3,
    discountChance: 0.2,
    discountPercent: [10, 10],
    categoryWeights: {
      "Coffee beans": 3,
      "Brewing gear": 6,
      Tea: 2,
      Teaware: 2,
      "Mugs & cups": 3,
      "Filters & care": 1,
      Gifts: 3,
      "Syrups & snacks": 1,
    },
    pairChances: { "matcha-whisk": 0.05 },
    eventMeans: { view: 14, search: 4, addToCart: 3, emailOpen: 1.5 },
    emailClickRate: 0.15,
    age: { mean: 27, standardDeviation: 8 },
    incomeFactor: 0.8,
    studentChance: 0.2,
    marketingConsentChance: 0.55,
    acquisitionWeights: [3, 5, 1, 1, 2],
    deviceWeights: [8, 1, 1],
  },
};
