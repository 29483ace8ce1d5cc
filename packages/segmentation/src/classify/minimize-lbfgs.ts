/** Value and gradient of a smooth objective at `point`; writes the gradient into `gradient`. */
export type Objective = (point: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Stop when the largest gradient component is below this. Default 1e-6. */
  gradientTolerance?: number;
  maxIterations?: number;
  /** Pairs of (step, gradient change) remembered. Default 10. */
  memory?: number;
}

/**
 * Limited-memory BFGS (Nocedal 1980) with a backtracking line search under the Armijo condition,
 * enough for the smooth convex objectives here (regularised logistic loss).
 */
export function minimizeLbfgs(
  objective: Objective,
  start: Float64Array,
  options: LbfgsOptions = {},
): { point: Float64Array; value: number; iterations: number } {
  const tolerance = options.gradientTolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 500;
  const memory = options.memory ?? 10;
  const size = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(size);
  let value = objective(x, g);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(size);
  const alphas = new Float64Array(memory);
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    if (maxAbs(g) < tolerance) break;
    // Two-loop recursion: direction = −H·g.
    direction.set(g);
    for (let m = steps.length - 1; m >= 0; m--) {
      alphas[m] = rhos[m] * dot(steps[m], direction);
      axpy(-alphas[m], changes[m], direction);
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      scale(direction, dot(steps[last], changes[last]) / dot(changes[last], changes[last]));
    }
    for (let m = 0; m < steps.length; m++) {
      const beta = rhos[m] * dot(changes[m], direction);
      axpy(alphas[m] - beta, steps[m], direction);
    }
    scale(direction, -1);
    let slope = dot(direction, g);
    if (slope >= 0) {
      // Not a descent direction (lost curvature information): restart from steepest descent.
      steps.length = changes.length = rhos.length = 0;
      direction.set(g);
      scale(direction, -1);
      slope = dot(direction, g);
    }
    let stepSize = steps.length === 0 ? Math.min(1, 1 / Math.max(1e-12, Math.sqrt(-slope))) : 1;
    const candidate = new Float64Array(size);
    const candidateGradient = new Float64Array(size);
    let candidateValue = Infinity;
    for (let tries = 0; tries < 50; tries++) {
      for (let i = 0; i < size; i++) candidate[i] = x[i] + stepSize * direction[i];
      candidateValue = objective(candidate, candidateGradient);
      if (candidateValue <= value + 1e-4 * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(candidateValue < value)) break;
    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      step[i] = candidate[i] - x[i];
      change[i] = candidateGradient[i] - g[i];
    }
    const curvature = dot(step, change);
    if (curvature > 1e-12) {
      if (steps.length === memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(step);
      changes.push(change);
      rhos.push(1 / curvature);
    }
    const relative = (value - candidateValue) / Math.max(1, Math.abs(value));
    x = candidate;
    g = candidateGradient;
    value = candidateValue;
    if (relative < 1e-14) break;
  }
  return { point: x, value, iterations: iteration };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function axpy(factor: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += factor * x[i];
}

function scale(x: Float64Array, factor: number): void {
  for (let i = 0; i < x.length; i++) x[i] *= factor;
}

function maxAbs(x: Float64Array): number {
  let max = 0;
  for (let i = 0; i < x.length; i++) max = Math.max(max, Math.abs(x[i]));
  return max;
}
