import type { PlantedPair } from "../shop/demo-shop.types";
import { skuOf } from "./product-catalogue";

/**
 * Buy-together patterns planted in the baskets. Which customer types plant them, and how often, is
 * in the type profiles (customer-type-profiles.ts); this list is what association-rule mining should find.
 */
export const PLANTED_PAIRS: readonly PlantedPair[] = [
  {
    id: "espresso-cleaning",
    antecedentSku: skuOf("House Espresso Blend 1 kg"),
    consequentSku: skuOf("Grinder Cleaning Tablets"),
    mostlyIn: ["loyal_big_spender"],
  },
  {
    id: "teapot-sencha",
    antecedentSku: skuOf("Cast-Iron Teapot 0.8 l"),
    consequentSku: skuOf("Sencha Loose-Leaf Tea 100 g"),
    mostlyIn: ["one_time_buyer", "lapsed"],
  },
  {
    id: "dripper-filters",
    antecedentSku: skuOf("Ceramic Pour-Over Dripper"),
    consequentSku: skuOf("Paper Filters for Pour-Over (100)"),
    mostlyIn: ["bargain_hunter", "new_customer"],
  },
  {
    id: "matcha-whisk",
    antecedentSku: skuOf("Ceremonial Matcha 30 g"),
    consequentSku: skuOf("Bamboo Matcha Whisk"),
    mostlyIn: ["new_customer", "loyal_big_spender"],
  },
];

export type PlantedPairId = "espresso-cleaning" | "teapot-sencha" | "dripper-filters" | "matcha-whisk";
