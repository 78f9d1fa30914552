import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, NOT_ANALYSED } from '../../server/src/engine';
import { findSowFiles } from '../../server/src/cli/files';
import { lintFiles } from '../../server/src/cli/pool';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

/** A SOW whose one fixable finding is a service-level table without a P1 row. */
const DEFECTS = sow(
  COMPLETE.replace('| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Northwind | read-only  |').replace(
    '| P1 | 15 minutes | 4 hours |\n',
    '',
  ),
);

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Each hostile document finishes, and yields a clear finding or a clean model, never an exception. */
describe('hostile documents in the engine', function () {
  this.timeout(60000);

  it('a 50 MB SOW gets one error finding, not an analysis', () => {
    const text = DEFECTS + 'x'.repeat(50 * 1024 * 1024);
    const { findings } = analyse(text);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity]),
      [[NOT_ANALYSED, 'error']],
    );
    assert.match(findings[0].message, /over the 5\.0 MB limit/);
  });

  it('a table with 10,000 columns', () => {
    const cols = Array.from({ length: 10000 }, (_, i) => `P${i}`);
    const text = sow(
      `| Function | ${cols.join(' | ')} |\n|${' --- |'.repeat(10001)}\n| Help desk | ${cols.map(() => 'R').join(' | ')} |\n`,
    );
    const { findings, model } = analyse(text);
    assert.equal(model?.matrices[0].partyColumns.length, 10000);
    assert.equal(findings.filter((f) => f.ruleId === 'unknown-party').length, 1, 'one finding for the header row');
  });

  it('an HTML table merging cells across a million columns and down a million rows', () => {
    const merged = `<table>\n<tr><th>Function</th><th colspan="1000000">Northwind</th></tr>\n${'<tr><td rowspan="1000000">x</td><td colspan="999999">R</td></tr>\n'.repeat(200)}</table>\n`;
    const { model } = analyse(sow(merged));
    assert.deepEqual(
      model?.matrices.map((m) => [m.headerCells.length, m.functions.length]),
      [[256, 200]],
      'merging widens the table to 256 columns at most; every row is read',
    );
  });

  it('a paragraph of 500,000 letters before a bracketed abbreviation finishes (within the suite timeout)', () => {
    // A scan for "Words Spelled Out (WSO)" that backtracks over the letters at each place takes minutes here.
    const { model } = analyse(sow(`Northwind runs the RMM.\n\n${'x'.repeat(500_000)} (AB)\n`));
    assert.ok(model);
  });

  it('a line of 1 MB', () => {
    const { findings } = analyse(DEFECTS.replace('Tickets exported as CSV', 'x'.repeat(1024 * 1024)));
    assert.ok(findings.some((f) => f.ruleId === 'tool-access-insufficient'));
  });

  it('10,000 nested blockquotes and 10,000 nested list levels', () => {
    for (const nest of [
      '> '.repeat(10000) + '| Function | Owner |\n',
      Array.from({ length: 10000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
    ]) {
      const { findings } = analyse(sow(`${nest}\n\n${COMPLETE}`));
      assert.ok(Array.isArray(findings));
      assert.ok(findings.every((f) => f.ruleId !== NOT_ANALYSED) || findings.length === 1);
    }
  });

  it('NUL bytes in the text', () => {
    const { findings } = analyse(DEFECTS.replace('Help desk', 'Help\u0000desk'));
    assert.ok(findings.some((f) => f.ruleId === 'tool-access-insufficient'));
  });

  it('a YAML bomb in the front matter is refused quickly', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const text = `---\nsow: 1\nmodel: managed\nclient: C\nprovider: P\n${bomb.join('\n')}\n---\n# SOW\n`;
    const start = Date.now();
    const { findings } = analyse(text);
    assert.ok(Date.now() - start < 5000);
    const f = findings.find((x) => x.ruleId === 'invalid-front-matter');
    assert.match(f?.message ?? '', /not valid YAML: .*alias/i);
  });
});

