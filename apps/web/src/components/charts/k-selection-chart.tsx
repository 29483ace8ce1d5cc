"use client";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "@/lib/format";

export interface KRow {
  k: number;
  inertia: number;
  silhouette: number;
}

/** One metric against K, with the recommended K marked (elbow: lower is tighter; silhouette: higher is better separated). */
export function KMetricChart({
  rows,
  metric,
  recommendedK,
  title,
}: {
  rows: KRow[];
  metric: "inertia" | "silhouette";
  recommendedK: number;
  title: string;
}) {
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <ResponsiveContainer width="100%" height={250}>
        <LineChart data={rows} margin={{ left: 8, right: 16, top: 24, bottom: 12 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="k"
            label={{ value: "segments (K)", position: "insideBottom", offset: -2 }}
            height={36}
          />
          <YAxis
            tickFormatter={(value: number) => formatNumber(value, metric === "silhouette" ? 2 : 0)}
            width={70}
          />
          <Tooltip
            formatter={(value) => formatNumber(Number(value), 3)}
            labelFormatter={(k) => `K = ${String(k)}`}
          />
          <ReferenceLine
            x={recommendedK}
            stroke="#D55E00"
            strokeDasharray="4 3"
            label={{ value: "recommended", position: "top", fill: "#D55E00" }}
          />
          <Line
            type="monotone"
            dataKey={metric}
            stroke="#0072B2"
            strokeWidth={2}
            dot
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">{title}</figcaption>
    </figure>
  );
}
