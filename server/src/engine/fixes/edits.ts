import {
  cellTexts,
  columnWidths,
  displayWidth,
  formatTableLines,
  isAligned,
  linedUpSpans,
  MIN_WIDTH,
  padCell,
  readTableLines,
  renderRow,
  type TableText,
  widestCounts,
} from '../format/tableLayout';
import type { Cell, SowModel, TableBase } from '../model/types';
import { readTables } from '../queries';
import type { SourceText } from '../source';
import type { TextEdit } from '../types';

/** What a cell or row edit needs: the text, and the model that says which table a line is in. */
export interface EditContext {
  source: SourceText;
  model: SowModel;
}

/**
 * A pipe table's lines, read. `formatted`: written exactly as the formatter writes it; `spans`: the width
 * between each pair of pipes when the pipes line up in every row (aligned by hand or by the formatter).
 */
interface TableLines {
  first: number;
  lines: string[];
  layout: TableText;
  formatted: boolean;
  spans?: number[];
  /** Each column's width as the formatter gives it, and how many cells are that wide (so one edit need not measure the table). */
  widths: number[];
  widest: number[];
}

// Read once per table per analysis: a matrix with a suggestion on every row asks for its table on each.
const readings = new WeakMap<SourceText, Map<number, TableLines | undefined>>();

function tableLines(source: SourceText, table: TableBase): TableLines | undefined {
  if (table.form !== 'table' && table.form !== 'transposed') return undefined;
  const first = table.headerRow.start.line;
  let bySource = readings.get(source);
  if (!bySource) readings.set(source, (bySource = new Map()));
  if (bySource.has(first)) return bySource.get(first);
  const last = Math.max(table.lastRow.start.line, table.delimiterRow.start.line);
  const layout = layoutOf(Array.from({ length: last - first + 1 }, (_, i) => source.lineText(first + i)));
  const read = layout && { first, ...layout };
  bySource.set(first, read);
  return read;
}

function layoutOf(lines: string[]): Omit<TableLines, 'first'> | undefined {
  const layout = readTableLines(lines);
  if (!layout) return undefined;
  const widths = columnWidths(layout);
  return {
    lines,
    layout,
    formatted: isAligned(layout, lines),
    spans: linedUpSpans(layout, lines),
    widths,
    widest: widestCounts(layout, widths),
  };
}

// The model's pipe tables by first line, sorted once per analysis: a suggestion on every row of every
// table would otherwise sort them once per suggestion.
const tablesByModel = new WeakMap<SowModel, TableBase[]>();

