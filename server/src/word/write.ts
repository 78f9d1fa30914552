import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type DemarcConfig, htmlTableTexts, type SowModel } from '../engine';
import { analyseText } from '../document/analyseDocument';
import { titleBlockRows } from './titleBlock';

const WHOLE_GFM = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Shown under every responsibility matrix, so the letters read the same to someone who never saw the SOW's legend. */
export const RACI_LEGEND = 'R = Responsible (does the work) · A = Accountable (owns the outcome) · C = Consulted · I = Informed';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const NUMBERED = 'numbered';
const HEADER_FILL = 'D9E2F3';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8EA9DB' };

interface Style {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

/** The parser the export reads a SOW with: all of GFM, so a bare URL is a link in Word too. It keeps the tree it made. */
export function exportParser(): { parse(text: string): Root; tree?: Root } {
  return {
    parse(text: string): Root {
      return (this.tree = WHOLE_GFM.parse(text) as Root);
    },
  } as { parse(text: string): Root; tree?: Root };
}

/** A SOW's Markdown text as a Word document, analysed the one way every command analyses (tests and benchmarks). */
export async function markdownToDocx(text: string, config: DemarcConfig = {}): Promise<Buffer> {
  const parser = exportParser();
  const { analysis } = analyseText({ name: 'sow.sow.md', text, config, budgetMs: Infinity, reuse: { parser } });
  return sowToDocx(parser.tree ?? (WHOLE_GFM.parse(text) as Root), analysis?.model);
}

/** A SOW's Markdown, parsed by exportParser and analysed, as a Word document: title block, headings, lists and real tables. */
export async function sowToDocx(tree: Root, model: SowModel | undefined): Promise<Buffer> {
  // RACI matrices by header line, with their party columns: those cells are centred and the legend follows.
  const raciMatrices = new Map(
    model?.matrices.filter((m) => m.kind === 'raci').map((m) => [m.headerRow.start.line, new Set(m.partyColumns.map((c) => c.index))]),
  );
  const writer = new BodyWriter(raciMatrices);
  const data = model?.frontMatter.data ?? {};
  if (Object.keys(data).length > 0) writer.titleBlock(titleBlockRows(data));
  for (const node of tree.children) writer.block(node);
  const doc = new Document({
    creator: 'Demarc',
    title: typeof data.title === 'string' ? xmlText(data.title) : 'Statement of work',
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [0, 1, 2, 3, 4, 5].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: writer.out }],
  });
  return Packer.toBuffer(doc);
}

class BodyWriter {
  readonly out: (Paragraph | Table)[] = [];
  private listInstance = 0;

  constructor(private readonly raciMatrices: Map<number, Set<number>>) {}

  titleBlock(rows: [string, string][]): void {
    const cell = (text: string, label: boolean) =>
      new TableCell({
        children: [new Paragraph({ children: [new TextRun({ text: xmlText(text), bold: label })] })],
        shading: label ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
      });
    this.out.push(grid(rows.map(([label, value]) => new TableRow({ children: [cell(label, true), cell(value, false)] }))));
    this.out.push(new Paragraph({}));
  }

