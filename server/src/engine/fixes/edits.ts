import type { Cell, SowModel, TableBase } from '../model/types';
import type { SourceText } from '../source';
import type { TextEdit } from '../types';

/**
 * Replaces a cell's content between its pipes, keeping the cell's width when the new text fits,
 * so aligned tables stay aligned.
 */
export function replaceCell(source: SourceText, cell: Cell, newText: string): TextEdit {
  if (cell.form === 'list') throw new Error('a list item is not a cell: offer no cell edit for it');
  const t = source.text;
  if (cell.form === 'html') {
    const from = source.offsetAt(cell.range.start);
    const to = source.offsetAt(cell.range.end);
    const open = t.indexOf('>', from) + 1;
    const close = t.lastIndexOf('</', to);
    const escaped = newText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return { range: source.rangeOf(open, close > open ? close : to), newText: escaped };
  }
  let start = source.offsetAt(cell.range.start);
  let end = source.offsetAt(cell.range.end);
  while (start > 0 && (t[start - 1] === ' ' || t[start - 1] === '\t')) start--;
  while (end < t.length && (t[end] === ' ' || t[end] === '\t')) end++;
  const width = end - start;
  const escaped = newText.replace(/\|/g, '\\|');
  const atLineStart = start === 0 || t[start - 1] === '\n' || t[start - 1] === '\r';
  const lead = atLineStart ? '' : ' ';
  let inner = `${lead}${escaped} `;
  if (inner.length < width) inner = inner.padEnd(width, ' ');
  return { range: source.rangeOf(start, end), newText: inner };
}

/**
 * A row for the end of a table: after its last row (or its delimiter row when it has none), with the
 * prefix its rows carry when the table stands in a quote or a list item, so the row joins the table.
 */
export function appendTableRow(source: SourceText, table: TableBase, values: string[]): TextEdit | undefined {
  if (table.form !== 'table') return undefined;
  const line = Math.max(table.lastRow.start.line, table.delimiterRow.start.line);
  return insertTableRow(source, table, line, values);
}

/** A row right after the delimiter row: the first row of the table. None for an HTML table. */
export function prependTableRow(source: SourceText, table: TableBase, values: string[]): TextEdit | undefined {
  return table.form !== 'table' ? undefined : insertTableRow(source, table, table.delimiterRow.start.line, values);
}

function insertTableRow(source: SourceText, table: TableBase, after: number, values: string[]): TextEdit {
  const prefix = /^[\s>]*/.exec(source.lineText(after) ?? '')?.[0] ?? '';
  return insertLinesAfter(source, after, [prefix + tableRow(table.columnCount, values)]);
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

/** A table row with exactly `columns` cells, so inserted rows never make a table ragged. */
function tableRow(columns: number, values: string[]): string {
  const cells: string[] = [];
  for (let i = 0; i < columns; i++) cells.push((values[i] ?? '').replace(/\|/g, '\\|'));
  return `| ${cells.join(' | ')} |`;
}