function tableOf(model: SowModel, line: number): TableBase | undefined {
  let tables = tablesByModel.get(model);
  if (!tables) tablesByModel.set(model, (tables = readTables(model)));
  let lo = 0;
  let hi = tables.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tables[mid];
    if (line < t.headerRow.start.line) hi = mid - 1;
    else if (line > t.lastRow.start.line) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/**
 * The widths of a formatted table once `placed` texts replace their cells. Measured from the widths read
 * once, unless every widest cell of a column is replaced: only then may it narrow, and it is measured again.
 */
function widthsWith(read: TableLines, placed: readonly Placed[]): number[] {
  const widest = [...read.widest];
  for (const { at, text } of placed) {
    const old = read.layout.rows[at.row].cells[at.column].text;
    if (displayWidth(old) === read.widths[at.column] && old !== text) widest[at.column]--;
  }
  if (widest.some((n, c) => n <= 0 && read.widths[c] > MIN_WIDTH)) return columnWidths(read.layout, textsWith(read, placed));
  const widths = [...read.widths];
  for (const { at, text } of placed) widths[at.column] = Math.max(widths[at.column], displayWidth(text));
  return widths;
}

function textsWith(read: TableLines, placed: readonly Placed[]): string[][] {
  const texts = cellTexts(read.layout);
  for (const { at, text } of placed) texts[at.row][at.column] = text;
  return texts;
}

interface Placed {
  text: string;
  at: { row: number; column: number };
}

/**
 * Replaces cells' contents between their pipes, keeping the table as aligned as it was. In a table written
 * as the formatter writes it, cells are written at the width the formatter gives them: padded to their
 * column, or, when the new text changes a column's width, with the whole table re-aligned in one edit. In a
 * table aligned by hand, a cell keeps its column's width when the text fits (else the table is re-aligned).
 * In a table whose pipes do not line up, each cell is written unpadded.
 */
export function cellEdits(context: EditContext, replacements: readonly { cell: Cell; text: string }[]): TextEdit[] {
  const { source, model } = context;
  const pipeCells = replacements.filter(({ cell }) => {
    if (cell.form === 'list') throw new Error('a list item is not a cell: offer no cell edit for it');
    return cell.form !== 'html';
  });
  const edits = replacements.filter(({ cell }) => cell.form === 'html').map(({ cell, text }) => htmlCellEdit(source, cell, text));
  if (pipeCells.length === 0) return edits;
  const table = tableOf(model, pipeCells[0].cell.range.start.line);
  const read = table && tableLines(source, table);
  const located = read?.spans ? pipeCells.map((r) => ({ text: escapePipes(r.text), at: locate(read, r.cell) })) : [];
  if (!read?.spans || located.length === 0 || located.some((p) => !p.at))
    return [...edits, ...pipeCells.map((r) => unpaddedCellEdit(source, r.cell, r.text))];
  const placed = located as Placed[];
  const widths = read.formatted ? widthsWith(read, placed) : read.spans.map((s) => s - 2);
  const fits = read.formatted
    ? read.widths.every((w, c) => w === widths[c])
    : placed.every(({ at, text }) => displayWidth(text) <= widths[at.column]);
  if (!fits) return [...edits, wholeTable(source, read, formatTableLines(read.layout, textsWith(read, placed)))];
  return [
    ...edits,
    ...placed.map(({ at, text }) => {
      const { row, column } = at;
      const cell = read.layout.rows[row].cells[column];
      const line = read.first + row;
      const align = read.formatted ? read.layout.aligns[column] : undefined;
      return {
        range: { start: { line, character: cell.from }, end: { line, character: cell.to } },
        newText: ` ${padCell(text, widths[column], align)} `,
      };
    }),
  ];
}

/** One cell's edit: `cellEdits` for a single cell. */
export function replaceCell(context: EditContext, cell: Cell, newText: string): TextEdit[] {
  return cellEdits(context, [{ cell, text: newText }]);
}

/** The row and column of a model cell in the table as written. */
function locate(read: TableLines, cell: Cell): { row: number; column: number } | undefined {
  const row = cell.range.start.line - read.first;
  const column = read.layout.rows[row]?.cells.findIndex((c) => c.from <= cell.range.start.character && cell.range.start.character <= c.to);
  return row === 1 || column === undefined || column < 0 ? undefined : { row, column };
}

function wholeTable(source: SourceText, read: TableLines, lines: readonly string[]): TextEdit {
  const last = read.first + read.lines.length - 1;
  return { range: { start: { line: read.first, character: 0 }, end: source.lineRange(last).end }, newText: lines.join(source.eol) };
}

const escapePipes = (text: string) => text.replace(/\|/g, '\\|');

function htmlCellEdit(source: SourceText, cell: Cell, newText: string): TextEdit {
  const t = source.text;
  const from = source.offsetAt(cell.range.start);
  const to = source.offsetAt(cell.range.end);
  const open = t.indexOf('>', from) + 1;
  // The cell's own closing tag ends at `to`: a search from `to` itself would find a `</tr>` standing right after it.
  const close = t.lastIndexOf('</', to - 1);
  const escaped = newText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { range: source.rangeOf(open, close > open ? close : to), newText: escaped };
}

/** A cell of a table that is not aligned: its text with one space either side, as a person types it. */
function unpaddedCellEdit(source: SourceText, cell: Cell, newText: string): TextEdit {
  const t = source.text;
  let start = source.offsetAt(cell.range.start);
  let end = source.offsetAt(cell.range.end);
  while (start > 0 && (t[start - 1] === ' ' || t[start - 1] === '\t')) start--;
  while (end < t.length && (t[end] === ' ' || t[end] === '\t')) end++;
  const atLineStart = start === 0 || t[start - 1] === '\n' || t[start - 1] === '\r';
  return { range: source.rangeOf(start, end), newText: `${atLineStart ? '' : ' '}${escapePipes(newText)} ` };
}

/**
 * A row for the end of a table: after its last row (or its delimiter row when it has none), with the
 * prefix its rows carry when the table stands in a quote or a list item, so the row joins the table.
 */
export function appendTableRow(context: EditContext, table: TableBase, values: string[]): TextEdit[] {
  if (table.form !== 'table') return [];
  const line = Math.max(table.lastRow.start.line, table.delimiterRow.start.line);
  return insertTableRow(context, table, line, values);
}

/** A row right after the delimiter row: the first row of the table. None for an HTML table. */
export function prependTableRow(context: EditContext, table: TableBase, values: string[]): TextEdit[] {
  return table.form !== 'table' ? [] : insertTableRow(context, table, table.delimiterRow.start.line, values);
}

/** A new row with exactly the table's number of cells, as wide as the table's columns when they line up. */
function insertTableRow(context: EditContext, table: TableBase, after: number, values: string[]): TextEdit[] {
  const { source } = context;
  const cells = Array.from({ length: table.columnCount }, (_, i) => escapePipes(values[i] ?? ''));
  const prefix = /^[\s>]*/.exec(source.lineText(after) ?? '')?.[0] ?? '';
  const read = tableLines(source, table);
  if (!read?.spans) return [insertLinesAfter(source, after, [`${prefix}| ${cells.join(' | ')} |`])];
  const at = after - read.first + 1;
  const columns = Math.max(read.widths.length, cells.length);
  const widths = read.formatted
    ? Array.from({ length: columns }, (_, c) => Math.max(read.widths[c] ?? MIN_WIDTH, displayWidth(cells[c] ?? '')))
    : read.spans.map((s) => s - 2);
  const fits = read.formatted ? widths.every((w, c) => w === read.widths[c]) : cells.every((text, c) => displayWidth(text) <= widths[c]);
  const rowPrefix = read.layout.rows[at - 1].prefix;
  if (fits) return [insertLinesAfter(source, after, [renderRow(rowPrefix, cells, widths, read.formatted ? read.layout.aligns : [])])];
  const texts = cellTexts(read.layout);
  texts.splice(at, 0, cells);
  const rows = [...read.layout.rows];
  rows.splice(at, 0, { prefix: rowPrefix, cells: [] });
  return [wholeTable(source, read, formatTableLines({ rows, aligns: read.layout.aligns }, texts))];
}

/** Inserts whole lines after a line, in the document's own line break style. */
export function insertLinesAfter(source: SourceText, line: number, lines: string[]): TextEdit {
  const at = source.lineRange(line).end;
  return { range: { start: at, end: at }, newText: lines.map((l) => source.eol + l).join('') };
}

/**
 * Appends a block at the end of the document, separated by one blank line. A fence or HTML comment
 * the document leaves open would swallow the block, so it is closed first.
 */
export function appendBlock(document: { source: SourceText; model: SowModel }, lines: string[]): TextEdit {
  const { source, model } = document;
  const end = source.positionAt(source.text.length);
  const eol = source.eol;
  let text = source.text;
  let closer = '';
  if (model.openBlockCloser) {
    closer = (text === '' || text.endsWith('\n') ? '' : eol) + model.openBlockCloser + eol;
    text += closer;
  }
  const trailing = text === '' || text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
  return { range: { start: end, end }, newText: closer + trailing + lines.join(eol) + eol };
}
