import { DeliveryStatus } from "@seglens/database";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";

registerEnumType(DeliveryStatus, {
  name: "DeliveryStatus",
  description:
    "PENDING: queued or being sent; DELIVERED: every page accepted (2xx); FAILED: refused (4xx) or still failing after the last retry.",
});

@ObjectType({ description: "An HTTP(S) address that receives campaign audiences as signed JSON." })
export class WebhookEndpoint {
  @Field(() => ID, { description: "Endpoint id." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { description: "URL the audience is POSTed to." })
  url!: string;

  @Field(() => Boolean, { description: "Inactive endpoints receive nothing." })
  active!: boolean;

  @Field(() => GraphQLDateTimeISO, { description: "Created." })
  createdAt!: Date;
}

@ObjectType({ description: "A new endpoint with its signing secret, shown only this once." })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint, { description: "The endpoint." })
  endpoint!: WebhookEndpoint;

  @Field(() => String, {
    description:
      "HMAC-SHA256 secret: the receiver checks X-Seglens-Signature = sha256=<hex HMAC of the raw body>. Store it now; it is never shown again.",
  })
  secret!: string;
}

@ObjectType({ description: "An edge of the webhook endpoints connection." })
export class WebhookEndpointEdge {
  @Field(() => String, { description: "Cursor of this endpoint." })
  cursor!: string;

  @Field(() => WebhookEndpoint, { description: "The endpoint." })
  node!: WebhookEndpoint;
}

@ObjectType({ description: "A page of webhook endpoints, newest first." })
export class WebhookEndpointConnection {
  @Field(() => Int, { description: "Endpoints in total." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Paging." })
  pageInfo!: PageInfo;

  @Field(() => [WebhookEndpointEdge], { description: "Endpoints of this page." })
  edges!: WebhookEndpointEdge[];
}

@ObjectType({ description: "One sending of a campaign's audience to an endpoint." })
export class WebhookDelivery {
  @Field(() => ID, { description: "Delivery id (sent as X-Seglens-Delivery)." })
  id!: string;

  @Field(() => ID, { description: "Endpoint." })
  endpointId!: string;

  @Field(() => ID, { nullable: true, description: "Campaign (null once the campaign is deleted)." })
  campaignId!: string | null;

  @Field(() => DeliveryStatus, { description: "Status." })
  status!: DeliveryStatus;

  @Field(() => Int, { description: "HTTP requests made so far, retries included, over all pages." })
  attempts!: number;

  @Field(() => Int, {
    nullable: true,
    description: "HTTP status of the last response (null: no response, e.g. a timeout).",
  })
  responseStatus!: number | null;

  @Field(() => String, { nullable: true, description: "Why the last request failed." })
  lastError!: string | null;

  @Field(() => GraphQLDateTimeISO, {
    description: "When the audience was snapshotted and the delivery queued.",
  })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the last page was accepted." })
  deliveredAt!: Date | null;

  @Field(() => Int, { description: "Customers in the audience snapshot being sent." })
  customerCount!: number;

  @Field(() => Int, {
    description: "Requests (pages) the audience is split into; 0 until the delivery has started.",
  })
  pageCount!: number;

  @Field(() => Int, {
    description:
      "Pages the endpoint accepted so far; a delivery retried after a restart continues after them.",
  })
  pagesDelivered!: number;
}

@ObjectType({ description: "An edge of the webhook deliveries connection." })
export class WebhookDeliveryEdge {
  @Field(() => String, { description: "Cursor of this delivery." })
  cursor!: string;

  @Field(() => WebhookDelivery, { description: "The delivery." })
  node!: WebhookDelivery;
}

@ObjectType({ description: "A page of a campaign's webhook deliveries, newest first." })
export class WebhookDeliveryConnection {
  @Field(() => Int, { description: "Deliveries of the campaign in total." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Paging." })
  pageInfo!: PageInfo;

  @Field(() => [WebhookDeliveryEdge], { description: "Deliveries of this page." })
  edges!: WebhookDeliveryEdge[];
}
