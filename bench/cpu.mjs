// `node bench/cpu.mjs`: CPU (user + system, the children's own accounting) of `demarc lint` against
// markdownlint-cli2 on the same 300 generated SOWs, whole process, alternating; medians and their ratio
// (issue 24's goal: ≤ 1.0×). Each command runs under bash, whose `times` reports its children's CPU.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';
import { median } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const dir = path.join(os.tmpdir(), 'demarc-bench-cpu');
rmSync(dir, { recursive: true, force: true });
generateCorpus(dir, { files: 300, linesPerFile: 150, seed: 7 });
const config = path.join(dir, '.markdownlint-cli2.jsonc');
writeFileSync(config, JSON.stringify({ config: { default: true } }));
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const commands = {
  demarc: [process.execPath, path.join(ROOT, 'dist/cli.js'), 'lint', '--format', 'json', dir],
  'markdownlint-cli2': [
    process.execPath,
    path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'),
    '--config',
    config,
    `${dir}/**/*.md`,
  ],
};

/** Seconds of CPU the command's processes used, and its wall time. */
function measure(argv) {
  const start = performance.now();
  const r = spawnSync('bash', ['-c', `${argv.map(quote).join(' ')} >/dev/null 2>&1; times`], { encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  // `times` prints the shell's own line, then its children's: "0m9.679s 0m1.167s".
  const children = r.stdout.trim().split('\n')[1];
  const [user, sys] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { cpu: user + sys, wall };
}
const cpu = { demarc: [], 'markdownlint-cli2': [] };
const wall = { demarc: [], 'markdownlint-cli2': [] };
for (let i = 0; i < RUNS; i++)
  for (const [name, argv] of Object.entries(commands)) {
    const m = measure(argv);
    cpu[name].push(m.cpu);
    wall[name].push(m.wall);
  }
rmSync(dir, { recursive: true, force: true });
console.log(`300 SOWs of 150 lines, whole process, ${RUNS} runs each, alternating (medians):`);
for (const name of Object.keys(commands))
  console.log(`  ${name}: CPU ${median(cpu[name]).toFixed(2)} s, wall ${median(wall[name]).toFixed(2)} s`);
console.log(
  `  demarc / markdownlint-cli2: CPU ${(median(cpu.demarc) / median(cpu['markdownlint-cli2'])).toFixed(2)}× (goal ≤ 1.0×), wall ${(median(wall.demarc) / median(wall['markdownlint-cli2'])).toFixed(2)}×`,
);
