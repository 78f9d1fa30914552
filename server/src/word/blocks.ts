import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Root as MdRoot, RootContent, Table as MdTable } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as MarkdownOptions } from 'mdast-util-to-markdown';
import { quote, type WordLocation } from './locate';
import { cellText, isTableCell, tableRows } from '../engine';

/** One block of the Word body as Markdown lines, each with the Word place a reviewer finds it at. */
export interface Block {
  kind: 'table' | 'heading' | 'paragraph' | 'list' | 'other';
  lines: string[];
  at: (WordLocation | undefined)[];
  /** Plain text: what inference reads. */
  text: string;
  /** A table's cells as plain text, row by row. */
  rows?: string[][];
  /** A table's Word place of each of `rows`. */
  rowAt?: WordLocation[];
}

/** Something the import could not carry over exactly; never dropped without a word. */
export interface ImportNote {
  message: string;
  at?: WordLocation;
}

/** A block converted but not yet written: its Markdown nodes, and how to place the lines they become. */
interface Pending extends Omit<Block, 'lines' | 'at'> {
  nodes: RootContent[];
  place: (lines: string[]) => (WordLocation | undefined)[];
}

// Between blocks when the whole body is written at once; document text can never produce this line,
// since the writer escapes a "<" that opens HTML in text.
const SEPARATOR = '<!--demarc-word-block-->';

const MARKDOWN: MarkdownOptions = { extensions: [gfmToMarkdown()], bullet: '-', listItemIndent: 'one', rule: '-' };

/** Converts mammoth's HTML block by block, numbering tables and paragraphs as a reader of the Word file counts them. */
export class BlockReader {
  readonly notes: ImportNote[] = [];
  private tables = 0;
  private paragraphs = 0;

  read(tree: HastRoot): Block[] {
    const pending: Pending[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const block = this.block(node);
      if (block) pending.push(block);
    }
    return write(pending).filter((b) => b.lines.some((l) => l.trim() !== ''));
  }

  private block(node: Element): Pending | undefined {
    if (node.tagName === 'table') return this.table(node);
    const text = flat(toText(node));
    if (/^h[1-6]$/.test(node.tagName)) {
      const at: WordLocation = { kind: 'heading', paragraph: ++this.paragraphs, text };
      this.pictures(node, at);
      return { kind: 'heading', nodes: mdast(node), place: (lines) => lines.map(() => at), text };
    }
    if (node.tagName === 'ul' || node.tagName === 'ol') return this.list(node);
    if (text === '' && !hasPicture(node)) return undefined;
    const at: WordLocation = { kind: 'paragraph', paragraph: ++this.paragraphs, text };
    this.pictures(node, at);
    return { kind: node.tagName === 'p' ? 'paragraph' : 'other', nodes: mdast(node), place: (lines) => lines.map(() => at), text };
  }

