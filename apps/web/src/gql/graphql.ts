/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An API key for an integration. The key itself is shown once at creation and never stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the key stops working (null: never). */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Key id (UUID). */
  id: Scalars['ID']['output'];
  /** When the key was last used (null: never). */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the key is for, e.g. "Shop plugin". */
  name: Scalars['String']['output'];
  /** The key's visible start, e.g. `sk_live_1a2b3c4d`, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked (null: still valid). */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Permissions the key grants, e.g. `customers:read`. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** The keys of this page. */
  nodes: Array<ApiKey>;
  /** Whether more keys follow. */
  pageInfo: PageInfo;
  /** Number of keys matching in all. */
  totalCount: Scalars['Int']['output'];
};

/** One API key in a page of keys. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Cursor of this key; pass it as `after` to read the keys after it. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** A customer in a campaign's audience. */
export type AudienceMember = {
  __typename?: 'AudienceMember';
  /** Customer id. */
  customerId: Scalars['Int']['output'];
  /** Email. */
  email: Maybe<Scalars['String']['output']>;
  /** Id in the owner's source system. */
  externalId: Scalars['String']['output'];
  /** Name. */
  name: Maybe<Scalars['String']['output']>;
  /** Names of the campaign's segments the customer is in. */
  segments: Array<Scalars['String']['output']>;
};

/** A page of a campaign's audience, by customer id. */
export type AudienceMemberConnection = {
  __typename?: 'AudienceMemberConnection';
  /** Customers of this page. */
  edges: Array<AudienceMemberEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Customers in the audience. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of the audience connection. */
export type AudienceMemberEdge = {
  __typename?: 'AudienceMemberEdge';
  /** Cursor of this member. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: AudienceMember;
};

/** Who a campaign on these segments reaches; a customer in two segments counts once in the totals. */
export type AudienceSummary = {
  __typename?: 'AudienceSummary';
  /** Distinct customers in the segments who consented to marketing and are not suppressed (the audience). */
  consentedCustomers: Scalars['Int']['output'];
  /** Counts per segment, in the order the segments were given. */
  perSegment: Array<SegmentAudienceCount>;
  /** Distinct customers in the segments. */
  totalCustomers: Scalars['Int']['output'];
};

/** One recorded change: who did what to which record. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, e.g. `customer.erase`, `apiKey.create`, `auth.login.failure`. */
  action: Scalars['String']['output'];
  /** The API key used, when the change came from an integration. */
  actorApiKeyId: Maybe<Scalars['ID']['output']>;
  /** Email of the user who acted, when the user still exists. */
  actorEmail: Maybe<Scalars['String']['output']>;
  /** The user who acted (for an API key: its owner); null when anonymous or the user was removed. */
  actorUserId: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Facts about the change (never secrets). */
  details: Scalars['JSONObject']['output'];
  /** Id of the record changed. */
  entityId: Maybe<Scalars['String']['output']>;
  /** Kind of record changed, e.g. `Customer`. */
  entityType: Scalars['String']['output'];
  /** Entry id (increasing). */
  id: Scalars['ID']['output'];
  /** IP address of the request. */
  ipAddress: Maybe<Scalars['String']['output']>;
};

/** A page of the audit log, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The entries of this page. */
  nodes: Array<AuditEntry>;
  /** Whether older entries follow. */
  pageInfo: PageInfo;
  /** Number of entries matching in all. */
  totalCount: Scalars['Int']['output'];
};

/** One entry in a page of the audit log. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Cursor of this entry; pass it as `after` to read older entries. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** A marketing campaign aimed at one or more segments. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Audience counts per targeted segment and in total. */
  audience: AudienceSummary;
  /** Budget (the owner's currency). */
  budget: Scalars['Float']['output'];
  /** Channel. */
  channel: CampaignChannel;
  /** Message or creative brief. */
  content: Scalars['String']['output'];
  /** Created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Campaign id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** When the campaign is planned to start. */
  scheduledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Segments the campaign targets. */
  segments: Array<CampaignTargetSegment>;
  /** Status in the campaign life cycle. */
  status: CampaignStatus;
  /** Last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Where a campaign reaches its audience. */
export type CampaignChannel =
  | 'ADS'
  | 'DIRECT_MAIL'
  | 'EMAIL'
  | 'SMS'
  | 'SOCIAL'
  | 'WEBHOOK';

/** A page of campaigns, newest first. */
export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  /** Campaigns of this page. */
  edges: Array<CampaignEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Campaigns matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of the campaigns connection. */
export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  /** Cursor of this campaign. */
  cursor: Scalars['String']['output'];
  /** The campaign. */
  node: Campaign;
};

/** KPIs of a campaign per segment and in total. */
export type CampaignKpis = {
  __typename?: 'CampaignKpis';
  /** The campaign's budget. */
  budget: Scalars['Float']['output'];
  /** Campaign id. */
  campaignId: Scalars['ID']['output'];
  /** Per segment the campaign targets or has results for, by name. */
  perSegment: Array<CampaignSegmentKpis>;
  /** All results of the campaign; cost = the whole budget. */
  total: KpiFigures;
  /** Results recorded without a segment (null when there are none). */
  unattributed: Maybe<KpiFigures>;
};

/** Results recorded for a campaign (all or one of its segments). */
export type CampaignResult = {
  __typename?: 'CampaignResult';
  /** Campaign. */
  campaignId: Scalars['ID']['output'];
  /** Customers who converted. */
  conversions: Scalars['Int']['output'];
  /** Result id. */
  id: Scalars['ID']['output'];
  /** Customers reached. */
  reach: Scalars['Int']['output'];
  /** When the result was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Revenue attributed. */
  revenue: Scalars['Float']['output'];
  /** Segment the figures are for (null: the campaign as a whole). */
  segmentId: Maybe<Scalars['ID']['output']>;
};

/** KPIs of a campaign in one segment. */
export type CampaignSegmentKpis = {
  __typename?: 'CampaignSegmentKpis';
  /** Figures. */
  kpis: KpiFigures;
  /** Segment id. */
  segmentId: Scalars['ID']['output'];
  /** Segment name. */
  segmentName: Scalars['String']['output'];
};

/** Life cycle: DRAFT → SCHEDULED → RUNNING → COMPLETED; RUNNING ↔ PAUSED; CANCELLED from any status that is not final. COMPLETED and CANCELLED are final. */
export type CampaignStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PAUSED'
  | 'RUNNING'
  | 'SCHEDULED';

/** A segment a campaign targets. */
export type CampaignTargetSegment = {
  __typename?: 'CampaignTargetSegment';
  /** Position of the segment in its run (0-based): the dashboard colours segments by it. */
  clusterIndex: Scalars['Int']['output'];
  /** Segment id. */
  id: Scalars['ID']['output'];
  /** True when the segment belongs to the active segmentation run. */
  inActiveRun: Scalars['Boolean']['output'];
  /** Segment name. */
  name: Scalars['String']['output'];
  /** Run that found the segment. */
  runId: Scalars['ID']['output'];
  /** Customers in the segment at the end of its run. */
  size: Scalars['Int']['output'];
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working (must be in the future; null: never). */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What the key is for (1 to 100 characters). */
  name: Scalars['String']['input'];
  /** Permissions to grant, at least one of: customers:read, customers:write, imports:read, imports:write, segments:read, segments:write, campaigns:read, campaigns:write. */
  scopes: Array<Scalars['String']['input']>;
};

/** A new campaign (it starts as DRAFT). */
export type CreateCampaignInput = {
  /** Budget, ≥ 0. */
  budget?: Scalars['Float']['input'];
  /** Channel. */
  channel: CampaignChannel;
  /** Message or creative brief (at most 100,000 characters). */
  content?: Scalars['String']['input'];
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Planned start (in the future). */
  scheduledAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Segments to target (one or more, of the active run). */
  segmentIds: Array<Scalars['ID']['input']>;
};

/** An order pushed by an integration; its total is computed from the lines. */
export type CreateOrderInput = {
  /** ISO 4217 currency code. */
  currency?: Scalars['String']['input'];
  /** External id of the customer who placed it. */
  customerExternalId: Scalars['String']['input'];
  /** Order id in the shop (unique). */
  externalId: Scalars['String']['input'];
  /** The lines (at least one, each SKU once). */
  lines: Array<OrderLineInput>;
  /** When it was placed. */
  orderedAt: Scalars['DateTimeISO']['input'];
};

/** A new dashboard user: the owner gives them an initial password to pass on. */
export type CreateUserInput = {
  /** Sign-in email (stored lower-cased). */
  email: Scalars['String']['input'];
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Initial password: at least 10 characters, not the email. */
  password: Scalars['String']['input'];
  /** Role of the new user. */
  role: UserRole;
};

/** A newly created API key and its secret value. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The stored key record. */
  apiKey: ApiKey;
  /** The full key to send as `Authorization: Bearer <key>`. Shown only this once: copy it now. */
  key: Scalars['String']['output'];
};

/** A new endpoint with its signing secret, shown only this once. */
export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** HMAC-SHA256 secret: the receiver checks X-Seglens-Signature = sha256=<hex HMAC of the raw body>. Store it now; it is never shown again. */
  secret: Scalars['String']['output'];
};

