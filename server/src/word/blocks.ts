import type { List, ListItem, Paragraph, PhrasingContent, Root as MdRoot, RootContent, Table as MdTable } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as MarkdownOptions } from 'mdast-util-to-markdown';
import { WORD_LIMITS } from './limits';
import { quote, type WordLocation } from './locate';
import type { ReadingNote, TrackedChange, WordBlock, WordComment, WordParagraph, WordReading, WordRow, WordTable } from './model';
import { readTitleBlock } from './titleBlock';

/** One block of the Word body as Markdown lines, each with the Word place a reviewer finds it at. */
export interface Block {
  kind: 'table' | 'heading' | 'paragraph' | 'list' | 'other';
  lines: string[];
  at: (WordLocation | undefined)[];
  /** Open tracked changes on each line's Word paragraph or row (parallel to `lines`). */
  changes: (TrackedChange[] | undefined)[];
  /** Plain text: what inference reads. */
  text: string;
  /** A paragraph's style name as Word lists it ("Title"). */
  style?: string;
  /** A table's cells as plain text, row by row. */
  rows?: string[][];
  /** A table's Word place of each of `rows`. */
  rowAt?: WordLocation[];
}

/** Something the import could not carry over exactly; never dropped without a word. A warning when Word may show something else. */
export interface ImportNote {
  message: string;
  at?: WordLocation;
  severity?: 'info' | 'warning';
}

/** The front matter the title block of Demarc's own export holds, with the row each key was read from. */
export interface TitleBlock {
  data: Record<string, unknown>;
  where: Record<string, WordLocation>;
}

/** A block converted but not yet written: its Markdown nodes, and how to place the lines they become. */
interface Pending extends Omit<Block, 'lines' | 'at' | 'changes'> {
  nodes: RootContent[];
  place: (lines: string[]) => { at: WordLocation | undefined; changes?: TrackedChange[] }[];
}

// Between blocks when the whole body is written at once; document text can never produce this line,
// since the writer escapes a "<" that opens HTML in text.
const SEPARATOR = '<!--demarc-word-block-->';

// Cells are not padded to line up: padding grows with the widest cell of each column, so a long cell in a
// long table would multiply the text (bounded output: docs/limits.md).
const MARKDOWN: MarkdownOptions = {
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  bullet: '-',
  listItemIndent: 'one',
  rule: '-',
};

const BR: PhrasingContent = { type: 'html', value: '<br>' };

/** Lays the reading out as Markdown, numbering tables and paragraphs as a reader of the Word file counts them. */
export class BlockReader {
  readonly notes: ImportNote[] = [];
  private tables = 0;
  private paragraphs = 0;

  read(reading: WordReading): { blocks: Block[]; titleBlock?: TitleBlock } {
    const pending: Pending[] = [];
    let words = reading.blocks;
    let titleBlock: TitleBlock | undefined;
    const first = words[0];
    if (first?.type === 'table') {
      titleBlock = this.titleBlock(first);
      if (titleBlock) words = words.slice(1);
    }
    for (const note of reading.documentNotes) this.notes.push({ ...note, at: { kind: 'document' } });
    for (let i = 0; i < words.length; i++) {
      const block = words[i];
      if (block.type === 'table') {
        pending.push(...this.table(block, captionOf(words, i)));
        continue;
      }
      if (isListItem(block)) {
        let j = i;
        while (j < words.length && (isListItem(words[j]) || continuesItem(words[j]))) j++;
        pending.push(...this.list(words.slice(i, j) as WordParagraph[]));
        i = j - 1;
        continue;
      }
      pending.push(...this.paragraph(block));
    }
    for (const note of reading.notes) pending.push(...this.paragraph(note));
    return { blocks: write(pending).filter((b) => b.lines.some((l) => l.trim() !== '')), ...(titleBlock ? { titleBlock } : {}) };
  }

