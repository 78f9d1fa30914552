// The language server's analysis workers: a worker that dies costs only the job it was running, which
// is answered with an error (the document is then reported as not analysed), and the next job gets a
// fresh worker.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisPool } from '../../server/src/lsp/analysis/pool';
import type { DocumentVersion } from '../../server/src/lsp/analysis/messages';

const document = (uri: string): DocumentVersion => ({
  uri,
  languageId: 'sow',
  version: 1,
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
       parentPort.on('message', (job) => {
         if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); process.exit(3); }
         parentPort.postMessage({ id: job.id, ok: { findings: [], engagementModel: 'managed' } });
       });`,
    );
    const pool = new AnalysisPool(script);
    try {
      const first = await pool.run({ kind: 'analyse', document: document('untitled:a.sow.md') });
      assert.deepEqual(first, { id: (first as { id: number }).id, error: 'the analysis worker stopped (exit code 3)' });
      const second = await pool.run({ kind: 'analyse', document: document('untitled:a.sow.md') });
      assert.deepEqual((second as { ok: unknown }).ok, { findings: [], engagementModel: 'managed' });
    } finally {
      pool.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
