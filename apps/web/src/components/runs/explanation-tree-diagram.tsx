"use client";
import { useShopCurrency } from "@/components/shop-currency-context";
import { treeConditionText } from "@/lib/condition-text";
import { formatInteger, formatPercent } from "@/lib/format";
import { featureLabel } from "@/lib/plain-condition";
import { segmentColor } from "@/lib/segment-colors";
import { layoutTree } from "@/lib/tree-layout";
import { wrapText } from "@/lib/wrap-text";

export interface DrawnTreeNode {
  id: number;
  parentId: number | null;
  condition: string | null;
  feature: string | null;
  /** The node's numeric split: values ≤ threshold go to its first child (null for leaves and category splits). */
  threshold: number | null;
  samples: number;
  segmentIndex: number;
  purity: number;
  isLeaf: boolean;
}

const box = { boxWidth: 206, boxHeight: 88, columnGap: 28, rowGap: 10 };
/** Characters of a 12 px line that fit the box (with its padding). */
const lineChars = 29;
const lineHeight = 14;
const textColor = "#1d2430";
const mutedColor = "#5b6576";

/**
 * The run's explanation tree drawn left to right: each box says which customers reach it (the
 * condition from its parent), how many, and — at the leaves — the segment the rules put them in,
 * in that segment's colour. A bar under each box shows its share of all customers.
 */
export function ExplanationTreeDiagram({
  nodes,
  segmentNames,
}: {
  nodes: readonly DrawnTreeNode[];
  segmentNames: ReadonlyMap<number, string>;
}) {
  const currency = useShopCurrency();
  const layout = layoutTree(nodes, box);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Nodes come depth-first with the "≤ threshold" branch first, so a parent's first listed child is that branch.
  const firstChildOf = new Map<number, number>();
  for (const node of nodes) {
    if (node.parentId !== null && !firstChildOf.has(node.parentId)) firstChildOf.set(node.parentId, node.id);
  }
  const total = nodes.find((node) => node.parentId === null)?.samples ?? 0;
  const padding = 4;
  const width = layout.width + padding * 2;
  const height = layout.height + padding * 2;
  return (
    <div style={{ overflowX: "auto" }}>
      <svg
        data-testid="explanation-tree-diagram"
        role="img"
        aria-label="Explanation tree: which conditions lead customers to each segment"
        viewBox={`${-padding} ${-padding} ${width} ${height}`}
        width={width}
        style={{ maxWidth: "100%", height: "auto", minWidth: Math.min(width, 720) }}
        fontFamily="inherit"
      >
        {layout.edges.map(({ from, to }) => {
          const start = layout.positions.get(from)!;
          const end = layout.positions.get(to)!;
          const x1 = start.x + box.boxWidth;
          const y1 = start.y + box.boxHeight / 2;
          const x2 = end.x;
          const y2 = end.y + box.boxHeight / 2;
          const middle = (x1 + x2) / 2;
          return (
            <path
              key={`${from}-${to}`}
              d={`M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}`}
              fill="none"
              stroke="#9aa3b2"
              strokeWidth={1.5}
            />
          );
        })}
        {nodes.map((node) => {
          const position = layout.positions.get(node.id);
          if (!position) return null;
          const parent = node.parentId === null ? undefined : byId.get(node.parentId);
          const title = treeConditionText(
            node.condition,
            parent ?? null,
            node.parentId !== null && firstChildOf.get(node.parentId) === node.id,
            currency,
          );
          const share = total > 0 ? node.samples / total : 0;
          const colour = segmentColor(node.segmentIndex);
          const segmentName = segmentNames.get(node.segmentIndex) ?? `Segment ${node.segmentIndex + 1}`;
          const lines = [
            ...wrapText(title, lineChars, 2).map((text) => ({ text, bold: true, muted: false })),
            {
              text: `${formatInteger(node.samples)} customers (${formatPercent(share)})`,
              bold: false,
              muted: true,
            },
            ...wrapText(
              node.isLeaf ? `→ ${segmentName}` : `then by ${featureLabel(node.feature ?? "")}`,
              lineChars,
              2,
            ).map((text) => ({ text, bold: node.isLeaf, muted: false })),
          ];
          return (
            <g
              key={node.id}
              transform={`translate(${position.x},${position.y})`}
              data-testid="tree-node"
              data-leaf={node.isLeaf ? "true" : "false"}
            >
              <title>
                {`${title}: ${formatInteger(node.samples)} customers, ${formatPercent(node.purity)} of them in ${segmentName}`}
              </title>
              <rect
                width={box.boxWidth}
                height={box.boxHeight}
                rx={6}
                fill={node.isLeaf ? colour : "#ffffff"}
                fillOpacity={node.isLeaf ? 0.22 : 1}
                stroke={node.isLeaf ? colour : "#c9cfd8"}
                strokeWidth={node.isLeaf ? 2 : 1}
              />
              {node.isLeaf && <rect width={6} height={box.boxHeight} rx={2} fill={colour} />}
              {lines.map((line, index) => (
                <text
                  key={index}
                  x={12}
                  y={16 + index * lineHeight}
                  fontSize={12}
                  fontWeight={line.bold ? 600 : 400}
                  fill={line.muted ? mutedColor : textColor}
                >
                  {line.text}
                </text>
              ))}
              <rect x={12} y={box.boxHeight - 9} width={box.boxWidth - 24} height={4} rx={2} fill="#e6e9ee" />
              <rect
                x={12}
                y={box.boxHeight - 9}
                width={Math.max(2, (box.boxWidth - 24) * share)}
                height={4}
                rx={2}
                fill={node.isLeaf ? colour : "#7A7A7A"}
              />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