/** A customer of the owner's business, with totals kept up to date from its orders. */
export type Customer = {
  __typename?: 'Customer';
  /** Extra attributes from imports (columns without a field of their own). */
  attributes: Scalars['JSONObject']['output'];
  /** Birth date (sensitive), midnight UTC. */
  birthDate: Maybe<Scalars['DateTimeISO']['output']>;
  /** City. */
  city: Maybe<Scalars['String']['output']>;
  /** Country. */
  country: Maybe<Scalars['String']['output']>;
  /** When the record was created here. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Email address, lower-cased. */
  email: Maybe<Scalars['String']['output']>;
  /** The customer's events, newest first. */
  events: CustomerEventConnection;
  /** Id in the owner's source system (unique). */
  externalId: Scalars['String']['output'];
  /** First order time. */
  firstOrderAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Gender as given by the source (sensitive). */
  gender: Maybe<Scalars['String']['output']>;
  /** Database id. */
  id: Scalars['Int']['output'];
  /** Yearly income. */
  income: Maybe<Scalars['Float']['output']>;
  /** Last order time. */
  lastOrderAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** True when the customer agreed to marketing messages. */
  marketingConsent: Scalars['Boolean']['output'];
  /** Full name. */
  name: Maybe<Scalars['String']['output']>;
  /** Occupation. */
  occupation: Maybe<Scalars['String']['output']>;
  /** Number of orders. */
  orderCount: Scalars['Int']['output'];
  /** The customer's orders, newest first. */
  orders: Array<Order>;
  /** Segment in the active segmentation run (null when none). */
  segment: Maybe<CustomerSegment>;
  /** Why the customer is in its segment of the active run: the path of the run's explanation tree with the customer's values (null when it has no segment). Needs segments:read. */
  segmentExplanation: Maybe<CustomerSegmentExplanation>;
  /** When the customer signed up. */
  signupDate: Maybe<Scalars['DateTimeISO']['output']>;
  /** Sum of order totals. */
  totalSpent: Scalars['Float']['output'];
  /** When the record last changed here. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A customer of the owner's business, with totals kept up to date from its orders. */
export type CustomerEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers of this page with their cursors. */
  edges: Array<CustomerEdge>;
  /** The customers of this page. */
  nodes: Array<Customer>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of customers matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One customer of a page, with its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Cursor of this item; pass it as `after` to read what follows. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** Something a customer did (viewed, searched, opened an email...). */
export type CustomerEvent = {
  __typename?: 'CustomerEvent';
  /** Database id of the customer. */
  customerId: Scalars['Int']['output'];
  /** Database id of the event. */
  id: Scalars['Int']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Free-form details sent with the event. */
  properties: Scalars['JSONObject']['output'];
  /** Kind of event. */
  type: EventType;
};

/** A page of a customer's events, newest first. */
export type CustomerEventConnection = {
  __typename?: 'CustomerEventConnection';
  /** The events of this page with their cursors. */
  edges: Array<CustomerEventEdge>;
  /** The events of this page. */
  nodes: Array<CustomerEvent>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of events of the customer. */
  totalCount: Scalars['Int']['output'];
};

/** One event of a page, with its cursor. */
export type CustomerEventEdge = {
  __typename?: 'CustomerEventEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: CustomerEvent;
};

/** Conditions a customer must meet to be listed (all given ones at once). */
export type CustomerFilter = {
  /** Last order at or after this time. */
  lastOrderAfter?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Last order at or before this time. */
  lastOrderBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only customers who did (true) or did not (false) consent to marketing. */
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Total spent at most this much. */
  maxSpent?: InputMaybe<Scalars['Float']['input']>;
  /** Total spent at least this much. */
  minSpent?: InputMaybe<Scalars['Float']['input']>;
  /** Only members of this segment. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive text found in the name, email or external id. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a customer list; ties are broken by id. */
export type CustomerOrderBy = {
  /** Direction. */
  direction?: CustomerSortDirection;
  /** Field to sort by. */
  field: CustomerSortField;
};

/** The segment a customer belongs to in the active segmentation run. */
export type CustomerSegment = {
  __typename?: 'CustomerSegment';
  /** When the assignment was made. */
  assignedAt: Scalars['DateTimeISO']['output'];
  /** Cluster number within the run (0-based). */
  clusterIndex: Scalars['Int']['output'];
  /** Distance to the segment centre in the run's scaled feature space. */
  distance: Scalars['Float']['output'];
  /** Name of the segment. */
  name: Scalars['String']['output'];
  /** Id of the (active) segmentation run. */
  runId: Scalars['String']['output'];
  /** Id of the segment. */
  segmentId: Scalars['String']['output'];
  /** RUN when assigned by the run, REALTIME when scored later. */
  source: MembershipSource;
};

/** Why a customer is in their segment of the active run. */
export type CustomerSegmentExplanation = {
  __typename?: 'CustomerSegmentExplanation';
  /** Distance to the segment centroid. */
  distance: Scalars['Float']['output'];
  /** False when the rules point to another segment than the one the customer is in (rules are an approximation). */
  rulesAgree: Scalars['Boolean']['output'];
  /** The customer's segment in the active run. */
  segment: Segment;
  /** Placed by the run or in real time. */
  source: MembershipSource;
  /** Conditions with the customer's actual values. */
  steps: Array<ExplanationStep>;
  /** The path in plain words (conditions joined by “and”). */
  text: Scalars['String']['output'];
};

/** Ascending or descending. */
export type CustomerSortDirection =
  | 'ASC'
  | 'DESC';

/** What a customer list is sorted by. */
export type CustomerSortField =
  | 'CREATED_AT'
  | 'LAST_ORDER_AT'
  | 'NAME'
  | 'ORDER_COUNT'
  | 'TOTAL_SPENT';

/** PENDING: queued or being sent; DELIVERED: every page accepted (2xx); FAILED: refused (4xx) or still failing after the last retry. */
export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** What erasing a customer removed. */
export type ErasedCustomer = {
  __typename?: 'ErasedCustomer';
  /** Campaign audience entries deleted. */
  campaignAudiencesDeleted: Scalars['Int']['output'];
  /** Id the customer had. */
  customerId: Scalars['Int']['output'];
  /** Events deleted. */
  eventsDeleted: Scalars['Int']['output'];
  /** Segment memberships deleted. */
  membershipsDeleted: Scalars['Int']['output'];
  /** Orders deleted with their lines. */
  ordersDeleted: Scalars['Int']['output'];
  /** Suppression entries recorded (external id, and email when known) so imports skip this person. */
  suppressionEntries: Scalars['Int']['output'];
};

/** What a customer did. */
export type EventType =
  | 'ADD_TO_CART'
  | 'EMAIL_CLICK'
  | 'EMAIL_OPEN'
  | 'PURCHASE'
  | 'SEARCH'
  | 'VIEW';

/** One condition on the customer's path through the explanation tree. */
export type ExplanationStep = {
  __typename?: 'ExplanationStep';
  /** The condition met, e.g. "frequency > 5". */
  condition: Scalars['String']['output'];
  /** Feature. */
  feature: Scalars['String']['output'];
  /** The customer's actual value. */
  value: Scalars['String']['output'];
};

/** A node of the run's explanation tree (listed depth-first, root first). */
export type ExplanationTreeNode = {
  __typename?: 'ExplanationTreeNode';
  /** Condition leading here from the parent, e.g. "frequency ≥ 6" (null for the root). */
  condition: Maybe<Scalars['String']['output']>;
  /** Depth (root = 0). */
  depth: Scalars['Int']['output'];
  /** Feature the node splits on (null for a leaf). */
  feature: Maybe<Scalars['String']['output']>;
  /** Node id, unique within the run's tree. */
  id: Scalars['Int']['output'];
  /** True for a leaf (a final decision). */
  isLeaf: Scalars['Boolean']['output'];
  /** Parent node id (null for the root). */
  parentId: Maybe<Scalars['Int']['output']>;
  /** Share of the node's customers in that segment, 0..1. */
  purity: Scalars['Float']['output'];
  /** Customers (of the rows the tree was fitted on) reaching the node. */
  samples: Scalars['Int']['output'];
  /** Segment (clusterIndex) most of them are in: the node's prediction. */
  segmentIndex: Scalars['Int']['output'];
  /** Numeric split: values ≤ threshold take the first child (null for leaves and category splits). */
  threshold: Maybe<Scalars['Float']['output']>;
};

/** How a segment's mean of a feature compares with all customers'. */
export type FeatureComparison = {
  __typename?: 'FeatureComparison';
  /** segmentMean − overallMean. */
  difference: Scalars['Float']['output'];
  /** Difference in overall standard deviations (effect size). */
  effectSize: Scalars['Float']['output'];
  /** Feature name. */
  feature: Scalars['String']['output'];
  /** Mean over all customers. */
  overallMean: Scalars['Float']['output'];
  /** segmentMean / overallMean (null when the overall mean is 0). */
  ratio: Maybe<Scalars['Float']['output']>;
  /** Mean in the segment. */
  segmentMean: Scalars['Float']['output'];
};

/** How much one feature drives the explanation tree. */
export type FeatureImportance = {
  __typename?: 'FeatureImportance';
  /** Feature name. */
  feature: Scalars['String']['output'];
  /** Share of the tree's impurity decrease (sums to 1). */
  importance: Scalars['Float']['output'];
};

/** A feature's value (original units). */
export type FeatureValue = {
  __typename?: 'FeatureValue';
  /** Feature name. */
  feature: Scalars['String']['output'];
  /** Value. */
  value: Scalars['Float']['output'];
};

/** Whether the API and its database are working. */
export type Health = {
  __typename?: 'Health';
  /** `external` (a PostgreSQL server) or `embedded` (PGlite on this machine). */
  databaseMode: Scalars['String']['output'];
  /** True when the database answered. */
  ok: Scalars['Boolean']['output'];
  /** API version. */
  version: Scalars['String']['output'];
};

/** The cleaning step of an import: every mapped column analysed, with the current choices. */
export type ImportCleaning = {
  __typename?: 'ImportCleaning';
  /** The mapped columns, in file order. */
  columns: Array<ImportColumnAnalysis>;
  /** Outliers lie more than this many interquartile ranges outside the quartiles. */
  fenceMultiplier: Scalars['Float']['output'];
  /** The import. */
  importJob: ImportJob;
  /** Data rows of the file. */
  totalRows: Scalars['Int']['output'];
};

/** How one column is cleaned during its import. */
export type ImportCleaningChoice = {
  __typename?: 'ImportCleaningChoice';
  /** Column of the file. */
  column: Scalars['String']['output'];
  /** Text written into blank cells (given, or the median / most common value), as the file would write it. */
  fillValue: Maybe<Scalars['String']['output']>;
  /** What happens to its blank cells. */
  missing: MissingValueAction;
  /** What happens to values outside the fences. */
  outliers: OutlierAction;
};

/** How one column is cleaned; left-out fields keep the defaults (LEAVE, KEEP). */
export type ImportCleaningChoiceInput = {
  /** Column header exactly as in the file (a mapped column). */
  column: Scalars['String']['input'];
  /** FILL_VALUE only: the value for blank cells, checked as the import checks the field. */
  fillValue?: InputMaybe<Scalars['String']['input']>;
  /** What happens to blank cells (default LEAVE). */
  missing?: InputMaybe<MissingValueAction>;
  /** What happens to outliers (default KEEP). */
  outliers?: InputMaybe<OutlierAction>;
};

/** What the cleaning choices changed when the import ran. */
export type ImportCleaningResult = {
  __typename?: 'ImportCleaningResult';
  /** Per column with a choice. */
  columns: Array<ImportColumnCleaningResult>;
  /** Rows left out by cleaning choices (each once; in the row report with the reason). */
  skippedRows: Scalars['Int']['output'];
};

/** One mapped column of the file, analysed over every row: missing cells and, by kind, median, quartiles and Tukey fences (3 × IQR) or the most common value. Numbers and dates are written as the file would write them. */
export type ImportColumnAnalysis = {
  __typename?: 'ImportColumnAnalysis';
  /** The current choice (LEAVE and KEEP unless changed). */
  choice: ImportCleaningChoice;
  /** Column of the file. */
  column: Scalars['String']['output'];
  /** NUMBER: decimal places of its values. */
  decimals: Maybe<Scalars['Int']['output']>;
  /** Why a NUMBER or DATE column has no fences. */
  fenceNote: Maybe<Scalars['String']['output']>;
  /** Field it is mapped to. */
  field: Scalars['String']['output'];
  /** Rows with a value above the upper fence. */
  highOutlierRows: Scalars['Int']['output'];
  /** NUMBER and DATE: cells the import will refuse (not in the statistics). */
  invalidRows: Scalars['Int']['output'];
  /** How it is analysed and which choices it takes. */
  kind: ImportValueKind;
  /** Rows with a value below the lower fence. */
  lowOutlierRows: Scalars['Int']['output'];
  /** Values below this are outliers: first quartile − 3 × IQR, rounded inwards to the column's precision. */
  lowerFence: Maybe<Scalars['String']['output']>;
  /** First quartile (linear interpolation, like Excel QUARTILE.INC). */
  lowerQuartile: Maybe<Scalars['String']['output']>;
  /** Median (NUMBER, DATE). */
  median: Maybe<Scalars['String']['output']>;
  /** Choices this column takes for blank cells. */
  missingActions: Array<MissingValueAction>;
  /** Rows with a blank cell. */
  missingRows: Scalars['Int']['output'];
  /** Most common value (CATEGORY; ties: the first in the file). */
  mostCommon: Maybe<Scalars['String']['output']>;
  /** Rows holding the most common value. */
  mostCommonRows: Scalars['Int']['output'];
  /** Choices this column takes for outliers (KEEP only without fences). */
  outlierActions: Array<OutlierAction>;
  /** Every row needs a value: blank cells left empty are errors. */
  required: Scalars['Boolean']['output'];
  /** Values above this are outliers: third quartile + 3 × IQR, rounded inwards to the column's precision. */
  upperFence: Maybe<Scalars['String']['output']>;
  /** Third quartile. */
  upperQuartile: Maybe<Scalars['String']['output']>;
  /** Cells holding a value. */
  valueCount: Scalars['Int']['output'];
};

/** What the cleaning changed in one column during the import. */
export type ImportColumnCleaningResult = {
  __typename?: 'ImportColumnCleaningResult';
  /** Outliers capped at a fence. */
  cappedRows: Scalars['Int']['output'];
  /** Column of the file. */
  column: Scalars['String']['output'];
  /** Blank cells filled. */
  filledRows: Scalars['Int']['output'];
  /** Rows skipped because of this column (a row can have several reasons). */
  skippedRows: Scalars['Int']['output'];
};

/** Which field a column of the file fills. */
export type ImportColumnMapping = {
  __typename?: 'ImportColumnMapping';
  /** Column header in the file. */
  column: Scalars['String']['output'];
  /** Field filled (e.g. `email`, or `attribute:<name>` for customers); null = ignored. */
  field: Maybe<Scalars['String']['output']>;
};

/** Which field a column fills; field null ignores the column. */
export type ImportColumnMappingInput = {
  /** Column header exactly as in the file. */
  column: Scalars['String']['input'];
  /** Field name (see ImportPreview.fields), `attribute:<name>` for customers, or null. */
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A field an import kind can fill. */
export type ImportFieldInfo = {
  __typename?: 'ImportFieldInfo';
  /** What goes in it. */
  description: Scalars['String']['output'];
  /** Field name used in mappings. */
  name: Scalars['String']['output'];
  /** True when every row needs it. */
  required: Scalars['Boolean']['output'];
};

/** An uploaded file and its import: status, progress and counts. */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** Cleaning choices applied during the import (columns left out are LEAVE and KEEP). */
  cleaningChoices: Array<ImportCleaningChoice>;
  /** What the cleaning choices changed (after a successful import with choices). */
  cleaningResult: Maybe<ImportCleaningResult>;
  /** Upload time. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Records created. */
  createdCount: Scalars['Int']['output'];
  /** Invalid rows (listed in importErrors, the first 10,000). */
  errorCount: Scalars['Int']['output'];
  /** Why the import failed, when it did. */
  errorMessage: Maybe<Scalars['String']['output']>;
  /** File name as uploaded. */
  fileName: Scalars['String']['output'];
  /** SHA-256 (hex) of the file. */
  fileSha256: Scalars['String']['output'];
  /** File size in bytes. */
  fileSize: Scalars['Float']['output'];
  /** When it finished. */
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Import id. */
  id: Scalars['ID']['output'];
  /** What the file holds. */
  kind: ImportKind;
  /** Column → field mapping used. */
  mapping: Array<ImportColumnMapping>;
  /** What happens to valid rows when some rows are invalid. */
  mode: ImportMode;
  /** 0 to 1: validation is the first half, writing the second. */
  progress: Scalars['Float']['output'];
  /** Rows already stored as they are, of erased customers, or left out by a cleaning choice: nothing to do. */
  skippedCount: Scalars['Int']['output'];
  /** When the import started. */
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Current status. */
  status: ImportStatus;
  /** Data rows in the file (known after validation). */
  totalRows: Scalars['Int']['output'];
  /** Records changed. */
  updatedCount: Scalars['Int']['output'];
};

/** A page of imports, newest first. */
export type ImportJobConnection = {
  __typename?: 'ImportJobConnection';
  /** The imports of this page. */
  nodes: Array<ImportJob>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Imports in all. */
  totalCount: Scalars['Int']['output'];
};

/** What a file holds: customers, order lines or events. */
export type ImportKind =
  | 'CUSTOMERS'
  | 'EVENTS'
  | 'ORDERS'
  | 'PRODUCTS';

/** ALL_OR_NOTHING writes nothing when any row is invalid; VALID_ROWS_ONLY writes the valid rows. */
export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS_ONLY';

/** The first rows of an uploaded file with the detected columns and the mapping. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** Column headers found in the file. */
  columns: Array<Scalars['String']['output']>;
  /** Fields this kind of import can fill. */
  fields: Array<ImportFieldInfo>;
  /** The import. */
  importJob: ImportJob;
  /** Current mapping (guessed at upload unless changed). */
  mapping: Array<ImportColumnMapping>;
  /** The first data rows (cells as text). */
  rows: Array<Array<Scalars['String']['output']>>;
};

/** A problem with one row of an import file. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Column of the file, when the problem is in one cell. */
  column: Maybe<Scalars['String']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** A page of row errors, in row order. */
export type ImportRowErrorConnection = {
  __typename?: 'ImportRowErrorConnection';
  /** The errors of this page. */
  nodes: Array<ImportRowError>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Stored errors in all (at most 10,000 per import). */
  totalCount: Scalars['Int']['output'];
};

/** Where an import is: QUEUED (uploaded), VALIDATING, IMPORTING, SUCCEEDED, FAILED. */
export type ImportStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'IMPORTING'
  | 'QUEUED'
  | 'SUCCEEDED'
  | 'VALIDATING';

/** How a column is analysed: NUMBER and DATE (median, quartiles, outlier fences), CATEGORY (most common value), TEXT, KEY (ids, emails, SKUs: leave or skip only). */
export type ImportValueKind =
  | 'CATEGORY'
  | 'DATE'
  | 'KEY'
  | 'NUMBER'
  | 'TEXT';

/** How K was chosen. */
export type KSelection = {
  __typename?: 'KSelection';
  /** Where the inertia curve bends most. */
  elbowK: Scalars['Int']['output'];
  /** Why that K, in plain words. */
  reason: Scalars['String']['output'];
  /** The recommended K. */
  recommendedK: Scalars['Int']['output'];
  /** One row per K tried. */
  rows: Array<KSelectionRow>;
};

/** Quality measures of one K. */
export type KSelectionRow = {
  __typename?: 'KSelectionRow';
  /** Calinski–Harabasz index, higher is better. */
  calinskiHarabasz: Scalars['Float']['output'];
  /** Davies–Bouldin index, lower is better. */
  daviesBouldin: Scalars['Float']['output'];
  /** Within-segment sum of squares (the elbow curve). */
  inertia: Scalars['Float']['output'];
  /** Number of segments. */
  k: Scalars['Int']['output'];
  /** Mean silhouette, -1..1, higher is better. */
  silhouette: Scalars['Float']['output'];
};

/** Key figures of a set of results; results recorded several times add up. */
export type KpiFigures = {
  __typename?: 'KpiFigures';
  /** conversions / reach (null without reach). */
  conversionRate: Maybe<Scalars['Float']['output']>;
  /** Conversions. */
  conversions: Scalars['Int']['output'];
  /** Part of the budget charged: budget × this reach / the campaign's reach. */
  cost: Scalars['Float']['output'];
  /** Customers reached. */
  reach: Scalars['Int']['output'];
  /** Revenue. */
  revenue: Scalars['Float']['output'];
  /** revenue / reach (null without reach). */
  revenuePerRecipient: Maybe<Scalars['Float']['output']>;
  /** Return on investment: (revenue − cost) / cost (null without cost). */
  roi: Maybe<Scalars['Float']['output']>;
};

/** Where a plan reaches its customers. */
export type MarketingChannel =
  | 'ADS'
  | 'DIRECT_MAIL'
  | 'EMAIL'
  | 'SMS'
  | 'SOCIAL'
  | 'WEBHOOK';

/** A marketing plan attached to a segment. */
export type MarketingPlan = {
  __typename?: 'MarketingPlan';
  /** Budget. */
  budget: Scalars['Float']['output'];
  /** Channels. */
  channels: Array<MarketingChannel>;
  /** Created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last day. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Plan id. */
  id: Scalars['ID']['output'];
  /** The KPI to watch. */
  kpi: Scalars['String']['output'];
  /** KPI target. */
  kpiTarget: Scalars['Float']['output'];
  /** Message. */
  message: Scalars['String']['output'];
  /** What the plan aims at. */
  objective: Scalars['String']['output'];
  /** Offer. */
  offer: Scalars['String']['output'];
  /** Segment the plan targets. */
  segmentId: Scalars['ID']['output'];
  /** First day. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** Status. */
  status: PlanStatus;
  /** Last saved. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A marketing plan for a segment; on update, omitted fields keep their value. */
export type MarketingPlanInput = {
  /** Budget, ≥ 0 (default 0). */
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** Channels, at least one (required on attach). */
  channels?: InputMaybe<Array<MarketingChannel>>;
  /** Last day (YYYY-MM-DD), not before startDate. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The KPI to watch (required on attach). */
  kpi?: InputMaybe<Scalars['String']['input']>;
  /** KPI target, > 0 (required on attach). */
  kpiTarget?: InputMaybe<Scalars['Float']['input']>;
  /** Message (default empty). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** What the plan aims at (required on attach). */
  objective?: InputMaybe<Scalars['String']['input']>;
  /** Offer (default empty). */
  offer?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Status (default DRAFT). */
  status?: InputMaybe<PlanStatus>;
};

/** One saved version of a plan. */
export type MarketingPlanRevision = {
  __typename?: 'MarketingPlanRevision';
  /** Who saved it. */
  changedById: Maybe<Scalars['ID']['output']>;
  /** When. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Revision id (increasing). */
  id: Scalars['Int']['output'];
  /** The plan as it was saved. */
  snapshot: MarketingPlan;
};

/** A starting point for a plan, from the segment's archetype in the playbook. */
export type MarketingPlanSuggestion = {
  __typename?: 'MarketingPlanSuggestion';
  /** Archetype the suggestion comes from (null: no archetype matched). */
  archetype: Maybe<Scalars['String']['output']>;
  /** The segment's suggested share of the marketing budget. */
  budgetShare: Scalars['Float']['output'];
  /** The playbook's channels that exist here. */
  channels: Array<MarketingChannel>;
  /** Suggested duration in weeks. */
  durationWeeks: Scalars['Int']['output'];
  /** The KPI to watch. */
  kpi: Scalars['String']['output'];
  /** KPI target as a number, read from the playbook's wording. */
  kpiTarget: Maybe<Scalars['Float']['output']>;
  /** The playbook's wording of the target, e.g. “≥ 20%”. */
  kpiTargetText: Scalars['String']['output'];
  /** Message. */
  message: Scalars['String']['output'];
  /** What the plan aims at. */
  objective: Scalars['String']['output'];
  /** Offer. */
  offer: Scalars['String']['output'];
};

/** The signed-in caller: their account, role and what they may do. */
export type Me = {
  __typename?: 'Me';
  /** Permissions this caller holds, such as `customers:read` (an API key: its scopes). */
  permissions: Array<Scalars['String']['output']>;
  /** The user's role. */
  role: UserRole;
  /** When the current session ends (null for API keys). */
  sessionExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The signed-in user (for an API key: the owner who created it). */
  user: UserAccount;
  /** Whether the caller used a session or an API key. */
  via: ViewerKind;
};

/** RUN: placed by the run itself; REALTIME: scored later with the run's stored model. */
export type MembershipSource =
  | 'REALTIME'
  | 'RUN';

/** How many customers moved from one segment of the earlier run to one of this run. */
export type MigrationCell = {
  __typename?: 'MigrationCell';
  /** Customers. */
  customers: Scalars['Int']['output'];
  /** Segment in the earlier run (null: the customer was not in it). */
  fromSegmentId: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  fromSegmentName: Maybe<Scalars['String']['output']>;
  /** Segment in this run. */
  toSegmentId: Scalars['ID']['output'];
  /** Its name. */
  toSegmentName: Scalars['String']['output'];
};

/** Run-to-run migration of customers between segments. */
export type MigrationMatrix = {
  __typename?: 'MigrationMatrix';
  /** Non-empty cells. */
  cells: Array<MigrationCell>;
  /** The earlier run compared with (null when there is none). */
  fromRunId: Maybe<Scalars['ID']['output']>;
};

/** What happens to blank cells of a column: LEAVE them empty (a required field's blank cells stay validation errors), FILL_VALUE with a given value, FILL_MEDIAN (numbers, dates), FILL_MOST_COMMON (categories), or SKIP_ROWS (listed in the row report). */
export type MissingValueAction =
  | 'FILL_MEDIAN'
  | 'FILL_MOST_COMMON'
  | 'FILL_VALUE'
  | 'LEAVE'
  | 'SKIP_ROWS';

export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a succeeded run the active segmentation. */
  activateSegmentationRun: SegmentationRun;
  /** Attaches a marketing plan to a segment. */
  attachMarketingPlan: MarketingPlan;
  /** Cancels a queued run at once, or asks a running one to stop. */
  cancelSegmentationRun: SegmentationRun;
  /** Moves a campaign along its life cycle (see CampaignStatus). */
  changeCampaignStatus: Campaign;
  /** Changes the signed-in user's password and signs out their other sessions. */
  changeOwnPassword: Scalars['Boolean']['output'];
  /** Changes a user's role; the last owner cannot be demoted (owner only). */
  changeUserRole: UserAccount;
  /** Creates an API key with scopes and an optional expiry; the key is returned only this once (owner only). */
  createApiKey: CreatedApiKey;
  /** Creates a DRAFT campaign on one or more segments of the active run. */
  createCampaign: Campaign;
  /** Stores a new order with its lines (CONFLICT when the externalId exists). */
  createOrder: Order;
  /** First-run setup: creates the owner account and signs in. Works only while no user exists. Needs no login. */
  createOwner: Me;
  /** Adds a user with a role and an initial password (owner only). */
  createUser: UserAccount;
  /** Registers an http(s) endpoint; the signing secret is returned only here. */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** Deletes a DRAFT or CANCELLED campaign. */
  deleteCampaign: Scalars['Boolean']['output'];
  /** Deletes a finished, inactive run with its segments and memberships. */
  deleteSegmentationRun: Scalars['Boolean']['output'];
  /** Deletes an endpoint and its delivery history. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Erases a customer and all their data, and suppresses their email and external id so imports never bring them back. */
  eraseCustomer: ErasedCustomer;
  /** Signs in with email and password and sets a new HttpOnly session cookie. Failed attempts are limited per account; a wrong email and a wrong password give the same error. Needs no login. */
  login: Me;
  /** Ends the current session (revoked on the server) and clears the cookie. */
  logout: Scalars['Boolean']['output'];
  /** Records results of a campaign that has run (they add up with earlier ones). */
  recordCampaignResult: CampaignResult;
  /** Stores an event; the same event sent twice is stored once and returned. */
  recordEvent: CustomerEvent;
  /** Removes a plan from its segment. */
  removeMarketingPlan: Scalars['Boolean']['output'];
  /** Removes a user, their sessions and their API keys; not yourself, not the last owner (owner only). Returns the id. */
  removeUser: Scalars['ID']['output'];
  /** Revokes an API key: it stops working at once (owner only). */
  revokeApiKey: ApiKey;
  /** Snapshots a SCHEDULED or RUNNING campaign's audience and queues its signed delivery to the endpoint (a SCHEDULED campaign becomes RUNNING). */
  sendCampaignToWebhook: WebhookDelivery;
  /** Replaces the campaign's segments (new ones must belong to the active run). */
  setCampaignSegments: Campaign;
  /** Queues the import: every row is validated, then written (see ImportMode). */
  startImport: ImportJob;
  /** Starts a segmentation run in the background and returns it QUEUED at once. */
  startSegmentationRun: SegmentationRun;
  /** Changes fields of a campaign that is not COMPLETED or CANCELLED. */
  updateCampaign: Campaign;
  /** Replaces the cleaning choices (missing values, outliers) applied when the import runs; columns left out are left as they are. */
  updateImportCleaning: ImportCleaning;
  /** Overrides the field of some columns before the import starts. */
  updateImportMapping: ImportJob;
  /** Changes fields of a plan (omitted fields stay). */
  updateMarketingPlan: MarketingPlan;
  /** Renames a segment or changes its description. */
  updateSegment: Segment;
  /** Changes the shop's settings (owner and analyst); the change is audit-logged. */
  updateShopSettings: ShopSettings;
  /** Creates a customer or updates the one with the same externalId. */
  upsertCustomer: Customer;
};


export type MutationActivateSegmentationRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachMarketingPlanArgs = {
  input: MarketingPlanInput;
  segmentId: Scalars['ID']['input'];
};


export type MutationCancelSegmentationRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeCampaignStatusArgs = {
  id: Scalars['ID']['input'];
  status: CampaignStatus;
};


export type MutationChangeOwnPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeUserRoleArgs = {
  role: UserRole;
  userId: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationCreateOwnerArgs = {
  email: Scalars['String']['input'];
  name: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookEndpointArgs = {
  name: Scalars['String']['input'];
  url: Scalars['String']['input'];
};


export type MutationDeleteCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSegmentationRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseCustomerArgs = {
  customerId: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRecordCampaignResultArgs = {
  input: RecordCampaignResultInput;
};


export type MutationRecordEventArgs = {
  input: RecordEventInput;
};


export type MutationRemoveMarketingPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendCampaignToWebhookArgs = {
  campaignId: Scalars['ID']['input'];
  endpointId: Scalars['ID']['input'];
};


export type MutationSetCampaignSegmentsArgs = {
  id: Scalars['ID']['input'];
  segmentIds: Array<Scalars['ID']['input']>;
};


export type MutationStartImportArgs = {
  importId: Scalars['ID']['input'];
};


export type MutationStartSegmentationRunArgs = {
  input: StartSegmentationRunInput;
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateImportCleaningArgs = {
  choices: Array<ImportCleaningChoiceInput>;
  importId: Scalars['ID']['input'];
};


export type MutationUpdateImportMappingArgs = {
  importId: Scalars['ID']['input'];
  mapping: Array<ImportColumnMappingInput>;
};


export type MutationUpdateMarketingPlanArgs = {
  id: Scalars['ID']['input'];
  input: MarketingPlanInput;
};


export type MutationUpdateSegmentArgs = {
  description: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateShopSettingsArgs = {
  input: UpdateShopSettingsInput;
};


export type MutationUpsertCustomerArgs = {
  input: UpsertCustomerInput;
};

/** A purchase by a customer; its total is always the sum of its lines. */
export type Order = {
  __typename?: 'Order';
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** Database id of the customer who placed it. */
  customerId: Scalars['Int']['output'];
  /** Order id in the shop (unique). */
  externalId: Scalars['String']['output'];
  /** Database id of the order. */
  id: Scalars['Int']['output'];
  /** The lines of the order. */
  lines: Array<OrderLine>;
  /** When the order was placed. */
  orderedAt: Scalars['DateTimeISO']['output'];
  /** Sum of the lines (recomputed on every write). */
  total: Scalars['Float']['output'];
};

/** One line of an order: a product (by SKU), how many, at what unit price. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Product category, when the SKU is a known product. */
  category: Maybe<Scalars['String']['output']>;
  /** Database id of the line. */
  id: Scalars['Int']['output'];
  /** quantity × unitPrice. */
  lineTotal: Scalars['Float']['output'];
  /** Product name, when the SKU is a known product. */
  productName: Maybe<Scalars['String']['output']>;
  /** Units bought (> 0). */
  quantity: Scalars['Int']['output'];
  /** Product SKU as sent by the shop. */
  sku: Scalars['String']['output'];
  /** Price of one unit. */
  unitPrice: Scalars['Float']['output'];
};

/** One line of a new order. */
export type OrderLineInput = {
  /** Units (> 0). */
  quantity: Scalars['Int']['input'];
  /** Product SKU; an unknown SKU creates the product. */
  sku: Scalars['String']['input'];
  /** Price of one unit (>= 0). */
  unitPrice: Scalars['Float']['input'];
};

/** What happens to values outside the column's fences: KEEP them, CAP them at the fence, or SKIP_ROWS (listed in the row report). */
export type OutlierAction =
  | 'CAP'
  | 'KEEP'
  | 'SKIP_ROWS';

/** Where a page of a Relay-style connection ends and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A segment centroid in the 2-D PCA projection. */
export type PcaCentroid = {
  __typename?: 'PcaCentroid';
  /** Segment index (clusterIndex). */
  segmentIndex: Scalars['Int']['output'];
  /** First principal component. */
  x: Scalars['Float']['output'];
  /** Second principal component. */
  y: Scalars['Float']['output'];
};

/** A customer (of a sample) in the 2-D PCA projection. */
export type PcaPoint = {
  __typename?: 'PcaPoint';
  /** Segment index (clusterIndex) of the customer. */
  segmentIndex: Scalars['Int']['output'];
  /** First principal component. */
  x: Scalars['Float']['output'];
  /** Second principal component. */
  y: Scalars['Float']['output'];
};

/** Lifecycle of a marketing plan. */
export type PlanStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PAUSED';

export type Query = {
  __typename?: 'Query';
  /** API keys of this installation, newest first (owner only). */
  apiKeys: ApiKeyConnection;
  /** Audience counts of a selection of segments before a campaign is saved (any existing segments). */
  audiencePreview: AudienceSummary;
  /** Who changed what, newest first (owner and analyst). */
  auditLog: AuditEntryConnection;
  /** One campaign. */
  campaign: Campaign;
  /** The campaign's current audience: consented, not suppressed, each customer once. */
  campaignAudience: AudienceMemberConnection;
  /** Reach, conversions, revenue, rates and ROI of a campaign per segment and in total. */
  campaignKpis: CampaignKpis;
  /** Campaigns, newest first. */
  campaigns: CampaignConnection;
  /** One customer by database id (NOT_FOUND when unknown). */
  customer: Customer;
  /** Customers matching a filter, sorted and paginated. */
  customers: CustomerConnection;
  /** Everything held about one customer as JSON: profile, orders with lines, events, segment memberships, campaign audiences. */
  exportCustomerData: Scalars['JSONObject']['output'];
  /** Liveness of the API and the database; needs no login. */
  health: Health;
  /** Every mapped column analysed over the whole file (missing cells, median, Tukey fences at 3 × IQR, most common value) with the current cleaning choices. The first call for a mapping reads the file; the result is kept with the import. */
  importCleaning: ImportCleaning;
  /** Per-row errors of an import, in row order (also as GET /imports/:id/errors.csv). */
  importErrors: ImportRowErrorConnection;
  /** One import (upload it with POST /imports). */
  importJob: ImportJob;
  /** Imports, newest first. */
  importJobs: ImportJobConnection;
  /** Every saved version of a plan, newest first. */
  marketingPlanHistory: Array<MarketingPlanRevision>;
  /** The signed-in caller, or null when not signed in. Needs no login. */
  me: Maybe<Me>;
  /** First rows, detected columns and the (guessed) mapping of an uploaded file. */
  previewImport: ImportPreview;
  /** One segment with its profile, rules and suggested plan. */
  segment: Segment;
  /** The campaigns that targeted a segment, with their results in it. */
  segmentKpis: SegmentKpis;
  /** One run: status, progress and, when done, its result. */
  segmentationRun: SegmentationRun;
  /** Segmentation runs, newest first. */
  segmentationRuns: SegmentationRunConnection;
  /** Segments of a run (default: the active run). */
  segments: Array<Segment>;
  /** Whether the first owner still has to be created. Needs no login. */
  setupStatus: SetupStatus;
  /** The shop's settings (currency of money figures); any signed-in caller may read them. */
  shopSettings: ShopSettings;
  /** The plan the segment's archetype suggests, as a draft to edit and attach. */
  suggestedMarketingPlan: MarketingPlanSuggestion;
  /** Everyone who can sign in (owner only). */
  users: UserConnection;
  /** A campaign's webhook deliveries, newest first, with their progress and last error. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** One delivery, to follow its progress. */
  webhookDelivery: WebhookDelivery;
  /** Webhook endpoints, newest first (secrets are never listed). */
  webhookEndpoints: WebhookEndpointConnection;
};


export type QueryApiKeysArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryAudiencePreviewArgs = {
  segmentIds: Array<Scalars['ID']['input']>;
};


export type QueryAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  entityId: InputMaybe<Scalars['String']['input']>;
  entityType: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignAudienceArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type QueryCampaignKpisArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status: InputMaybe<CampaignStatus>;
};


export type QueryCustomerArgs = {
  id: Scalars['Int']['input'];
};


export type QueryCustomersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CustomerFilter>;
  first?: Scalars['Int']['input'];
  orderBy: InputMaybe<CustomerOrderBy>;
};


export type QueryExportCustomerDataArgs = {
  customerId: Scalars['Int']['input'];
};


export type QueryImportCleaningArgs = {
  importId: Scalars['ID']['input'];
};


export type QueryImportErrorsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  importId: Scalars['ID']['input'];
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportJobsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMarketingPlanHistoryArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPreviewImportArgs = {
  importId: Scalars['ID']['input'];
};


export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySegmentKpisArgs = {
  segmentId: Scalars['ID']['input'];
};


export type QuerySegmentationRunArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySegmentationRunsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QuerySegmentsArgs = {
  runId: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySuggestedMarketingPlanArgs = {
  segmentId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Figures measured for a campaign, for one of its segments or for the whole campaign. */
export type RecordCampaignResultInput = {
  /** Campaign id. */
  campaignId: Scalars['ID']['input'];
  /** Conversions, 0 ≤ conversions ≤ reach. */
  conversions: Scalars['Int']['input'];
  /** Customers reached, ≥ 0. */
  reach: Scalars['Int']['input'];
  /** Revenue attributed, ≥ 0. */
  revenue: Scalars['Float']['input'];
  /** One of the campaign's segments (omit for the whole campaign). */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};

/** An event pushed by an integration; sending the same event twice stores it once. */
export type RecordEventInput = {
  /** External id of the customer. */
  customerExternalId: Scalars['String']['input'];
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** Free-form details (a JSON object). */
  properties?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Kind of event. */
  type: EventType;
};

/** How well readable rules reproduce the segments. */
export type RunExplanation = {
  __typename?: 'RunExplanation';
  /** Share of customers whose rule-predicted segment is their segment. */
  fidelity: Scalars['Float']['output'];
  /** Features by importance, largest first. */
  importances: Array<FeatureImportance>;
};

/** Options a run was started with. */
export type RunParameters = {
  __typename?: 'RunParameters';
  /** Whether sensitive attributes (gender, age) were kept out. */
  excludeSensitive: Scalars['Boolean']['output'];
  /** Features clustered on. */
  features: Array<Scalars['String']['output']>;
  /** The requested number of segments; null when chosen automatically. */
  k: Maybe<Scalars['Int']['output']>;
  /** Largest K tried when K is automatic. */
  kMax: Scalars['Int']['output'];
  /** Smallest K tried when K is automatic. */
  kMin: Scalars['Int']['output'];
  /** k-means restarts (best inertia wins). */
  restarts: Scalars['Int']['output'];
  /** How features were scaled before clustering. */
  scaling: ScalingMethod;
  /** Random seed (same data + seed = same result). */
  seed: Scalars['Int']['output'];
};

/** Lifecycle of a segmentation run. */
export type RunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Where a run spent its time. */
export type RunTimings = {
  __typename?: 'RunTimings';
  /** Reading customers, orders and events from the database. */
  loadingSeconds: Scalars['Float']['output'];
  /** The segmentation pipeline. */
  pipelineSeconds: Scalars['Float']['output'];
  /** Writing segments and memberships. */
  savingSeconds: Scalars['Float']['output'];
  /** Pipeline stages. */
  stages: Array<StageTiming>;
  /** From start to finish. */
  totalSeconds: Scalars['Float']['output'];
};

/** Feature scaling before clustering: z-score, min-max, median/IQR, or none. */
export type ScalingMethod =
  | 'MINMAX'
  | 'NONE'
  | 'ROBUST'
  | 'STANDARD';

/** A segment of customers found by a run. */
export type Segment = {
  __typename?: 'Segment';
  /** Archetype of the playbook (champions, at-risk, …). */
  archetype: Maybe<Scalars['String']['output']>;
  /** Association rules of the segment's baskets (lift vs all). */
  associationRules: Array<SegmentAssociationRule>;
  /** Centroid of the clustering features (original units). */
  centroid: Array<FeatureValue>;
  /** Index within the run (0 = largest). */
  clusterIndex: Scalars['Int']['output'];
  /** Created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Description (generated, editable). */
  description: Scalars['String']['output'];
  /** Segment id. */
  id: Scalars['ID']['output'];
  /** The segment's marketing plan, if any. */
  marketingPlan: Maybe<MarketingPlan>;
  /** Customers of the segment, most typical first. */
  members: SegmentMemberConnection;
  /** Name (generated, editable). */
  name: Scalars['String']['output'];
  /** Statistics per feature (numeric: count, mean, median, std, quantiles, histogram; categorical: shares), the shared histogram bin edges per numeric feature (histogramEdges) and the same statistics for all customers of the run (overall: size, numeric, categorical). */
  profile: Scalars['JSONObject']['output'];
  /** Rules describing the segment, with coverage and precision. */
  rules: Array<SegmentRule>;
  /** Run that found it. */
  runId: Scalars['ID']['output'];
  /** Share of all customers. */
  share: Scalars['Float']['output'];
  /** Customers at the end of the run. */
  size: Scalars['Int']['output'];
  /** Features where the segment stands out (|effect size| ≥ 0.5), most distinctive first. */
  standOut: Array<FeatureComparison>;
  /** Plan suggested by the archetype. */
  suggestedPlan: Maybe<SuggestedPlan>;
  /** Last edited. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A segment of customers found by a run. */
export type SegmentMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A product association inside the segment's baskets, compared with all baskets. */
export type SegmentAssociationRule = {
  __typename?: 'SegmentAssociationRule';
  /** Items bought… */
  antecedent: Array<Scalars['String']['output']>;
  /** P(consequent | antecedent) in the segment. */
  confidence: Scalars['Float']['output'];
  /** …with these items. */
  consequent: Array<Scalars['String']['output']>;
  /** Lift in the segment. */
  lift: Scalars['Float']['output'];
  /** lift / overallLift (> 1: stronger in this segment). */
  liftRatio: Maybe<Scalars['Float']['output']>;
  /** Lift of the same rule over all baskets. */
  overallLift: Scalars['Float']['output'];
  /** Share of the segment's baskets holding all items. */
  support: Scalars['Float']['output'];
};

/** Audience counts of one segment. */
export type SegmentAudienceCount = {
  __typename?: 'SegmentAudienceCount';
  /** Customers in the segment now (run and real-time members). */
  audienceSize: Scalars['Int']['output'];
  /** Of those, customers who consented to marketing and are not suppressed: the ones a campaign reaches. */
  consentedCount: Scalars['Int']['output'];
  /** Segment name. */
  name: Scalars['String']['output'];
  /** Segment id. */
  segmentId: Scalars['ID']['output'];
  /** Customers in the segment at the end of its run. */
  size: Scalars['Int']['output'];
};

/** A campaign that targeted a segment, with its results there. */
export type SegmentCampaignKpis = {
  __typename?: 'SegmentCampaignKpis';
  /** Campaign id. */
  campaignId: Scalars['ID']['output'];
  /** Campaign name. */
  campaignName: Scalars['String']['output'];
  /** Campaign channel. */
  channel: CampaignChannel;
  /** Figures of the campaign in this segment. */
  kpis: KpiFigures;
  /** Campaign status. */
  status: CampaignStatus;
};

/** How campaigns did in a segment. */
export type SegmentKpis = {
  __typename?: 'SegmentKpis';
  /** Campaigns that targeted the segment or have results for it, newest first. */
  campaigns: Array<SegmentCampaignKpis>;
  /** Segment id. */
  segmentId: Scalars['ID']['output'];
  /** Segment name. */
  segmentName: Scalars['String']['output'];
  /** All those campaigns together in this segment. */
  total: KpiFigures;
};

/** A customer in a segment. */
export type SegmentMember = {
  __typename?: 'SegmentMember';
  /** When the customer was placed. */
  assignedAt: Scalars['DateTimeISO']['output'];
  /** Customer id. */
  customerId: Scalars['Int']['output'];
  /** Distance to the segment centroid (scaled space). */
  distance: Scalars['Float']['output'];
  /** Email. */
  email: Maybe<Scalars['String']['output']>;
  /** Id in the owner's source system. */
  externalId: Scalars['String']['output'];
  /** Name. */
  name: Maybe<Scalars['String']['output']>;
  /** How the customer was placed. */
  source: MembershipSource;
};

/** Members of a segment, closest to the centroid first. */
export type SegmentMemberConnection = {
  __typename?: 'SegmentMemberConnection';
  /** Members of this page. */
  edges: Array<SegmentMemberEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Members in total. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of the members connection. */
export type SegmentMemberEdge = {
  __typename?: 'SegmentMemberEdge';
  /** Cursor. */
  cursor: Scalars['String']['output'];
  /** Member. */
  node: SegmentMember;
};

/** A readable rule of the explanation tree predicting the segment. */
export type SegmentRule = {
  __typename?: 'SegmentRule';
  /** The same conditions as structured fields. */
  conditions: Array<SegmentRuleCondition>;
  /** Share of the segment's members the rule covers. */
  coverage: Scalars['Float']['output'];
  /** Customers matching the rule. */
  matched: Scalars['Int']['output'];
  /** Share of customers matching the rule that are in the segment. */
  precision: Scalars['Float']['output'];
  /** Members of the segment matching the rule. */
  support: Scalars['Int']['output'];
  /** Conditions, e.g. "frequency > 5 and recency_days ≤ 30". */
  text: Scalars['String']['output'];
};

/** One condition of a rule, on one feature: a numeric range (min < value ≤ max) or a list of categories. */
export type SegmentRuleCondition = {
  __typename?: 'SegmentRuleCondition';
  /** Allowed categories (null for a numeric range). */
  categories: Maybe<Array<Scalars['String']['output']>>;
  /** Feature name (the run's technical name, e.g. monetary). */
  feature: Scalars['String']['output'];
  /** Inclusive upper bound (value ≤ max); null when unbounded. */
  max: Maybe<Scalars['Float']['output']>;
  /** Exclusive lower bound (value > min); null when unbounded. */
  min: Maybe<Scalars['Float']['output']>;
  /** The condition in words, e.g. "monetary > 120". */
  text: Scalars['String']['output'];
};

/** A segmentation run: a background job and, when it succeeded, its result. */
export type SegmentationRun = {
  __typename?: 'SegmentationRun';
  /** When it last became the active segmentation. */
  activatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** True once a cancellation was asked for. */
  cancelRequested: Scalars['Boolean']['output'];
  /** When the run was asked for. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Customers segmented. */
  customerCount: Maybe<Scalars['Int']['output']>;
  /** Why the run failed, readable. */
  error: Maybe<Scalars['String']['output']>;
  /** Fidelity and feature importances of the explanation tree. */
  explanation: Maybe<RunExplanation>;
  /** The explanation tree, depth-first (root first; empty until the run succeeded). Read from the stored model only when asked for. */
  explanationTree: Array<ExplanationTreeNode>;
  /** When it finished (any outcome). */
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Run id. */
  id: Scalars['ID']['output'];
  /** True for the one active segmentation. */
  isActive: Scalars['Boolean']['output'];
  /** Number of segments found. */
  k: Maybe<Scalars['Int']['output']>;
  /** K selection table, recommendation and reason. */
  kSelection: Maybe<KSelection>;
  /** How customers moved from the segments of an earlier run to this run's. */
  migrationMatrix: MigrationMatrix;
  /** Name given at start. */
  name: Scalars['String']['output'];
  /** Options of the run. */
  parameters: RunParameters;
  /** Segment centroids in the same 2-D projection. */
  pcaCentroids: Array<PcaCentroid>;
  /** A sample of customers in 2-D (PCA) for a scatter plot. */
  pcaPoints: Array<PcaPoint>;
  /** Fraction done, 0..1. */
  progress: Scalars['Float']['output'];
  /** Customers scored in real time with this run's model since it ran. */
  realtimeAssignedCount: Scalars['Int']['output'];
  /** Segments found by the run, largest first. */
  segments: Array<Segment>;
  /** Current stage (queued, loading, features, k-selection, …, saving, done). */
  stage: Scalars['String']['output'];
  /** When a worker started it. */
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED. */
  status: RunStatus;
  /** Where the time went (finished runs). */
  timings: Maybe<RunTimings>;
};


/** A segmentation run: a background job and, when it succeeded, its result. */
export type SegmentationRunMigrationMatrixArgs = {
  fromRunId: InputMaybe<Scalars['ID']['input']>;
};

/** Runs, newest first. */
export type SegmentationRunConnection = {
  __typename?: 'SegmentationRunConnection';
  /** Runs of this page with their cursors. */
  edges: Array<SegmentationRunEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Number of runs in total. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of the runs connection. */
export type SegmentationRunEdge = {
  __typename?: 'SegmentationRunEdge';
  /** Cursor of this run. */
  cursor: Scalars['String']['output'];
  /** The run. */
  node: SegmentationRun;
};

/** First-run state of this installation. */
export type SetupStatus = {
  __typename?: 'SetupStatus';
  /** True until the first owner account has been created. */
  needsOwner: Scalars['Boolean']['output'];
};

/** Settings of the shop as a whole. */
export type ShopSettings = {
  __typename?: 'ShopSettings';
  /** ISO 4217 code (e.g. USD, EUR) of the currency money figures are shown in; USD until changed. */
  currency: Scalars['String']['output'];
  /** When the settings were last changed (null: never, the defaults hold). */
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Time spent in one stage of the run. */
export type StageTiming = {
  __typename?: 'StageTiming';
  /** Seconds. */
  seconds: Scalars['Float']['output'];
  /** Stage name. */
  stage: Scalars['String']['output'];
};

/** Options of a new segmentation run. */
export type StartSegmentationRunInput = {
  /** Keep sensitive attributes (gender, age) out of clustering (default true). */
  excludeSensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Features to cluster on (default: recency, frequency, monetary, tenure). */
  features?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Number of segments; omit to choose it automatically between kMin and kMax. */
  k?: InputMaybe<Scalars['Int']['input']>;
  /** Largest K tried when K is automatic (default 8). */
  kMax?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest K tried when K is automatic (default 2). */
  kMin?: InputMaybe<Scalars['Int']['input']>;
  /** A name to recognise the run. */
  name: Scalars['String']['input'];
  /** k-means restarts, 1..50 (default 10). */
  restarts?: InputMaybe<Scalars['Int']['input']>;
  /** Scaling (default STANDARD). */
  scaling?: InputMaybe<ScalingMethod>;
  /** Random seed ≥ 0 (default 0). */
  seed?: InputMaybe<Scalars['Int']['input']>;
};

/** The marketing plan the segment's archetype suggests (a starting point). */
export type SuggestedPlan = {
  __typename?: 'SuggestedPlan';
  /** This segment's share of the marketing budget. */
  budgetShare: Scalars['Float']['output'];
  /** Suggested channels, as the playbook words them. */
  channels: Array<Scalars['String']['output']>;
  /** Suggested duration in weeks. */
  durationWeeks: Scalars['Int']['output'];
  /** The KPI to watch. */
  kpi: Scalars['String']['output'];
  /** The KPI target, as the playbook words it. */
  kpiTargetText: Scalars['String']['output'];
  /** Message. */
  message: Scalars['String']['output'];
  /** What the plan aims at. */
  objective: Scalars['String']['output'];
  /** Offer. */
  offer: Scalars['String']['output'];
};

/** Fields of a campaign to change; omitted fields stay as they are. */
export type UpdateCampaignInput = {
  /** Budget, ≥ 0. */
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** Channel. */
  channel?: InputMaybe<CampaignChannel>;
  /** True clears the planned start. */
  clearSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** Message or creative brief. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Name (1–200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Planned start (in the future). */
  scheduledAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** New settings of the shop. */
export type UpdateShopSettingsInput = {
  /** ISO 4217 currency code, one of Intl.supportedValuesOf('currency') (e.g. EUR); case-insensitive. */
  currency: Scalars['String']['input'];
};

/** A customer pushed by an integration; matched by externalId (created or updated). */
export type UpsertCustomerInput = {
  /** Extra attributes (replace the stored ones when given). */
  attributes?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Birth date. */
  birthDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Email address (stored lower-cased). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Id in the source system (required, matched on). */
  externalId: Scalars['String']['input'];
  /** Gender. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Yearly income (>= 0). */
  income?: InputMaybe<Scalars['Float']['input']>;
  /** Consent to marketing (unchanged when omitted; false for a new customer). */
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Occupation. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Signup time. */
  signupDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A person who can sign in to the dashboard. */
export type UserAccount = {
  __typename?: 'UserAccount';
  /** When the account was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Sign-in email, lower-cased. */
  email: Scalars['String']['output'];
  /** User id (UUID). */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Maybe<Scalars['String']['output']>;
  /** Role, which decides the permissions. */
  role: UserRole;
};

/** A page of users, oldest first. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page with their cursors. */
  edges: Array<UserEdge>;
  /** The users of this page. */
  nodes: Array<UserAccount>;
  /** Whether more users follow. */
  pageInfo: PageInfo;
  /** Number of users in all. */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page of users. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Cursor of this user; pass it as `after` to read the users after it. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: UserAccount;
};

/** What a person may do: OWNER everything, ANALYST everything but users and API keys, VIEWER read only. */
export type UserRole =
  | 'ANALYST'
  | 'OWNER'
  | 'VIEWER';

/** How the caller authenticated: a dashboard session cookie or an API key. */
export type ViewerKind =
  | 'API_KEY'
  | 'SESSION';

/** One sending of a campaign's audience to an endpoint. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** HTTP requests made so far, retries included, over all pages. */
  attempts: Scalars['Int']['output'];
  /** Campaign (null once the campaign is deleted). */
  campaignId: Maybe<Scalars['ID']['output']>;
  /** When the audience was snapshotted and the delivery queued. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Customers in the audience snapshot being sent. */
  customerCount: Scalars['Int']['output'];
  /** When the last page was accepted. */
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Endpoint. */
  endpointId: Scalars['ID']['output'];
  /** Delivery id (sent as X-Seglens-Delivery). */
  id: Scalars['ID']['output'];
  /** Why the last request failed. */
  lastError: Maybe<Scalars['String']['output']>;
  /** Requests (pages) the audience is split into; 0 until the delivery has started. */
  pageCount: Scalars['Int']['output'];
  /** Pages the endpoint accepted so far; a delivery retried after a restart continues after them. */
  pagesDelivered: Scalars['Int']['output'];
  /** HTTP status of the last response (null: no response, e.g. a timeout). */
  responseStatus: Maybe<Scalars['Int']['output']>;
  /** Status. */
  status: DeliveryStatus;
};

/** A page of a campaign's webhook deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** Deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Deliveries of the campaign in total. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of the webhook deliveries connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Cursor of this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** An HTTP(S) address that receives campaign audiences as signed JSON. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Inactive endpoints receive nothing. */
  active: Scalars['Boolean']['output'];
  /** Created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Endpoint id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** URL the audience is POSTed to. */
  url: Scalars['String']['output'];
};

/** A page of webhook endpoints, newest first. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** Endpoints of this page. */
  edges: Array<WebhookEndpointEdge>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Endpoints in total. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of the webhook endpoints connection. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Cursor of this endpoint. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: WebhookEndpoint;
};

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { __typename?: 'Query', setupStatus: { __typename?: 'SetupStatus', needsOwner: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', role: UserRole, permissions: Array<string>, user: { __typename?: 'UserAccount', id: string, email: string, name: string | null } } | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Me', role: UserRole } };

export type CreateOwnerMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  name: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateOwnerMutation = { __typename?: 'Mutation', createOwner: { __typename?: 'Me', role: UserRole } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type CampaignsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CampaignEdge', node: { __typename?: 'Campaign', id: string, name: string, channel: CampaignChannel, status: CampaignStatus, scheduledAt: string | null, budget: number, createdAt: string, segments: Array<{ __typename?: 'CampaignTargetSegment', id: string, name: string, size: number, clusterIndex: number, inActiveRun: boolean }>, audience: { __typename?: 'AudienceSummary', totalCustomers: number, consentedCustomers: number } } }> } };

export type CampaignSegmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignSegmentsQuery = { __typename?: 'Query', segments: Array<{ __typename?: 'Segment', id: string, name: string, clusterIndex: number, size: number }> };

export type AudiencePreviewQueryVariables = Exact<{
  segmentIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AudiencePreviewQuery = { __typename?: 'Query', audiencePreview: { __typename?: 'AudienceSummary', totalCustomers: number, consentedCustomers: number, perSegment: Array<{ __typename?: 'SegmentAudienceCount', segmentId: string, name: string, size: number, consentedCount: number, audienceSize: number }> } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string } };

export type ChangeCampaignStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: CampaignStatus;
}>;


export type ChangeCampaignStatusMutation = { __typename?: 'Mutation', changeCampaignStatus: { __typename?: 'Campaign', id: string, status: CampaignStatus } };

export type UpdateCampaignScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignScheduleMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'Campaign', id: string, scheduledAt: string | null } };

export type KpiFigureFieldsFragment = { __typename?: 'KpiFigures', reach: number, conversions: number, conversionRate: number | null, revenue: number, revenuePerRecipient: number | null, cost: number, roi: number | null };

export type CampaignKpisQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type CampaignKpisQuery = { __typename?: 'Query', campaignKpis: { __typename?: 'CampaignKpis', budget: number, total: { __typename?: 'KpiFigures', reach: number, conversions: number, conversionRate: number | null, revenue: number, revenuePerRecipient: number | null, cost: number, roi: number | null }, unattributed: { __typename?: 'KpiFigures', reach: number, conversions: number, conversionRate: number | null, revenue: number, revenuePerRecipient: number | null, cost: number, roi: number | null } | null, perSegment: Array<{ __typename?: 'CampaignSegmentKpis', segmentId: string, segmentName: string, kpis: { __typename?: 'KpiFigures', reach: number, conversions: number, conversionRate: number | null, revenue: number, revenuePerRecipient: number | null, cost: number, roi: number | null } }> } };

export type RecordCampaignResultMutationVariables = Exact<{
  input: RecordCampaignResultInput;
}>;


export type RecordCampaignResultMutation = { __typename?: 'Mutation', recordCampaignResult: { __typename?: 'CampaignResult', id: string, segmentId: string | null, reach: number, conversions: number, revenue: number } };

export type WebhookDeliveriesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, endpointId: string, status: DeliveryStatus, attempts: number, responseStatus: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, customerCount: number, pageCount: number, pagesDelivered: number } }> } };

export type SendCampaignToWebhookMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  endpointId: Scalars['ID']['input'];
}>;


export type SendCampaignToWebhookMutation = { __typename?: 'Mutation', sendCampaignToWebhook: { __typename?: 'WebhookDelivery', id: string, status: DeliveryStatus, customerCount: number } };

export type CustomersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CustomerFilter>;
  orderBy: InputMaybe<CustomerOrderBy>;
}>;


