"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatInteger, formatPercent } from "@/lib/format";
import { segmentColor } from "@/lib/segment-colors";

export interface SegmentBar {
  name: string;
  clusterIndex: number;
  value: number;
}

/** Horizontal bars, one per segment in its own colour; `kind` says how to print the value. */
export function SegmentBarChart({
  data,
  kind,
  label,
}: {
  data: SegmentBar[];
  kind: "count" | "share";
  label: string;
}) {
  const format = kind === "share" ? formatPercent : formatInteger;
  return (
    <figure style={{ margin: 0 }} aria-label={label}>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 40 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 56 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(value: number) => format(value)} />
          <YAxis type="category" dataKey="name" width={150} />
          <Tooltip formatter={(value) => format(Number(value))} />
          <Bar dataKey="value" name={label} isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.clusterIndex} fill={segmentColor(entry.clusterIndex)} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              fill="#1d2430"
              formatter={(value) => format(Number(value))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
