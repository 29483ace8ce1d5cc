import type { NonEmptyArray } from "type-graphql";
import { HealthResolver } from "../modules/health/health.resolver";
import { ApiKeysResolver } from "../modules/api-keys/api-keys.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { PrivacyResolver } from "../modules/privacy/privacy.resolver";
import { UsersResolver } from "../modules/users/users.resolver";
import { CustomerResolver } from "../modules/customers/customer.resolver";
import { EventResolver } from "../modules/events/event.resolver";
import { ImportResolver } from "../modules/imports/import.resolver";
import { OrderResolver } from "../modules/orders/order.resolver";
import { SegmentationRunResolver } from "../modules/segmentation-runs/segmentation-run.resolver";
import { SegmentResolver } from "../modules/segments/segment.resolver";
import { MarketingPlanResolver } from "../modules/marketing-plans/marketing-plan.resolver";
import { CampaignResolver } from "../modules/campaigns/campaign.resolver";
import { WebhookResolver } from "../modules/webhooks/webhook.resolver";
import { KpiResolver } from "../modules/kpis/kpi.resolver";
import { ShopSettingsResolver } from "../modules/shop-settings/shop-settings.resolver";

/** Every resolver of the API; each module adds its own. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes as Function
export const resolvers: NonEmptyArray<Function> = [
  HealthResolver,
  ApiKeysResolver,
  AuditResolver,
  AuthResolver,
  PrivacyResolver,
  UsersResolver,
  CustomerResolver,
  OrderResolver,
  EventResolver,
  ImportResolver,
  SegmentationRunResolver,
  SegmentResolver,
  MarketingPlanResolver,
  CampaignResolver,
  WebhookResolver,
  KpiResolver,
  ShopSettingsResolver,
];
