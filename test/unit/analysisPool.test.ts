// The language server's analysis workers: a worker that dies costs only the job it was running, which
// is answered with an error (the document is then reported as not analysed), and the next job gets a
// fresh worker.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeWorkers } from '../../server/src/lsp/analysis/nodeWorkers';
import { AnalysisPool } from '../../server/src/lsp/analysis/pool';
import type { DocumentVersion } from '../../server/src/lsp/analysis/messages';

const document = (uri: string): DocumentVersion => ({
  uri,
  languageId: 'sow',
  version: 1,
  revision: 1,
  text: '',
  config: {},
  maxDocumentSize: 1000,
  budgetMs: 1000,
});

describe('analysis worker pool', function () {
  this.timeout(20_000);

  it('answers the job a dying worker held with an error, and runs the next job in a new worker', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demarc-pool-'));
    // A worker that dies on its first job and answers later ones: each new worker starts afresh.
    const script = path.join(dir, 'worker.js');
    const marker = path.join(dir, 'died');
    fs.writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       const fs = require('node:fs');
       parentPort.postMessage({ cpuClock: null });
       parentPort.on('message', (job) => {
         if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); process.exit(3); }
         parentPort.postMessage({ id: job.id, ok: { findings: [], engagementModel: 'managed' } });
       });`,
    );
    const pool = new AnalysisPool(nodeWorkers(script));
    try {
      const first = await pool.run({ kind: 'analyse', document: document('untitled:a.sow.md') });
      assert.deepEqual(first, {
        id: (first as { id: number }).id,
        error: 'the analysis worker stopped (exit code 3)',
        failure: { kind: 'stopped', reason: 'the analysis worker stopped (exit code 3)' },
      });
      const second = await pool.run({ kind: 'analyse', document: document('untitled:a.sow.md') });
      assert.deepEqual((second as { ok: unknown }).ok, { findings: [], engagementModel: 'managed' });
    } finally {
      pool.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one worker once the editor is quiet; a document that lived in another is analysed afresh', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demarc-pool-'));
    // A worker that holds a "slow" document's job for 300 ms, so a second document gets a worker of its own.
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(
      script,
      `const { parentPort, threadId } = require('node:worker_threads');
       parentPort.postMessage({ cpuClock: null });
       parentPort.on('message', (job) => {
         if (job.document && job.document.uri.includes('slow')) { const end = Date.now() + 300; while (Date.now() < end); }
         parentPort.postMessage({ id: job.id, ok: { threadId } });
       });`,
    );
    const pool = new AnalysisPool(nodeWorkers(script));
    const threadOf = (r: unknown) => (r as { ok: { threadId: number } }).ok.threadId;
    try {
      const [slow, other] = await Promise.all([
        pool.run({ kind: 'analyse', document: document('untitled:slow.sow.md') }),
        pool.run({ kind: 'analyse', document: document('untitled:b.sow.md') }),
      ]);
      assert.notEqual(threadOf(slow), threadOf(other), 'two workers while one was busy');
      assert.equal((await pool.broadcast({ kind: 'counts' })).length, 2);
      pool.collect();
      await new Promise((r) => setTimeout(r, 200));
      assert.equal((await pool.broadcast({ kind: 'counts' })).length, 1, 'one worker once quiet');
      const again = await pool.run({ kind: 'analyse', document: document('untitled:b.sow.md') });
      assert.equal(threadOf(again), threadOf(slow), 'the document moved to the worker that stayed');
    } finally {
      pool.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
