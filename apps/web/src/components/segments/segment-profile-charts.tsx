"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Pie,
  PieChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber, formatPercent, humaniseName } from "@/lib/format";
import { categoricalProfiles } from "@/lib/segment-profile";
import { okabeIto, segmentColor } from "@/lib/segment-colors";

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
  const bars = standOut
    .filter((item) => item.ratio !== null)
    .map((item) => ({ feature: humaniseName(item.feature), ratio: item.ratio ?? 0 }));
  const categorical = categoricalProfiles(profile).slice(0, 3);
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
        <div className="card" key={attribute}>
          <h2>{humaniseName(attribute)}</h2>
          <ResponsiveContainer width="100%" height={240}>
            <PieChart>
              <Pie
                data={categories.slice(0, 7)}
                dataKey="share"
                nameKey="value"
                outerRadius={80}
                label={({ x, y, textAnchor, value }) => (
                  <text
                    x={x}
                    y={y}
                    textAnchor={textAnchor}
                    dominantBaseline="central"
                    fill={textColor}
                    fontSize={12}
                  >
                    {formatPercent(Number(value))}
                  </text>
                )}
                isAnimationActive={false}
              >
                {categories.slice(0, 7).map((category, index) => (
                  <Cell key={category.value} fill={okabeIto[index % okabeIto.length]} />
                ))}
              </Pie>
              <Tooltip formatter={(value) => formatPercent(Number(value))} />
              <Legend formatter={(value) => <span style={{ color: textColor }}>{String(value)}</span>} />
            </PieChart>
          </ResponsiveContainer>
        </div>
      ))}
    </div>
  );
}
