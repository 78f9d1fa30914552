// `node bench/cache.mjs`: `demarc lint --cache` on 300 generated SOWs, whole process: a run with no cache
// (it writes one) against a run with nothing changed, alternating; medians and their ratio (goal ≤ 0.2×).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';
import { median, ms } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const dir = path.join(os.tmpdir(), 'demarc-bench-cache');
rmSync(dir, { recursive: true, force: true });
generateCorpus(dir, { files: 300, linesPerFile: 150, seed: 7 });
const cacheFile = path.join(dir, '.demarccache');

function run(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...args, dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status === 2 || r.status === null) throw new Error(r.stderr);
  return { ms: performance.now() - t, out: r.stdout };
}
const plain = [];
const cold = [];
const warm = [];
for (let i = 0; i < RUNS; i++) {
  plain.push(run([]).ms);
  rmSync(cacheFile, { force: true });
  const first = run(['--cache', '--cache-location', cacheFile]);
  cold.push(first.ms);
  const second = run(['--cache', '--cache-location', cacheFile]);
  warm.push(second.ms);
  if (second.out !== first.out) throw new Error('the cached run printed something else');
}
rmSync(dir, { recursive: true, force: true });
console.log(`300 SOWs of 150 lines, whole process, medians of ${RUNS}, alternating:`);
console.log(`  without --cache: ${ms(median(plain))}`);
console.log(`  --cache, no cache yet (writes it): ${ms(median(cold))}`);
console.log(`  --cache, nothing changed: ${ms(median(warm))}`);
console.log(
  `  nothing changed / first run: ${(median(warm) / median(cold)).toFixed(2)}× (goal ≤ 0.2×); / without --cache: ${(median(warm) / median(plain)).toFixed(2)}×`,
);
