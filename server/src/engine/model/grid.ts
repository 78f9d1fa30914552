// A table as the readers see it, whatever it was written as: header cells and rows of cells with their
// ranges. GFM pipe tables come from mdast; HTML tables (as pandoc and Word exports write them) from hast.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Html, Table } from 'mdast';
import type { SourceText } from '../source';
import type { Range } from '../types';
import { parseDuration } from '../vocabulary/duration';
import { writtenAsLetters } from '../vocabulary/raci';
import { readCell, rowRange } from './cells';
import type { Cell } from './types';

export interface GridRow {
  range: Range;
  /** One per column; undefined where the row has no such cell. */
  cells: (Cell | undefined)[];
}

export interface Grid {
  header: Cell[];
  headerRow: Range;
  /** Where rows are inserted after; an HTML table has none, and takes no row edits. */
  delimiterRow: Range;
  /** The row of group headings over a two-row header ("Fully managed" over "Provider | Client"), as laid out. */
  groupHeader?: Cell[];
  rows: GridRow[];
  form: 'table' | 'html';
}

export function gridOfTable(table: Table, source: SourceText): Grid | undefined {
  const [header, ...body] = table.children;
  if (!header) return undefined;
  const headerRow = rowRange(header, source);
  return withHeaderFound({
    header: header.children.map((c) => readCell(c, source)),
    headerRow,
    delimiterRow: source.lineRange(headerRow.start.line + 1),
    rows: body.map((row) => ({ range: rowRange(row, source), cells: row.children.map((c) => readCell(c, source)) })),
    form: 'table',
  });
}

/**
 * Tables exported from word processors and wikis often leave the header row empty, or give it one caption
 * cell, and put the real header in the first row below: that row's cells are then the header. The table is
 * still known by its first line.
 */
function withHeaderFound(grid: Grid): Grid {
  const filled = (cells: readonly (Cell | undefined)[]) => cells.filter((c) => c && c.text !== '').length;
  const [first, ...rest] = grid.rows;
  if (first && twoRowHeader(grid.header, first.cells, rest)) {
    return { ...grid, header: first.cells.map((c, i) => (c && c.text !== '' ? c : grid.header[i])), groupHeader: grid.header, rows: rest };
  }
  if (!first || grid.header.length < 2 || filled(grid.header) > 1 || filled(first.cells) < 2) return grid;
  if (filled(grid.header) === 1 && grid.header.length < 3) return grid;
  // A row that states a time or a role is a row of the table, not its header: a table with no header at all
  // ("| P1 - Critical | Response within 30 minutes |" first) keeps every row.
  if (holdsData(first.cells)) return grid;
  return { ...grid, header: first.cells.map((c, i) => c ?? { text: '', range: grid.header[i]?.range ?? first.range }), rows: rest };
}

/** Whether a row's cells state what a table's rows hold, a duration or a role, as no header does. */
function holdsData(cells: readonly (Cell | undefined)[]): boolean {
  return cells.some((c) => c !== undefined && c.text !== '' && (parseDuration(c.text) !== undefined || writtenAsLetters(c.text)));
}

/**
 * A header of two rows, as Word writes one with a group heading over some columns ("Service |
 * Responsibility | " over "Service | Provider | Client"): the first cell is merged down both rows, so
 * the row below repeats it (or, as some exports write it, leaves it empty), and fills the columns the group
 * heading left empty. That row is the header.
 */
function twoRowHeader(header: readonly Cell[], first: readonly (Cell | undefined)[], rest: readonly GridRow[]): boolean {
  const lead = header[0]?.text ?? '';
  if (lead === '' || first.length !== header.length || !header.some((c, i) => c.text === '' && (first[i]?.text ?? '') !== '')) return false;
  if (first[0]?.text === lead) return true;
  // Or the merged cell written once, above: the row below leaves it empty, where every row under it names its row.
  return (
    (first[0]?.text ?? '') === '' &&
    first.filter((c) => c && c.text !== '').length >= 2 &&
    rest.length > 0 &&
    rest.every((r) => (r.cells[0]?.text ?? '') !== '')
  );
}

