// The Word import walks mammoth's document model (server/src/word/mammothDocument.ts), which mammoth does
// not publish as an API. mammoth is pinned exactly in package.json; this test fails loudly when an upgrade
// changes the model's shape: an element kind the import does not know, or a field it reads gone or retyped.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AlignmentType,
  CheckBox,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Bookmark,
  PageBreak,
} from 'docx';
import mammoth from 'mammoth';
import { ROOT } from '../cli/run';
import { MAMMOTH_OPTIONS } from '../../server/src/word/read';

type FieldType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' | 'function';
/** Each element kind the import reads, with the fields it reads and the types it accepts. */
const SHAPE: Record<string, Record<string, FieldType[]>> = {
  document: { children: ['array'], notes: ['object'] },
  paragraph: { children: ['array'], styleId: ['string', 'null'], styleName: ['string', 'null'], numbering: ['object', 'null'] },
  run: {
    children: ['array'],
    styleId: ['string', 'null'],
    styleName: ['string', 'null'],
    isBold: ['boolean'],
    isItalic: ['boolean'],
    isStrikethrough: ['boolean'],
    verticalAlignment: ['string'],
  },
  text: { value: ['string'] },
  tab: {},
  checkbox: { checked: ['boolean'] },
  hyperlink: { children: ['array'] },
  noteReference: { noteType: ['string'], noteId: ['string'] },
  note: { noteType: ['string'], noteId: ['string'], body: ['array'] },
  commentReference: {},
  comment: {},
  image: {},
  table: { children: ['array'] },
  tableRow: { children: ['array'], isHeader: ['boolean'] },
  tableCell: { children: ['array'], colSpan: ['number'], rowSpan: ['number'] },
  break: { breakType: ['string'] },
  bookmarkStart: { name: ['string'] },
};

const typeOf = (v: unknown): FieldType => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as FieldType));

/** A document with every element kind above that Word writes: styles, numbering, links, notes, a merged header table. */
async function everything(): Promise<Buffer> {
  const cell = (text: string, span = 1) => new TableCell({ children: [new Paragraph(text)], columnSpan: span });
  const doc = new Document({
    numbering: {
      config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    footnotes: { 1: { children: [new Paragraph('A note.')] } },
    sections: [
      {
        children: [
          new Paragraph({ heading: 'Heading1', children: [new TextRun('Services')] }),
          new Paragraph({
            numbering: { reference: 'n', level: 0 },
            children: [
              new TextRun({ text: 'Bold', bold: true }),
              new TextRun({ text: 'Italic', italics: true }),
              new TextRun({ text: 'Struck', strike: true, superScript: true }),
              new FootnoteReferenceRun(1),
              new CheckBox({ checked: true }),
            ],
          }),
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: 'https://example.com', children: [new TextRun('a link')] }),
              new Bookmark({ id: 'b1', children: [new TextRun('marked')] }),
              new TextRun({ text: 'line', break: 1 }),
              new PageBreak(),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Function'), cell('Owner')] }),
              new TableRow({ children: [cell('Both columns', 2)] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('mammoth’s document model, as the Word import reads it', () => {
  it('is pinned to one exact version', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.match(manifest.devDependencies.mammoth, /^\d+\.\d+\.\d+$/, 'an exact version, no range');
    const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/mammoth/package.json'), 'utf8')).version;
    assert.equal(installed, manifest.devDependencies.mammoth);
  });

  it('has the element kinds and fields the import reads, with their types', async () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (node: Record<string, unknown>) => {
      const kind = String(node.type);
      seen.add(kind);
      const shape = SHAPE[kind];
      if (!shape) return problems.push(`unknown element kind "${kind}"`);
      for (const [field, types] of Object.entries(shape))
        if (!types.includes(typeOf(node[field])))
          problems.push(`${kind}.${field} is ${typeOf(node[field])}, expected ${types.join(' or ')}`);
      for (const key of ['children', 'body'])
        if (Array.isArray(node[key])) for (const child of node[key] as Record<string, unknown>[]) visit(child);
    };
    await mammoth.convertToHtml(
      { buffer: await everything() },
      {
        ...MAMMOTH_OPTIONS,
        transformDocument: (doc: Record<string, unknown>) => {
          visit(doc);
          return { ...doc, children: [] };
        },
      },
    );
    assert.deepEqual(problems, []);
    for (const kind of ['document', 'paragraph', 'run', 'text', 'hyperlink', 'noteReference', 'table', 'tableRow', 'tableCell', 'break'])
      assert.ok(seen.has(kind), `the fixture produced a "${kind}" element`);
  });
});