  /** The title block `demarc export` writes: read back whole, left out of the body and of the table count. */
  private titleBlock(table: WordTable): TitleBlock | undefined {
    const rows = table.rows.map((r) => r.cells.map((c) => cellPlain(c.paragraphs)));
    const read = readTitleBlock(rows);
    if (!read) return undefined;
    const where: Record<string, WordLocation> = {};
    for (const [key, i] of Object.entries(read.rowOf))
      where[key] = { kind: 'table', table: 0, caption: 'title block', row: i + 1, label: rows[i]?.[0] ?? key, xml: table.rows[i]?.at };
    return { data: read.data, where };
  }

  private paragraph(p: WordParagraph): Pending[] {
    if (p.text === '' && p.pictures === 0 && p.notes.length === 0 && p.changes.length === 0 && p.comments.length === 0) return [];
    const kind = p.heading ? 'heading' : 'paragraph';
    const at: WordLocation = { kind, paragraph: ++this.paragraphs, text: p.placeholder ?? p.text, xml: p.at };
    this.said(p, at);
    const children = labelled(p);
    const nodes: RootContent[] =
      p.text === '' ? [] : p.heading ? [{ type: 'heading', depth: p.heading as 1, children }] : [{ type: 'paragraph', children }];
    const changes = open(p.changes);
    const block: Pending = {
      kind: p.placeholder ? 'other' : kind,
      nodes,
      place: (lines) => lines.map(() => ({ at, changes })),
      text: p.text,
    };
    return [block, ...this.remarks(p.changes, p.comments, at)];
  }

  /** Numbered and bulleted paragraphs as Markdown lists, nested by level; a number Word skips starts a new list. */
  private list(items: WordParagraph[]): Pending[] {
    const base = Math.min(...items.map((p) => p.number?.level ?? 0));
    const roots: List[] = [];
    const stack: { list: List; level: number; next: number }[] = [];
    const places: { at: WordLocation; changes?: TrackedChange[]; continues?: boolean }[] = [];
    const remarks: Pending[] = [];
    for (const p of items) {
      const at: WordLocation = { kind: 'paragraph', paragraph: ++this.paragraphs, text: p.text, xml: p.at };
      this.said(p, at);
      places.push({ at, changes: open(p.changes), ...(p.number ? {} : { continues: true }) });
      remarks.push(...this.remarks(p.changes, p.comments, at));
      const paragraph: Paragraph = { type: 'paragraph', children: trimEdges(p.content) };
      const number = p.number;
      // An indented paragraph after an item is that item's next paragraph (a card's description, its time).
      if (!number) {
        const last = stack[stack.length - 1]?.list.children;
        const item = last?.[last.length - 1];
        if (item) {
          item.children.push(paragraph);
          item.spread = true;
        }
        continue;
      }
      const level = number.level - base;
      const ordered = !number.bullet;
      while (stack.length > 0 && stack[stack.length - 1].level > level) stack.pop();
      let top = stack[stack.length - 1];
      const fits = top && top.level === level && top.list.ordered === ordered && (!ordered || top.next === number.value);
      if (!fits) {
        const list: List = { type: 'list', ordered, spread: false, children: [], ...(ordered ? { start: number.value } : {}) };
        if (top && top.level === level) stack.pop();
        const parent = stack[stack.length - 1];
        const host = parent?.list.children[parent.list.children.length - 1];
        if (host) host.children.push(list);
        else roots.push(list);
        top = { list, level: host ? level : Math.max(level, 0), next: number.value };
        stack.push(top);
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
      top.list.children.push(item);
      top.next = number.value + 1;
    }
    // A bullet line opens the next item; a line after a blank one opens the item's next paragraph, when it has one.
    const place = (lines: string[]) => {
      let at = -1;
      return lines.map((l, i) => {
        if (/^\s*(?:[-*+]|\d+[.)])(?:\s|$)/.test(l)) {
          at++;
          while (places[at]?.continues) at++;
        } else if (l.trim() !== '' && lines[i - 1]?.trim() === '' && places[at + 1]?.continues) at++;
        return places[Math.max(at, 0)] ?? { at: undefined };
      });
    };
    return [{ kind: 'list', nodes: roots, place, text: items.map((p) => p.text).join('\n') }, ...remarks];
  }

