import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, ROOT } from './run';

interface Expected {
  [file: string]: { ruleId: string; line: number }[];
}

/**
 * `demarc lint examples` against an oracle written by hand from the dialect's anchor rules
 * (test/fixtures/examples-expected.json), not from the engine's output.
 */
describe('demarc lint examples', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/examples-expected.json'), 'utf8')) as Expected;
  const run = demarc(['lint', '--format', 'json', 'examples']);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];

  it('lints every example and fails the run because of the defects', () => {
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(results.map((r) => path.basename(r.filePath)).sort(), Object.keys(expected).sort());
  });

  for (const [file, findings] of Object.entries(expected)) {
    it(`${file}: ${findings.length === 0 ? 'no findings' : `${findings.length} findings with the right rule ids and lines`}`, () => {
      const result = results.find((r) => path.basename(r.filePath) === file);
      assert.ok(result, `${file} was linted`);
      const actual = result.messages.map((m) => `${m.line} ${m.ruleId}`).sort();
      assert.deepEqual(actual, findings.map((f) => `${f.line} ${f.ruleId}`).sort());
    });
  }
});
