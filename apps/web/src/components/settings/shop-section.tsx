"use client";
import { useMemo, useState, type FormEvent } from "react";
import { ErrorMessage } from "@/components/status-message";
import { useShopCurrency } from "@/components/shop-currency-context";
import { useViewer } from "@/components/viewer-context";
import { currencyOptions } from "@/lib/currency-options";
import { formatCurrency } from "@/lib/format";
import { useGqlMutation } from "@/lib/use-graphql";
import { UpdateShopSettingsMutation } from "@/operations/settings";

/** The shop's currency: every money figure of the dashboard is shown in it. */
export function ShopSection() {
  const viewer = useViewer();
  const currency = useShopCurrency();
  const update = useGqlMutation(UpdateShopSettingsMutation);
  const options = useMemo(() => currencyOptions(), []);
  const [chosen, setChosen] = useState(currency);
  const [saved, setSaved] = useState<string | null>(null);
  const mayChange = viewer.permissions.includes("settings:manage");
  const currencyName = options.find((option) => option.code === currency)?.label ?? currency;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update.mutateAsync({ input: { currency: chosen } });
    setSaved(result.updateShopSettings.currency);
  }

  return (
    <section className="card stack" aria-labelledby="shop-title" data-testid="shop-settings">
      <h2 id="shop-title">Shop</h2>
      {!mayChange ? (
        <p>
          Money is shown in <strong>{currencyName}</strong>. The owner or an analyst can change this.
        </p>
      ) : (
        <form className="row" onSubmit={(event) => void submit(event).catch(() => undefined)}>
          <label>
            Currency of revenue, budgets and spend
            <select
              value={chosen}
              onChange={(event) => {
                setChosen(event.target.value);
                setSaved(null);
              }}
              aria-describedby="shop-currency-example"
              data-testid="shop-currency"
            >
              {options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            disabled={update.isPending || chosen === currency}
            data-testid="shop-currency-save"
          >
            {update.isPending ? "Saving…" : "Save currency"}
          </button>
          <span className="muted" id="shop-currency-example">
            Amounts will read like {formatCurrency(1234.5, chosen)} and {formatCurrency(19.9, chosen)}. Only
            the sign changes: amounts are not converted.
          </span>
        </form>
      )}
      <ErrorMessage error={update.error} />
      {saved && (
        <p className="success" role="status" data-testid="shop-currency-saved">
          Saved: money is now shown in {saved}.
        </p>
      )}
    </section>
  );
}
