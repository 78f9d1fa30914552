// The engine at a base revision against the working tree, side by side in one process, alternating run
// by run so that the shared machine's noise falls on both alike.
//   node bench/compare.mjs --base REV [--runs 9] [--files 200]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { generateSow } from './generate.mjs';
import { median } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { base: { type: 'string' }, runs: { type: 'string', default: '9' }, files: { type: 'string', default: '200' } },
});
if (!values.base) throw new Error('usage: node bench/compare.mjs --base REV');
const runs = Number(values.runs);

const temp = mkdtempSync(path.join(os.tmpdir(), 'demarc-compare-'));
const require = createRequire(import.meta.url);

/** Bundles the engine of a source tree into one CommonJS file and loads it. */
async function engineOf(tree, name) {
  const outfile = path.join(temp, `${name}.cjs`);
  await build({
    entryPoints: [path.join(tree, 'server/src/engine/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  return require(outfile);
}

try {
  const baseTree = path.join(temp, 'base');
  execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', baseTree, values.base], { stdio: 'ignore' });
  // The engine's dependencies are the same packages; the base tree resolves them from this checkout.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(baseTree, 'node_modules'));
  const engines = { base: await engineOf(baseTree, 'base'), head: await engineOf(ROOT, 'head') };
  const big = generateSow({ lines: 10000, seed: 42 });
  const corpus = Array.from({ length: Number(values.files) }, (_, i) => generateSow({ lines: 150, seed: 7 + i }));
  const times = { base: { big: [], corpus: [] }, head: { big: [], corpus: [] } };
  for (const e of Object.values(engines)) for (let i = 0; i < 2; i++) (e.analyse ?? e.analyze)(big); // warm both JITs
  for (let run = 0; run < runs; run++) {
    for (const name of run % 2 ? ['head', 'base'] : ['base', 'head']) {
      // Revisions before the rename export analyze; later ones analyse.
      const analyse = engines[name].analyse ?? engines[name].analyze;
      let t = performance.now();
      analyse(big);
      times[name].big.push(performance.now() - t);
      t = performance.now();
      for (const text of corpus) analyse(text);
      times[name].corpus.push((performance.now() - t) / corpus.length);
    }
  }
  const row = (what, key) => {
    const [b, h] = [median(times.base[key]), median(times.head[key])];
    console.log(`| ${what} | ${b.toFixed(2)} ms | ${h.toFixed(2)} ms | **${(h / b).toFixed(2)}×** |`);
  };
  console.log(`engine at ${values.base} (base) and the working tree (head), medians of ${runs} alternating runs\n`);
  console.log('| what | base | head | head / base |\n| --- | --- | --- | --- |');
  row('10,000-line SOW, one analysis', 'big');
  row(`150-line SOWs, per file (${corpus.length} files)`, 'corpus');
} finally {
  execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', path.join(temp, 'base')], { stdio: 'ignore' });
  rmSync(temp, { recursive: true, force: true });
}
