import { generatePerson, type PersonContext } from "../people/generate-person";
import { DemoRandom, deriveSeed } from "../random/demo-random";
import { DAY_MS, toIsoDate } from "./calendar";
import type { DemoCustomerRecord } from "./demo-shop.types";
import { generateEvents } from "./generate-events";
import { generateOrders } from "./generate-orders";
import type { ShopContext } from "./shop-context";

const HISTORY_DAYS = 730;

/** The 7-digit number shared by a customer's id (C…) and its orders' ids (O…-nn). */
export function customerNumber(index: number): string {
  return String(index + 1).padStart(7, "0");
}

/**
 * Customer `index` of the shop with seed `seed`: its own random stream makes it independent of
 * every other customer, so batches can be generated in any size and order.
 */
export function generateCustomerRecord(
  shop: ShopContext,
  seed: number,
  index: number,
  asOf: number,
): DemoCustomerRecord {
  const random = new DemoRandom(deriveSeed(seed, index));
  const plantedType = shop.plantedType.pick(random);
  const context = shop.types[plantedType];
  const { profile } = context;

  const signupDay = asOf - random.int(profile.signupDaysAgo[0], profile.signupDaysAgo[1]) * DAY_MS;
  const personContext: PersonContext = {
    city: shop.city,
    occupations: shop.occupations,
    acquisition: context.acquisition,
    device: context.device,
  };
  const person = generatePerson(random, index, profile, personContext, asOf);
  const window = {
    from: Math.max(signupDay, asOf - HISTORY_DAYS * DAY_MS),
    until: asOf - random.int(profile.activeUntilDaysAgo[0], profile.activeUntilDaysAgo[1]) * DAY_MS,
    asOf,
  };
  const number = customerNumber(index);
  const orders = generateOrders(random, number, context, window);
  const events = generateEvents(random, context, orders, window, person.marketingConsent);

  let totalSpentCents = 0;
  for (const order of orders) totalSpentCents += order.totalCents;
  return {
    customer: {
      index,
      externalId: `C${number}`,
      email: person.email,
      name: person.name,
      gender: person.gender,
      birthDate: person.birthDate,
      city: person.city,
      country: person.country,
      occupation: person.occupation,
      income: person.income,
      signupDate: toIsoDate(signupDay),
      marketingConsent: person.marketingConsent,
      plantedType,
      attributes: {
        planted_type: plantedType,
        acquisition_channel: person.acquisitionChannel,
        preferred_device: person.preferredDevice,
      },
      orderCount: orders.length,
      totalSpentCents,
      firstOrderAt: orders.length > 0 ? orders[0].orderedAt : null,
      lastOrderAt: orders.length > 0 ? orders[orders.length - 1].orderedAt : null,
    },
    orders,
    events,
  };
}
