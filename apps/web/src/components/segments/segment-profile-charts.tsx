"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useShopCurrency } from "@/components/shop-currency-context";
import { formatFeatureValue } from "@/lib/condition-text";
import { formatNumber } from "@/lib/format";
import { featureLabel } from "@/lib/plain-condition";
import { categoryComparisons } from "@/lib/segment-profile";
import { segmentColor } from "@/lib/segment-colors";
import { SegmentCategoryPies } from "./segment-category-pies";

// Labels in the text colour: pale palette colours (yellow, sky blue) are unreadable as text on white.
const textColor = "#1d2430";

interface Comparison {
  feature: string;
  segmentMean: number;
  overallMean: number;
  ratio: number | null;
}

/** What sets the segment apart: its average as a multiple of everyone's (1× = like everyone), plus the raw averages. */
export function SegmentProfileCharts({
  clusterIndex,
  standOut,
  profile,
}: {
  clusterIndex: number;
  standOut: Comparison[];
  profile: unknown;
}) {
  const currency = useShopCurrency();
  const bars = standOut
    .filter((item) => item.ratio !== null)
    .map((item) => ({ feature: featureLabel(item.feature), ratio: item.ratio ?? 0 }));
  const categorical = categoryComparisons(profile);
  return (
    <div className="grid">
      <div className="card">
        <h2>Compared with all customers</h2>
        {bars.length === 0 ? (
          <p className="muted">Nothing stands out strongly: this segment looks like the average customer.</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 36 + 40)}>
            <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 64, top: 20 }}>
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis type="number" tickFormatter={(value: number) => `${formatNumber(value, 1)}×`} />
              <YAxis type="category" dataKey="feature" width={170} />
              <Tooltip formatter={(value) => `${formatNumber(Number(value), 2)}× the average customer`} />
              <ReferenceLine
                x={1}
                stroke="#7A7A7A"
                ifOverflow="extendDomain"
                label={{ value: "all customers", position: "top", fill: textColor }}
              />
              <Bar dataKey="ratio" fill={segmentColor(clusterIndex)} isAnimationActive={false}>
                <LabelList
                  dataKey="ratio"
                  position="right"
                  fill={textColor}
                  formatter={(value) => `${formatNumber(Number(value), 2)}×`}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
        {standOut.length > 0 && (
          <table>
            <thead>
              <tr>
                <th>Feature</th>
                <th className="num">This segment</th>
                <th className="num">All customers</th>
              </tr>
            </thead>
            <tbody>
              {standOut.map((item) => (
                <tr key={item.feature}>
                  <td>{featureLabel(item.feature)}</td>
                  <td className="num">{formatFeatureValue(item.feature, item.segmentMean, currency)}</td>
                  <td className="num">{formatFeatureValue(item.feature, item.overallMean, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {categorical.map(({ attribute, categories }) => (
        <SegmentCategoryPies key={attribute} attribute={attribute} categories={categories} />
      ))}
    </div>
  );
}
