import type { FeatureRole } from "./feature-roles";

/**
 * The segment archetype playbook.
 *
 * Each archetype has a detection rule on the segment's RFM/behaviour features RELATIVE to all
 * customers (ratio = segment mean / overall mean, so 2 means "twice the average"), or on an absolute
 * mean where a ratio says nothing (one-time buyers average ≤ 1.5 orders whatever the base).
 * A condition lists roles in order of preference: the first role the data has is used; when none
 * is present the archetype cannot be detected. Archetypes are tried in the order below and the
 * first whose conditions all hold wins, so specific ones (champions) come before broad ones
 * (hibernating). "regulars" has no condition and catches the rest.
 *
 * Each archetype carries a suggested marketing plan: objective, one KPI with a target, channels,
 * the offer, the message, a relative budget weight (normalised over the segments of a run into a
 * budget share) and a campaign duration. The plans follow the usual RFM playbook: reward and
 * protect the best, grow the promising, win back the lapsing, and spend little on the lost.
 */
export type ArchetypeId =
  | "champions"
  | "loyal"
  | "big-spenders"
  | "at-risk"
  | "promising"
  | "bargain-hunters"
  | "prospects"
  | "one-time-buyers"
  | "hibernating"
  | "regulars";

export interface ArchetypeCondition {
  roles: readonly FeatureRole[];
  measure: "ratio" | "mean";
  op: ">=" | "<=";
  value: number;
}

export interface MarketingPlan {
  objective: string;
  kpi: { metric: string; target: string };
  channels: string[];
  offer: string;
  message: string;
  /** Relative priority of spend on this archetype; a run normalises it into `budgetShare`. */
  budgetWeight: number;
  durationWeeks: number;
}

export interface Archetype {
  id: ArchetypeId;
  label: string;
  /** The name used instead of `label` when the segment also spends ≥ 1.5× the average (BIG_SPEND_RATIO). */
  bigSpenderLabel?: string;
  summary: string;
  conditions: readonly ArchetypeCondition[];
  plan: MarketingPlan;
}

/** Spend ratio (monetary, else average order value) from which a name says "big spenders". */
export const BIG_SPEND_RATIO = 1.5;

const recency = ["recency"] as const;
const frequency = ["frequency"] as const;
const spend = ["monetary", "averageOrderValue"] as const;
const orderValue = ["averageOrderValue", "monetary"] as const;

