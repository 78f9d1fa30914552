import { applyEdits, parseMarkdown, tableRowCells, type Fix } from '../../engine';
import type { ImportedSow } from '../import';

/** A table row of the document, by the reader's count: the `tbl`th table, its `tr`th row. */
export interface RowPlace {
  tbl: number;
  tr: number;
}

/** A block a suggestion appends at the end of the document (a section it adds), as plain text. */
export type AppendedBlock =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; rows: string[][] };

/** What a suggestion does to the Word document: cells whose text it replaces, rows it adds, and blocks it appends. */
export interface SuggestionPlan {
  cells: { row: RowPlace; column: number; text: string }[];
  rows: { beside: RowPlace; before: boolean; cells: string[] }[];
  appended: AppendedBlock[];
}

// A suggestion that rewrites more than this many lines (a table re-aligned) is compared cell by cell up to here.
const MAX_REGION_LINES = 400;

/**
 * What a suggestion on the imported text does to the Word document, found by comparing the text before and
 * after it: cells it changes in rows that came from Word rows, and table rows it adds. Anything else (a
 * paragraph rewritten, a section appended, a line removed) is not planned: the reason is returned instead.
 */
export function planSuggestion(imported: ImportedSow, fix: Fix): SuggestionPlan | { unplanned: string } {
  const before = imported.text.split('\n');
  const after = applyEdits(imported.text, fix.edits).split('\n');
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const old = before.slice(prefix, before.length - suffix);
  const now = after.slice(prefix, after.length - suffix);
  // A section added at the end (the editor's suggestion appends it): its blocks follow the last one.
  if (old.length === 0 && before.slice(prefix).every((l) => l.trim() === '')) return appendedPlan(now);
  if (now.length < old.length) return { unplanned: 'it removes lines' };
  if (old.length > MAX_REGION_LINES) return { unplanned: 'it rewrites too much of a table' };
  const added = now.length - old.length;
  // Where the added rows go: the place that leaves the fewest other cells changed.
  let best: { plan: SuggestionPlan; changed: number } | { unplanned: string } = { unplanned: 'it changes text outside table rows' };
  for (let at = 0; at <= old.length; at++) {
    const tried = tryPlan(imported, prefix, old, now, at, added);
    if ('plan' in tried && (!('plan' in best) || tried.changed < best.changed)) best = tried;
    else if (!('plan' in best) && 'unplanned' in tried) best = tried;
    if (added === 0) break;
  }
  return 'plan' in best ? best.plan : best;
}

function tryPlan(
  imported: ImportedSow,
  prefix: number,
  old: string[],
  now: string[],
  at: number,
  added: number,
): { plan: SuggestionPlan; changed: number } | { unplanned: string } {
  const plan: SuggestionPlan = { cells: [], rows: [], appended: [] };
  for (let i = 0; i < old.length; i++) {
    const line = prefix + i;
    const row = rowPlace(imported, line);
    const was = tableRowCells(old[i]);
    const is = tableRowCells(now[i < at ? i : i + added]);
    if (!was || !is || was.length !== is.length) return { unplanned: 'it changes text outside table rows' };
    for (let column = 0; column < was.length; column++) {
      if (was[column] === is[column]) continue;
      const text = plainText(is[column]);
      if (!row) return { unplanned: 'it changes a line that is no row of a Word table' };
      if (text === undefined) return { unplanned: 'it writes formatting, not plain text' };
      plan.cells.push({ row, column, text });
    }
  }
  if (added > 0) {
    const cells = now.slice(at, at + added).map((l) => tableRowCells(l));
    if (cells.some((c) => !c || c.every((t) => /^:?-+:?$/.test(t)))) return { unplanned: 'it adds lines that are not table rows' };
    const texts = cells.map((c) => c!.map(plainText));
    if (texts.some((c) => c.some((t) => t === undefined))) return { unplanned: 'it writes formatting, not plain text' };
    const beside = besideRow(imported, prefix + at);
    if (!beside) return { unplanned: 'it adds a row to a table with no row to place it by' };
    for (const row of texts) plan.rows.push({ ...beside, cells: row as string[] });
  }
  return { plan, changed: plan.cells.length };
}

/** Appended Markdown as blocks Word can hold as plain text: headings, paragraphs, a bulleted list, tables. */
function appendedPlan(lines: string[]): SuggestionPlan | { unplanned: string } {
  const unplanned = { unplanned: 'it adds more than headings, paragraphs, a bulleted list and tables of plain text' };
  const appended: AppendedBlock[] = [];
  for (const node of parseMarkdown(lines.join('\n')).children) {
    if (node.type === 'heading' || node.type === 'paragraph') {
      const text = plainInline(node.children);
      if (text === undefined) return unplanned;
      appended.push(node.type === 'heading' ? { kind: 'heading', depth: node.depth, text } : { kind: 'paragraph', text });
    } else if (node.type === 'list' && !node.ordered) {
      for (const item of node.children) {
        const [paragraph, ...rest] = item.children;
        const text = paragraph?.type === 'paragraph' && rest.length === 0 ? plainInline(paragraph.children) : undefined;
        if (text === undefined) return unplanned;
        appended.push({ kind: 'bullet', text });
      }
    } else if (node.type === 'table') {
      const rows = node.children.map((row) => row.children.map((cell) => plainInline(cell.children)));
      if (rows.some((row) => row.some((cell) => cell === undefined))) return unplanned;
      appended.push({ kind: 'table', rows: rows as string[][] });
    } else return unplanned;
  }
  return appended.length > 0 ? { cells: [], rows: [], appended } : unplanned;
}

/** Inline content as the text Word holds, when it is text alone. */
function plainInline(children: readonly { type: string; value?: string }[]): string | undefined {
  if (!children.every((c) => c.type === 'text')) return undefined;
  return children.map((c) => c.value ?? '').join('');
}

/** The Word row a line of the imported text came from. */
function rowPlace(imported: ImportedSow, line: number): RowPlace | undefined {
  const at = imported.lines[line];
  return at?.kind === 'table' && at.xml?.tbl !== undefined && at.xml.tr !== undefined ? { tbl: at.xml.tbl, tr: at.xml.tr } : undefined;
}

/**
 * Where rows added before `line` go in Word: after the row above; under a delimiter row, before the first
 * body row (so they are not taken for a second header), or after the header of a table with no body row.
 */
function besideRow(imported: ImportedSow, line: number): { beside: RowPlace; before: boolean } | undefined {
  const above = rowPlace(imported, line - 1);
  if (above) return { beside: above, before: false };
  const below = rowPlace(imported, line);
  if (below) return { beside: below, before: true };
  const header = rowPlace(imported, line - 2);
  return header ? { beside: header, before: false } : undefined;
}

/** A cell's Markdown as the text Word holds: escapes resolved; undefined when it holds formatting or markup. */
function plainText(markdown: string): string | undefined {
  if (markdown.trim() === '') return '';
  // Read as the table cell it is: alone on a line, "-" or "1." would read as a list, "#" as a heading.
  const [table] = parseMarkdown(`| |\n| - |\n| ${markdown} |\n`).children;
  const row = table?.type === 'table' && table.children.length === 2 ? table.children[1] : undefined;
  const cell = row?.children.length === 1 ? row.children[0] : undefined;
  return cell && plainInline(cell.children);
}
