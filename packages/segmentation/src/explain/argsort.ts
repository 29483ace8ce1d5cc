/**
 * Row indices ordered by value (ties by index, so the order is deterministic).
 * The tree sorts each numeric feature once and then only partitions these orders, which is what
 * makes the split search O(d·n) per level instead of re-sorting (or worse, O(n²)) at every node.
 */
export function argsort(values: Float64Array): Int32Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a] - values[b] || a - b);
  return order;
}
