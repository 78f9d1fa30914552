// `node bench/web.mjs [--runs N]`: the extension in the browser (VS Code for the web: its server in a web
// worker) against the same extension on desktop (its server in Node), side by side in one run, in the
// same code-server and Chromium: the time from opening a SOW to its problems, and from a keystroke in a
// RACI cell to the problems it changes (debounce included: what a person waits for). Medians and ratios.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSuite } from '../test/vscode/harness/bundle.mjs';
import { generateSow } from './generate.mjs';
import { median, ms } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;
const bundle = path.join(ROOT, 'out/test/vscode/web/keystrokes.js');
await bundleSuite(path.join(ROOT, 'test/vscode/web/keystrokes.ts'), bundle);

const rows = Array.from({ length: 1000 }, (_, i) => `| Function ${i} | I | R/A |`);
const files = {
  'sections-1000.sow.md': generateSow({ lines: 1000, seed: 7 }),
  'matrix-1000-rows.sow.md': `---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
};

function measure(web) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'demarc-bench-web-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(workspace, name), text);
  mkdirSync(path.join(workspace, '.vscode'));
  writeFileSync(path.join(workspace, '.vscode', 'demarc-bench.json'), JSON.stringify({ files: Object.keys(files), runs: RUNS }));
  const artifacts = path.join(os.tmpdir(), `demarc-bench-web-artifacts-${web ? 'web' : 'desktop'}`);
  const args = [path.join(ROOT, 'test/vscode/harness/run.mjs'), ...(web ? ['--web'] : [])];
  args.push('--extension', ROOT, '--tests', bundle, '--workspace', workspace, '--artifacts', artifacts);
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  rmSync(workspace, { recursive: true, force: true });
  const figures = [...result.stdout.matchAll(/^DEMARC_BENCH (.*)$/gm)].map((m) => JSON.parse(m[1]));
  if (result.status !== 0 || figures.length !== Object.keys(files).length)
    throw new Error(`the ${web ? 'browser' : 'desktop'} run failed: ${result.stdout.slice(-500)}${result.stderr.slice(-500)}`);
  return figures;
}

// Alternating, so neither side always runs on a warmer or busier machine.
const desktop = [];
const browser = [];
for (let round = 0; round < 2; round++) {
  desktop.push(...measure(false));
  browser.push(...measure(true));
}
for (const file of Object.keys(files)) {
  const of = (runs, key) => runs.filter((r) => r.file === file).flatMap((r) => (Array.isArray(r[key]) ? r[key] : [r[key]]));
  const line = (what, key) => {
    const [d, b] = [median(of(desktop, key)), median(of(browser, key))];
    console.log(`  ${what}: desktop ${ms(d)}, browser ${ms(b)} (${(b / d).toFixed(2)}×)`);
  };
  console.log(`${file} (${desktop.find((r) => r.file === file).lines} lines), medians of 2 rounds:`);
  line(file === Object.keys(files)[0] ? 'open to problems (first file: the server starts too)' : 'open to problems', 'open');
  line(`keystroke to problems (${RUNS * 2} per round)`, 'keystrokes');
}
