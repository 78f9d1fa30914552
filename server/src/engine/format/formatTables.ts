import type { Nodes, Table } from 'mdast';
import { parseMarkdown } from '../parse';
import { SourceText } from '../source';
import type { TextEdit } from '../types';
import { formatTableLines, readTableLines } from './tableLayout';

/**
 * Aligns every GFM pipe table of a document, as Markdown table formatters do: pipes in line, each cell
 * padded to its column's width, a delimiter row of dashes. Only table rows change, and only their padding
 * and pipes: prose, front matter, code and HTML tables are not tables to the parser and are left as they
 * are. With `lines`, only the tables that touch those lines (0-based, inclusive). One edit per changed line.
 */
export function formatTables(text: string, lines?: { start: number; end: number }): TextEdit[] {
  const source = new SourceText(text);
  const edits: TextEdit[] = [];
  for (const table of tablesOf(parseMarkdown(text))) {
    const first = table.position!.start.line - 1;
    const last = table.position!.end.line - 1;
    if (lines && (last < lines.start || first > lines.end)) continue;
    const written = Array.from({ length: last - first + 1 }, (_, i) => source.lineText(first + i));
    const layout = readTableLines(written, prefixLengths(table, first, written));
    // The text must split into the rows and cells the parser read, or the table is left as written.
    if (!layout || !sameShape(table, layout.rows.length, (r) => layout.rows[r].cells.length)) continue;
    formatTableLines(layout).forEach((line, i) => {
      if (line !== written[i]) edits.push({ range: source.lineRange(first + i), newText: line });
    });
  }
  return edits;
}

function tablesOf(root: Nodes): Table[] {
  const found: Table[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'table') {
      if (node.position) found.push(node);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Where each row starts, from the parser: a table on a list item's first line (`- | a |`) starts after the
 * marker, which indentation alone does not say. The delimiter row has no node; its indentation says it.
 */
function prefixLengths(table: Table, first: number, written: readonly string[]): (number | undefined)[] {
  const lengths: (number | undefined)[] = [];
  for (const row of table.children) {
    const line = (row.position?.start.line ?? 0) - 1 - first;
    const column = (row.position?.start.column ?? 1) - 1;
    const indent = /^\uFEFF?[ \t>]*/.exec(written[line] ?? '')![0].length;
    // The parser's column counts from after a leading BOM.
    const bom = written[line]?.startsWith('\uFEFF') ? 1 : 0;
    if (line >= 0) lengths[line] = Math.max(indent, column + bom);
  }
  return lengths;
}

/** Whether the parser's rows and cells match the text's: one row per line after the delimiter, each as wide. */
function sameShape(table: Table, lineCount: number, cellsOnLine: (line: number) => number): boolean {
  if (table.children.length !== lineCount - 1) return false;
  return table.children.every((row, i) => row.children.length === cellsOnLine(i === 0 ? 0 : i + 1));
}
