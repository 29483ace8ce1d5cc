"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber, formatPercent, humaniseName } from "@/lib/format";
import { categoryComparisons, type CategoryComparison } from "@/lib/segment-profile";
import { okabeIto, segmentColor } from "@/lib/segment-colors";

// Labels in the text colour: pale palette colours (yellow, sky blue) are unreadable as text on white.
const textColor = "#1d2430";
// Blue and vermilion are dark enough that labels on them read better in white.
const darkFills = new Set([4, 5]);

interface Comparison {
  feature: string;
  segmentMean: number;
  overallMean: number;
  ratio: number | null;
}

/** A categorical attribute as two 100 % bars: the segment's mix of categories above everyone's. */
function CategoryChart({
  attribute,
  categories,
  clusterIndex,
}: {
  attribute: string;
  categories: CategoryComparison[];
  clusterIndex: number;
}) {
  // Keys c0, c1…: category names may hold dots, which Recharts would read as paths.
  const rows = [
    { group: "This segment", ...Object.fromEntries(categories.map((item, c) => [`c${c}`, item.segment])) },
    { group: "All customers", ...Object.fromEntries(categories.map((item, c) => [`c${c}`, item.everyone])) },
  ];
  return (
    <div className="card" data-testid={`categories-${attribute}`}>
      <h2>
        <span className="swatch" style={{ background: segmentColor(clusterIndex) }} aria-hidden="true" />
        {humaniseName(attribute)}
      </h2>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 8 }} stackOffset="expand">
          <XAxis type="number" domain={[0, 1]} tickFormatter={(value: number) => formatPercent(value)} />
          <YAxis type="category" dataKey="group" width={100} />
          <Tooltip formatter={(value) => formatPercent(Number(value))} />
          <Legend formatter={(value) => <span style={{ color: textColor }}>{String(value)}</span>} />
          {categories.map((category, c) => (
            <Bar
              key={category.value}
              dataKey={`c${c}`}
              name={category.value}
              stackId="shares"
              fill={okabeIto[c % okabeIto.length]}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={`c${c}`}
                position="center"
                fill={darkFills.has(c % okabeIto.length) ? "#ffffff" : textColor}
                fontSize={11}
                formatter={(value) => (Number(value) >= 0.08 ? formatPercent(Number(value)) : "")}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
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
  const bars = standOut
    .filter((item) => item.ratio !== null)
    .map((item) => ({ feature: humaniseName(item.feature), ratio: item.ratio ?? 0 }));
  const categorical = categoryComparisons(profile).slice(0, 3);
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
                  <td>{humaniseName(item.feature)}</td>
                  <td className="num">{formatNumber(item.segmentMean)}</td>
                  <td className="num">{formatNumber(item.overallMean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {categorical.map(({ attribute, categories }) => (
        <CategoryChart
          key={attribute}
          attribute={attribute}
          categories={categories}
          clusterIndex={clusterIndex}
        />
      ))}
    </div>
  );
}