/**
 * Whether a browser shows an element: not with the `hidden` attribute, `display:none` or `visibility:hidden`.
 * A reader does not see it, so Demarc does not read it (and says so).
 */
export function isHidden(element: Element): boolean {
  if (element.properties?.hidden !== undefined && element.properties.hidden !== false) return true;
  const style = String(element.properties?.style ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');
  return /(?:^|;)display:none|(?:^|;)visibility:hidden/.test(style);
}

/**
 * Tables in an HTML block; the first row with header cells (or the first row) is the header. What a browser
 * hides (a hidden table, row or cell) is left out and its place added to `hidden`.
 */
export function gridsOfHtml(node: Html, source: SourceText, hidden: Range[] = []): Grid[] {
  if (!/<table[\s>]/i.test(node.value)) return [];
  const base = node.position?.start.offset ?? 0;
  const tree: HastRoot = fromHtml(node.value, { fragment: true });
  const grids: Grid[] = [];
  const visit = (n: HastRoot | ElementContent): void => {
    if (n.type === 'element' && isHidden(n)) {
      hidden.push(rangeOf(n, base, source));
      return;
    }
    if (n.type === 'element' && n.tagName === 'table') {
      const grid = gridOfElement(n, base, source, hidden);
      if (grid) grids.push(grid);
      return;
    }
    if ('children' in n) for (const c of n.children) visit(c as ElementContent);
  };
  visit(tree);
  return grids;
}

/** An HTML table's rows, through thead/tbody/tfoot, not those of a table nested in a cell. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const collect = (n: Element): void => {
    for (const c of n.children) {
      if (c.type !== 'element' || c.tagName === 'table') continue;
      if (c.tagName === 'tr') rows.push(c);
      else collect(c);
    }
  };
  collect(table);
  return rows;
}

function isTableCell(node: ElementContent): node is Element {
  return node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
}

/** An HTML cell's text as a reader sees it: block breaks and runs of spaces are one space. */
function cellText(cell: Element): string {
  return toText(cell).replace(/\s+/g, ' ').trim();
}

/** Whether all an HTML cell says is in bold (`<td><strong>Network</strong></td>`), as a pipe cell's `**Network**`. */
function writtenInBold(node: Element, depth = 0): boolean {
  const said = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'comment');
  if (said.length !== 1 || said[0].type !== 'element' || depth > 3) return false;
  const only = said[0];
  return (
    only.tagName === 'strong' || only.tagName === 'b' || (['p', 'span', 'div'].includes(only.tagName) && writtenInBold(only, depth + 1))
  );
}