export type CustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Customer', id: number, externalId: string, name: string | null, email: string | null, totalSpent: number, orderCount: number, lastOrderAt: string | null, marketingConsent: boolean, segment: { __typename?: 'CustomerSegment', segmentId: string, name: string, clusterIndex: number } | null }> } };

export type SegmentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentOptionsQuery = { __typename?: 'Query', segments: Array<{ __typename?: 'Segment', id: string, name: string, clusterIndex: number, size: number }> };

export type CustomerQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type CustomerQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: number, externalId: string, name: string | null, email: string | null, city: string | null, country: string | null, gender: string | null, birthDate: string | null, signupDate: string | null, income: number | null, marketingConsent: boolean, totalSpent: number, orderCount: number, firstOrderAt: string | null, lastOrderAt: string | null, segment: { __typename?: 'CustomerSegment', segmentId: string, name: string, clusterIndex: number, source: MembershipSource, assignedAt: string, distance: number } | null, segmentExplanation: { __typename?: 'CustomerSegmentExplanation', text: string, rulesAgree: boolean, steps: Array<{ __typename?: 'ExplanationStep', feature: string, condition: string, value: string }> } | null, orders: Array<{ __typename?: 'Order', id: number, externalId: string, orderedAt: string, total: number, currency: string, lines: Array<{ __typename?: 'OrderLine', id: number, sku: string, productName: string | null, quantity: number, lineTotal: number }> }>, events: { __typename?: 'CustomerEventConnection', totalCount: number, nodes: Array<{ __typename?: 'CustomerEvent', id: number, type: EventType, occurredAt: string }> } } };

