import type { DemoProduct } from "../shop/demo-shop.types";

/** A product as listed below: name, list price in euros, relative popularity within its category. */
type CatalogueEntry = readonly [name: string, price: number, popularity: number];

interface CatalogueCategory {
  name: string;
  skuPrefix: string;
  entries: readonly CatalogueEntry[];
}

/** The categories the customer-type profiles refer to. */
export const CATEGORIES = [
  "Coffee beans",
  "Brewing gear",
  "Tea",
  "Teaware",
  "Mugs & cups",
  "Filters & care",
  "Gifts",
  "Syrups & snacks",
] as const;
export type CategoryName = (typeof CATEGORIES)[number];

// A small European specialty coffee and tea shop. The data is fixed (not seeded) so SKUs are stable.
const CATALOGUE: readonly CatalogueCategory[] = [
  {
    name: "Coffee beans",
    skuPrefix: "BEAN",
    entries: [
      ["House Espresso Blend 1 kg", 29.9, 10],
      ["House Espresso Blend 250 g", 9.5, 8],
      ["Ethiopia Yirgacheffe 250 g", 12.9, 6],
      ["Ethiopia Guji Natural 250 g", 13.5, 4],
      ["Colombia Huila 250 g", 10.9, 7],
      ["Colombia Huila 1 kg", 36.0, 3],
      ["Brazil Cerrado 250 g", 8.9, 7],
      ["Brazil Cerrado 1 kg", 28.5, 4],
      ["Kenya AA Kiambu 250 g", 14.9, 3],
      ["Guatemala Antigua 250 g", 11.5, 4],
      ["Sumatra Mandheling 250 g", 11.9, 3],
      ["Costa Rica Tarrazú 250 g", 12.5, 3],
      ["Decaf Colombia (Swiss Water) 250 g", 11.5, 3],
      ["Filter Roast of the Month 250 g", 13.9, 5],
      ["Geisha Panama Reserve 100 g", 34.0, 1],
      ["Breakfast Blend 500 g", 15.9, 5],
      ["Cold Brew Coarse Grind 500 g", 14.5, 2],
      ["Italian Dark Roast 1 kg", 24.9, 4],
    ],
  },
  {
    name: "Brewing gear",
    skuPrefix: "GEAR",
    entries: [
      ["Ceramic Pour-Over Dripper", 24.0, 8],
      ["Glass Pour-Over Carafe 600 ml", 32.0, 4],
      ["French Press 1 l", 34.9, 5],
      ["Stovetop Moka Pot 6 cups", 39.0, 4],
      ["Hand Burr Grinder", 69.0, 5],
      ["Electric Burr Grinder", 189.0, 3],
      ["Gooseneck Kettle 1 l", 59.0, 4],
      ["Digital Coffee Scale with Timer", 44.0, 4],
      ["Cold Brew Bottle 1 l", 27.5, 3],
      ["Espresso Tamper 58 mm", 35.0, 2],
      ["Milk Frothing Pitcher 350 ml", 18.5, 3],
      ["Home Espresso Machine", 449.0, 1],
      ["AeroPress-style Travel Brewer", 39.9, 4],
    ],
  },
  {
    name: "Tea",
    skuPrefix: "TEA",
    entries: [
      ["Sencha Loose-Leaf Tea 100 g", 9.9, 7],
      ["Darjeeling First Flush 100 g", 14.5, 4],
      ["Earl Grey Loose-Leaf 100 g", 7.9, 8],
      ["English Breakfast 250 g", 9.5, 6],
      ["Chamomile Blossoms 50 g", 5.9, 5],
      ["Rooibos Vanilla 100 g", 6.9, 5],
      ["Ceremonial Matcha 30 g", 24.0, 4],
      ["Milky Oolong 100 g", 13.9, 3],
      ["Masala Chai Blend 100 g", 7.5, 5],
      ["Peppermint Leaves 50 g", 4.9, 5],
      ["Jasmine Pearls 50 g", 12.9, 3],
      ["Gunpowder Green 250 g", 10.9, 2],
      ["Fruit Infusion Wild Berry 100 g", 5.5, 4],
      ["Pu-erh Aged 100 g", 16.9, 1],
    ],
  },
  {
    name: "Teaware",
    skuPrefix: "TWARE",
    entries: [
      ["Cast-Iron Teapot 0.8 l", 45.0, 6],
      ["Glass Teapot with Infuser 1 l", 29.9, 5],
      ["Stainless Tea Infuser Ball", 4.9, 6],
      ["Bamboo Matcha Whisk", 14.9, 4],
      ["Matcha Bowl (Chawan)", 22.0, 2],
      ["Tea Caddy Tin", 9.9, 4],
      ["Teacup and Saucer Set of 2", 26.0, 3],
      ["Tea Timer Hourglass", 8.5, 2],
    ],
  },
  {
    name: "Mugs & cups",
    skuPrefix: "MUG",
    entries: [
      ["Stoneware Mug 350 ml", 14.0, 8],
      ["Double-Walled Glass Cups Set of 2", 19.9, 5],
      ["Espresso Cups Set of 4", 24.0, 4],
      ["Insulated Travel Mug 400 ml", 24.9, 6],
      ["Cappuccino Cup and Saucer", 12.5, 4],
      ["Enamel Camping Mug", 11.0, 3],
      ["Handmade Ceramic Mug", 29.0, 3],
      ["Reusable Bamboo Cup", 9.9, 5],
      ["Latte Glass Set of 2", 16.5, 3],
      ['Logo Mug "Good Morning, World"', 12.0, 3],
    ],
  },
  {
    name: "Filters & care",
    skuPrefix: "CARE",
    entries: [
      ["Paper Filters for Pour-Over (100)", 5.9, 7],
      ["Grinder Cleaning Tablets", 11.9, 3],
      ["Espresso Machine Cleaning Tablets", 9.9, 4],
      ["Descaler 500 ml", 8.9, 5],
      ["Reusable Metal Filter", 17.5, 3],
      ["French Press Replacement Mesh", 6.5, 2],
      ["Coffee Equipment Brush", 7.0, 3],
      ["Water Filter Cartridge", 12.9, 3],
    ],
  },
  {
    name: "Gifts",
    skuPrefix: "GIFT",
    entries: [
      ["Gift Card 25 EUR", 25.0, 5],
      ["Gift Card 50 EUR", 50.0, 4],
      ["Gift Card 100 EUR", 100.0, 1],
      ["Coffee Tasting Set (4 x 100 g)", 32.0, 5],
      ["Tea Sampler Gift Box", 27.0, 4],
      ["Barista Starter Kit", 89.0, 2],
      ["Three-Month Coffee Subscription Gift", 96.0, 1],
      ["Greeting Card, Hand-Printed", 3.5, 4],
      ["Holiday Hamper", 64.0, 2],
    ],
  },
  {
    name: "Syrups & snacks",
    skuPrefix: "SNACK",
    entries: [
      ["Vanilla Syrup 250 ml", 6.9, 5],
      ["Caramel Syrup 250 ml", 6.9, 5],
      ["Hazelnut Syrup 250 ml", 6.9, 4],
      ["Almond Biscotti 200 g", 5.5, 6],
      ["Dark Chocolate 70% 100 g", 4.5, 6],
      ["Stroopwafels 8 pcs", 4.9, 5],
      ["Oat Drink Barista 1 l", 2.9, 4],
      ["Cocoa Powder 250 g", 7.9, 3],
    ],
  },
];

export interface CatalogueProduct extends DemoProduct {
  /** Relative popularity within the category; drives which products are viewed and bought. */
  popularity: number;
}

function buildCatalogue(): CatalogueProduct[] {
  return CATALOGUE.flatMap((category) =>
    category.entries.map(([name, price, popularity], i) => ({
      sku: `${category.skuPrefix}-${String(i + 1).padStart(3, "0")}`,
      name,
      category: category.name,
      priceCents: Math.round(price * 100),
      popularity,
    })),
  );
}

export const PRODUCT_CATALOGUE: readonly CatalogueProduct[] = buildCatalogue();

const bySku = new Map(PRODUCT_CATALOGUE.map((product) => [product.sku, product]));
const byName = new Map(PRODUCT_CATALOGUE.map((product) => [product.name, product]));

export function productBySku(sku: string): CatalogueProduct {
  const product = bySku.get(sku);
  if (!product) throw new Error(`no product with SKU ${sku} in the demo catalogue`);
  return product;
}

/** SKU of a catalogue product by its exact name: keeps the planted pairs readable. */
export function skuOf(name: string): string {
  const product = byName.get(name);
  if (!product) throw new Error(`no product named "${name}" in the demo catalogue`);
  return product.sku;
}
