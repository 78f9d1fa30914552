import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintFiles } from '../../server/src/cli/pool';
import { tempDir } from './run';

/**
 * A stand-in for the CLI's worker, speaking its protocol (one result per file, in order), that dies
 * on files named crash-*, by exiting or by throwing.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
for (const file of workerData.files) {
  if (file.endsWith('crash-exit.sow.md')) process.exit(3);
  if (file.endsWith('crash-throw.sow.md')) throw new Error('boom');
  parentPort.postMessage({ filePath: file, findings: [] });
}
`;

describe('worker pool', function () {
  this.timeout(60000);

  it('a worker that dies costs only the file it was on; the rest of its share is still linted, in order', async () => {
    const dir = tempDir();
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(script, WORKER);
    const names = ['a', 'crash-exit', 'b', 'c', 'crash-throw', 'd', 'e', 'f', 'g', 'crash-throw', 'h'].map((n, i) =>
      path.join(dir, `${String(i).padStart(2, '0')}-${n}.sow.md`),
    );
    const results = await lintFiles(names, {}, 2, script);
    assert.deepEqual(
      results.map((r) => r.filePath),
      names,
    );
    const errors = results.map((r) => r.error ?? 'ok');
    assert.deepEqual(
      errors.map((e, i) => (names[i].includes('crash') ? e.replace(/\(.*\)/, '(…)') : e)),
      names.map((n) => (n.includes('crash') ? 'not analysed: the lint worker stopped (…)' : 'ok')),
    );
    assert.match(errors[1], /\(exit code 3\)$/);
    assert.match(errors[4], /\(boom\)$/);
  });
});
