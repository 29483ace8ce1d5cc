import { DateTimeISOResolver, JSONObjectResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";

@ObjectType({ description: "One recorded change: who did what to which record." })
export class AuditEntry {
  @Field(() => ID, { description: "Entry id (increasing)." })
  id!: string;

  @Field(() => String, {
    description: "What happened, e.g. `customer.erase`, `apiKey.create`, `auth.login.failure`.",
  })
  action!: string;

  @Field(() => String, { description: "Kind of record changed, e.g. `Customer`." })
  entityType!: string;

  @Field(() => String, { nullable: true, description: "Id of the record changed." })
  entityId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The user who acted (for an API key: its owner); null when anonymous or the user was removed.",
  })
  actorUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Email of the user who acted, when the user still exists.",
  })
  actorEmail!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The API key used, when the change came from an integration.",
  })
  actorApiKeyId!: string | null;

  @Field(() => JSONObjectResolver, { description: "Facts about the change (never secrets)." })
  details!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: "IP address of the request." })
  ipAddress!: string | null;

  @Field(() => DateTimeISOResolver, { description: "When it happened." })
  createdAt!: Date;
}

@ObjectType({ description: "One entry in a page of the audit log." })
export class AuditEntryEdge {
  @Field(() => String, { description: "Cursor of this entry; pass it as `after` to read older entries." })
  cursor!: string;

  @Field(() => AuditEntry, { description: "The entry." })
  node!: AuditEntry;
}

@ObjectType({ description: "A page of the audit log, newest first." })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: "The entries of this page with their cursors." })
  edges!: AuditEntryEdge[];

  @Field(() => [AuditEntry], { description: "The entries of this page." })
  nodes!: AuditEntry[];

  @Field(() => PageInfo, { description: "Whether older entries follow." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of entries matching in all." })
  totalCount!: number;
}
