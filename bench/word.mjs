// `node bench/word.mjs`: a ~100-page Word SOW made by Demarc's exporter, then import + lint timed in
// process and as `demarc lint big.docx` (whole process, cold), side by side with mammoth's own conversion
// of the same file (whole process, cold: the floor for reading Word in Node); medians of N runs
// (bench/README.md). `--real DIR` also times each .docx of DIR (../shared/word-real) the same way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
// mammoth's conversion to HTML, as its own users run it: a fresh process that loads mammoth and converts.
const floorScript = path.join(dir, 'mammoth-floor.cjs');
writeFileSync(
  floorScript,
  `require(${JSON.stringify(path.join(ROOT, 'node_modules', 'mammoth'))}).convertToHtml({ path: process.argv[2] }).then((r) => process.stdout.write(String(r.value.length)));`,
);
const timed = (args) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status === 2 || r.status === null) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
};
const cli = [];
const cliBare = [];
const floor = [];
const review = [];
const reviewSuggest = [];
const reviewed = path.join(dir, 'big.reviewed.docx');
for (let i = 0; i < RUNS; i++) {
  // Alternating, so all see the same machine load.
  floor.push(timed([floorScript, file]));
  cli.push(timed([CLI, 'lint', '--format', 'json', '--timeout', '0', file]));
  cliBare.push(timed([CLI, 'lint', '--format', 'json', '--timeout', '0', bareFile]));
  review.push(timed([CLI, 'review', file, '-o', reviewed, '--force']));
  reviewSuggest.push(timed([CLI, 'review', '--suggest', file, '-o', reviewed, '--force']));
}
const real = [];
const realDir = process.argv.includes('--real') ? process.argv[process.argv.indexOf('--real') + 1] : undefined;
for (const name of realDir ? readdirSync(realDir).filter((f) => f.endsWith('.docx')) : []) {
  const f = path.join(realDir, name);
  const lint = [];
  const mammoth = [];
  for (let i = 0; i < RUNS; i++) {
    mammoth.push(timed([floorScript, f]));
    lint.push(timed([CLI, 'lint', '--format', 'json', '--timeout', '0', f]));
  }
  real.push({ name, lint: median(lint), mammoth: median(mammoth) });
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
console.log(`mammoth's conversion of big.docx to HTML, whole process (the floor): median ${ms(median(floor))} of ${RUNS}`);
console.log(`demarc lint big.docx, whole process: median ${ms(median(cli))} of ${RUNS} (goal < 2 s)`);
console.log(`lint / floor: ${(median(cli) / median(floor)).toFixed(2)}× (goal ≤ 1.5×)`);
console.log(
  `demarc review big.docx, whole process: median ${ms(median(review))} of ${RUNS}; / floor: ${(median(review) / median(floor)).toFixed(2)}× (goal ≤ 2×)`,
);
console.log(
  `demarc review --suggest big.docx: median ${ms(median(reviewSuggest))}; / floor: ${(median(reviewSuggest) / median(floor)).toFixed(2)}×`,
);
console.log(`the same without its title block (parties and model inferred): median ${ms(median(cliBare))} of ${RUNS} (goal < 2 s)`);
for (const r of real) console.log(`${r.name}: lint ${ms(r.lint)}, mammoth ${ms(r.mammoth)}: ${(r.lint / r.mammoth).toFixed(2)}×`);
