// `npm run bench`: speed and memory of demarc, measured side by side in one run (see bench/README.md).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle.mjs';
import { generateCorpus, generateSow } from './generate.mjs';
import { mb, median, ms } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'bench', 'results');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 5;
const results = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memory: mb(os.totalmem()), node: process.version },
  date: new Date().toISOString(),
};
mkdirSync(CACHE, { recursive: true });

// --- In process: the engine against the parse floor (remark parsing the whole text at once, alone).
const engine = await loadBundle(path.join(ROOT, 'server/src/engine/index.ts'), path.join(CACHE, 'engine.cjs'));
const big = generateSow({ lines: 10000, seed: 42 });
for (let i = 0; i < 3; i++) engine.analyse(big); // warm the JIT for both paths
const parseTimes = [];
const analyseTimes = [];
for (let i = 0; i < (quick ? 7 : 15); i++) {
  let t = performance.now();
  engine.parseWhole(big);
  parseTimes.push(performance.now() - t);
  t = performance.now();
  engine.analyse(big);
  analyseTimes.push(performance.now() - t);
}
results.parseFloor = {
  lines: 10000,
  parseMedianMs: median(parseTimes),
  analyseMedianMs: median(analyseTimes),
  ratio: median(analyseTimes) / median(parseTimes),
  goal: 1.3,
};

// --- Whole process, cold: demarc lint against markdownlint-cli2 on the same corpus.
function timeCommand(cmd, args, env = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 30 });
  return { ms: performance.now() - t, status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const corpusRoot = path.join(os.tmpdir(), 'demarc-bench');
rmSync(corpusRoot, { recursive: true, force: true });
const corpus = (n) => {
  const dir = path.join(corpusRoot, `c${n}`);
  generateCorpus(dir, { files: n, linesPerFile: 150, seed: 7 });
  return dir;
};
const c1000 = corpus(1000);
const demarc = (dir, extra = []) => timeCommand(process.execPath, [CLI, 'lint', '--format', 'json', ...extra, dir]);
const mdlConfig = path.join(corpusRoot, '.markdownlint-cli2.jsonc');
writeFileSync(mdlConfig, JSON.stringify({ config: { default: true }, noProgress: false }));
const markdownlint = (dir) =>
  timeCommand(process.execPath, [
    path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'),
    '--config',
    mdlConfig,
    `${dir}/**/*.md`,
  ]);
const linted = JSON.parse(demarc(c1000).stdout).length;
const mdlOut = markdownlint(c1000);
const mdlCount = Number(/Linting: (\d+) file/.exec(mdlOut.stdout + mdlOut.stderr)?.[1] ?? NaN);
const demarcTimes = [];
const mdlTimes = [];
for (let i = 0; i < RUNS; i++) {
  demarcTimes.push(demarc(c1000).ms);
  mdlTimes.push(markdownlint(c1000).ms);
}
results.peer = {
  files: 1000,
  demarcFiles: linted,
  markdownlintFiles: mdlCount,
  runs: RUNS,
  demarcMedianMs: median(demarcTimes),
  markdownlintMedianMs: median(mdlTimes),
  ratio: median(demarcTimes) / median(mdlTimes),
  goal: 1.0,
};

// --- Scale: 1x, 4x, 16x the files.
const sizes = quick ? [250, 1000] : [250, 1000, 4000];
results.scale = sizes.map((n) => {
  const dir = n === 1000 ? c1000 : corpus(n);
  const times = Array.from({ length: quick ? 2 : 3 }, () => demarc(dir).ms);
  return { files: n, medianMs: median(times) };
});
results.scale.forEach((s, i) => {
  if (i > 0) s.ratioToPrevious = s.medianMs / results.scale[i - 1].medianMs;
});

// --- Worker threads on this machine's cores, and peak memory.
const serial = [];
const parallel = [];
for (let i = 0; i < RUNS; i++) {
  serial.push(demarc(c1000, ['--concurrency', 'off']).ms);
  parallel.push(demarc(c1000, ['--concurrency', 'auto']).ms);
}
results.parallelism = {
  cores: os.availableParallelism(),
  serialMedianMs: median(serial),
  autoMedianMs: median(parallel),
  speedup: median(serial) / median(parallel),
};
const rssFile = path.join(corpusRoot, 'rss');
spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench/rss.cjs'), CLI, 'lint', '--format', 'json', c1000], {
  env: { ...process.env, DEMARC_RSS_FILE: rssFile },
  stdio: 'ignore',
  maxBuffer: 1 << 30,
});
results.memory = { files: 1000, peakRssBytes: Number(readFileSync(rssFile, 'utf8')) };
rmSync(corpusRoot, { recursive: true, force: true });

writeFileSync(path.join(CACHE, 'latest.json'), JSON.stringify(results, null, 2));
const p = results.parseFloor;
const q = results.peer;
console.log(`machine: ${results.machine.cpus} cores (${results.machine.model}), ${results.machine.memory}, node ${results.machine.node}\n`);
console.log(
  `parse floor, 10,000-line SOW in process   parse ${ms(p.parseMedianMs)}  analyse ${ms(p.analyseMedianMs)}  ratio ${p.ratio.toFixed(2)}x (goal <= 1.3)`,
);
console.log(
  `peer, 1,000 SOWs whole process (${q.runs} runs)  demarc ${ms(q.demarcMedianMs)} (${q.demarcFiles} files)  markdownlint-cli2 ${ms(q.markdownlintMedianMs)} (${q.markdownlintFiles} files)  ratio ${q.ratio.toFixed(2)}x (goal <= 1.0)`,
);
for (const s of results.scale)
  console.log(
    `scale ${String(s.files).padStart(5)} files  ${ms(s.medianMs)}${s.ratioToPrevious ? `  x${s.ratioToPrevious.toFixed(2)} per 4x (goal <= 4.4)` : ''}`,
  );
const par = results.parallelism;
console.log(
  `workers on ${par.cores} cores  off ${ms(par.serialMedianMs)}  auto ${ms(par.autoMedianMs)}  speed-up ${par.speedup.toFixed(2)}x`,
);
console.log(`peak RSS, 1,000 files: ${mb(results.memory.peakRssBytes)}`);
