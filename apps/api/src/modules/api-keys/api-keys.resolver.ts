import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ApiKeysPageArgs, CreateApiKeyInput } from "./api-key.input";
import { ApiKey, ApiKeyConnection, CreatedApiKey } from "./api-key.type";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

@Resolver()
export class ApiKeysResolver {
  @Authorized("apikeys:manage")
  @Query(() => ApiKeyConnection, { description: "API keys of this installation, newest first (owner only)." })
  apiKeys(
    @Args(() => ApiKeysPageArgs) { first, after, includeInactive }: ApiKeysPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ApiKeyConnection> {
    return listApiKeys({ prisma: context.prisma, first, after, includeInactive });
  }

  @Authorized("apikeys:manage")
  @Mutation(() => CreatedApiKey, {
    description:
      "Creates an API key with scopes and an optional expiry; the key is returned only this once (owner only).",
  })
  createApiKey(
    @Arg("input", () => CreateApiKeyInput, { description: "The new key." }) input: CreateApiKeyInput,
    @Ctx() context: RequestContext,
  ): Promise<CreatedApiKey> {
    return createApiKey({
      prisma: context.prisma,
      viewer: context.viewer,
      ipAddress: context.ipAddress,
      ...input,
    });
  }

  @Authorized("apikeys:manage")
  @Mutation(() => ApiKey, { description: "Revokes an API key: it stops working at once (owner only)." })
  revokeApiKey(
    @Arg("id", () => ID, { description: "The key to revoke." }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<ApiKey> {
    return revokeApiKey({
      prisma: context.prisma,
      apiKeyCache: context.apiKeyCache,
      viewer: context.viewer,
      id,
      ipAddress: context.ipAddress,
    });
  }
}