export type ImportPreviewQueryVariables = Exact<{
  importId: Scalars['ID']['input'];
}>;


export type ImportPreviewQuery = { __typename?: 'Query', previewImport: { __typename?: 'ImportPreview', columns: Array<string>, rows: Array<Array<string>>, mapping: Array<{ __typename?: 'ImportColumnMapping', column: string, field: string | null }>, fields: Array<{ __typename?: 'ImportFieldInfo', name: string, required: boolean, description: string }> } };

export type UpdateImportMappingMutationVariables = Exact<{
  importId: Scalars['ID']['input'];
  mapping: Array<ImportColumnMappingInput> | ImportColumnMappingInput;
}>;


export type UpdateImportMappingMutation = { __typename?: 'Mutation', updateImportMapping: { __typename?: 'ImportJob', id: string } };

export type ImportCleaningFieldsFragment = { __typename?: 'ImportCleaning', totalRows: number, fenceMultiplier: number, columns: Array<{ __typename?: 'ImportColumnAnalysis', column: string, field: string, kind: ImportValueKind, required: boolean, decimals: number | null, missingRows: number, invalidRows: number, valueCount: number, median: string | null, lowerFence: string | null, upperFence: string | null, fenceNote: string | null, lowOutlierRows: number, highOutlierRows: number, mostCommon: string | null, mostCommonRows: number, missingActions: Array<MissingValueAction>, outlierActions: Array<OutlierAction>, choice: { __typename?: 'ImportCleaningChoice', missing: MissingValueAction, fillValue: string | null, outliers: OutlierAction } }> };

