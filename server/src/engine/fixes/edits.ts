import type { Cell, SowModel } from '../model/types';
import type { SourceText } from '../source';
import type { Range, TextEdit } from '../types';

/**
 * Replaces a cell's content between its pipes, keeping the cell's width when the new text fits,
 * so aligned tables stay aligned.
 */
export function replaceCell(source: SourceText, cell: Cell, newText: string): TextEdit {
  const t = source.text;
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
export function tableRow(columns: number, values: string[]): string {
  const cells: string[] = [];
  for (let i = 0; i < columns; i++) cells.push((values[i] ?? '').replace(/\|/g, '\\|'));
  return `| ${cells.join(' | ')} |`;
}

export function emptyRange(range: Range): Range {
  return { start: range.start, end: range.start };
}
