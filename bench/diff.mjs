// `node bench/diff.mjs`: how fast two versions of a 10,000-line SOW compare (issue 22's goal: under a second),
// in process (the engine's compareVersions on two analyses) and as a whole `demarc diff` process, beside
// `demarc lint` of the same two files (the analyses a diff cannot do without). Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle.mjs';
import { generateSow } from './generate.mjs';
import { median, ms } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'bench', 'results');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const LINES = 10000;
mkdirSync(CACHE, { recursive: true });

/**
 * The next round of a SOW: every 40th matrix row moved below the next, every 40th (offset) given to the other
 * party, every 40th (offset again) renamed, the P1 slower and one tool's access lowered. Deterministic.
 */
function nextRound(text) {
  const lines = text.split('\n');
  let row = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^\| (.+?) \| (.*?) \| (R\/A|I|C|-|TBD) \| (.*)\|$/.exec(lines[i]);
    if (!m || m[1] === 'Function') continue;
    row++;
    if (row % 40 === 0 && /^\| /.test(lines[i + 1] ?? '')) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
    else if (row % 40 === 13) lines[i] = `| ${m[1]} | ${m[3] === 'R/A' ? 'I' : 'R/A'} | ${m[2] === 'R/A' ? 'I' : 'R/A'} | ${m[4]}|`;
    else if (row % 40 === 27) lines[i] = `| ${m[1].replace(/ \(/, ' and reporting (')} | ${m[2]} | ${m[3]} | ${m[4]}|`;
  }
  return lines
    .join('\n')
    .replace(/^\| P1 \| [^|]+\|/m, '| P1 | 4 business hours |')
    .replace(/^(\| NinjaOne \| [^|]+\| [^|]+\| )read-write/m, '$1read-only ');
}

const engine = await loadBundle(path.join(ROOT, 'server/src/engine/index.ts'), path.join(CACHE, 'engine-diff.cjs'));
const v3 = generateSow({ lines: LINES, seed: 42 });
const v4 = nextRound(v3);
const other = generateSow({ lines: LINES, seed: 43 });
const version = (text) => {
  const a = engine.analyse(text);
  return { model: a.model, findings: a.findings };
};
let t = performance.now();
const [a, b, c] = [v3, v4, other].map(version);
const analyseMs = (performance.now() - t) / 3;
const runs = quick ? 7 : 21;
function time(x, y) {
  for (let i = 0; i < 3; i++) engine.compareVersions(x, y); // warm the JIT
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    result = engine.compareVersions(x, y);
    times.push(performance.now() - t);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), changes: result.changes.length, introduced: result.findings.introduced.length };
}
const edited = time(a, b);
const rewritten = time(a, c);

// Whole process, cold, alternating with lint of the same two files.
const dir = path.join(os.tmpdir(), 'demarc-bench-diff');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'v3.sow.md'), v3);
writeFileSync(path.join(dir, 'v4.sow.md'), v4);
const run = (args) => {
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status === 2 || r.status === null) throw new Error(r.stderr);
  return performance.now() - start;
};
const diffTimes = [];
const lintTimes = [];
for (let i = 0; i < (quick ? 3 : 7); i++) {
  diffTimes.push(run(['diff', 'v3.sow.md', 'v4.sow.md', '--format', 'json', '--timeout', '0']));
  lintTimes.push(run(['lint', 'v3.sow.md', 'v4.sow.md', '--format', 'json', '--concurrency', 'off', '--timeout', '0']));
}
rmSync(dir, { recursive: true, force: true });

const results = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load: os.loadavg()[0].toFixed(1) },
  date: new Date().toISOString(),
  lines: LINES,
  functions: a.model.functions.length,
  analyseMs,
  compareEdited: edited,
  compareRewritten: rewritten,
  processDiffMedianMs: median(diffTimes),
  processLintMedianMs: median(lintTimes),
  goalMs: 1000,
};
writeFileSync(path.join(CACHE, 'diff.json'), JSON.stringify(results, null, 2));
console.log(`Two ${LINES.toLocaleString('en')}-line SOWs (${results.functions.toLocaleString('en')} functions each), load ${results.machine.load}:`);
console.log(`  analyse one, in process                        ${ms(analyseMs)}`);
console.log(
  `  compareVersions, next round (${edited.changes} changes)      median ${ms(edited.medianMs)}, max ${ms(edited.maxMs)} of ${runs}  (goal < 1,000 ms ${edited.medianMs < 1000 ? '✓' : '✗'})`,
);
console.log(`  compareVersions, another SOW (${rewritten.changes} changes)  median ${ms(rewritten.medianMs)}, max ${ms(rewritten.maxMs)} of ${runs}`);
console.log(
  `  demarc diff v3 v4, whole process               median ${ms(results.processDiffMedianMs)}; demarc lint v3 v4 ${ms(results.processLintMedianMs)} (${(results.processDiffMedianMs / results.processLintMedianMs).toFixed(2)}×)`,
);