export type ImportCleaningQueryVariables = Exact<{
  importId: Scalars['ID']['input'];
}>;


export type ImportCleaningQuery = { __typename?: 'Query', importCleaning: { __typename?: 'ImportCleaning', totalRows: number, fenceMultiplier: number, columns: Array<{ __typename?: 'ImportColumnAnalysis', column: string, field: string, kind: ImportValueKind, required: boolean, decimals: number | null, missingRows: number, invalidRows: number, valueCount: number, median: string | null, lowerFence: string | null, upperFence: string | null, fenceNote: string | null, lowOutlierRows: number, highOutlierRows: number, mostCommon: string | null, mostCommonRows: number, missingActions: Array<MissingValueAction>, outlierActions: Array<OutlierAction>, choice: { __typename?: 'ImportCleaningChoice', missing: MissingValueAction, fillValue: string | null, outliers: OutlierAction } }> } };

export type UpdateImportCleaningMutationVariables = Exact<{
  importId: Scalars['ID']['input'];
  choices: Array<ImportCleaningChoiceInput> | ImportCleaningChoiceInput;
}>;


export type UpdateImportCleaningMutation = { __typename?: 'Mutation', updateImportCleaning: { __typename?: 'ImportCleaning', totalRows: number, fenceMultiplier: number, columns: Array<{ __typename?: 'ImportColumnAnalysis', column: string, field: string, kind: ImportValueKind, required: boolean, decimals: number | null, missingRows: number, invalidRows: number, valueCount: number, median: string | null, lowerFence: string | null, upperFence: string | null, fenceNote: string | null, lowOutlierRows: number, highOutlierRows: number, mostCommon: string | null, mostCommonRows: number, missingActions: Array<MissingValueAction>, outlierActions: Array<OutlierAction>, choice: { __typename?: 'ImportCleaningChoice', missing: MissingValueAction, fillValue: string | null, outliers: OutlierAction } }> } };