  /**
   * A Word table as a GFM table, one Markdown line per row, laid on its grid. A cell merged down repeats in
   * each row it covers (it states the same for each); one merged across keeps its text in its first column
   * only, so a RACI letter is not counted twice. A first row that is one cell across the whole table is its
   * caption, written as a bold line above it. A row that repeats the header word for word is the header
   * shown again on a new page. A row whose first cell lists several items, one paragraph each, with a
   * mark beside each in the other cells ("X" under a party), is read as one row per item.
   */
  private table(table: WordTable, caption: string | undefined): Pending[] {
    const number = ++this.tables;
    const rows = table.rows;
    const firstCells = rows[0]?.cells ?? [];
    const captionRow =
      rows.length > 1 && firstCells.length === 1 && firstCells[0].span > 1 && table.columns > 1
        ? cellPlain(firstCells[0].paragraphs)
        : undefined;
    const skip = captionRow === undefined ? 0 : 1;
    const grid: { cells: Cell[]; row: number; source: WordRow; label?: string }[] = [];
    const down: ({ cell: Cell; rows: number } | undefined)[] = [];
    rows.slice(skip).forEach((row, i) => {
      const rowNumber = i + skip + 1;
      const laid: Cell[] = [];
      for (const cell of row.cells) {
        const column = laid.length;
        const at: WordLocation = {
          kind: 'table',
          table: number,
          row: rowNumber,
          label: rowLabel(row.cells.map((c) => cellPlain(c.paragraphs))),
          xml: row.at,
        };
        let content: Cell;
        if (cell.merge === 'continue' && down[column]) {
          const above = down[column]!;
          above.rows++;
          content = above.cell.plain.length <= WORD_LIMITS.repeatedCellChars ? above.cell : EMPTY;
        } else {
          content = cellOf(cell.paragraphs);
          down[column] = cell.merge === 'restart' ? { cell: content, rows: 1 } : undefined;
          if (cell.merge === 'restart') this.mergedDown(row, rows, i + skip, column, content, at);
        }
        if (cell.span > 1)
          this.note(at, `merged cell '${quote(content.plain)}' spans ${cell.span} columns (read in the first only); check this row`);
        if (cell.nested > 0) this.note(at, 'a table inside this cell was read as text');
        const pictures = cell.paragraphs.reduce((n, p) => n + p.pictures, 0);
        if (pictures > 0) this.note(at, pictureNote(pictures));
        for (let k = 0; k < cell.span; k++) {
          if (k > 0) down[laid.length] = undefined;
          laid.push(k === 0 ? content : EMPTY);
        }
      }
      grid.push({ cells: laid, row: rowNumber, source: row });
    });
    const width = Math.min(Math.max(1, ...grid.map((r) => r.cells.length)), WORD_LIMITS.tableColumns);
    const header = grid[0];
    const body = grid.slice(1).filter((r) => !sameRow(r.cells, header.cells));
    const laidRows = [header, ...body].flatMap((r) => (r === header ? [r] : pairMarks(r, this, number)));
    const padded = laidRows.map((r) => ({
      ...r,
      cells: [...r.cells.slice(0, width), ...Array<Cell>(Math.max(0, width - r.cells.length)).fill(EMPTY)],
    }));
    const rowAt = padded.map((r): WordLocation => ({
      kind: 'table',
      table: number,
      row: r.row,
      label: r.label ?? rowLabel(r.cells.map((c) => c.plain)),
      ...(caption ? { caption } : {}),
      xml: r.source.at,
    }));
    for (const [i, r] of padded.entries()) this.said(r.source, rowAt[i]);
    const mdTable: MdTable = {
      type: 'table',
      children: padded.map((r) => ({ type: 'tableRow', children: r.cells.map((c) => ({ type: 'tableCell', children: c.content })) })),
    };
    const changesAt = padded.map((r) => open(r.source.changes));
    const placeRows = (lines: string[]) => lines.map((_, i) => ({ at: rowAt[Math.max(1, i) - 1], changes: changesAt[Math.max(1, i) - 1] }));
    const text = padded.map((r) => r.cells.map((c) => c.plain).join(' ')).join('\n');
    const plainRows = padded.map((r) => r.cells.map((c) => c.plain));
    const remarks = padded.flatMap((r, i) =>
      padded.findIndex((o) => o.source === r.source) === i ? this.remarks(r.source.changes, r.source.comments, rowAt[i]) : [],
    );
    if (captionRow === undefined) return [{ kind: 'table', nodes: [mdTable], place: placeRows, text, rows: plainRows, rowAt }, ...remarks];
    const captionAt: WordLocation = {
      kind: 'table',
      table: number,
      row: 1,
      label: captionRow,
      ...(caption ? { caption } : {}),
      xml: rows[0].at,
    };
    return [
      {
        kind: 'table',
        nodes: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: captionRow }] }] }, mdTable],
        // The caption line, the blank line under it, then the table.
        place: (lines) => [{ at: captionAt }, { at: undefined }, ...placeRows(lines.slice(2))],
        text,
        rows: plainRows,
        rowAt,
      },
      ...remarks,
    ];
  }

  private mergedDown(row: WordRow, rows: WordRow[], index: number, column: number, content: Cell, at: WordLocation): void {
    let span = 1;
    for (let r = index + 1; r < rows.length; r++) {
      const below = cellAtColumn(rows[r], column);
      if (below?.merge !== 'continue') break;
      span++;
    }
    if (span < 2) return;
    const repeated = content.plain.length <= WORD_LIMITS.repeatedCellChars;
    this.note(
      at,
      `merged cell '${quote(content.plain)}' spans ${span} rows (${repeated ? 'read in each' : `read in the first only: over ${WORD_LIMITS.repeatedCellChars} characters`}); check this row`,
    );
    void row;
  }

  /** Notes the reader left on a paragraph or row, said at its place. */
  private said(where: { notes: ReadingNote[]; pictures?: number }, at: WordLocation): void {
    for (const n of where.notes) this.notes.push({ message: n.message, at, severity: n.severity });
    where.notes = [];
    if (where.pictures) this.note(at, pictureNote(where.pictures));
  }

  /**
   * Open tracked changes and Word comments, kept visible beside the block as HTML comments (not contract
   * text: no rule reads them) and, for changes, as import notes.
   */
  private remarks(changes: TrackedChange[], comments: WordComment[], at: WordLocation): Pending[] {
    const lines: string[] = [];
    for (const change of open(changes) ?? []) {
      this.note(at, `${describeChange(change)}; read as if accepted`);
      lines.push(`Word tracked change, not yet accepted: ${describeChange(change)}`);
    }
    for (const c of comments) lines.push(`Word comment by ${c.author}${c.date ? ` (${c.date.slice(0, 10)})` : ''}: ${c.text}`);
    if (lines.length === 0) return [];
    return [
      {
        kind: 'other',
        nodes: lines.map((l) => ({ type: 'html', value: `<!-- ${remark(l)} -->` })),
        place: (out) => out.map(() => ({ at: undefined })),
        text: '',
      },
    ];
  }

  private note(at: WordLocation, message: string): void {
    this.notes.push({ message, at });
  }
}

