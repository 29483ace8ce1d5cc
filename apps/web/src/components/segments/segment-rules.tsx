"use client";
import { useShopCurrency } from "@/components/shop-currency-context";
import { ruleText, type TextCondition } from "@/lib/condition-text";
import { formatNumber, formatPercent } from "@/lib/format";

interface Rule {
  text: string;
  conditions: TextCondition[];
  coverage: number;
  precision: number;
}

interface BasketRule {
  antecedent: string[];
  consequent: string[];
  confidence: number;
  lift: number;
  overallLift: number;
  liftRatio: number | null;
}

export function SegmentRules({ rules, basketRules }: { rules: Rule[]; basketRules: BasketRule[] }) {
  const currency = useShopCurrency();
  return (
    <div className="grid">
      <div className="card">
        <h2>Who is in it, in plain words</h2>
        {rules.length === 0 ? (
          <p className="muted">No readable rule was found for this segment.</p>
        ) : (
          <ul data-testid="segment-rules">
            {rules.map((rule) => (
              <li key={rule.text}>
                {ruleText(rule, currency)}
                <div className="muted">
                  covers {formatPercent(rule.coverage)} of the segment · right {formatPercent(rule.precision)}{" "}
                  of the time
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card">
        <h2>Bought together</h2>
        {basketRules.length === 0 ? (
          <p className="muted">
            No product pairs stand out for this segment (too few orders, or nothing unusual).
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Who buys</th>
                <th>also buys</th>
                <th className="num">Chance</th>
                <th className="num">Lift here</th>
                <th className="num">Lift for everyone</th>
              </tr>
            </thead>
            <tbody>
              {basketRules.slice(0, 12).map((rule) => (
                <tr key={`${rule.antecedent.join("+")}>${rule.consequent.join("+")}`}>
                  <td>{rule.antecedent.join(" + ")}</td>
                  <td>{rule.consequent.join(" + ")}</td>
                  <td className="num">{formatPercent(rule.confidence)}</td>
                  <td className="num">{formatNumber(rule.lift)}×</td>
                  <td className="num">{formatNumber(rule.overallLift)}×</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">
          Lift: how much more likely than chance. Higher here than for everyone means it is typical of this
          segment.
        </p>
      </div>
    </div>
  );
}
