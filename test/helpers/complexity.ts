// Near-linearity, measured: 10x the input may take at most ~20x the time (room for noise on a shared
// machine), and never long. Medians of three runs; the smaller input is floored at 25 ms, below which the
// machine's noise is larger than what is measured.
import * as assert from 'node:assert/strict';

function median3(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1];
}

/** Runs `work` on the family at n and 10n; the larger must take at most 20x the smaller and stay under the cap. */
export function nearLinear<T>(build: (n: number) => T, work: (input: T) => void, n: number, capMs = 5000): void {
  const small = build(n);
  const large = build(n * 10);
  work(small); // warm the JIT
  const a = median3(() => work(small));
  const b = median3(() => work(large));
  assert.ok(b <= 20 * Math.max(a, 25), `10x the input took ${b.toFixed(0)} ms against ${a.toFixed(0)} ms`);
  assert.ok(b < capMs, `${b.toFixed(0)} ms`);
}
