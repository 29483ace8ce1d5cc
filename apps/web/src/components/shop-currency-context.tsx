"use client";
import { createContext, useContext, type ReactNode } from "react";
import { ErrorMessage, Loading } from "@/components/status-message";
import { useGqlQuery } from "@/lib/use-graphql";
import { ShopSettingsQuery } from "@/operations/settings";

const ShopCurrencyContext = createContext<string | null>(null);

/**
 * Reads the shop's settings once for the whole dashboard; saving them in Settings refetches every
 * query (useGqlMutation), so all money figures switch currency together.
 */
export function ShopCurrencyProvider({ children }: { children: ReactNode }) {
  const settings = useGqlQuery(ShopSettingsQuery, {}, { staleTime: Number.POSITIVE_INFINITY });
  if (settings.isPending) return <Loading what="Loading the shop's settings" />;
  // Money shown in a guessed currency would be wrong, so without the setting no page is shown.
  if (settings.error) return <ErrorMessage error={settings.error} />;
  return (
    <ShopCurrencyContext.Provider value={settings.data.shopSettings.currency}>
      {children}
    </ShopCurrencyContext.Provider>
  );
}

/** The ISO 4217 code every money figure of the shop is shown in (pass it to formatCurrency). */
export function useShopCurrency(): string {
  const currency = useContext(ShopCurrencyContext);
  if (!currency) throw new Error("useShopCurrency outside the dashboard shell");
  return currency;
}
