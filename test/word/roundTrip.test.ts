// The proof that Word in, Word out keeps the contract: every example and real SOW exported to Word and
// imported back gives the same findings as the Markdown it came from.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/engine';
import { importDocx } from '../../server/src/word/import';
import { locate } from '../../server/src/word/locate';
import { markdownToDocx } from '../../server/src/word/write';
import { ROOT } from '../cli/run';
import { lintKeys } from './roundTrip';

/** Documents that cannot round-trip exactly, with the reason; empty today, and any entry must say why. */
const EXCEPTIONS: Record<string, string> = {};

/** Front matter of the small SOWs below. */
const FRONT = '---\nsow: 1\nmodel: managed\nclient: Acme\nprovider: Bluepeak IT\n---\n\n';

/** A SOW exported to Word by `demarc export` and imported back. */
const throughWord = async (text: string) => importDocx(await markdownToDocx(text));

const DOCUMENTS = [...sowsIn(path.join(ROOT, 'examples')), ...sowsIn(path.join(ROOT, 'test/corpus/real'))];

function sowsIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sow.md'))
    .map((f) => path.join(dir, f));
}

describe('Word round trip: export → import → lint', () => {
  it('covers the examples and the real corpus', () => {
    assert.ok(DOCUMENTS.length >= 46, `${DOCUMENTS.length} documents`);
  });

  let total = 0;
  for (const file of DOCUMENTS) {
    const name = path.basename(file);
    it(`${name} gives the same findings`, async function () {
      if (EXCEPTIONS[name]) this.skip();
      const text = fs.readFileSync(file, 'utf8');
      const imported = await throughWord(text);
      // indented-table is about how the Markdown file is written: the export writes such lines as text, as a
      // preview shows them, and a Word file has no indent to report. Every finding about the contract is compared.
      const before = lintKeys(text).filter((k) => !k.startsWith('indented-table: '));
      total += before.length;
      assert.deepEqual(lintKeys(imported.text), before);
      assert.deepEqual(imported.notes, [], 'nothing to check after our own export');
      for (const f of analyse(imported.text).findings)
        assert.ok(locate(imported.lines, f.range.start.line), `${f.ruleId} on line ${f.range.start.line + 1} has a Word place`);
    });
  }

  it("keeps a list item's later paragraphs in the item: a card's label, description and time", async () => {
    const text =
      `${FRONT}## Service levels\n\n` +
      '- P1\n\n  Critical · service down\n\n  First response\n\n  2 hours\n\n' +
      '- P2\n\n  High · major impact\n\n  First response\n\n  4 hours\n';
    const imported = await throughWord(text);
    assert.match(imported.text, /^- P1\n\n {2}Critical · service down\n\n {2}First response\n\n {2}2 hours$/m);
    assert.deepEqual(lintKeys(imported.text), lintKeys(text));
    assert.ok(
      lintKeys(text).some((k) => k.startsWith('p1-response-slow: ')),
      'the card is read as a P1 of 2 hours',
    );
  });

  it('keeps lines that open like items ("· Install antivirus") as lines; other soft breaks are spaces', async () => {
    const text =
      FRONT +
      'Our labour covers:\n· Monitor and alert for hardware problems\n· Install and monitor antivirus software\n\n' +
      'Support is given by phone\nand by email.\n';
    const imported = await throughWord(text);
    const lines = imported.text.split('\n');
    assert.ok(lines.includes('· Install and monitor antivirus software'), imported.text);
    assert.ok(lines.includes('Support is given by phone and by email.'), imported.text);
    assert.deepEqual(lintKeys(imported.text), lintKeys(text));
  });

  it('writes each HTML table of a block as a Word table of its own, a nested table as its cell text', async () => {
    const text =
      FRONT +
      '<table><tr><th>Priority</th><th>Response</th></tr><tr><td>P1</td><td>30 minutes</td></tr></table>\n' +
      '<table><tr><th>Tool</th><th>Owner</th></tr><tr><td>NinjaOne <table><tr><td>agents</td></tr></table></td><td>Bluepeak IT</td></tr></table>\n';
    const imported = await throughWord(text);
    const rows = imported.text.split('\n').filter((l) => l.startsWith('| '));
    assert.deepEqual(rows, [
      '| Priority | Response |',
      '| - | - |',
      '| P1 | 30 minutes |',
      '| Tool | Owner |',
      '| - | - |',
      '| NinjaOne agents | Bluepeak IT |',
    ]);
  });

  it("writes a footnote's text where its definition stands and no marker, as the engine reads it", async () => {
    const text = FRONT + '- We respond within one working day[^wd].\n\n[^wd]: A working day is Monday to Friday.\n';
    const imported = await throughWord(text);
    const body = imported.text.split('\n').filter((l) => l.trim() !== '' && !l.includes(':') && l !== '---');
    assert.deepEqual(body, ['- We respond within one working day.', 'A working day is Monday to Friday.']);
    assert.deepEqual(lintKeys(imported.text), lintKeys(text));
  });

  it('compared a real number of findings (the comparison is not vacuous)', () => {
    assert.ok(total >= 200, `${total} findings compared`);
  });
});