export type StartImportMutationVariables = Exact<{
  importId: Scalars['ID']['input'];
}>;


export type StartImportMutation = { __typename?: 'Mutation', startImport: { __typename?: 'ImportJob', id: string, status: ImportStatus } };

export type ImportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportJobQuery = { __typename?: 'Query', importJob: { __typename?: 'ImportJob', id: string, kind: ImportKind, mode: ImportMode, status: ImportStatus, fileName: string, progress: number, totalRows: number, createdCount: number, updatedCount: number, skippedCount: number, errorCount: number, errorMessage: string | null, finishedAt: string | null, cleaningResult: { __typename?: 'ImportCleaningResult', skippedRows: number, columns: Array<{ __typename?: 'ImportColumnCleaningResult', column: string, filledRows: number, cappedRows: number, skippedRows: number }> } | null } };

export type ImportErrorsQueryVariables = Exact<{
  importId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ImportErrorsQuery = { __typename?: 'Query', importErrors: { __typename?: 'ImportRowErrorConnection', totalCount: number, nodes: Array<{ __typename?: 'ImportRowError', row: number, column: string | null, message: string }> } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number }, segmentationRuns: { __typename?: 'SegmentationRunConnection', edges: Array<{ __typename?: 'SegmentationRunEdge', node: { __typename?: 'SegmentationRun', id: string, name: string, status: RunStatus, isActive: boolean, k: number | null, finishedAt: string | null, activatedAt: string | null, customerCount: number | null, realtimeAssignedCount: number, explanation: { __typename?: 'RunExplanation', fidelity: number } | null } }> }, segments: Array<{ __typename?: 'Segment', id: string, name: string, clusterIndex: number, size: number, share: number, profile: Record<string, unknown> }>, campaigns: { __typename?: 'CampaignConnection', totalCount: number, edges: Array<{ __typename?: 'CampaignEdge', node: { __typename?: 'Campaign', id: string, name: string, channel: CampaignChannel } }> }, importJobs: { __typename?: 'ImportJobConnection', nodes: Array<{ __typename?: 'ImportJob', id: string, fileName: string, kind: ImportKind, status: ImportStatus, createdAt: string, createdCount: number, updatedCount: number, errorCount: number }> } };

