"use client";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useShopCurrency } from "@/components/shop-currency-context";
import { featureAxisLabel } from "@/lib/condition-text";
import { formatNumber, formatPercent } from "@/lib/format";
import { featureLabel } from "@/lib/plain-condition";
import { everyoneColor, segmentColor } from "@/lib/segment-colors";
import { binDigits, numericHistograms, type HistogramBin } from "@/lib/segment-profile";

const shownAtFirst = 4;
// Legend text in the text colour: pale palette colours (yellow, sky blue) are unreadable as text.
const textColor = "#1d2430";

/** One histogram: the segment's share of customers per bin beside everyone's, on the same bins. */
function FeatureHistogram({
  feature,
  bins,
  clusterIndex,
}: {
  feature: string;
  bins: HistogramBin[];
  clusterIndex: number;
}) {
  const currency = useShopCurrency();
  const digits = binDigits(bins);
  const data = bins.map((bin) => ({
    ...bin,
    label: `${formatNumber(bin.from, digits)}–${formatNumber(bin.to, digits)}`,
  }));
  const label = featureLabel(feature);
  return (
    <figure className="card" style={{ margin: 0 }} data-testid={`histogram-${feature}`} aria-label={label}>
      <h3 style={{ marginTop: 0 }}>{label}</h3>
      <ResponsiveContainer width="100%" height={230}>
        <BarChart data={data} margin={{ left: 4, right: 8, top: 8, bottom: 24 }} barGap={1}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis
            dataKey="label"
            interval="preserveStartEnd"
            tick={{ fontSize: 11 }}
            label={{
              value: featureAxisLabel(feature, currency),
              position: "insideBottom",
              offset: -14,
              fontSize: 12,
            }}
          />
          <YAxis
            tickFormatter={(value: number) => formatPercent(value)}
            tick={{ fontSize: 11 }}
            width={62}
            label={{
              value: "share of customers",
              angle: -90,
              position: "insideLeft",
              offset: 0,
              fontSize: 12,
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip formatter={(value) => formatPercent(Number(value))} />
          <Legend
            verticalAlign="top"
            height={24}
            formatter={(value) => <span style={{ color: textColor }}>{String(value)}</span>}
          />
          <Bar
            dataKey="segment"
            name="This segment"
            fill={segmentColor(clusterIndex)}
            isAnimationActive={false}
          />
          <Bar dataKey="everyone" name="All customers" fill={everyoneColor} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/**
 * How the segment's customers spread over each numeric feature compared with all customers.
 * The features that set the segment apart come first; the rest are one click away.
 */
export function SegmentHistograms({
  profile,
  clusterIndex,
  standOut,
}: {
  profile: unknown;
  clusterIndex: number;
  standOut: ReadonlyArray<{ feature: string }>;
}) {
  const [showAll, setShowAll] = useState(false);
  const rank = (feature: string) => {
    const index = standOut.findIndex((item) => item.feature === feature);
    return index < 0 ? standOut.length : index;
  };
  const histograms = numericHistograms(profile).sort((a, b) => rank(a.feature) - rank(b.feature));
  if (histograms.length === 0) {
    return (
      <div className="card">
        <h2>Distributions</h2>
        <p className="muted">
          This run was saved without everyone&apos;s histograms: start a new run to compare distributions.
        </p>
      </div>
    );
  }
  const shown = showAll ? histograms : histograms.slice(0, shownAtFirst);
  return (
    <div className="card" data-testid="segment-histograms">
      <h2>Distributions compared with all customers</h2>
      <p className="muted">
        Share of the segment&apos;s customers in each range, beside the share of all customers in the same
        range.
      </p>
      <div className="grid" style={{ gridTemplateColumns: "repeat(auto-fit, minmax(320px, 1fr))" }}>
        {shown.map((histogram) => (
          <FeatureHistogram
            key={histogram.feature}
            feature={histogram.feature}
            bins={histogram.bins}
            clusterIndex={clusterIndex}
          />
        ))}
      </div>
      {histograms.length > shownAtFirst && (
        <button type="button" className="secondary" onClick={() => setShowAll(!showAll)}>
          {showAll ? "Show fewer" : `Show all ${histograms.length} features`}
        </button>
      )}
    </div>
  );
}
