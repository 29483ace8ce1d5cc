import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { getShopSettings } from "./get-shop-settings";
import { UpdateShopSettingsInput } from "./shop-settings.input";
import { ShopSettings } from "./shop-settings.type";
import { updateShopSettings } from "./update-shop-settings";

@Resolver(() => ShopSettings)
export class ShopSettingsResolver {
  @Authorized()
  @Query(() => ShopSettings, {
    description: "The shop's settings (currency of money figures); any signed-in caller may read them.",
  })
  shopSettings(@Ctx() context: RequestContext): Promise<ShopSettings> {
    return getShopSettings({ prisma: context.prisma });
  }

  @Authorized("settings:manage")
  @Mutation(() => ShopSettings, {
    description: "Changes the shop's settings (owner and analyst); the change is audit-logged.",
  })
  updateShopSettings(
    @Ctx() context: RequestContext,
    @Arg("input", () => UpdateShopSettingsInput, { description: "The new settings." })
    input: UpdateShopSettingsInput,
  ): Promise<ShopSettings> {
    return updateShopSettings({
      prisma: context.prisma,
      viewer: context.viewer,
      input,
      ipAddress: context.ipAddress,
    });
  }
}