export type MarketingPlanQueryVariables = Exact<{
  segmentId: Scalars['ID']['input'];
}>;


export type MarketingPlanQuery = { __typename?: 'Query', segment: { __typename?: 'Segment', id: string, marketingPlan: { __typename?: 'MarketingPlan', id: string, objective: string, kpi: string, kpiTarget: number, channels: Array<MarketingChannel>, offer: string, message: string, budget: number, startDate: string | null, endDate: string | null, status: PlanStatus, updatedAt: string } | null }, suggestedMarketingPlan: { __typename?: 'MarketingPlanSuggestion', archetype: string | null, objective: string, kpi: string, kpiTarget: number | null, kpiTargetText: string, channels: Array<MarketingChannel>, offer: string, message: string, durationWeeks: number } };

export type PlanHistoryQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanHistoryQuery = { __typename?: 'Query', marketingPlanHistory: Array<{ __typename?: 'MarketingPlanRevision', id: number, createdAt: string, changedById: string | null, snapshot: { __typename?: 'MarketingPlan', objective: string, kpi: string, kpiTarget: number, budget: number, status: PlanStatus, channels: Array<MarketingChannel> } }> };

export type AttachPlanMutationVariables = Exact<{
  segmentId: Scalars['ID']['input'];
  input: MarketingPlanInput;
}>;


export type AttachPlanMutation = { __typename?: 'Mutation', attachMarketingPlan: { __typename?: 'MarketingPlan', id: string } };

export type UpdatePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MarketingPlanInput;
}>;


export type UpdatePlanMutation = { __typename?: 'Mutation', updateMarketingPlan: { __typename?: 'MarketingPlan', id: string } };

export type RemovePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePlanMutation = { __typename?: 'Mutation', removeMarketingPlan: boolean };

export type RunsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type RunsQuery = { __typename?: 'Query', segmentationRuns: { __typename?: 'SegmentationRunConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SegmentationRunEdge', node: { __typename?: 'SegmentationRun', id: string, name: string, status: RunStatus, stage: string, progress: number, isActive: boolean, k: number | null, customerCount: number | null, createdAt: string, finishedAt: string | null, explanation: { __typename?: 'RunExplanation', fidelity: number } | null } }> } };

export type StartRunMutationVariables = Exact<{
  input: StartSegmentationRunInput;
}>;


export type StartRunMutation = { __typename?: 'Mutation', startSegmentationRun: { __typename?: 'SegmentationRun', id: string } };

export type RunProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunProgressQuery = { __typename?: 'Query', segmentationRun: { __typename?: 'SegmentationRun', id: string, name: string, status: RunStatus, stage: string, progress: number, error: string | null, cancelRequested: boolean, isActive: boolean, createdAt: string, startedAt: string | null, finishedAt: string | null } };

export type RunResultQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunResultQuery = { __typename?: 'Query', segmentationRun: { __typename?: 'SegmentationRun', id: string, k: number | null, customerCount: number | null, realtimeAssignedCount: number, parameters: { __typename?: 'RunParameters', features: Array<string>, scaling: ScalingMethod, k: number | null, kMin: number, kMax: number, excludeSensitive: boolean }, timings: { __typename?: 'RunTimings', totalSeconds: number } | null, kSelection: { __typename?: 'KSelection', recommendedK: number, elbowK: number, reason: string, rows: Array<{ __typename?: 'KSelectionRow', k: number, inertia: number, silhouette: number }> } | null, explanation: { __typename?: 'RunExplanation', fidelity: number, importances: Array<{ __typename?: 'FeatureImportance', feature: string, importance: number }> } | null, explanationTree: Array<{ __typename?: 'ExplanationTreeNode', id: number, parentId: number | null, depth: number, condition: string | null, feature: string | null, threshold: number | null, samples: number, segmentIndex: number, purity: number, isLeaf: boolean }>, pcaPoints: Array<{ __typename?: 'PcaPoint', x: number, y: number, segmentIndex: number }>, pcaCentroids: Array<{ __typename?: 'PcaCentroid', x: number, y: number, segmentIndex: number }>, segments: Array<{ __typename?: 'Segment', id: string, name: string, clusterIndex: number, size: number, share: number, archetype: string | null, rules: Array<{ __typename?: 'SegmentRule', text: string, coverage: number, precision: number, conditions: Array<{ __typename?: 'SegmentRuleCondition', feature: string, min: number | null, max: number | null, text: string }> }> }>, migrationMatrix: { __typename?: 'MigrationMatrix', fromRunId: string | null, cells: Array<{ __typename?: 'MigrationCell', fromSegmentId: string | null, fromSegmentName: string | null, toSegmentId: string, toSegmentName: string, customers: number }> } } };

export type CancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRunMutation = { __typename?: 'Mutation', cancelSegmentationRun: { __typename?: 'SegmentationRun', id: string, cancelRequested: boolean, status: RunStatus } };

export type ActivateRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateRunMutation = { __typename?: 'Mutation', activateSegmentationRun: { __typename?: 'SegmentationRun', id: string, isActive: boolean } };

export type SegmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SegmentQuery = { __typename?: 'Query', segment: { __typename?: 'Segment', id: string, runId: string, name: string, description: string, archetype: string | null, clusterIndex: number, size: number, share: number, profile: Record<string, unknown>, standOut: Array<{ __typename?: 'FeatureComparison', feature: string, segmentMean: number, overallMean: number, ratio: number | null, effectSize: number }>, rules: Array<{ __typename?: 'SegmentRule', text: string, coverage: number, precision: number, matched: number, conditions: Array<{ __typename?: 'SegmentRuleCondition', feature: string, min: number | null, max: number | null, text: string }> }>, associationRules: Array<{ __typename?: 'SegmentAssociationRule', antecedent: Array<string>, consequent: Array<string>, confidence: number, lift: number, overallLift: number, liftRatio: number | null, support: number }> } };

export type SegmentMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type SegmentMembersQuery = { __typename?: 'Query', segment: { __typename?: 'Segment', id: string, members: { __typename?: 'SegmentMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SegmentMemberEdge', node: { __typename?: 'SegmentMember', customerId: number, externalId: string, name: string | null, email: string | null, distance: number, source: MembershipSource } }> } } };

export type UpdateSegmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: InputMaybe<Scalars['String']['input']>;
  description: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateSegmentMutation = { __typename?: 'Mutation', updateSegment: { __typename?: 'Segment', id: string, name: string, description: string } };

export type SegmentCampaignsQueryVariables = Exact<{
  segmentId: Scalars['ID']['input'];
}>;


export type SegmentCampaignsQuery = { __typename?: 'Query', segmentKpis: { __typename?: 'SegmentKpis', total: { __typename?: 'KpiFigures', reach: number, conversions: number, revenue: number }, campaigns: Array<{ __typename?: 'SegmentCampaignKpis', campaignId: string, campaignName: string, channel: CampaignChannel, status: CampaignStatus, kpis: { __typename?: 'KpiFigures', reach: number, conversions: number, conversionRate: number | null, revenue: number } }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', nodes: Array<{ __typename?: 'UserAccount', id: string, email: string, name: string | null, role: UserRole, createdAt: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserAccount', id: string } };

export type ChangeUserRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  role: UserRole;
}>;


export type ChangeUserRoleMutation = { __typename?: 'Mutation', changeUserRole: { __typename?: 'UserAccount', id: string, role: UserRole } };

export type RemoveUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RemoveUserMutation = { __typename?: 'Mutation', removeUser: string };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', nodes: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', key: string, apiKey: { __typename?: 'ApiKey', id: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: { __typename?: 'WebhookEndpointConnection', edges: Array<{ __typename?: 'WebhookEndpointEdge', node: { __typename?: 'WebhookEndpoint', id: string, name: string, url: string, active: boolean, createdAt: string } }> } };

export type CreateWebhookMutationVariables = Exact<{
  name: Scalars['String']['input'];
  url: Scalars['String']['input'];
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'CreatedWebhookEndpoint', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string } } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: boolean };

export type ExportCustomerQueryVariables = Exact<{
  customerId: Scalars['Int']['input'];
}>;


export type ExportCustomerQuery = { __typename?: 'Query', exportCustomerData: Record<string, unknown> };

export type EraseCustomerMutationVariables = Exact<{
  customerId: Scalars['Int']['input'];
}>;


export type EraseCustomerMutation = { __typename?: 'Mutation', eraseCustomer: { __typename?: 'ErasedCustomer', customerId: number, ordersDeleted: number, eventsDeleted: number, membershipsDeleted: number, campaignAudiencesDeleted: number } };

export type ShopSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopSettingsQuery = { __typename?: 'Query', shopSettings: { __typename?: 'ShopSettings', currency: string, updatedAt: string | null } };

export type UpdateShopSettingsMutationVariables = Exact<{
  input: UpdateShopSettingsInput;
}>;


