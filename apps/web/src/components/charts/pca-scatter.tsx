"use client";
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "@/lib/format";
import { segmentColor } from "@/lib/segment-colors";

interface Point {
  x: number;
  y: number;
  segmentIndex: number;
}

/** Customers on the first two principal components, one colour per segment; centroids as large diamonds. */
export function PcaScatter({
  points,
  centroids,
  names,
}: {
  points: Point[];
  centroids: Point[];
  names: Map<number, string>;
}) {
  const indices = [...new Set(points.map((point) => point.segmentIndex))].sort((a, b) => a - b);
  return (
    <figure
      style={{ margin: 0 }}
      aria-label="Customers on the two main axes of variation, coloured by segment"
      data-testid="pca-scatter"
    >
      <ResponsiveContainer width="100%" height={380}>
        <ScatterChart margin={{ left: 8, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name="component 1"
            tickFormatter={(value: number) => formatNumber(value, 1)}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="component 2"
            tickFormatter={(value: number) => formatNumber(value, 1)}
          />
          <Tooltip formatter={(value) => formatNumber(Number(value), 2)} />
          <Legend formatter={(value) => <span style={{ color: "#1d2430" }}>{String(value)}</span>} />
          {indices.map((index) => (
            <Scatter
              key={index}
              name={names.get(index) ?? `Segment ${index + 1}`}
              data={points.filter((point) => point.segmentIndex === index)}
              fill={segmentColor(index)}
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          ))}
          {indices.map((index) => (
            <Scatter
              key={`c${index}`}
              legendType="none"
              name={`${names.get(index) ?? index} centre`}
              data={centroids.filter((point) => point.segmentIndex === index)}
              fill={segmentColor(index)}
              stroke="#1d2430"
              strokeWidth={2}
              shape="diamond"
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        Each dot is a customer (a sample); diamonds are segment centres. Close dots are similar customers.
      </figcaption>
    </figure>
  );
}