  block(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        this.out.push(new Paragraph({ heading: HEADINGS[node.depth - 1], children: runs(node.children) }));
        return;
      case 'paragraph':
        this.out.push(new Paragraph({ children: runs(node.children) }));
        return;
      case 'list':
        this.list(node, 0);
        return;
      case 'table':
        this.table(markdownRows(node), node.position?.start.line);
        return;
      case 'html':
        this.html(node.value, node.position?.start.line);
        return;
      case 'code':
        for (const line of node.value.split('\n'))
          this.out.push(new Paragraph({ children: [new TextRun({ text: xmlText(line), font: 'Consolas' })] }));
        return;
      // A footnote's text is contract text: written where its definition stands, as the engine reads it.
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) this.block(child);
        return;
      default:
        // Front matter is the title block; thematic breaks and definitions carry no contract text.
        return;
    }
  }

  private list(list: List, level: number): void {
    const instance = ++this.listInstance;
    for (const item of list.children) {
      item.children.forEach((child, i) => {
        if (child.type === 'list') return this.list(child, level + 1);
        // A table, code or HTML inside an item is written as itself (a table stays a Word table), not glued into a line.
        if (child.type !== 'paragraph' && child.type !== 'heading') return this.block(child);
        const children = runs(child.children);
        // Only an item's first paragraph carries the bullet; the rest continue it.
        if (i > 0) this.out.push(new Paragraph({ children, indent: { left: 720 * (level + 1) } }));
        else if (list.ordered) this.out.push(new Paragraph({ children, numbering: { reference: NUMBERED, level, instance } }));
        else this.out.push(new Paragraph({ children, bullet: { level } }));
      });
    }
  }

  private table(rows: ParagraphChild[][][], line: number | undefined): void {
    const width = Math.max(...rows.map((r) => r.length));
    const partyColumns = line === undefined ? undefined : this.raciMatrices.get(line - 1);
    const wordRows = rows.map(
      (cells, r) =>
        new TableRow({
          // docx writes the header mark even for false, and Word then repeats every row.
          tableHeader: r === 0 ? true : undefined,
          children: Array.from(
            { length: width },
            (_, c) =>
              new TableCell({
                children: [
                  new Paragraph({ children: cells[c] ?? [], alignment: r > 0 && partyColumns?.has(c) ? AlignmentType.CENTER : undefined }),
                ],
                shading: r === 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
              }),
          ),
        }),
    );
    this.out.push(grid(wordRows));
    this.out.push(new Paragraph({ children: partyColumns ? [new TextRun({ text: RACI_LEGEND, italics: true, size: 18 })] : [] }));
  }

  /**
   * Each HTML table becomes a Word table, its rows walked as the engine reads them (a table nested in a
   * cell stays that cell's text); an HTML comment carries nothing a reader of the contract sees.
   */
  private html(value: string, line: number | undefined): void {
    if (/^\s*<!--/.test(value)) return;
    const tree = fromHtml(value, { fragment: true });
    const tables: Element[] = [];
    const visit = (nodes: ElementContent[]) => {
      for (const n of nodes) {
        if (n.type !== 'element') continue;
        if (n.tagName === 'table') tables.push(n);
        else visit(n.children);
      }
    };
    visit(tree.children as ElementContent[]);
    for (const table of tables) {
      // Laid out as the engine reads it: a cell merged down rows stands in each of them.
      const rows = htmlTableTexts(table).map((cells) => cells.map((text) => [new TextRun(xmlText(text))]));
      if (rows.length > 0) this.table(rows, line);
    }
    if (tables.length === 0 && toText(tree).trim()) this.out.push(new Paragraph({ children: [new TextRun(xmlText(toText(tree).trim()))] }));
  }
}

function grid(rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}

function markdownRows(table: MdTable): ParagraphChild[][][] {
  return table.children.map((row) => row.children.map((cell) => runs(cell.children)));
}

function runs(nodes: PhrasingContent[], style: Style = {}): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    switch (n.type) {
      case 'text':
        // A soft break before a line that opens like an item ("· Install antivirus", "• Backups") keeps its line
        // in Word, as the source shows it; any other soft break is a space in the sentence.
        return n.value
          .split(ITEM_LINE)
          .flatMap((part, i) => (i === 0 ? [textRun(part, style)] : [new TextRun({ break: 1 }), textRun(part, style)]));
      case 'strong':
        return runs(n.children, { ...style, bold: true });
      case 'emphasis':
        return runs(n.children, { ...style, italics: true });
      case 'delete':
        return runs(n.children, { ...style, strike: true });
      case 'inlineCode':
        return [textRun(n.value, { ...style, code: true })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link': {
        // Only web and mail links become live in Word; a javascript: or file: URL stays plain text.
        const children = runs(n.children, style);
        return /^(https?:|mailto:)/i.test(n.url)
          ? [new ExternalHyperlink({ link: xmlText(n.url), children: children.filter((r) => r instanceof TextRun) })]
          : children;
      }
      case 'html':
        // An inline <br> is a line break in the cell; other inline tags are not shown.
        return /^<br\s*\/?>$/i.test(n.value) ? [new TextRun({ break: 1 })] : [];
      default:
        return [textRun(toPlain(n), style)];
    }
  });
}

/**
 * Characters XML 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF, lone surrogates):
 * a document.xml holding one is not XML, and Word and LibreOffice refuse the file.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters being removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as Word can hold it. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** A soft line break before a pseudo-bullet or a number: the line is an item of a list written as lines. */
const ITEM_LINE = /\n(?=[ \t]*(?:[·•▪◦‣⁃–—]|\d{1,3}[.)])[ \t])/;

function textRun(text: string, style: Style): TextRun {
  // A soft line break in Markdown is a space in the sentence.
  return new TextRun({
    text: xmlText(text).replace(/\n/g, ' '),
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    font: style.code ? 'Consolas' : undefined,
  });
}

function toPlain(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(toPlain).join('');
  return '';
}
