// `node bench/word.mjs`: a ~100-page Word SOW made by Demarc's exporter, then import + lint timed in
// process and as `demarc lint big.docx` (whole process, cold); medians of N runs (bench/README.md).
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
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const LINES = Number(process.env.LINES) || 3500; // 102 pages as LibreOffice lays it out
mkdirSync(CACHE, { recursive: true });

const word = await loadBundle(
  {
    contents:
      "export { markdownToDocx } from './server/src/word/write'; export { importDocx } from './server/src/word/import'; export { analyse } from './server/src/engine';",
    resolveDir: ROOT,
  },
  path.join(CACHE, 'word.cjs'),
);

const sow = generateSow({ lines: LINES, seed: 42 });
const tables = (sow.match(/^\|[\s:-]+\|/gm) ?? []).length;
const rows = (sow.match(/^\|/gm) ?? []).length - 2 * tables;
const docx = await word.markdownToDocx(sow);
const dir = path.join(os.tmpdir(), 'demarc-bench-word');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, 'big.docx');
writeFileSync(file, docx);

const inProcess = [];
let findings = 0;
for (let i = 0; i < RUNS + 1; i++) {
  const t = performance.now();
  const imported = await word.importDocx(docx);
  findings = word.analyse(imported.text).findings.length;
  if (i > 0) inProcess.push(performance.now() - t); // the first run warms the JIT
}
// Most Word SOWs have no Demarc title block: parties come from the text and the model from the split.
const bareFile = path.join(dir, 'no-title-block.docx');
writeFileSync(bareFile, await word.markdownToDocx(sow.replace(/^---\n[\s\S]*?\n---\n/, '')));
const cli = [];
const cliBare = [];
for (let i = 0; i < RUNS; i++) {
  for (const [f, times] of [
    [file, cli],
    [bareFile, cliBare],
  ]) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', f], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status === 2) throw new Error(`demarc lint failed: ${r.stderr}`);
  }
}

// Pages as LibreOffice lays them out, when it is installed (it is not needed for the timings).
let pages = 'n/a (no soffice)';
const pdf = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8' });
if (pdf.status === 0) {
  const info = spawnSync('pdfinfo', [path.join(dir, 'big.pdf')], { encoding: 'utf8' });
  pages = /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 'n/a';
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `Word SOW: ${LINES} Markdown lines, ${tables} tables, ${rows} table rows, ${(docx.length / 1024).toFixed(0)} KB .docx, ${pages} pages`,
);
console.log(`import + lint in process: median ${ms(median(inProcess))} of ${RUNS} (${findings} findings)`);
console.log(`demarc lint big.docx, whole process: median ${ms(median(cli))} of ${RUNS} (goal < 2 s)`);
console.log(`the same without its title block (parties and model inferred): median ${ms(median(cliBare))} of ${RUNS} (goal < 2 s)`);
