// The import reads the document XML itself (reader.ts) instead of through mammoth, which drops what Word
// shows differently (hidden text, alternate content, numbering, tracked-change authors). mammoth stays
// the reference for everything else: every word its raw text reads, the import reads too, for Word files
// from other producers and for every construct Word writes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  Bookmark,
  CheckBox,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import mammoth from 'mammoth';
import { importDocx } from '../../server/src/word/import';
import { ROOT } from '../cli/run';

const FIXTURES = path.join(ROOT, 'test/fixtures/word');

/**
 * Each paragraph mammoth's raw text reads is in the import's text, letters and digits in order (Markdown
 * marks, list numbers and line breaks aside).
 */
async function assertReadsMammothsWords(bytes: Buffer): Promise<void> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  const theirs = value
    .split(/\n\n+/)
    .map(alnum)
    .filter((t) => t !== '');
  assert.ok(theirs.length > 0, 'mammoth read some text');
  const ours = alnum(
    (await importDocx(bytes, undefined, { inProcess: true })).text
      .replace(/<br>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .split('\n')
      .map(withoutNumber)
      .join(' '),
  );
  assert.deepEqual(
    theirs.filter((t) => !ours.includes(t)),
    [],
  );
}

/** A line without its list number ("3. ", "1.2 "), which mammoth's raw text does not show. */
function withoutNumber(line: string): string {
  return line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
}

function alnum(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

function constructs(): Document {
  const png = fs.readFileSync(path.join(ROOT, 'docs/images/preview.png'));
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat]) =>
    [0, 1, 2, 3, 4, 5].map((level) => ({ level, format, text: `%${level + 1}.` }));
  const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) =>
    new TableCell({ children: [new Paragraph(text)], ...span });
  return new Document({
    numbering: {
      config: [
        { reference: 'numbered', levels: levels(LevelFormat.DECIMAL) },
        { reference: 'bullets', levels: levels(LevelFormat.BULLET) },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('A footnote.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Managed services', style: 'Title' }),
          new Paragraph({ text: 'Scope', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun({ text: 'bold', bold: true }),
              new TextRun({ text: ' more bold', bold: true }),
              new TextRun({ text: ' both', bold: true, italics: true }),
              new TextRun({ text: ' struck', strike: true }),
              new TextRun({ text: 'up', superScript: true }),
              new TextRun({ text: 'down', subScript: true }),
              new TextRun({ children: [new Tab(), 'tabbed'] }),
              new TextRun({ text: 'next line', break: 1 }),
              new PageBreak(),
              new TextRun(' 1 < 2 & "quoted"'),
            ],
          }),
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: 'https://example.com/?a=1&b=2', children: [new TextRun('a link')] }),
              new InternalHyperlink({ anchor: 'terms', children: [new TextRun(' to terms')] }),
              new TextRun('Noted'),
              new FootnoteReferenceRun(1),
              new CheckBox({ checked: true }),
              new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 } }),
            ],
          }),
          new Paragraph({ children: [new Bookmark({ id: 'terms', children: [new TextRun('Terms')] })] }),
          ...[0, 1, 2, 0, 3, 5, 0].map((level) => new Paragraph({ text: `Item ${level}`, numbering: { reference: 'bullets', level } })),
          ...[0, 1, 1, 0].map((level) => new Paragraph({ text: `Step ${level}`, numbering: { reference: 'numbered', level } })),
          new Paragraph({ text: '', numbering: { reference: 'bullets', level: 0 } }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Function'), cell('Acme'), cell('Bluepeak')] }),
              new TableRow({ children: [cell('Patch management'), cell('R/A', { rowSpan: 2 }), cell('')] }),
              new TableRow({ children: [cell('Backup'), cell('I')] }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Nested'), new Table({ rows: [new TableRow({ children: [cell('in')] })] })] }),
                  cell('Shared', { columnSpan: 2 }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
}

describe('Word import: reads every word mammoth reads', () => {
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.docx'))) {
    it(`${file}`, async () => {
      await assertReadsMammothsWords(fs.readFileSync(path.join(FIXTURES, file)));
    });
  }

  it('styles, runs, links, notes, lists, pictures and tables', async () => {
    await assertReadsMammothsWords(await Packer.toBuffer(constructs()));
  });
});
