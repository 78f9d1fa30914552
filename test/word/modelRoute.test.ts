// The import reads mammoth's document model instead of its HTML (read.ts); the tree it builds must be the
// one mammoth's HTML parses to, for Word files from other producers and for every construct mammoth maps.
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
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import { MAMMOTH_OPTIONS, readDocx } from '../../server/src/word/read';
import { ROOT } from '../cli/run';

const FIXTURES = path.join(ROOT, 'test/fixtures/word');

async function assertSameTree(bytes: Buffer): Promise<void> {
  const { value } = await mammoth.convertToHtml({ buffer: bytes }, MAMMOTH_OPTIONS);
  const parsed = fromHtml(value, { fragment: true });
  assert.ok(parsed.children.length > 0, 'mammoth read some body');
  assert.deepEqual((await readDocx(bytes)).tree.children.map(withoutPositions), parsed.children.map(withoutPositions));
}

function withoutPositions(node: Nodes): unknown {
  const { position: _position, ...rest } = node;
  return 'children' in node ? { ...rest, children: node.children.map(withoutPositions) } : rest;
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

describe('Word import: mammoth document model read as its HTML', () => {
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.docx'))) {
    it(`${file} gives the tree of mammoth's HTML`, async () => {
      await assertSameTree(fs.readFileSync(path.join(FIXTURES, file)));
    });
  }

  it('styles, runs, links, notes, lists, pictures and tables give the tree of mammoth’s HTML', async () => {
    await assertSameTree(await Packer.toBuffer(constructs()));
  });

  it('a note reference inside a link, which a parser rearranges, is read from mammoth’s HTML', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('A footnote.')] } },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new ExternalHyperlink({ link: 'https://example.com', children: [new TextRun('see'), new FootnoteReferenceRun(1)] }),
              ],
            }),
          ],
        },
      ],
    });
    await assertSameTree(await Packer.toBuffer(doc));
  });
});
