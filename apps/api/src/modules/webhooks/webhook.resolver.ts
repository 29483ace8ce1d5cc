import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { getWebhookDelivery } from "./get-webhook-delivery";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { listWebhookEndpoints } from "./list-webhook-endpoints";
import { sendCampaignToWebhook } from "./send-campaign-to-webhook";
import {
  CreatedWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointConnection,
} from "./webhook.type";

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized("campaigns:read")
  @Query(() => WebhookEndpointConnection, {
    description: "Webhook endpoints, newest first (secrets are never listed).",
  })
  webhookEndpoints(
    @Ctx() context: RequestContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size (at most 100)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Cursor of the previous page's last endpoint.",
    })
    after?: string | null,
  ): Promise<WebhookEndpointConnection> {
    return listWebhookEndpoints({ prisma: context.prisma, first, after });
  }

  @Authorized("campaigns:read")
  @Query(() => WebhookDelivery, { description: "One delivery, to follow its progress." })
  webhookDelivery(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Delivery id." }) id: string,
  ): Promise<WebhookDelivery> {
    return getWebhookDelivery({ prisma: context.prisma, id });
  }

  @Authorized("campaigns:read")
  @Query(() => WebhookDeliveryConnection, {
    description: "A campaign's webhook deliveries, newest first, with their progress and last error.",
  })
  webhookDeliveries(
    @Ctx() context: RequestContext,
    @Arg("campaignId", () => ID, { description: "Campaign id." }) campaignId: string,
    @Arg("first", () => Int, { defaultValue: 5, description: "Page size (at most 100)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Cursor of the previous page's last delivery.",
    })
    after?: string | null,
  ): Promise<WebhookDeliveryConnection> {
    return listWebhookDeliveries({ prisma: context.prisma, campaignId, first, after });
  }

  @Authorized("campaigns:write")
  @Mutation(() => CreatedWebhookEndpoint, {
    description: "Registers an http(s) endpoint; the signing secret is returned only here.",
  })
  createWebhookEndpoint(
    @Ctx() context: RequestContext,
    @Arg("name", () => String, { description: "Name (1–100 characters)." }) name: string,
    @Arg("url", () => String, { description: "http:// or https:// URL without credentials." }) url: string,
  ): Promise<CreatedWebhookEndpoint> {
    return createWebhookEndpoint({
      prisma: context.prisma,
      viewer: context.viewer,
      name,
      url,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("campaigns:write")
  @Mutation(() => Boolean, { description: "Deletes an endpoint and its delivery history." })
  deleteWebhookEndpoint(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Endpoint id." }) id: string,
  ): Promise<boolean> {
    return deleteWebhookEndpoint({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("campaigns:write")
  @Mutation(() => WebhookDelivery, {
    description:
      "Snapshots a SCHEDULED or RUNNING campaign's audience and queues its signed delivery to the endpoint (a SCHEDULED campaign becomes RUNNING).",
  })
  sendCampaignToWebhook(
    @Ctx() context: RequestContext,
    @Arg("campaignId", () => ID, { description: "Campaign id." }) campaignId: string,
    @Arg("endpointId", () => ID, { description: "Endpoint id." }) endpointId: string,
  ): Promise<WebhookDelivery> {
    return sendCampaignToWebhook({
      prisma: context.prisma,
      jobs: context.jobs,
      viewer: context.viewer,
      campaignId,
      endpointId,
      leaseMs: context.env.SEGLENS_WEBHOOK_LEASE_SECONDS * 1000,
      ipAddress: context.ipAddress,
    });
  }
}
