import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { ShopCurrencyProvider } from "@/components/shop-currency-context";

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell>
      <ShopCurrencyProvider>{children}</ShopCurrencyProvider>
    </AppShell>
  );
}
