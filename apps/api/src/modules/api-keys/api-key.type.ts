import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";

@ObjectType({
  description: "An API key for an integration. The key itself is shown once at creation and never stored.",
})
export class ApiKey {
  @Field(() => ID, { description: "Key id (UUID)." })
  id!: string;

  @Field(() => String, { description: 'What the key is for, e.g. "Shop plugin".' })
  name!: string;

  @Field(() => String, { description: "The key's visible start, e.g. `sk_live_1a2b3c4d`, to recognise it." })
  prefix!: string;

  @Field(() => [String], { description: "Permissions the key grants, e.g. `customers:read`." })
  scopes!: string[];

  @Field(() => DateTimeISOResolver, { description: "When the key was created." })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the key was last used (null: never).",
  })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the key stops working (null: never).",
  })
  expiresAt!: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the key was revoked (null: still valid).",
  })
  revokedAt!: Date | null;
}

@ObjectType({ description: "A newly created API key and its secret value." })
export class CreatedApiKey {
  @Field(() => String, {
    description: "The full key to send as `Authorization: Bearer <key>`. Shown only this once: copy it now.",
  })
  key!: string;

  @Field(() => ApiKey, { description: "The stored key record." })
  apiKey!: ApiKey;
}

@ObjectType({ description: "One API key in a page of keys." })
export class ApiKeyEdge {
  @Field(() => String, { description: "Cursor of this key; pass it as `after` to read the keys after it." })
  cursor!: string;

  @Field(() => ApiKey, { description: "The key." })
  node!: ApiKey;
}

@ObjectType({ description: "A page of API keys, newest first." })
export class ApiKeyConnection {
  @Field(() => [ApiKeyEdge], { description: "The keys of this page with their cursors." })
  edges!: ApiKeyEdge[];

  @Field(() => [ApiKey], { description: "The keys of this page." })
  nodes!: ApiKey[];

  @Field(() => PageInfo, { description: "Whether more keys follow." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of keys matching in all." })
  totalCount!: number;
}