  /** Each list item is a Word paragraph; a line opening with a list marker starts the next item. */
  private list(node: Element): Pending {
    const items: WordLocation[] = [];
    const visit = (el: Element) => {
      for (const child of el.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'li') {
          const own = child.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')));
          const at: WordLocation = { kind: 'paragraph', paragraph: ++this.paragraphs, text: flat(own.map((c) => toText(c)).join('')) };
          this.pictures(child, at);
          items.push(at);
        }
        visit(child);
      }
    };
    visit(node);
    const place = (lines: string[]) => {
      let item = -1;
      return lines.map((l) => (/^\s*(?:[-*+]|\d+[.)])(?:\s|$)/.test(l) ? items[++item] : items[Math.max(item, 0)]));
    };
    return { kind: 'list', nodes: mdast(node), place, text: flat(toText(node)) };
  }

  /**
   * A Word table as a GFM table, one Markdown line per row. Merged cells are laid out on the grid:
   * a cell merged down repeats in each row it covers (it states the same for each); one merged across
   * keeps its text in its first column only, so a RACI letter is not counted twice. A first row that is
   * one cell across the whole table is its caption ("Responsibility matrix"), written as a bold line
   * above it, so the row under it is read as the header, as a reader of the Word table reads it.
   */
  private table(node: Element): Pending {
    const table = ++this.tables;
    const trs = tableRows(node);
    const firstCells = trs[0]?.children.filter(isTableCell) ?? [];
    const caption = trs.length > 1 && firstCells.length === 1 && span(firstCells[0], 'colSpan') > 1 ? cellText(firstCells[0]) : undefined;
    const skip = caption === undefined ? 0 : 1;
    const grid: string[][] = [];
    const down: { text: string; rows: number }[] = [];
    trs.slice(skip).forEach((tr, i) => {
      const cells = tr.children.filter(isTableCell);
      const texts = cells.map(cellText);
      const label = rowLabel(texts);
      const row: string[] = [];
      const place = () => {
        while (down[row.length]?.rows > 0) {
          down[row.length].rows--;
          row.push(down[row.length].text);
        }
      };
      cells.forEach((cell, c) => {
        place();
        const text = texts[c];
        const at: WordLocation = { kind: 'table', table, row: i + skip + 1, label };
        const across = span(cell, 'colSpan');
        const rows = span(cell, 'rowSpan');
        if (across > 1 || rows > 1)
          this.note(
            at,
            `merged cell '${quote(text)}' spans ${across > 1 ? `${across} columns (read in the first only)` : ''}${across > 1 && rows > 1 ? ' and ' : ''}${rows > 1 ? `${rows} rows (read in each)` : ''}; check this row`,
          );
        if (cell.children.some((c) => c.type === 'element' && c.tagName === 'table'))
          this.note(at, 'a table inside this cell was read as text');
        this.pictures(cell, at);
        for (let k = 0; k < across; k++) {
          if (rows > 1) down[row.length] = { text: k === 0 ? text : '', rows: rows - 1 };
          row.push(k === 0 ? text : '');
        }
      });
      place();
      grid.push(row);
    });
    const width = Math.max(1, ...grid.map((r) => r.length));
    const rows = grid.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    const mdTable: MdTable = {
      type: 'table',
      children: rows.map((r) => ({
        type: 'tableRow',
        children: r.map((c) => ({ type: 'tableCell', children: c ? [{ type: 'text', value: c }] : [] })),
      })),
    };
    const rowAt = rows.map((r, i): WordLocation => ({ kind: 'table', table, row: i + 1 + skip, label: rowLabel(r) }));
    // Line 0 is the header row and line 1 the delimiter under it: both are the header's Word row.
    const placeRows = (lines: string[]) => lines.map((_, i) => rowAt[Math.max(1, i) - 1]);
    const text = rows.map((r) => r.join(' ')).join('\n');
    if (caption === undefined) return { kind: 'table', nodes: [mdTable], place: placeRows, text, rows, rowAt };
    const captionAt: WordLocation = { kind: 'table', table, row: 1, label: caption };
    return {
      kind: 'table',
      nodes: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: caption }] }] }, mdTable],
      // The caption line, the blank line under it, then the table.
      place: (lines) => [captionAt, undefined, ...placeRows(lines.slice(2))],
      text,
      rows,
      rowAt,
    };
  }

  private pictures(node: Element, at: WordLocation): void {
    const count = countPictures(node);
    if (count > 0) this.note(at, `${count === 1 ? 'a picture' : `${count} pictures`} not imported (text only); check what it shows`);
  }

  private note(at: WordLocation, message: string): void {
    this.notes.push({ message, at });
  }
}

function mdast(node: Element): RootContent[] {
  return (toMdast({ type: 'root', children: [strip(node)] }) as MdRoot).children;
}

/**
 * Writes every block in one call, split again at separators: the writer compiles its escaping patterns
 * on every call, and a call per block cost seconds of garbage collection on a long document.
 */
function write(pending: Pending[]): Block[] {
  const children = pending.flatMap((b): RootContent[] => [{ type: 'html', value: SEPARATOR }, ...b.nodes]);
  const parts: string[][] = [];
  for (const line of toMarkdown({ type: 'root', children }, MARKDOWN).split('\n')) {
    if (line === SEPARATOR) parts.push([]);
    else parts[parts.length - 1]?.push(line);
  }
  if (parts.length !== pending.length) throw new Error(`the Markdown writer returned ${parts.length} blocks for ${pending.length}`);
  return pending.map(({ nodes: _nodes, place, ...block }, i) => {
    const lines = trimBlank(parts[i]);
    return { ...block, lines, at: place(lines) };
  });
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

function strip(node: Element): Element {
  return {
    ...node,
    children: node.children
      .filter((c) => !(c.type === 'element' && c.tagName === 'img'))
      .map((c): ElementContent => (c.type === 'element' ? strip(c) : c)),
  };
}

function span(cell: Element, name: 'colSpan' | 'rowSpan'): number {
  const n = Number(cell.properties[name] ?? 1);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : 1;
}

function hasPicture(node: Element): boolean {
  return countPictures(node) > 0;
}

function countPictures(node: Element): number {
  return node.children.reduce(
    (n, c) => n + (c.type !== 'element' ? 0 : c.tagName === 'img' ? 1 : c.tagName === 'table' ? 0 : countPictures(c)),
    0,
  );
}

/** What a reviewer calls the row: its first cell with words in it, past a numbering column ("18", "19a"). */
function rowLabel(cells: string[]): string {
  return cells.find((c) => /\p{L}{3}/u.test(c)) ?? cells[0] ?? '';
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
