// Attack: a flat 30,000-row matrix. Reading it once spread one argument per cell into push(), which overflows
// the stack an analysis worker has (984 KB): the CLI's pool called it "nested too deeply" and the language
// server overflowed. It is analysed now, in a worker with that stack as in the main thread.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ANALYSIS_STACK_MB } from '../../server/src/node/threads';
import { demarc, ROOT, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

/** A co-managed SOW whose one matrix has `rows` rows of eight columns. */
export function flatMatrix(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `| Function ${i} | R | - | I | C | - | - | note |`).join('\n');
  return `---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n\n| Function | Contoso | Northwind | A | B | C | D | Notes |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n${body}\n`;
}

/** The engine's verdict on a text, analysed in a worker thread with the analysis stack. */
function analyseInWorker(text: string): Promise<string> {
  const engine = path.join(ROOT, 'out/server/src/engine/index.js');
  const script = `const { parentPort, workerData } = require('node:worker_threads');
const { analyse } = require(workerData.engine);
const a = analyse(workerData.text);
parentPort.postMessage(a.notAnalysed ? a.notAnalysed.reason : 'analysed: ' + a.model.functions.length + ' functions');`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { eval: true, workerData: { engine, text }, resourceLimits: { stackSizeMb: ANALYSIS_STACK_MB } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('a flat 30,000-row matrix', function () {
  this.timeout(120_000);

  it('is analysed in a worker with the analysis stack, not a stack overflow', async () => {
    assert.equal(await analyseInWorker(flatMatrix(30_000)), 'analysed: 30000 functions');
  });

  it("is analysed in the CLI's worker pool too (a 97-file run)", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'flat.sow.md'), flatMatrix(30_000));
    for (let i = 0; i < 96; i++) fs.writeFileSync(path.join(dir, `ok-${i}.sow.md`), sow(COMPLETE));
    const r = demarc(['lint', '--timeout', '0', '--concurrency', '2', '-f', 'json', dir], { timeout: 600_000 });
    const flat = (JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).find((f) =>
      f.filePath.endsWith('flat.sow.md'),
    );
    assert.ok(flat, r.stderr);
    assert.deepEqual(
      flat.messages.filter((m) => m.ruleId === 'not-analysed'),
      [],
      r.stderr,
    );
  });
});