interface Cell {
  content: PhrasingContent[];
  plain: string;
}

const EMPTY: Cell = { content: [], plain: '' };

/** A cell's paragraphs, kept apart by a `<br>` (a line break inside a paragraph too); empty paragraphs dropped. */
function cellOf(paragraphs: WordParagraph[]): Cell {
  const content: PhrasingContent[] = [];
  for (const p of paragraphs) {
    if (p.text === '') continue;
    if (content.length > 0) content.push(BR);
    content.push(...labelled(p).map((n) => (n.type === 'break' ? BR : n)));
  }
  return { content, plain: cellPlain(paragraphs) };
}

function cellPlain(paragraphs: WordParagraph[]): string {
  return paragraphs
    .map((p) => p.text)
    .filter((t) => t !== '')
    .join(' ');
}

function cellAtColumn(row: WordRow, column: number): WordRow['cells'][number] | undefined {
  let used = 0;
  for (const cell of row.cells) {
    if (used === column) return cell;
    used += cell.span;
    if (used > column) return undefined;
  }
  return undefined;
}

/** Its number as Word draws it, then its text, without the spaces Word leaves at its ends. */
function labelled(p: WordParagraph): PhrasingContent[] {
  const label = p.number && !p.number.bullet && !(p.number.plain && isListItem(p)) ? p.number.text : '';
  return trimEdges(label ? [{ type: 'text', value: `${label} ` }, ...p.content] : p.content);
}

