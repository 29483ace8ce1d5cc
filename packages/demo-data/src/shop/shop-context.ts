import {
  CATEGORIES,
  PRODUCT_CATALOGUE,
  productBySku,
  type CatalogueProduct,
  type CategoryName,
} from "../catalogue/product-catalogue";
import { PLANTED_PAIRS } from "../catalogue/planted-pairs";
import { WeightedPicker } from "../random/demo-random";
import { ACQUISITION_CHANNELS, CITIES, DEVICES, OCCUPATIONS } from "../people/people-lists";
import { CUSTOMER_TYPE_PROFILES, type CustomerTypeProfile } from "./customer-type-profiles";
import { PLANTED_TYPES, type PlantedPair, type PlantedType } from "./demo-shop.types";

/** The pickers one customer type draws from, built once per shop rather than once per customer. */
export interface TypeContext {
  type: PlantedType;
  profile: CustomerTypeProfile;
  category: WeightedPicker<CategoryName>;
  productIn: ReadonlyMap<CategoryName, WeightedPicker<CatalogueProduct>>;
  /** Products this type looks at: category weight × popularity, with no price preference. */
  viewed: WeightedPicker<CatalogueProduct>;
  /** Planted pairs with the chance that a basket starts with each. */
  pairs: readonly { pair: PlantedPair; chance: number }[];
  acquisition: WeightedPicker<string>;
  device: WeightedPicker<string>;
  priceOf(sku: string): number;
}

export interface ShopContext {
  plantedType: WeightedPicker<PlantedType>;
  types: Readonly<Record<PlantedType, TypeContext>>;
  city: WeightedPicker<readonly [string, string, number]>;
  occupations: readonly (readonly [string, number])[];
}

function buildTypeContext(type: PlantedType): TypeContext {
  const profile = CUSTOMER_TYPE_PROFILES[type];
  const productIn = new Map<CategoryName, WeightedPicker<CatalogueProduct>>();
  for (const category of CATEGORIES) {
    const products = PRODUCT_CATALOGUE.filter((product) => product.category === category);
    const weights = products.map(
      (product) => product.popularity * Math.pow(product.priceCents / 1000, profile.pricePreference),
    );
    productIn.set(category, new WeightedPicker(products, weights));
  }
  const viewedWeights = PRODUCT_CATALOGUE.map(
    (product) => product.popularity * profile.categoryWeights[product.category as CategoryName],
  );
  const pairs = PLANTED_PAIRS.flatMap((pair) => {
    const chance = profile.pairChances[pair.id as keyof CustomerTypeProfile["pairChances"]] ?? 0;
    return chance > 0 ? [{ pair, chance }] : [];
  });
  return {
    type,
    profile,
    category: new WeightedPicker(
      CATEGORIES,
      CATEGORIES.map((category) => profile.categoryWeights[category]),
    ),
    productIn,
    viewed: new WeightedPicker(PRODUCT_CATALOGUE, viewedWeights),
    pairs,
    acquisition: new WeightedPicker<string>(ACQUISITION_CHANNELS, profile.acquisitionWeights),
    device: new WeightedPicker<string>(DEVICES, profile.deviceWeights),
    priceOf: (sku) => productBySku(sku).priceCents,
  };
}

export function buildShopContext(): ShopContext {
  const types = Object.fromEntries(PLANTED_TYPES.map((type) => [type, buildTypeContext(type)])) as Record<
    PlantedType,
    TypeContext
  >;
  return {
    plantedType: new WeightedPicker(
      PLANTED_TYPES,
      PLANTED_TYPES.map((type) => CUSTOMER_TYPE_PROFILES[type].share),
    ),
    types,
    city: new WeightedPicker(
      CITIES,
      CITIES.map(([, , weight]) => weight),
    ),
    occupations: OCCUPATIONS,
  };
}