export const ARCHETYPE_PLAYBOOK: readonly Archetype[] = [
  {
    id: "champions",
    label: "Champions",
    summary: "bought recently, buy often and spend the most",
    conditions: [
      { roles: recency, measure: "ratio", op: "<=", value: 0.7 },
      { roles: frequency, measure: "ratio", op: ">=", value: 1.5 },
      { roles: spend, measure: "ratio", op: ">=", value: 1.5 },
    ],
    plan: {
      objective: "Keep them delighted and turn them into advocates",
      kpi: { metric: "repeat purchase rate in 90 days", target: "≥ 80%" },
      channels: ["email", "personal note", "early-access list"],
      offer: "Early access to new products and a referral reward (no discount needed)",
      message: "Thank you for being one of our best customers: you get it first.",
      budgetWeight: 3,
      durationWeeks: 8,
    },
  },
  {
    id: "loyal",
    label: "Loyal customers",
    bigSpenderLabel: "Loyal big spenders",
    summary: "order more often than average and still buy",
    conditions: [
      { roles: frequency, measure: "ratio", op: ">=", value: 1.3 },
      { roles: recency, measure: "ratio", op: "<=", value: 1 },
    ],
    plan: {
      objective: "Increase order value of frequent buyers",
      kpi: { metric: "average order value", target: "+10% in 8 weeks" },
      channels: ["email", "in-app", "loyalty programme"],
      offer: "Loyalty points, bundles and cross-sell of complementary categories",
      message: "Because you keep coming back: a bundle picked for you.",
      budgetWeight: 2.5,
      durationWeeks: 8,
    },
  },
  {
    id: "big-spenders",
    label: "Big spenders",
    summary: "spend far more per order or in total than average",
    conditions: [{ roles: orderValue, measure: "ratio", op: ">=", value: 1.5 }],
    plan: {
      objective: "Raise purchase frequency of high-value customers",
      kpi: { metric: "orders per customer in 90 days", target: "+1 order" },
      channels: ["email", "personal outreach", "retargeting ads"],
      offer: "Premium range, free express shipping, concierge service",
      message: "Our premium picks, with shipping on us.",
      budgetWeight: 2.5,
      durationWeeks: 6,
    },
  },
  {
    id: "at-risk",
    label: "At risk",
    bigSpenderLabel: "Big spenders at risk",
    summary: "used to buy often but have not ordered for a long time",
    conditions: [
      { roles: recency, measure: "ratio", op: ">=", value: 1.4 },
      { roles: frequency, measure: "ratio", op: ">=", value: 1 },
    ],
    plan: {
      objective: "Win back valuable customers before they are lost",
      kpi: { metric: "reactivation rate (≥ 1 order) in 60 days", target: "≥ 20%" },
      channels: ["email sequence", "SMS", "retargeting ads"],
      offer: "A personal win-back offer (e.g. 15% off) and a 'what went wrong?' survey",
      message: "We miss you: here is something to welcome you back.",
      budgetWeight: 2,
      durationWeeks: 4,
    },
  },
  {
    id: "promising",
    label: "Promising newcomers",
    bigSpenderLabel: "Promising big spenders",
    summary: "joined recently and have already ordered",
    conditions: [
      { roles: ["tenure"], measure: "ratio", op: "<=", value: 0.6 },
      { roles: recency, measure: "ratio", op: "<=", value: 1 },
    ],
    plan: {
      objective: "Turn first orders into a habit",
      kpi: { metric: "second-order rate in 45 days", target: "≥ 35%" },
      channels: ["onboarding email series", "in-app"],
      offer: "Free shipping on the second order and product guides",
      message: "Welcome! Here is how to get the most out of your first purchase.",
      budgetWeight: 2,
      durationWeeks: 6,
    },
  },
  {
    id: "bargain-hunters",
    label: "Bargain hunters",
    summary: "buy mostly on discount or in small baskets",
    conditions: [{ roles: ["discountShare"], measure: "ratio", op: ">=", value: 1.5 }],
    plan: {
      objective: "Keep them buying without eroding the margin",
      kpi: { metric: "gross margin per customer", target: "+5% in 8 weeks" },
      channels: ["email", "newsletter"],
      offer: "Time-boxed sales, clearance and multi-buy deals rather than blanket discounts",
      message: "This week's best deals, while stocks last.",
      budgetWeight: 1,
      durationWeeks: 4,
    },
  },
  {
    id: "prospects",
    label: "Prospects",
    summary: "signed up but have not ordered yet (browsing, reading e-mails)",
    // Half an order on average: most of the segment has never ordered. Before one-time buyers,
    // whose rule (≤ 1.5 orders) also holds for a segment of customers who never bought.
    conditions: [{ roles: frequency, measure: "mean", op: "<=", value: 0.5 }],
    plan: {
      objective: "Turn sign-ups into a first order",
      kpi: { metric: "first-order rate in 30 days", target: "≥ 5%" },
      channels: ["welcome email series", "retargeting ads"],
      offer: "A first-order incentive (free shipping) and the products they looked at",
      message: "Still thinking it over? Here is what others bought first.",
      budgetWeight: 1,
      durationWeeks: 4,
    },
  },
  {
    id: "one-time-buyers",
    label: "One-time buyers",
    bigSpenderLabel: "One-time big spenders",
    summary: "ordered about once and never came back",
    conditions: [{ roles: frequency, measure: "mean", op: "<=", value: 1.5 }],
    plan: {
      objective: "Get a second order",
      kpi: { metric: "second-order rate in 60 days", target: "≥ 10%" },
      channels: ["email", "retargeting ads"],
      offer: "A small second-order incentive and recommendations based on the first order",
      message: "Liked your first order? You may like these too.",
      budgetWeight: 1,
      durationWeeks: 4,
    },
  },
  {
    id: "hibernating",
    label: "Hibernating",
    summary: "have not ordered for a long time and bought little",
    conditions: [{ roles: recency, measure: "ratio", op: ">=", value: 1.4 }],
    plan: {
      objective: "Reactivate cheaply or let go",
      kpi: { metric: "reactivation rate in 90 days", target: "≥ 5%" },
      channels: ["low-cost email"],
      offer: "One seasonal campaign with a clear deadline; then suppress from paid channels",
      message: "It has been a while: here is what is new.",
      budgetWeight: 0.5,
      durationWeeks: 2,
    },
  },
  {
    id: "regulars",
    label: "Regulars",
    summary: "close to the average customer",
    conditions: [],
    plan: {
      objective: "Move them up to loyal",
      kpi: { metric: "orders per customer in 90 days", target: "+0.5 order" },
      channels: ["email", "newsletter"],
      offer: "Personalised recommendations and a loyalty programme invitation",
      message: "Picked for you, based on what you like.",
      budgetWeight: 1.5,
      durationWeeks: 6,
    },
  },
];