/** Spaces at a paragraph's start and end, which Markdown would have to write as `&#x20;`. */
function trimEdges(content: PhrasingContent[]): PhrasingContent[] {
  const out = [...content];
  while (out[0]?.type === 'text' && out[0].value.trim() === '') out.shift();
  while (out[out.length - 1]?.type === 'text' && (out[out.length - 1] as { value: string }).value.trim() === '') out.pop();
  if (out[0]?.type === 'text') out[0] = { type: 'text', value: out[0].value.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value.replace(/\s+$/, '') };
  return out;
}

/** A paragraph of the body with words in it: not a heading, nor embedded content Demarc did not read. */
function bodyParagraph(b: WordBlock): b is WordParagraph {
  return b.type === 'paragraph' && !b.heading && !b.placeholder && b.text !== '';
}

/** A paragraph Markdown can show as a list item: a bullet, or a plain number ("3.") outside a heading. */
function isListItem(b: WordBlock): boolean {
  return bodyParagraph(b) && b.number !== undefined && (b.number.bullet || b.number.plain);
}

/** An indented paragraph with no number of its own, which after a list item continues it. */
function continuesItem(b: WordBlock): boolean {
  return bodyParagraph(b) && b.number === undefined && (b.indent ?? 0) > 0;
}

/**
 * The table's name in the document: a caption ("Table 1 – Allocation of Responsibilities") just above
 * the table, or just below it; its designation only ("Table 1").
 */
