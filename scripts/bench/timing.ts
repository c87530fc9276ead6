// Micro-benchmark timing. Other processes share this 2-core machine, so contenders run in interleaved
// batches (A, B, A, B, …) and each reports its median batch: a load spike hits both, and ratios stay fair.

export interface Timing {
  name: string;
  /** Median over batches of (batch time / iterations). */
  nsPerOp: number;
  /** Spread of the batches, to show how noisy the machine was. */
  p10: number;
  p90: number;
  iterationsPerBatch: number;
  batches: number;
}

export interface TimingOptions {
  warmupMs: number;
  batches: number;
  /** Each batch runs about this long; the iteration count is calibrated per contender. */
  batchMs: number;
}

export const DEFAULT_TIMING: TimingOptions = { warmupMs: 200, batches: 41, batchMs: 10 };

/** Written to by every contender so the engine cannot drop the work as dead code. */
export let sink: unknown = null;
export const keep = (value: unknown) => {
  sink = value;
};

function runBatch(fn: () => unknown, iterations: number): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) keep(fn());
  return Number(process.hrtime.bigint() - started) / iterations;
}

function calibrate(fn: () => unknown, options: TimingOptions): number {
  const until = performance.now() + options.warmupMs;
  let iterations = 0;
  while (performance.now() < until) {
    keep(fn());
    iterations++;
  }
  const perOpMs = options.warmupMs / Math.max(1, iterations);
  return Math.max(1, Math.round(options.batchMs / perOpMs));
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Times every contender in interleaved batches; returns them in the order given. */
export function timeInterleaved(
  contenders: readonly { name: string; fn: () => unknown }[],
  options: TimingOptions = DEFAULT_TIMING,
): Timing[] {
  const iterations = contenders.map((c) => calibrate(c.fn, options));
  const samples: number[][] = contenders.map(() => []);
  for (let batch = 0; batch < options.batches; batch++) {
    contenders.forEach((c, i) => samples[i]!.push(runBatch(c.fn, iterations[i]!)));
  }
  return contenders.map((c, i) => {
    const sorted = [...samples[i]!].sort((a, b) => a - b);
    return {
      name: c.name,
      nsPerOp: quantile(sorted, 0.5),
      p10: quantile(sorted, 0.1),
      p90: quantile(sorted, 0.9),
      iterationsPerBatch: iterations[i]!,
      batches: options.batches,
    };
  });
}
