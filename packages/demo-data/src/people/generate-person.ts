import type { DemoRandom, WeightedPicker } from "../random/demo-random";
import { DAY_MS, toIsoDate } from "../shop/calendar";
import type { CustomerTypeProfile } from "../shop/customer-type-profiles";
import {
  EMAIL_DOMAINS,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  NEUTRAL_FIRST_NAMES,
} from "./people-lists";

export interface Person {
  email: string;
  name: string;
  gender: string | null;
  birthDate: string | null;
  city: string;
  country: string;
  occupation: string | null;
  income: number | null;
  marketingConsent: boolean;
  acquisitionChannel: string;
  preferredDevice: string;
}

export interface PersonContext {
  city: WeightedPicker<readonly [string, string, number]>;
  occupations: readonly (readonly [string, number])[];
  acquisition: WeightedPicker<string>;
  device: WeightedPicker<string>;
}

const slugCache = new Map<string, string>();

/** The ASCII letters of a name, for e-mail addresses: "Siobhán" → "siobhan", "O'Brien" → "obrien". */
export function emailSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
    slugCache.set(name, slug);
  }
  return slug;
}

/** Demographics for one customer; `index` makes the e-mail address unique. */
export function generatePerson(
  random: DemoRandom,
  index: number,
  profile: CustomerTypeProfile,
  context: PersonContext,
  asOf: number,
): Person {
  const genderDraw = random.next();
  const gender =
    genderDraw < 0.48 ? "female" : genderDraw < 0.95 ? "male" : genderDraw < 0.97 ? "non-binary" : null;
  const first = random.pick(
    gender === "female" ? FEMALE_FIRST_NAMES : gender === "male" ? MALE_FIRST_NAMES : NEUTRAL_FIRST_NAMES,
  );
  const last = random.pick(LAST_NAMES);
  // Some shops store "Last, First" or a nickname in quotes: realistic, and it exercises CSV quoting.
  const styleDraw = random.next();
  const name =
    styleDraw < 0.015
      ? `${last}, ${first}`
      : styleDraw < 0.022
        ? `${first} "${first.slice(0, 3)}" ${last}`
        : `${first} ${last}`;
  const email = `${emailSlug(first)}.${emailSlug(last)}${index + 1}@${random.pick(EMAIL_DOMAINS)}`;

  const age = Math.min(85, Math.max(18, random.normal(profile.age.mean, profile.age.standardDeviation)));
  const birthDate = random.chance(0.04)
    ? null
    : toIsoDate(asOf - Math.floor(age * 365.25 * DAY_MS) - random.int(0, 364) * DAY_MS);

  const [city, country] = context.city.pick(random);
  const isStudent = age < 30 && random.chance(profile.studentChance * 2);
  const [occupationName, medianIncome] = isStudent
    ? (["Student", 9000] as const)
    : random.pick(context.occupations);
  const occupation = random.chance(0.06) ? null : occupationName;
  const income =
    occupation === null || random.chance(0.08)
      ? null
      : Math.round((medianIncome * profile.incomeFactor * Math.exp(random.normal(0, 0.25))) / 100) * 100;

  return {
    email,
    name,
    gender,
    birthDate,
    city,
    country,
    occupation,
    income,
    marketingConsent: random.chance(profile.marketingConsentChance),
    acquisitionChannel: context.acquisition.pick(random),
    preferredDevice: context.device.pick(random),
  };
}