function captionOf(blocks: WordBlock[], index: number): string | undefined {
  const near = (step: number): string | undefined => {
    for (let i = index + step; i >= 0 && i < blocks.length; i += step) {
      const b = blocks[i];
      if (b.type !== 'paragraph') return undefined;
      if (b.text === '') continue;
      const m = /^(Table|Tbl\.?)\s+([A-Z]?\d+(?:[.-]\d+)*|[A-Z]|[IVXLC]+)\b/i.exec(b.text);
      return m && (b.caption || /^(Table|Tbl\.?)\s+\S+\s*([:.–—-]|$)/i.test(b.text)) ? `${capitalise(m[1])} ${m[2]}` : undefined;
    }
    return undefined;
  };
  return near(-1) ?? near(1);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sameRow(a: Cell[], b: Cell[]): boolean {
  return a.length === b.length && a.some((c) => c.plain !== '') && a.every((c, i) => c.plain === b[i].plain);
}

interface LaidRow {
  cells: Cell[];
  row: number;
  source: WordRow;
  label?: string;
}

/** Short cells a reader reads as marks beside an item: X, ✓, R, A/R. */
const MARK = /^\S{1,4}$/u;

/** A row listing items one paragraph each, with a mark beside each in other cells, as one row per item. */
function pairMarks(row: LaidRow, reader: BlockReader, table: number): LaidRow[] {
  const paragraphs = row.cells.map((c) => (c.content.length === 0 ? [] : splitCell(c)));
  const items = paragraphs.findIndex((p) => p.length >= 2);
  if (items === -1) return [row];
  const k = paragraphs[items].length;
  const others = paragraphs.filter((_, i) => i !== items);
  if (!others.some((p) => p.length === k)) return [row];
  if (!others.every((p) => p.length === 0 || (p.length === k && p.every((c) => c.plain === '' || MARK.test(c.plain))))) return [row];
  if (!others.some((p) => p.some((c) => c.plain !== ''))) return [row];
  const at: WordLocation = { kind: 'table', table, row: row.row, label: paragraphs[items][0].plain };
  reader.notes.push({ message: `the row lists ${k} items, each with its own marks beside it; read as ${k} rows`, at });
  return Array.from({ length: k }, (_, j) => ({
    ...row,
    label: paragraphs[items][j].plain,
    cells: paragraphs.map((p) => (p.length === 0 ? EMPTY : (p[j] ?? EMPTY))),
  }));
}

/** A cell's paragraphs (its `<br>`-separated parts), blank ones kept so marks stay beside their items. */
function splitCell(cell: Cell): Cell[] {
  const parts: Cell[] = [{ content: [], plain: '' }];
  for (const n of cell.content) {
    if (n === BR) parts.push({ content: [], plain: '' });
    else {
      const last = parts[parts.length - 1];
      last.content.push(n);
      last.plain += plainOf(n);
    }
  }
  for (const p of parts) p.plain = p.plain.replace(/\s+/g, ' ').trim();
  return parts;
}

function plainOf(node: PhrasingContent): string {
  if ('value' in node && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as PhrasingContent[]).map(plainOf).join('');
  return '';
}

function pictureNote(count: number): string {
  return `${count === 1 ? 'a picture' : `${count} pictures`} not imported (text only); check what it shows`;
}

/** Changes not yet accepted or rejected; undefined when there are none. */
function open(changes: TrackedChange[]): TrackedChange[] | undefined {
  const shown = changes.filter((c) => c.text.trim() !== '');
  return shown.length > 0 ? shown : undefined;
}

export function describeChange(change: TrackedChange): string {
  const when = change.date ? ` on ${change.date}` : '';
  return `${change.kind === 'insertion' ? 'inserted' : 'deleted'} '${quote(change.text)}' (proposed by ${change.author}${when})`;
}

/** Text inside an HTML comment: no `--` (which would end it early) and one line. */
function remark(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '–')
    .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'));
}

/** What a reviewer calls the row: its first cell with words in it, past a numbering column ("18", "19a"). */
function rowLabel(cells: string[]): string {
  return cells.find((c) => /\p{L}{3}/u.test(c)) ?? cells[0] ?? '';
}

/**
 * Writes every block in one call, split again at separators: the writer compiles its escaping patterns
 * on every call, and a call per block cost seconds of garbage collection on a long document.
 */
function write(pending: Pending[]): Block[] {
  const children = pending.flatMap((b): RootContent[] => [{ type: 'html', value: SEPARATOR }, ...b.nodes]);
  const parts: string[][] = [];
  for (const line of toMarkdown({ type: 'root', children } as MdRoot, MARKDOWN).split('\n')) {
    if (line === SEPARATOR) parts.push([]);
    else parts[parts.length - 1]?.push(line);
  }
  if (parts.length !== pending.length) throw new Error(`the Markdown writer returned ${parts.length} blocks for ${pending.length}`);
  return pending.map(({ nodes: _nodes, place, ...block }, i) => {
    const lines = trimBlank(parts[i]);
    const placed = place(lines);
    return { ...block, lines, at: placed.map((p) => p.at), changes: placed.map((p) => p.changes) };
  });
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}