describe('hostile files through the CLI', function () {
  this.timeout(60000);

  it('a 50 MB file: one line, exit 2, fast; other files still linted', () => {
    const dir = tempDir();
    write(dir, 'huge.sow.md', DEFECTS + 'x'.repeat(50 * 1024 * 1024));
    write(dir, 'ok.sow.md', DEFECTS);
    const start = Date.now();
    const r = demarc(['lint', '-f', 'json', dir]);
    assert.ok(Date.now() - start < 15000);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^demarc: .*huge\.sow\.md: not analysed: it is 50\.0 MB, over the 5\.0 MB limit\n$/);
    assert.ok(JSON.parse(r.stdout).some((f: { filePath: string }) => f.filePath.endsWith('ok.sow.md')));
  });

  it('a UTF-16 LE file with a BOM is decoded and linted with correct positions', () => {
    const dir = tempDir();
    const utf8 = write(dir, 'a.sow.md', DEFECTS);
    const utf16 = write(dir, 'b.sow.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DEFECTS, 'utf16le')]));
    const [a, b] = [utf8, utf16].map((f) => JSON.parse(demarc(['lint', '-f', 'json', f]).stdout)[0].messages);
    assert.ok(a.length > 0);
    assert.deepEqual(b, a);
  });

  it('CRLF files report the same lines and columns as LF', () => {
    const dir = tempDir();
    const lf = write(dir, 'lf.sow.md', DEFECTS);
    const crlf = write(dir, 'crlf.sow.md', DEFECTS.replace(/\n/g, '\r\n'));
    const [a, b] = [lf, crlf].map((f) => JSON.parse(demarc(['lint', '-f', 'json', f]).stdout)[0].messages);
    assert.deepEqual(b, a);
  });

  it('--fix keeps UTF-16 and CRLF as they were', () => {
    const dir = tempDir();
    const file = write(dir, 'w.sow.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DEFECTS.replace(/\n/g, '\r\n'), 'utf16le')]));
    demarc(['lint', '--fix', file]);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    const text = bytes.subarray(2).toString('utf16le');
    assert.ok(text.includes('| P1 | TBD |  |\r\n'));
    assert.ok(!/[^\r]\n/.test(text));
  });

  it('a symbolic link loop in a folder: one line, exit 2, other files linted', () => {
    const dir = tempDir();
    write(dir, 'ok.sow.md', DEFECTS);
    fs.symlinkSync(path.join(dir, 'b.sow.md'), path.join(dir, 'a.sow.md'));
    fs.symlinkSync(path.join(dir, 'a.sow.md'), path.join(dir, 'b.sow.md'));
    fs.symlinkSync(dir, path.join(dir, 'self'));
    const r = demarc(['lint', '-f', 'json', dir]);
    assert.equal(r.code, 2);
    assert.deepEqual(
      r.stderr.trim().split('\n').sort(),
      [
        `demarc: ${path.join(dir, 'a.sow.md')}: symbolic link loop, skipped`,
        `demarc: ${path.join(dir, 'b.sow.md')}: symbolic link loop, skipped`,
      ].sort(),
    );
    assert.deepEqual(
      JSON.parse(r.stdout).map((f: { filePath: string }) => path.basename(f.filePath)),
      ['ok.sow.md'],
    );
  });

  it('a file deleted between listing and linting: reported on one line, the rest linted', async () => {
    const dir = tempDir();
    for (let i = 0; i < 5; i++) write(dir, `f${i}.sow.md`, DEFECTS);
    const { files } = await findSowFiles([dir], dir);
    fs.rmSync(files[2]);
    const results = await lintFiles(files, {}, 0, '');
    assert.deepEqual(
      results.map((r) => r.error ?? 'ok'),
      ['ok', 'ok', 'not analysed: no such file', 'ok', 'ok'],
    );
    assert.ok(results[4].findings.length > 0);
  });

  it('--fix on a read-only file: one line, exit 2, the file untouched', () => {
    const dir = tempDir();
    const file = write(dir, 'ro.sow.md', DEFECTS);
    fs.chmodSync(file, 0o444);
    const r = demarc(['lint', '--fix', file]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `demarc: ${file}: file is read-only; not fixed, left unchanged\n`);
    assert.equal(fs.readFileSync(file, 'utf8'), DEFECTS);
    assert.deepEqual(fs.readdirSync(dir), ['ro.sow.md'], 'no temporary file left behind');
  });
});
