import { layRow } from '../grid';
import type { CellSpot, DocumentSpots, RowSpot } from './documentPart';
import { changeAttributes, insertedParagraph, insertedRow, insertedRun, type ChangeMark } from './insertions';
import type { RowPlace, SuggestionPlan } from './suggestions';
import { renameTag, wordPrefix, type Edit } from './text';
import { appendedEdits, type HouseStyle } from './trackedBlocks';

/**
 * A suggestion's plan as tracked changes authored by Demarc: a cell's runs deleted and its new text
 * inserted, added rows inserted, an added section appended (trackedBlocks.ts). Accepting them gives the
 * text the suggestion gives; rejecting them leaves the document as it was. A plan that cannot be written faithfully (merged or non-plain cells, a row
 * another finding's suggestion already changes) writes nothing, and the reason is returned.
 */
export function trackedEdits(
  plan: SuggestionPlan,
  spots: DocumentSpots,
  mark: ChangeMark,
  taken: Set<RowSpot>,
  house: HouseStyle,
): Edit[] | { unwritten: string } {
  const edits: Edit[] = [];
  if (plan.appended.length > 0) {
    const appended = appendedEdits(plan.appended, spots, mark, house);
    if ('unwritten' in appended) return appended;
    edits.push(...appended);
  }
  const rows = new Set<RowSpot>();
  for (const change of plan.cells) {
    const row = spots.rows.get(key(change.row));
    const cell = row && cellAt(row, change.column);
    if (!cell) return { unwritten: 'its cell is merged or was not found' };
    // Two findings' suggestions on one row may contradict each other ("R/A" in both party cells): the first is written.
    if (taken.has(row)) return { unwritten: 'another finding’s suggestion changes the same row' };
    const written = cellEdits(cell, change.text, spots, mark);
    if ('unwritten' in written) return written;
    rows.add(row);
    edits.push(...written);
  }
  for (const added of plan.rows) {
    const row = spots.rows.get(key(added.beside));
    if (!row || row.gridBefore > 0 || row.cells.some((c) => c.span > 1 || c.continuesAcross) || row.cells.length !== added.cells.length)
      return { unwritten: 'the table’s rows are merged or uneven' };
    edits.push({
      start: added.before ? row.start : row.end,
      end: added.before ? row.start : row.end,
      text: newRow(row, added.cells, spots, mark),
    });
  }
  for (const row of rows) taken.add(row);
  return edits;
}

function key(row: RowPlace): string {
  return `${row.tbl}:${row.tr}`;
}

/** The cell at a grid column, when it covers that column alone and is not merged into the one above: a merged cell reads as all it covers. */
function cellAt(row: RowSpot, column: number): CellSpot | undefined {
  const laid = layRow(row.gridBefore, row.cells).find((l) => l.column === column);
  const cell = laid && row.cells[laid.first];
  return cell && cell.merge !== 'continue' && laid.span === 1 ? cell : undefined;
}

/** The cell's runs deleted (each in its own `w:del`, text tags renamed), and the new text inserted after them. */
function cellEdits(cell: CellSpot, text: string, spots: DocumentSpots, mark: ChangeMark): Edit[] | { unwritten: string } {
  const paragraphs = cell.paragraphs.map((p) => spots.paragraphs[p]);
  if (!cell.plain || paragraphs.some((p) => !p.plain || p.runs.some((r) => !r.plain)))
    return { unwritten: 'the cell holds more than plain text' };
  const withRuns = paragraphs.filter((p) => p.runs.length > 0);
  if (withRuns.length > 1) return { unwritten: 'the cell has several paragraphs' };
  const target = withRuns[0] ?? paragraphs[0];
  if (!target || target.selfClosing) return { unwritten: 'the cell has no paragraph to write in' };
  const { w, declare } = wordPrefix(target.raw, spots.namespace);
  const edits: Edit[] = [];
  for (const run of target.runs) {
    edits.push({ start: run.start, end: run.start, text: `<${w}del${declare} ${changeAttributes(w, mark)}>` });
    for (const t of run.texts) {
      edits.push(renameTag(t.open, 'delText'));
      if (t.close) edits.push(renameTag(t.close, 'delText', true));
    }
    edits.push({ start: run.end, end: run.end, text: `</${w}del>` });
  }
  if (text !== '') {
    const at = target.runs.length > 0 ? target.runs[target.runs.length - 1].end : target.contentStart;
    const properties = target.runs[0]?.properties ?? '';
    edits.push({ start: at, end: at, text: insertedRun(w, mark, text, properties, declare) });
  }
  return edits;
}

/** A row inserted as a tracked change: its mark, each paragraph mark and each cell's text inserted, in the row's run formatting. */
function newRow(beside: RowSpot, texts: string[], spots: DocumentSpots, mark: ChangeMark): string {
  const { w, declare } = wordPrefix(beside.raw, spots.namespace);
  const cells = beside.cells.map((cell, i) => {
    const runProperties = cell.paragraphs.map((p) => spots.paragraphs[p].runs[0]?.properties).find((p) => p !== undefined) ?? '';
    return `<${w}tc>${insertedParagraph(w, mark, texts[i], { runProperties })}</${w}tc>`;
  });
  return insertedRow(w, mark, cells.join(''), declare);
}
