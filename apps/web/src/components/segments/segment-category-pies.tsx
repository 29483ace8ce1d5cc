"use client";
import { Pie, PieChart, Tooltip } from "recharts";
import { categorySlices, type CategorySlice } from "@/lib/category-pie";
import { formatPercent } from "@/lib/format";
import { featureLabel } from "@/lib/plain-condition";
import type { CategoryComparison } from "@/lib/segment-profile";

const pieSize = 150;

/** One donut of category shares; sectors take their category's colour from the slice. */
function SharePie({
  title,
  slices,
  share,
}: {
  title: string;
  slices: CategorySlice[];
  share: "segment" | "everyone";
}) {
  const data = slices.map((slice) => ({ name: slice.value, value: slice[share], fill: slice.color }));
  return (
    <figure style={{ margin: 0, textAlign: "center" }}>
      <figcaption className="muted">{title}</figcaption>
      <PieChart width={pieSize} height={pieSize} accessibilityLayer>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius={pieSize * 0.28}
          outerRadius={pieSize * 0.46}
          stroke="#ffffff"
          isAnimationActive={false}
        />
        <Tooltip formatter={(value) => formatPercent(Number(value))} />
      </PieChart>
    </figure>
  );
}

/**
 * A categorical attribute as two donuts, the segment's mix of categories beside everyone's, and a
 * legend that gives each category's share in both (the numbers the donuts only suggest).
 */
export function SegmentCategoryPies({
  attribute,
  categories,
}: {
  attribute: string;
  categories: CategoryComparison[];
}) {
  const slices = categorySlices(categories);
  return (
    <div className="card" data-testid={`categories-${attribute}`}>
      <h2>{featureLabel(attribute)}</h2>
      <div className="row" style={{ justifyContent: "space-around", flexWrap: "wrap" }}>
        <SharePie title="This segment" slices={slices} share="segment" />
        <SharePie title="All customers" slices={slices} share="everyone" />
      </div>
      <table data-testid={`categories-${attribute}-legend`}>
        <thead>
          <tr>
            <th>{featureLabel(attribute)}</th>
            <th className="num">This segment</th>
            <th className="num">All customers</th>
          </tr>
        </thead>
        <tbody>
          {slices.map((slice, index) => (
            <tr key={`${index}-${slice.value}`}>
              <td>
                <span className="swatch" style={{ background: slice.color }} aria-hidden="true" />
                {slice.other ? <em>Other</em> : slice.value}
              </td>
              <td className="num">{formatPercent(slice.segment)}</td>
              <td className="num">{formatPercent(slice.everyone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
