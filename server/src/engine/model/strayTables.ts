// Pipe tables Markdown does not parse as tables: a header row and a delimiter row indented under a list item
// by less than its text, or by four spaces after a paragraph, are the paragraph's text (or a code block) to
// every Markdown reader, though their author wrote a table. Demarc reads them as the tables they were meant
// to be, and says where they stand so they can be mended (moved to the indent that makes them a table).
import type { Code, Paragraph, Table } from 'mdast';
import { readTableLines } from '../format/tableLayout';
import { parseMarkdown } from '../parse';
import { SourceText } from '../source';
import type { Range } from '../types';
import { gridOfTable, type Grid } from './grid';
import type { StrayTable } from './types';

const MAX_LINES = 20_000;

/**
 * The pipe tables written inside a paragraph or an indented code block, each with its grid. `indent` is the
 * text column of the list item the node stands in (0 at the top level), or undefined inside a quote.
 */
export function strayTablesIn(node: Paragraph | Code, source: SourceText, indent: number | undefined): (StrayTable & { grid: Grid })[] {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || end === undefined || end - start > MAX_LINES) return [];
  // A fenced block is shown as code on purpose.
  if (node.type === 'code' && /^\s*(?:`{3,}|~{3,})/.test(source.lineText(start - 1))) return [];
  const found: (StrayTable & { grid: Grid })[] = [];
  // `l` is 1-based (mdast's lines): the header row on line l - 1 (0-based), its delimiter row on line l.
  for (let l = start; l < end; l++) {
    // A header row with a pipe, and a delimiter row of as many cells, split as GFM splits them (the formatter's reading).
    const [header, delimiter] = [source.lineText(l - 1), source.lineText(l)];
    if (!header.includes('|') || !delimiter.includes('-') || !readTableLines([header, delimiter])) continue;
    let last = l;
    while (last + 1 < end && source.lineText(last + 1).includes('|')) last++;
    const read = gridOfLines(source, l - 1, last);
    if (read)
      found.push({
        ...read,
        headerRow: read.grid.headerRow,
        first: l - 1,
        indent,
        endsBlock: last === end - 1,
        asCode: node.type === 'code',
      });
    l = last + 1;
  }
  return found;
}

/**
 * The lines as a table: each taken out of its indent and parsed alone (the document's parse made text of
 * them), its ranges put back where the lines stand.
 */
function gridOfLines(source: SourceText, first: number, last: number): { grid: Grid; indents: number[] } | undefined {
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
  const grid = table?.type === 'table' ? gridOfTable(table as Table, alone) : undefined;
  if (!grid) return undefined;
  const back = (r: Range): Range => ({
    start: { line: r.start.line + first, character: r.start.character + indents[r.start.line] },
    end: { line: r.end.line + first, character: r.end.character + indents[r.end.line] },
  });
  const cell = <C extends { range: Range } | undefined>(c: C): C => (c ? { ...c, range: back(c.range) } : c);
  return {
    indents,
    grid: {
      ...grid,
      header: grid.header.map(cell),
      headerRow: back(grid.headerRow),
      delimiterRow: back(grid.delimiterRow),
      rows: grid.rows.map((r) => ({ range: back(r.range), cells: r.cells.map(cell) })),
    },
  };
}
