// Pipe tables Markdown does not parse as tables: a header row and a delimiter row indented under a list item
// by less than its text, or by four spaces after a paragraph, are the paragraph's text (or a code block) to
// every Markdown reader, though their author wrote a table. Demarc reads them as the tables they were meant
// to be, and says where they stand so they can be mended (moved to the indent that makes them a table).
import type { Code, Paragraph, Table } from 'mdast';
import { parseMarkdown } from '../parse';
import { SourceText } from '../source';
import type { Range } from '../types';
import { gridOfTable, type Grid } from './grid';

export interface StrayTable {
  grid: Grid;
  /** The table's lines in the document, first to last (0-based). */
  lines: { first: number; last: number };
  /** The indent that makes these lines a table where they stand (the text column of the list item), when known. */
  indent?: number;
  /** The table ends its paragraph or block: moved, no text after it joins it as a row. */
  endsBlock: boolean;
  /** Markdown took the lines for an indented code block, not a paragraph's text. */
  asCode: boolean;
}

/** A delimiter row (`| --- | :-: |`), checked piece by piece: no pattern walks a long run of spaces. */
function isDelimiterRow(line: string): boolean {
  const t = line.trim();
  if (!t.includes('-') || !/^[|:\- \t]+$/.test(t)) return false;
  const pieces = t.replace(/^\|/, '').replace(/\|$/, '').split('|');
  return pieces.every((p) => /^:?-+:?$/.test(p.trim()));
}
const MAX_LINES = 20_000;

/** Cells of a pipe row, by its unescaped pipes: enough to match a header row to its delimiter row. */
function cellCount(line: string): number {
  const t = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).length;
}

/**
 * The pipe tables written inside a paragraph or an indented code block. `indent` is the text column of the
 * list item the node stands in (0 at the top level), or undefined inside a quote.
 */
export function strayTablesIn(node: Paragraph | Code, source: SourceText, indent: number | undefined): StrayTable[] {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || end === undefined || end - start > MAX_LINES) return [];
  if (node.type === 'code' && /^\s*(?:`{3,}|~{3,})/.test(source.lineText(start - 1))) return [];
  const found: StrayTable[] = [];
  for (let l = start; l < end; l++) {
    const header = source.lineText(l - 1);
    const delimiter = source.lineText(l);
    if (!header.includes('|') || !isDelimiterRow(delimiter) || cellCount(header) !== cellCount(delimiter)) continue;
    let last = l;
    while (last + 1 < end && source.lineText(last + 1).includes('|')) last++;
    const grid = gridOfLines(source, l - 1, last);
    if (grid) found.push({ grid, lines: { first: l - 1, last }, indent, endsBlock: last === end - 1, asCode: node.type === 'code' });
    l = last + 1;
  }
  return found;
}

/** The lines as a table: each taken out of its indent and parsed alone, its ranges put back where the lines stand. */
function gridOfLines(source: SourceText, first: number, last: number): Grid | undefined {
  const indents: number[] = [];
  const lines: string[] = [];
  for (let l = first; l <= last; l++) {
    const text = source.lineText(l);
    const indent = text.length - text.trimStart().length;
    indents.push(indent);
    lines.push(text.slice(indent));
  }
  const alone = new SourceText(lines.join('\n'));
  const table = parseMarkdown(alone.text).children[0];
  if (table?.type !== 'table') return undefined;
  const grid = gridOfTable(table as Table, alone);
  if (!grid) return undefined;
  const back = (r: Range): Range => ({
    start: { line: r.start.line + first, character: r.start.character + indents[r.start.line] },
    end: { line: r.end.line + first, character: r.end.character + indents[r.end.line] },
  });
  const cell = <C extends { range: Range } | undefined>(c: C): C => (c ? { ...c, range: back(c.range) } : c);
  return {
    ...grid,
    header: grid.header.map(cell),
    headerRow: back(grid.headerRow),
    delimiterRow: back(grid.delimiterRow),
    rows: grid.rows.map((r) => ({ range: back(r.range), cells: r.cells.map(cell) })),
  };
}
