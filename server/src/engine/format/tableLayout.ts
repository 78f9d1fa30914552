// How a pipe table is laid out when it is aligned: one home for the widths, padding and delimiter row
// that the formatter writes and that fixes write cells and rows at. Works on the table's lines as text,
// split into cells the way GFM splits them (an unescaped pipe ends a cell, even in a code span).
import { eastAsianWidth } from 'get-east-asian-width';

export type Alignment = 'left' | 'right' | 'center' | undefined;

/** One cell of a row as written: its text without padding, and its content's span in the line (between the pipes). */
export interface RowCell {
  text: string;
  /** Just after the pipe before the cell (or where the row starts), and at the pipe after it (or the line's end). */
  from: number;
  to: number;
}

/** A row (or the delimiter row) as written: what stands before the table on its line (indent, `>`), and its cells. */
export interface RowText {
  prefix: string;
  cells: RowCell[];
}

/** A pipe table as written: its rows in line order, the delimiter row second, and each column's alignment. */
export interface TableText {
  rows: RowText[];
  aligns: Alignment[];
}

/** Indentation and blockquote markers before a row: kept as they are. */
const PREFIX = /^\uFEFF?[ \t>]*/;
const DELIMITER_CELL = /^:?-+:?$/;
/** A column is never narrower than a delimiter cell that can carry both colons. */
export const MIN_WIDTH = 3;

/** How many columns a monospace editor gives a text: wide East Asian characters take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x7f) width += cp >= 0x20 ? 1 : 0;
    else if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch) || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    else width += eastAsianWidth(cp);
  }
  return width;
}

/**
 * The cells of one row, from `prefixLength` on: a leading and a trailing pipe are optional, and a
 * backslash escapes a pipe or a backslash. Undefined when the row has no cell.
 */
