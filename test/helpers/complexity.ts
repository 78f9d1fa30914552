// Near-linearity, measured: 10x the input may take at most 25x the time, and never long. A quadratic
// family takes ~100x, so the bound still catches one with room for a shared machine's noise. The ratio is
// of the work itself: V8's garbage-collection pauses, which v8.GCProfiler reports, are taken out of each
// run's time. Those pauses grow faster than the input on a linear reading (a large input's tokens outlive
// the young generation; CI measured 28x on a linear family, 7x to 17x without the pauses), so they say
// how full the heap was, not how the reading scales. The cap on the large input counts the whole time.
// Each size is timed as the fastest of five runs (noise only ever adds time), and a failing pair is
// measured once more before it fails: a load spike does not repeat on cue, a super-linear path does.
// The smaller input is grown until it takes 20 ms, so the ratio measures work rather than timer noise;
// its time is still floored at 25 ms, below which the machine's noise is larger than what is measured.
import * as assert from 'node:assert/strict';
import { GCProfiler } from 'node:v8';

/** The fastest of five runs: its time less garbage collection (work), and its whole time (whole). */
function fastestOf5(run: () => void): { work: number; whole: number } {
  let work = Infinity;
  let whole = Infinity;
  for (let i = 0; i < 5; i++) {
    const profiler = new GCProfiler();
    profiler.start();
    const t = performance.now();
    run();
    const elapsed = performance.now() - t;
    // Each statistic's cost is in microseconds.
    const paused = (profiler.stop()?.statistics ?? []).reduce((sum, gc) => sum + gc.cost, 0) / 1000;
    work = Math.min(work, elapsed - paused);
    whole = Math.min(whole, elapsed);
  }
  return { work, whole };
}

// Text families stop growing while 10x still fits under the engine's 5 MB limit: past it they would time the refusal.
const MAX_LARGE_TEXT = 4_000_000;

/**
 * Runs `work` on the family at n and 10n; the larger must take at most 25x the smaller and stay under the cap.
 * n doubles (up to maxN) while the smaller input takes under 20 ms.
 */
export function nearLinear<T>(build: (n: number) => T, work: (input: T) => void, n: number, capMs = 5000, maxN = n * 64): void {
  let small = build(n);
  work(small); // warm the JIT
  while (n * 2 <= maxN && fastestOf5(() => work(small)).work < 20) {
    const next = build(n * 2);
    if (typeof next === 'string' && next.length * 10 > MAX_LARGE_TEXT) break;
    small = next;
    n *= 2;
  }
  const large = build(n * 10);
  const measure = () => {
    const a = fastestOf5(() => work(small)).work;
    const { work: b, whole } = fastestOf5(() => work(large));
    return { a, b, whole, ok: b <= 25 * Math.max(a, 25) && whole < capMs };
  };
  let m = measure();
  if (!m.ok) m = measure();
  assert.ok(m.b <= 25 * Math.max(m.a, 25), `10x the input took ${m.b.toFixed(0)} ms against ${m.a.toFixed(0)} ms, twice`);
  assert.ok(m.whole < capMs, `${m.whole.toFixed(0)} ms, twice`);
}