export type UpdateShopSettingsMutation = { __typename?: 'Mutation', updateShopSettings: { __typename?: 'ShopSettings', currency: string, updatedAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const KpiFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpiFigureFields on KpiFigures {
  reach
  conversions
  conversionRate
  revenue
  revenuePerRecipient
  cost
  roi
}
    `, {"fragmentName":"KpiFigureFields"}) as unknown as TypedDocumentString<KpiFigureFieldsFragment, unknown>;
export const ImportCleaningFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportCleaningFields on ImportCleaning {
  totalRows
  fenceMultiplier
  columns {
    column
    field
    kind
    required
    decimals
    missingRows
    invalidRows
    valueCount
    median
    lowerFence
    upperFence
    fenceNote
    lowOutlierRows
    highOutlierRows
    mostCommon
    mostCommonRows
    missingActions
    outlierActions
    choice {
      missing
      fillValue
      outliers
    }
  }
}
    `, {"fragmentName":"ImportCleaningFields"}) as unknown as TypedDocumentString<ImportCleaningFieldsFragment, unknown>;
export const SetupStatusDocument = new TypedDocumentString(`
    query SetupStatus {
  setupStatus {
    needsOwner
  }
}
    `) as unknown as TypedDocumentString<SetupStatusQuery, SetupStatusQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    role
    permissions
    user {
      id
      email
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    role
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CreateOwnerDocument = new TypedDocumentString(`
    mutation CreateOwner($email: String!, $password: String!, $name: String) {
  createOwner(email: $email, password: $password, name: $name) {
    role
  }
}
    `) as unknown as TypedDocumentString<CreateOwnerMutation, CreateOwnerMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns($first: Int!, $after: String) {
  campaigns(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        channel
        status
        scheduledAt
        budget
        createdAt
        segments {
          id
          name
          size
          clusterIndex
          inActiveRun
        }
        audience {
          totalCustomers
          consentedCustomers
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignSegmentsDocument = new TypedDocumentString(`
    query CampaignSegments {
  segments {
    id
    name
    clusterIndex
    size
  }
}
    `) as unknown as TypedDocumentString<CampaignSegmentsQuery, CampaignSegmentsQueryVariables>;
export const AudiencePreviewDocument = new TypedDocumentString(`
    query AudiencePreview($segmentIds: [ID!]!) {
  audiencePreview(segmentIds: $segmentIds) {
    totalCustomers
    consentedCustomers
    perSegment {
      segmentId
      name
      size
      consentedCount
      audienceSize
    }
  }
}
    `) as unknown as TypedDocumentString<AudiencePreviewQuery, AudiencePreviewQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const ChangeCampaignStatusDocument = new TypedDocumentString(`
    mutation ChangeCampaignStatus($id: ID!, $status: CampaignStatus!) {
  changeCampaignStatus(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ChangeCampaignStatusMutation, ChangeCampaignStatusMutationVariables>;
export const UpdateCampaignScheduleDocument = new TypedDocumentString(`
    mutation UpdateCampaignSchedule($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    id
    scheduledAt
  }
}
    `) as unknown as TypedDocumentString<UpdateCampaignScheduleMutation, UpdateCampaignScheduleMutationVariables>;
export const CampaignKpisDocument = new TypedDocumentString(`
    query CampaignKpis($campaignId: ID!) {
  campaignKpis(campaignId: $campaignId) {
    budget
    total {
      ...KpiFigureFields
    }
    unattributed {
      ...KpiFigureFields
    }
    perSegment {
      segmentId
      segmentName
      kpis {
        ...KpiFigureFields
      }
    }
  }
}
    fragment KpiFigureFields on KpiFigures {
  reach
  conversions
  conversionRate
  revenue
  revenuePerRecipient
  cost
  roi
}`) as unknown as TypedDocumentString<CampaignKpisQuery, CampaignKpisQueryVariables>;
export const RecordCampaignResultDocument = new TypedDocumentString(`
    mutation RecordCampaignResult($input: RecordCampaignResultInput!) {
  recordCampaignResult(input: $input) {
    id
    segmentId
    reach
    conversions
    revenue
  }
}
    `) as unknown as TypedDocumentString<RecordCampaignResultMutation, RecordCampaignResultMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($campaignId: ID!) {
  webhookDeliveries(campaignId: $campaignId, first: 5) {
    totalCount
    edges {
      node {
        id
        endpointId
        status
        attempts
        responseStatus
        lastError
        createdAt
        deliveredAt
        customerCount
        pageCount
        pagesDelivered
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const SendCampaignToWebhookDocument = new TypedDocumentString(`
    mutation SendCampaignToWebhook($campaignId: ID!, $endpointId: ID!) {
  sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) {
    id
    status
    customerCount
  }
}
    `) as unknown as TypedDocumentString<SendCampaignToWebhookMutation, SendCampaignToWebhookMutationVariables>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderBy) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      externalId
      name
      email
      totalSpent
      orderCount
      lastOrderAt
      marketingConsent
      segment {
        segmentId
        name
        clusterIndex
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const SegmentOptionsDocument = new TypedDocumentString(`
    query SegmentOptions {
  segments {
    id
    name
    clusterIndex
    size
  }
}
    `) as unknown as TypedDocumentString<SegmentOptionsQuery, SegmentOptionsQueryVariables>;
export const CustomerDocument = new TypedDocumentString(`
    query Customer($id: Int!) {
  customer(id: $id) {
    id
    externalId
    name
    email
    city
    country
    gender
    birthDate
    signupDate
    income
    marketingConsent
    totalSpent
    orderCount
    firstOrderAt
    lastOrderAt
    segment {
      segmentId
      name
      clusterIndex
      source
      assignedAt
      distance
    }
    segmentExplanation {
      text
      rulesAgree
      steps {
        feature
        condition
        value
      }
    }
    orders {
      id
      externalId
      orderedAt
      total
      currency
      lines {
        id
        sku
        productName
        quantity
        lineTotal
      }
    }
    events(first: 20) {
      totalCount
      nodes {
        id
        type
        occurredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerQuery, CustomerQueryVariables>;
export const ImportPreviewDocument = new TypedDocumentString(`
    query ImportPreview($importId: ID!) {
  previewImport(importId: $importId) {
    columns
    rows
    mapping {
      column
      field
    }
    fields {
      name
      required
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const UpdateImportMappingDocument = new TypedDocumentString(`
    mutation UpdateImportMapping($importId: ID!, $mapping: [ImportColumnMappingInput!]!) {
  updateImportMapping(importId: $importId, mapping: $mapping) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateImportMappingMutation, UpdateImportMappingMutationVariables>;
export const ImportCleaningDocument = new TypedDocumentString(`
    query ImportCleaning($importId: ID!) {
  importCleaning(importId: $importId) {
    ...ImportCleaningFields
  }
}
    fragment ImportCleaningFields on ImportCleaning {
  totalRows
  fenceMultiplier
  columns {
    column
    field
    kind
    required
    decimals
    missingRows
    invalidRows
    valueCount
    median
    lowerFence
    upperFence
    fenceNote
    lowOutlierRows
    highOutlierRows
    mostCommon
    mostCommonRows
    missingActions
    outlierActions
    choice {
      missing
      fillValue
      outliers
    }
  }
}`) as unknown as TypedDocumentString<ImportCleaningQuery, ImportCleaningQueryVariables>;
export const UpdateImportCleaningDocument = new TypedDocumentString(`
    mutation UpdateImportCleaning($importId: ID!, $choices: [ImportCleaningChoiceInput!]!) {
  updateImportCleaning(importId: $importId, choices: $choices) {
    ...ImportCleaningFields
  }
}
    fragment ImportCleaningFields on ImportCleaning {
  totalRows
  fenceMultiplier
  columns {
    column
    field
    kind
    required
    decimals
    missingRows
    invalidRows
    valueCount
    median
    lowerFence
    upperFence
    fenceNote
    lowOutlierRows
    highOutlierRows
    mostCommon
    mostCommonRows
    missingActions
    outlierActions
    choice {
      missing
      fillValue
      outliers
    }
  }
}`) as unknown as TypedDocumentString<UpdateImportCleaningMutation, UpdateImportCleaningMutationVariables>;
export const StartImportDocument = new TypedDocumentString(`
    mutation StartImport($importId: ID!) {
  startImport(importId: $importId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartImportMutation, StartImportMutationVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    id
    kind
    mode
    status
    fileName
    progress
    totalRows
    createdCount
    updatedCount
    skippedCount
    errorCount
    errorMessage
    finishedAt
    cleaningResult {
      skippedRows
      columns {
        column
        filledRows
        cappedRows
        skippedRows
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const ImportErrorsDocument = new TypedDocumentString(`
    query ImportErrors($importId: ID!, $first: Int!) {
  importErrors(importId: $importId, first: $first) {
    totalCount
    nodes {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportErrorsQuery, ImportErrorsQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  customers(first: 1) {
    totalCount
  }
  segmentationRuns(first: 10) {
    edges {
      node {
        id
        name
        status
        isActive
        k
        finishedAt
        activatedAt
        customerCount
        realtimeAssignedCount
        explanation {
          fidelity
        }
      }
    }
  }
  segments {
    id
    name
    clusterIndex
    size
    share
    profile
  }
  campaigns(first: 20, status: RUNNING) {
    totalCount
    edges {
      node {
        id
        name
        channel
      }
    }
  }
  importJobs(first: 5) {
    nodes {
      id
      fileName
      kind
      status
      createdAt
      createdCount
      updatedCount
      errorCount
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const MarketingPlanDocument = new TypedDocumentString(`
    query MarketingPlan($segmentId: ID!) {
  segment(id: $segmentId) {
    id
    marketingPlan {
      id
      objective
      kpi
      kpiTarget
      channels
      offer
      message
      budget
      startDate
      endDate
      status
      updatedAt
    }
  }
  suggestedMarketingPlan(segmentId: $segmentId) {
    archetype
    objective
    kpi
    kpiTarget
    kpiTargetText
    channels
    offer
    message
    durationWeeks
  }
}
    `) as unknown as TypedDocumentString<MarketingPlanQuery, MarketingPlanQueryVariables>;
export const PlanHistoryDocument = new TypedDocumentString(`
    query PlanHistory($planId: ID!) {
  marketingPlanHistory(planId: $planId) {
    id
    createdAt
    changedById
    snapshot {
      objective
      kpi
      kpiTarget
      budget
      status
      channels
    }
  }
}
    `) as unknown as TypedDocumentString<PlanHistoryQuery, PlanHistoryQueryVariables>;
export const AttachPlanDocument = new TypedDocumentString(`
    mutation AttachPlan($segmentId: ID!, $input: MarketingPlanInput!) {
  attachMarketingPlan(segmentId: $segmentId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttachPlanMutation, AttachPlanMutationVariables>;
export const UpdatePlanDocument = new TypedDocumentString(`
    mutation UpdatePlan($id: ID!, $input: MarketingPlanInput!) {
  updateMarketingPlan(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const RemovePlanDocument = new TypedDocumentString(`
    mutation RemovePlan($id: ID!) {
  removeMarketingPlan(id: $id)
}
    `) as unknown as TypedDocumentString<RemovePlanMutation, RemovePlanMutationVariables>;
export const RunsDocument = new TypedDocumentString(`
    query Runs($first: Int!, $after: String) {
  segmentationRuns(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        status
        stage
        progress
        isActive
        k
        customerCount
        createdAt
        finishedAt
        explanation {
          fidelity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunsQuery, RunsQueryVariables>;
export const StartRunDocument = new TypedDocumentString(`
    mutation StartRun($input: StartSegmentationRunInput!) {
  startSegmentationRun(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartRunMutation, StartRunMutationVariables>;
export const RunProgressDocument = new TypedDocumentString(`
    query RunProgress($id: ID!) {
  segmentationRun(id: $id) {
    id
    name
    status
    stage
    progress
    error
    cancelRequested
    isActive
    createdAt
    startedAt
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<RunProgressQuery, RunProgressQueryVariables>;
export const RunResultDocument = new TypedDocumentString(`
    query RunResult($id: ID!) {
  segmentationRun(id: $id) {
    id
    k
    customerCount
    realtimeAssignedCount
    parameters {
      features
      scaling
      k
      kMin
      kMax
      excludeSensitive
    }
    timings {
      totalSeconds
    }
    kSelection {
      recommendedK
      elbowK
      reason
      rows {
        k
        inertia
        silhouette
      }
    }
    explanation {
      fidelity
      importances {
        feature
        importance
      }
    }
    explanationTree {
      id
      parentId
      depth
      condition
      feature
      threshold
      samples
      segmentIndex
      purity
      isLeaf
    }
    pcaPoints {
      x
      y
      segmentIndex
    }
    pcaCentroids {
      x
      y
      segmentIndex
    }
    segments {
      id
      name
      clusterIndex
      size
      share
      archetype
      rules {
        text
        conditions {
          feature
          min
          max
          text
        }
        coverage
        precision
      }
    }
    migrationMatrix {
      fromRunId
      cells {
        fromSegmentId
        fromSegmentName
        toSegmentId
        toSegmentName
        customers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunResultQuery, RunResultQueryVariables>;
export const CancelRunDocument = new TypedDocumentString(`
    mutation CancelRun($id: ID!) {
  cancelSegmentationRun(id: $id) {
    id
    cancelRequested
    status
  }
}
    `) as unknown as TypedDocumentString<CancelRunMutation, CancelRunMutationVariables>;
export const ActivateRunDocument = new TypedDocumentString(`
    mutation ActivateRun($id: ID!) {
  activateSegmentationRun(id: $id) {
    id
    isActive
  }
}
    `) as unknown as TypedDocumentString<ActivateRunMutation, ActivateRunMutationVariables>;
export const SegmentDocument = new TypedDocumentString(`
    query Segment($id: ID!) {
  segment(id: $id) {
    id
    runId
    name
    description
    archetype
    clusterIndex
    size
    share
    profile
    standOut {
      feature
      segmentMean
      overallMean
      ratio
      effectSize
    }
    rules {
      text
      conditions {
        feature
        min
        max
        text
      }
      coverage
      precision
      matched
    }
    associationRules {
      antecedent
      consequent
      confidence
      lift
      overallLift
      liftRatio
      support
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentQuery, SegmentQueryVariables>;
export const SegmentMembersDocument = new TypedDocumentString(`
    query SegmentMembers($id: ID!, $first: Int!, $after: String) {
  segment(id: $id) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          customerId
          externalId
          name
          email
          distance
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentMembersQuery, SegmentMembersQueryVariables>;
export const UpdateSegmentDocument = new TypedDocumentString(`
    mutation UpdateSegment($id: ID!, $name: String, $description: String) {
  updateSegment(id: $id, name: $name, description: $description) {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
export const SegmentCampaignsDocument = new TypedDocumentString(`
    query SegmentCampaigns($segmentId: ID!) {
  segmentKpis(segmentId: $segmentId) {
    total {
      reach
      conversions
      revenue
    }
    campaigns {
      campaignId
      campaignName
      channel
      status
      kpis {
        reach
        conversions
        conversionRate
        revenue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentCampaignsQuery, SegmentCampaignsQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users(first: 100) {
    nodes {
      id
      email
      name
      role
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const ChangeUserRoleDocument = new TypedDocumentString(`
    mutation ChangeUserRole($userId: ID!, $role: UserRole!) {
  changeUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const RemoveUserDocument = new TypedDocumentString(`
    mutation RemoveUser($userId: ID!) {
  removeUser(userId: $userId)
}
    `) as unknown as TypedDocumentString<RemoveUserMutation, RemoveUserMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys(first: 100, includeInactive: true) {
    nodes {
      id
      name
      prefix
      scopes
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints(first: 100) {
    edges {
      node {
        id
        name
        url
        active
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($name: String!, $url: String!) {
  createWebhookEndpoint(name: $name, url: $url) {
    secret
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const ExportCustomerDocument = new TypedDocumentString(`
    query ExportCustomer($customerId: Int!) {
  exportCustomerData(customerId: $customerId)
}
    `) as unknown as TypedDocumentString<ExportCustomerQuery, ExportCustomerQueryVariables>;
export const EraseCustomerDocument = new TypedDocumentString(`
    mutation EraseCustomer($customerId: Int!) {
  eraseCustomer(customerId: $customerId) {
    customerId
    ordersDeleted
    eventsDeleted
    membershipsDeleted
    campaignAudiencesDeleted
  }
}
    `) as unknown as TypedDocumentString<EraseCustomerMutation, EraseCustomerMutationVariables>;
export const ShopSettingsDocument = new TypedDocumentString(`
    query ShopSettings {
  shopSettings {
    currency
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ShopSettingsQuery, ShopSettingsQueryVariables>;
export const UpdateShopSettingsDocument = new TypedDocumentString(`
    mutation UpdateShopSettings($input: UpdateShopSettingsInput!) {
  updateShopSettings(input: $input) {
    currency
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateShopSettingsMutation, UpdateShopSettingsMutationVariables>;