export function splitRow(line: string, prefixLength = PREFIX.exec(line)![0].length): RowText | undefined {
  const prefix = line.slice(0, prefixLength);
  let end = line.length;
  while (end > prefixLength && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  let i = prefixLength;
  while (i < end && (line[i] === ' ' || line[i] === '\t')) i++;
  if (i >= end) return undefined;
  const leading = line[i] === '|';
  let from = leading ? i + 1 : prefixLength;
  const cells: RowCell[] = [];
  for (let j = from; j < end; j++) {
    const c = line[j];
    if (c === '\\' && (line[j + 1] === '|' || line[j + 1] === '\\')) j++;
    else if (c === '|') {
      cells.push(cellOf(line, from, j));
      from = j + 1;
    }
  }
  // Text after the last pipe is a cell; nothing after it means that pipe closed the row.
  if (from < end) cells.push(cellOf(line, from, end));
  return cells.length ? { prefix, cells } : undefined;
}

// Trimmed by index: a regex anchored at the end retries at every space of a long run (quadratic).
function cellOf(line: string, from: number, to: number): RowCell {
  let start = from;
  let end = to;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return { text: line.slice(start, end), from, to };
}

/**
 * Reads a table's lines (header, delimiter, body rows). `prefixLengths` gives where a row starts when the
 * caller knows it better than the line's indentation and `>` markers do (a table on a list item's first line).
 * Undefined when the second line is no delimiter row or a row has no cells: such text is left alone.
 */
export function readTableLines(lines: readonly string[], prefixLengths: readonly (number | undefined)[] = []): TableText | undefined {
  if (lines.length < 2) return undefined;
  const rows: RowText[] = [];
  for (const [i, line] of lines.entries()) {
    const row = splitRow(line, prefixLengths[i] ?? PREFIX.exec(line)![0].length);
    if (!row) return undefined;
    rows.push(row);
  }
  const delimiter = rows[1].cells;
  if (delimiter.length !== rows[0].cells.length || !delimiter.every((c) => DELIMITER_CELL.test(c.text))) return undefined;
  const aligns = delimiter.map(({ text }): Alignment => {
    const left = text.startsWith(':');
    const right = text.endsWith(':');
    return left && right ? 'center' : right ? 'right' : left ? 'left' : undefined;
  });
  return { rows, aligns };
}

/** Each column's width in an aligned table: its widest cell, delimiter row aside, and at least three. */
export function columnWidths(table: TableText, texts: readonly (readonly string[])[] = cellTexts(table)): number[] {
  const widths: number[] = [];
  texts.forEach((cells, r) => {
    if (r === 1) return;
    cells.forEach((text, c) => (widths[c] = Math.max(widths[c] ?? MIN_WIDTH, displayWidth(text))));
  });
  return widths;
}

/** How many cells of each column (delimiter row aside) are as wide as the column. */
export function widestCounts(table: TableText, widths: readonly number[]): number[] {
  const counts = widths.map(() => 0);
  table.rows.forEach((row, r) => {
    if (r !== 1) row.cells.forEach((c, i) => displayWidth(c.text) === widths[i] && counts[i]++);
  });
  return counts;
}

export function cellTexts(table: TableText): string[][] {
  return table.rows.map((r) => r.cells.map((c) => c.text));
}

/** A cell's text padded to its column's width, on the side its alignment asks for. */
export function padCell(text: string, width: number, align: Alignment): string {
  const room = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') return ' '.repeat(room >> 1) + text + ' '.repeat(room - (room >> 1));
  return text + ' '.repeat(room);
}

/** One row as the formatter writes it: `| a   | b |` after the row's own prefix. */
export function renderRow(prefix: string, texts: readonly string[], widths: readonly number[], aligns: readonly Alignment[]): string {
  return `${prefix}| ${texts.map((t, c) => padCell(t, widths[c], aligns[c])).join(' | ')} |`;
}

function renderDelimiter(prefix: string, widths: readonly number[], aligns: readonly Alignment[]): string {
  const cells = aligns.map((align, c) => {
    const w = widths[c];
    if (align === 'center') return `:${'-'.repeat(w - 2)}:`;
    if (align === 'right') return `${'-'.repeat(w - 1)}:`;
    if (align === 'left') return `:${'-'.repeat(w - 1)}`;
    return '-'.repeat(w);
  });
  return `${prefix}| ${cells.join(' | ')} |`;
}

/**
 * The table's lines as the formatter writes them, optionally with other cell texts (`texts`, one array per
 * line, the delimiter's included): pipes aligned, each cell padded to its column's width. Every row keeps
 * its own number of cells, so a short row stays short, as GFM reads it.
 */
export function formatTableLines(table: TableText, texts: readonly (readonly string[])[] = cellTexts(table)): string[] {
  const widths = columnWidths(table, texts);
  return table.rows.map((row, r) =>
    r === 1 ? renderDelimiter(row.prefix, widths, table.aligns) : renderRow(row.prefix, texts[r], widths, table.aligns),
  );
}

/** Whether the table is written exactly as the formatter writes it: then edits keep it so. */
export function isAligned(table: TableText, lines: readonly string[]): boolean {
  const formatted = formatTableLines(table);
  return formatted.every((l, i) => l === lines[i]);
}

/**
 * The width between each pair of pipes when every row's pipes stand where the header's do (a table aligned
 * by hand, perhaps with more padding than the formatter gives); undefined when they do not line up.
 */
export function linedUpSpans(table: TableText, lines: readonly string[]): number[] | undefined {
  const pipesOf = (r: number): number[] | undefined => {
    const line = lines[r];
    const { cells } = table.rows[r];
    const first = cells[0].from - 1;
    if (first < 0 || line[first] !== '|') return undefined;
    let at = displayWidth(line.slice(0, first));
    const pipes = [at];
    for (const c of cells) {
      if (line[c.to] !== '|') return undefined;
      at += 1 + displayWidth(line.slice(c.from, c.to));
      pipes.push(at);
    }
    return pipes;
  };
  const header = pipesOf(0);
  if (!header) return undefined;
  for (let r = 1; r < table.rows.length; r++) {
    const pipes = pipesOf(r);
    if (!pipes || pipes.some((p, i) => i < header.length && p !== header[i])) return undefined;
  }
  return header.slice(1).map((p, i) => p - header[i] - 1);
}
