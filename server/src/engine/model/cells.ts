import type { Nodes, TableCell, TableRow } from 'mdast';
import { textOf } from './text';
import type { SourceText } from '../source';
import type { Range } from '../types';
import type { Grid } from './grid';
import type { Cell, ColumnRole, TableBase } from './types';
import { fold } from '../vocabulary/words';

/** The cell's text and the range between its pipes, trimmed of padding. */
export function readCell(cell: TableCell, source: SourceText): Cell {
  const text = shownText(cell).trim();
  const { start, end } = innerSpan(cell, source);
  let s = start;
  let e = end;
  const t = source.text;
  while (s < e && (t[s] === ' ' || t[s] === '\t')) s++;
  while (e > s && (t[e - 1] === ' ' || t[e - 1] === '\t')) e--;
  const bold = cell.children.length === 1 && cell.children[0].type === 'strong' && text !== '';
  return bold ? { text, range: source.rangeOf(s, e), bold } : { text, range: source.rangeOf(s, e) };
}

/**
 * A cell's text as a reader sees it: a line break written `<br>` (how Word and wiki exports put several
 * paragraphs in one cell) is a space, and other inline HTML tags are not text. Quoted in messages as shown.
 */
function shownText(node: Nodes): string {
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value.trim()) ? ' ' : '';
  if (node.type === 'break') return ' ';
  if ('children' in node) {
    const children = node.children as Nodes[];
    return children
      .map((c, i) => {
        const text = shownText(c);
        const after = children[i - 1]?.type;
        return c.type === 'text' && (after === 'link' || after === 'image') ? text.replace(ATTRIBUTE_LIST, '') : text;
      })
      .join('');
  }
  return textOf(node);
}

/**
 * An attribute list written right after a link (`[Tailscale](https://…){target=_blank}`, `{: .button}`): MkDocs,
 * kramdown and Pandoc put it on the link, not on the page, so it is no part of the cell's words.
 */
const ATTRIBUTE_LIST = /^\{:?\s*(?:[#.]?[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s}]*))?\s*)+\}/;

/** Offsets between a cell's pipes, padding included: what a cell edit replaces. */
function innerSpan(cell: TableCell, source: SourceText): { start: number; end: number } {
  const t = source.text;
  let start = cell.position?.start.offset ?? 0;
  let end = cell.position?.end.offset ?? start;
  if (t[start] === '|') start++;
  if (end > start && t[end - 1] === '|' && t[end - 2] !== '\\') end--;
  return { start, end };
}

export function rowRange(row: TableRow, source: SourceText): Range {
  const line = (row.position?.start.line ?? 1) - 1;
  return source.lineRange(line);
}

/** The base of every recognised table, from its grid and the role of each column. */
export function tableBase<Role extends ColumnRole>(grid: Grid, columns: Role[]): TableBase<Role> {
  const last = grid.rows[grid.rows.length - 1];
  return {
    headerRow: grid.headerRow,
    headerCells: grid.header,
    columns,
    form: grid.form,
    delimiterRow: grid.delimiterRow,
    lastRow: last?.range ?? grid.headerRow,
    columnCount: grid.header.length,
  };
}

/** Folded header words, for the readers' tests. */
export function headerWords(grid: Grid): string[] {
  return grid.header.map((c) => fold(c.text));
}

/** The share of a column's non-empty cells that pass a test (0 when the column has none). */
export function shareOf(grid: Grid, column: number, test: (text: string) => boolean): number {
  let filled = 0;
  let passed = 0;
  for (const row of grid.rows) {
    const text = row.cells[column]?.text ?? '';
    if (text === '') continue;
    filled++;
    if (test(text)) passed++;
  }
  return filled === 0 ? 0 : passed / filled;
}