function gridOfElement(table: Element, base: number, source: SourceText, hidden: Range[]): Grid | undefined {
  const shown = tableRows(table).filter((r) => {
    if (!isHidden(r)) return true;
    hidden.push(rangeOf(r, base, source));
    return false;
  });
  const ranged = shown.filter((r) => r.position?.start.offset !== undefined);
  if (ranged.length === 0) return undefined;
  // The header is the first row of header cells only; a row whose first cell alone is a <th> is a row with a label
  // (a row header), not the table's header. With no such row the first row heads the table, unless every row is
  // led by a row header or the first states a time or a role as rows do: then the table has no header, and every
  // row is read.
  const cellsOf = ranged.map((r) => r.children.filter(isTableCell));
  const allHeaders = cellsOf.findIndex((cells) => cells.length > 0 && cells.every((c) => c.tagName === 'th' || cellText(c) === ''));
  const headerIndex = allHeaders >= 0 ? allHeaders : 0;
  // A hidden cell keeps its column, empty: what it says is not read.
  const cellOf = (c: Element): Cell => {
    if (isHidden(c)) hidden.push(rangeOf(c, base, source));
    const text = isHidden(c) ? '' : cellText(c);
    const cell: Cell = { text, range: rangeOf(c, base, source), form: 'html' as const };
    return text !== '' && writtenInBold(c) ? { ...cell, bold: true } : cell;
  };
  const laid = layOut(ranged, cellOf);
  const headerRow = rangeOf(ranged[headerIndex], base, source);
  const width = laid.reduce((most, r) => Math.max(most, r.cells.length), 0);
  // Every row led by its own header cell (a column of row labels) and no header row: no header at all.
  const headless = allHeaders < 0 && (cellsOf.every((cells) => cells[0]?.tagName === 'th') || holdsData(laid[0].cells));
  const header = headless ? laid[0].cells.map((c) => ({ text: '', range: c.range, form: 'html' as const })) : laid[headerIndex].cells;
  const grid: Grid = {
    header,
    headerRow,
    delimiterRow: headerRow,
    rows: laid
      .slice(headless ? 0 : headerIndex + 1)
      // One cell across the whole table labels the rows below it; it is no row of the table's kind.
      .filter((r) => !(width > 1 && r.spansAll))
      .map((r) => ({ range: rangeOf(r.row, base, source), cells: r.cells })),
    form: 'html',
  };
  return headless ? grid : withHeaderFound(grid);
}

/** An HTML table's cell texts, row by row, laid out as a browser lays them out (see layOut): what an export writes. */
export function htmlTableTexts(table: Element): string[][] {
  const none = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return layOut(tableRows(table), (c) => ({ text: cellText(c), range: none })).map((r) => r.cells.map((c) => c.text));
}

/**
 * Rows as a browser lays them out: a cell merged across columns (`colspan`) holds its first column and
 * leaves the others empty, and one merged down rows (`rowspan`) stands in each row it spans, so every
 * cell keeps the column of the header above it.
 */
function layOut(rows: readonly Element[], cellOf: (c: Element) => Cell): { row: Element; cells: Cell[]; spansAll: boolean }[] {
  const carried: ({ cell: Cell; rows: number } | undefined)[] = [];
  const takeCarried = (cells: Cell[], column: number): boolean => {
    const c = carried[column];
    if (!c || c.rows <= 0) return false;
    cells[column] = c.cell;
    c.rows--;
    return true;
  };
  return rows.map((row) => {
    const cells: Cell[] = [];
    const own = row.children.filter(isTableCell);
    let column = 0;
    for (const element of own) {
      while (takeCarried(cells, column)) column++;
      const cell = cellOf(element);
      // Every cell keeps a column of its own; merging widens a row only up to MAX_COLUMNS.
      const across = Math.max(1, Math.min(span(element.properties?.colSpan), MAX_COLUMNS - column));
      const down = Math.min(span(element.properties?.rowSpan), 65534);
      for (let k = 0; k < across; k++) {
        cells[column + k] = k === 0 ? cell : { text: '', range: cell.range, form: 'html' };
        if (down > 1) carried[column + k] = { cell: cells[column + k], rows: down - 1 };
      }
      column += across;
    }
    for (let c = column; c < carried.length; c++) takeCarried(cells, c);
    const some = cells.find(Boolean);
    for (let i = 0; i < cells.length; i++) cells[i] ??= { text: '', range: some!.range, form: 'html' };
    return { row, cells, spansAll: own.length === 1 && span(own[0].properties?.colSpan) > 1 };
  });
}

/** How wide merged cells may make a row: a hostile colspan must not make every row a million cells. */
const MAX_COLUMNS = 256;

function span(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

function rangeOf(node: Element, base: number, source: SourceText): Range {
  const start = base + (node.position?.start.offset ?? 0);
  const end = base + (node.position?.end.offset ?? node.position?.start.offset ?? 0);
  return source.rangeOf(start, end);
}

/** What a reader made of a grid: the table it read, or why a table of its kind could not be read. */
export type ReadResult<T> = { read: T } | { unread: string };
