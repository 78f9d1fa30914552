import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

const CLEAN = sow(COMPLETE);
/** One error (conflicting-ownership), so a run that analysed it can never exit 0. */
const DEFECTS = sow(COMPLETE.replace('| Patch management | R | A |', '| Patch management | A | A |'));
/** Quotes and lists nested in each other, 6,000 deep: refused before the parser, which would be quadratic and then overflow. */
const NESTED = `${DEFECTS}\n${'> - '.repeat(3000)}\n`;
const TOO_DEEP = (levels: number) => `quotes and lists nest ${levels} levels deep, beyond the 100 Demarc reads`;

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

type JsonResult = { filePath: string; errorCount: number; messages: { ruleId: string; severity: string }[] };
const summary = (stdout: string) => (JSON.parse(stdout) as JsonResult[]).map((f) => [path.basename(f.filePath), f.errorCount]);

/** A document the linter could not read fails the run: it must never pass as clean. */
describe('fail closed', function () {
  this.timeout(60000);

  const attacks: Record<string, [string, number]> = {
    'quotes.sow.md': [NESTED, 6000],
    'list.sow.md': [`${DEFECTS}\n${'- '.repeat(5000)}x\n`, 5000],
  };
  for (const [name, [text, levels]] of Object.entries(attacks)) {
    it(`${name} (${text.length} characters, real errors): exit 2 even with --max-warnings 0, one line, other files linted`, () => {
      const dir = tempDir();
      write(dir, name, text);
      write(dir, 'ok.sow.md', CLEAN);
      const r = demarc(['lint', '--max-warnings', '0', '-f', 'json', dir]);
      assert.equal(r.code, 2, r.stderr);
      // Told apart from a stack overflow, and fast: the parser never sees it (it took 7 s to overflow before).
      assert.equal(r.stderr, `demarc: ${path.join(dir, name)}: not analysed: ${TOO_DEEP(levels)}\n`);
      assert.deepEqual(
        summary(r.stdout),
        [
          [name, 1],
          ['ok.sow.md', 0],
        ].sort(),
      );
    });
  }

  it('stylish shows it as an error finding too', () => {
    const dir = tempDir();
    write(dir, 'quotes.sow.md', NESTED);
    const r = demarc(['lint', dir]);
    assert.equal(r.code, 2);
    assert.match(
      r.stdout,
      /^ {2}1:1 +error +Demarc did not analyse this document: quotes and lists nest 6000 levels deep, beyond the 100 Demarc reads\. +not-analysed$/m,
    );
  });

  it('the same attack on standard input', () => {
    const r = demarc(['lint', '--stdin', '--max-warnings', '0'], { input: NESTED });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `demarc: <stdin>: not analysed: ${TOO_DEEP(6000)}\n`);
  });

  it('50 MB on standard input: refused past the 5 MB limit, exit 2, quickly', () => {
    const start = Date.now();
    const r = demarc(['lint', '--stdin'], { input: DEFECTS + 'x'.repeat(50 * 1024 * 1024) });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'demarc: <stdin>: not analysed: it is over the 5.0 MB limit\n');
    assert.ok(Date.now() - start < 15000);
  });

  it('standard input gets the encoding checks a file gets: UTF-16 decoded, binary refused', () => {
    const utf16 = demarc(['lint', '--stdin', '-f', 'json'], {
      input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DEFECTS, 'utf16le')]),
    });
    const utf8 = demarc(['lint', '--stdin', '-f', 'json'], { input: DEFECTS });
    assert.equal(utf16.code, 1);
    assert.deepEqual(JSON.parse(utf16.stdout)[0].messages, JSON.parse(utf8.stdout)[0].messages);
    const binary = demarc(['lint', '--stdin'], { input: Buffer.from(`${CLEAN}\u0000\u0001`) });
    assert.equal(binary.code, 2);
    assert.equal(binary.stderr, 'demarc: <stdin>: not analysed: binary file (contains NUL bytes), not a text SOW\n');
  });

  it('a file over the size limit is reported as not analysed', () => {
    const dir = tempDir();
    write(dir, 'big.sow.md', DEFECTS + 'x'.repeat(6 * 1024 * 1024));
    const r = demarc(['lint', '--max-warnings', '0', dir]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `demarc: ${path.join(dir, 'big.sow.md')}: not analysed: it is 6.0 MB, over the 5.0 MB limit\n`);
  });
});

/** A table of 20,000 rows takes seconds to analyse (measured 3.5-5 s); far over a budget of 0.3 s. */
const SLOW = `${DEFECTS}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n${Array.from({ length: 20000 }, (_, i) => `| Function ${i} | R | A |`).join('\n')}\n`;

describe('time budget per file', function () {
  this.timeout(120000);

  it('a file over its budget: not analysed, exit 2, the next file still linted', () => {
    const dir = tempDir();
    write(dir, 'slow.sow.md', SLOW);
    write(dir, 'ok.sow.md', CLEAN);
    const start = Date.now();
    const r = demarc(['lint', '--timeout', '0.3', '-f', 'json', dir]);
    assert.ok(Date.now() - start < 3000, `stopped at the budget, not after the analysis (${Date.now() - start} ms)`);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `demarc: ${path.join(dir, 'slow.sow.md')}: not analysed: it took longer than the time budget of 0.3 s (see --timeout)\n`,
    );
    assert.deepEqual(summary(r.stdout), [
      ['ok.sow.md', 0],
      ['slow.sow.md', 1],
    ]);
  });

  it('in worker threads too, and --fix writes nothing for a file over its budget', () => {
    const dir = tempDir();
    for (let i = 0; i < 96; i++) write(dir, `f${String(i).padStart(2, '0')}.sow.md`, CLEAN);
    // A fixable finding (no P1 row), so --fix would write if the analysis ran to its end.
    const slow = write(dir, 'slow.sow.md', SLOW.replace('| P1 | 15 minutes | 4 hours |\n', ''));
    const before = fs.readFileSync(slow, 'utf8');
    const r = demarc(['lint', '--fix', '--concurrency', '2', '--timeout', '0.3', '-f', 'json', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /slow\.sow\.md: not analysed: it took longer than the time budget of 0\.3 s/);
    assert.equal(JSON.parse(r.stdout).length, 97);
    assert.equal(fs.readFileSync(slow, 'utf8'), before);
  });

  it('--timeout takes seconds; 0 turns the budget off', () => {
    assert.equal(demarc(['lint', '--timeout', 'soon']).code, 2);
    const dir = tempDir();
    write(dir, 'ok.sow.md', CLEAN);
    assert.equal(demarc(['lint', '--timeout', '0', dir]).code, 0);
  });
});

describe('demarc matrix fails closed the same way', function () {
  this.timeout(60000);

  it('a document it could not analyse, or over the size limit: one line naming the reason, exit 2, no output', () => {
    const dir = tempDir();
    const cases: [string, string, string][] = [
      ['quotes.sow.md', NESTED, TOO_DEEP(6000)],
      ['big.sow.md', DEFECTS + 'x'.repeat(6 * 1024 * 1024), 'it is 6.0 MB, over the 5.0 MB limit'],
    ];
    for (const [name, text, reason] of cases) {
      const file = write(dir, name, text);
      const r = demarc(['matrix', file]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `demarc: ${file}: not analysed: ${reason}\n`);
    }
  });
});
