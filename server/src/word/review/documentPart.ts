import { walkXml, type XmlTag } from '../xml';
import { DEMARC_AUTHOR } from '../model';
import { renameTag, type Edit } from './text';

/** Where a paragraph of the main part stands in its text: where comment anchors go in it. */
export interface ParagraphSpot {
  /** The paragraph's own tag, as written (`w:p`), so what is inserted uses its prefix. */
  raw: string;
  /** Just after `<w:p …>`; a self-closing `<w:p/>` ends here too. */
  openEnd: number;
  selfClosing: boolean;
  /** Where its content starts: after its properties (`w:pPr` comes first), else after the open tag. */
  contentStart: number;
  /** Where `</w:p>` starts. */
  closeStart: number;
  /** It has text (a `w:t` with more than spaces). */
  hasText: boolean;
  /** Its runs, in order, that are its own children. */
  runs: RunSpot[];
  /** It holds only runs of text and marks around them (no field, link, tracked change or content control). */
  plain: boolean;
}

/** A run: where it stands, its properties as written, and its text tags (renamed when it is deleted). */
export interface RunSpot {
  start: number;
  end: number;
  /** `<w:rPr>…</w:rPr>` as written, when it has one and records no formatting change. */
  properties?: string;
  texts: { open: XmlTag; close?: XmlTag }[];
  /** Only text, tabs and breaks. */
  plain: boolean;
}

/** A table row: where it stands and its cells, as the reader lays them on the grid. */
export interface RowSpot {
  first: number;
  last: number;
  start: number;
  end: number;
  raw: string;
  /** Grid columns skipped before its first cell. */
  gridBefore: number;
  cells: CellSpot[];
}

export interface CellSpot {
  start: number;
  end: number;
  raw: string;
  /** Grid columns it covers (`w:gridSpan`, and legacy merges across folded into it). */
  span: number;
  /** Merged down: the first cell of the merge, or one that continues it. */
  merge?: 'restart' | 'continue';
  /** The legacy merge across: it widens the cell before it. */
  continuesAcross?: boolean;
  paragraphs: number[];
  /** No nested table and no content control. */
  plain: boolean;
}

/** The main document part as a writer of comment anchors needs it, counted as reader.ts counts (model.ts's XmlPlace). */
export interface DocumentSpots {
  /** Every `w:p` of the body in document order: index n is XmlPlace `p: n`. */
  paragraphs: ParagraphSpot[];
  /** Rows with paragraphs, by `tbl:tr` (the nth `w:tbl` of the body, the nth `w:tr` of that table). */
  rows: Map<string, RowSpot>;
  /** Every `w:id` in the part: comments, bookmarks, tracked changes. */
  ids: Set<string>;
  /**
   * Removing the anchors of the comments asked for (Demarc's own, from an earlier review), and Demarc's
   * tracked changes: its insertions (runs and rows) go, its deletions are undone.
   */
  removals: Edit[];
  /** The WordprocessingML namespace the part is written in (transitional, or strict). */
  namespace: string;
  /** Where blocks appended to the body go: before its own section properties, or its end tag. */
  bodyEnd: number;
}

const TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

const ANCHORS = new Set(['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']);
/** What a plain paragraph may hold besides runs: marks that stay where they are when its runs are deleted. */
const PLAIN_MARKS = new Set([
  'w:pPr',
  'w:r',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:proofErr',
  'w:permStart',
  'w:permEnd',
  'w:commentRangeStart',
  'w:commentRangeEnd',
]);
const PLAIN_RUN = new Set(['w:rPr', 'w:t', 'w:tab', 'w:br', 'w:cr', 'w:noBreakHyphen', 'w:softHyphen', 'w:lastRenderedPageBreak']);

interface Frame {
  tag: XmlTag;
  paragraph?: number;
  table?: boolean;
  /** A paragraph whose mark Demarc inserted: the whole paragraph is its proposal. */
  demarcParagraph?: boolean;
  row?: OpenRow;
  cell?: CellSpot;
  run?: { others: number; refs: XmlTag[]; spot?: RunSpot };
  /** Demarc's tracked change: an insertion that goes, or a deletion undone. */
  demarc?: 'insertion' | 'deletion';
}

interface OpenRow {
  key?: string;
  spot: RowSpot;
  demarc: boolean;
}

/** Scans the main part; `remove` names comments whose anchors (range start and end, and the reference's run) go. */
export function scanDocument(text: string, remove: ReadonlySet<string>): DocumentSpots {
  const paragraphs: ParagraphSpot[] = [];
  const rows = new Map<string, RowSpot>();
  const ids = new Set<string>();
  const removals: Edit[] = [];
  // Demarc's rows, paragraphs and tables go whole: nothing inside one is edited on its own.
  const removedRows: { start: number; end: number }[] = [];
  let bodyEnd: number | undefined;
  const stack: Frame[] = [];
  // The open tables, innermost last: the rows counted as the reader counts them (not Demarc's), and Demarc's.
  const tables: { index: number; rows: number; demarcRows: number }[] = [];
  const openRows: OpenRow[] = [];
  let tableCount = 0;
  let body = 0;
  let namespace: string | undefined;
  const parent = () => stack[stack.length - 1];
  const currentParagraph = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].paragraph !== undefined) return stack[i].paragraph;
    return undefined;
  };
  const insideDemarc = (kind: 'insertion' | 'deletion') => stack.some((f) => f.demarc === kind);
  const notPlain = () => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.paragraph !== undefined) paragraphs[f.paragraph].plain = false;
      if (f.cell) {
        f.cell.plain = false;
        return;
      }
    }
  };
  walkXml(text, {
    open(tag) {
      const id = tag.attributes['w:id'];
      // The anchors of comments being replaced free their ids, as do Demarc's tracked changes.
      const demarcChange = (tag.name === 'w:ins' || tag.name === 'w:del') && tag.attributes['w:author'] === DEMARC_AUTHOR;
      if (id !== undefined && !(ANCHORS.has(tag.name) && remove.has(id)) && !demarcChange) ids.add(id);
      namespace ??= Object.values(tag.attributes).find((v) => v === TRANSITIONAL || v === STRICT) ?? TRANSITIONAL;
      const frame: Frame = { tag };
      const up = parent();
      if (up?.run && tag.name !== 'w:rPr' && !(tag.name === 'w:commentReference' && remove.has(id ?? ''))) up.run.others++;
      if (up?.run?.spot && !PLAIN_RUN.has(tag.name)) up.run.spot.plain = false;
      if (up?.paragraph !== undefined && !PLAIN_MARKS.has(tag.name)) paragraphs[up.paragraph].plain = false;
      if (tag.name === 'w:body') body++;
      else if (body > 0) {
        switch (tag.name) {
          case 'w:p': {
            frame.paragraph = paragraphs.length;
            paragraphs.push({
              raw: tag.raw,
              openEnd: tag.end,
              selfClosing: tag.selfClosing,
              contentStart: tag.end,
              closeStart: tag.end,
              hasText: false,
              runs: [],
              plain: !tag.selfClosing,
            });
            for (const row of openRows) {
              row.spot.first = Math.min(row.spot.first, frame.paragraph);
              row.spot.last = frame.paragraph;
            }
            for (let i = stack.length - 1; i >= 0; i--)
              if (stack[i].cell) {
                stack[i].cell!.paragraphs.push(frame.paragraph);
                break;
              }
            break;
          }
          case 'w:tbl':
            tables.push({ index: tableCount++, rows: 0, demarcRows: 0 });
            frame.table = true;
            notPlain();
            break;
          case 'w:sectPr':
            if (up?.tag.name === 'w:body') bodyEnd ??= tag.start;
            break;
          case 'w:tr': {
            const table = tables[tables.length - 1];
            if (table) {
              frame.row = {
                spot: { first: Infinity, last: -1, start: tag.start, end: tag.end, raw: tag.raw, gridBefore: 0, cells: [] },
                demarc: false,
              };
              // Demarc's inserted rows are not counted, as the reader does not count them.
              openRows.push(frame.row);
            }
            break;
          }
          case 'w:gridBefore': {
            const row = openRows[openRows.length - 1];
            const n = Number(tag.attributes['w:val']);
            if (row && Number.isInteger(n) && n > 0) row.spot.gridBefore = n;
            break;
          }
          case 'w:tc': {
            const row = openRows[openRows.length - 1];
            if (row) {
              frame.cell = { start: tag.start, end: tag.end, raw: tag.raw, span: 1, paragraphs: [], plain: true };
              row.spot.cells.push(frame.cell);
            }
            break;
          }
          case 'w:gridSpan':
          case 'w:vMerge':
          case 'w:hMerge': {
            const cell = up && stack[stack.length - 2]?.cell;
            if (!cell || up.tag.name !== 'w:tcPr') break;
            const val = tag.attributes['w:val'];
            if (tag.name === 'w:gridSpan' && Number.isInteger(Number(val)) && Number(val) > 1) cell.span = Number(val);
            if (tag.name === 'w:vMerge') cell.merge = val === 'restart' ? 'restart' : 'continue';
            if (tag.name === 'w:hMerge' && val !== 'restart') cell.continuesAcross = true;
            break;
          }
          case 'w:sdt':
            notPlain();
            break;
          case 'w:trPr':
            break;
          case 'w:r':
            frame.run = { others: 0, refs: [] };
            if (up?.paragraph !== undefined) {
              frame.run.spot = { start: tag.start, end: tag.end, texts: [], plain: true };
              paragraphs[up.paragraph].runs.push(frame.run.spot);
            }
            break;
          case 'w:t':
          case 'w:delText':
            if (up?.run?.spot) up.run.spot.texts.push({ open: tag });
            if (insideDemarc('deletion') && tag.name === 'w:delText') removals.push(renameTag(tag, 't'));
            break;
          case 'w:ins':
          case 'w:del':
            if (demarcChange) {
              frame.demarc = tag.name === 'w:ins' ? 'insertion' : 'deletion';
              // A row Demarc inserted: `w:trPr/w:ins`.
              const row = openRows[openRows.length - 1];
              if (up?.tag.name === 'w:trPr' && row && stack[stack.length - 2]?.row === row && tag.name === 'w:ins') row.demarc = true;
              // A paragraph Demarc inserted: `w:pPr/w:rPr/w:ins` on its mark.
              const paragraph = stack[stack.length - 3];
              if (
                tag.name === 'w:ins' &&
                up?.tag.name === 'w:rPr' &&
                stack[stack.length - 2]?.tag.name === 'w:pPr' &&
                paragraph?.paragraph !== undefined
              )
                paragraph.demarcParagraph = true;
            }
            break;
          case 'w:commentRangeStart':
          case 'w:commentRangeEnd':
            if (remove.has(id ?? '')) removals.push({ start: tag.start, end: tag.end, text: '' });
            break;
          case 'w:commentReference':
            if (remove.has(id ?? '')) {
              if (up?.run) up.run.refs.push(tag);
              else removals.push({ start: tag.start, end: tag.end, text: '' });
            }
            break;
        }
      }
      stack.push(frame);
    },
    close(tag) {
      const frame = stack.pop()!;
      if (tag.name === 'w:body') {
        bodyEnd ??= tag.start;
        body--;
      }
      if (body === 0) return;
      const p = frame.paragraph;
      if (p !== undefined && !tag.selfClosing) paragraphs[p].closeStart = tag.start;
      const up = parent();
      // Properties come first in a paragraph: anchors go after them.
      if (tag.name === 'w:pPr' && up?.paragraph !== undefined) paragraphs[up.paragraph].contentStart = tag.end;
      if (tag.name === 'w:rPr' && up?.run?.spot) {
        const written = text.slice(frame.tag.start, tag.end);
        // A recorded formatting change carries an id of its own: not copied.
        if (!/PrChange\b/.test(written)) up.run.spot.properties = written;
      }
      if ((tag.name === 'w:t' || tag.name === 'w:delText') && !tag.selfClosing) {
        const spot = up?.run?.spot;
        const last = spot?.texts[spot.texts.length - 1];
        if (last && last.open.start === frame.tag.start) last.close = tag;
        if (frame.demarc === undefined && insideDemarc('deletion') && tag.name === 'w:delText') removals.push(renameTag(tag, 't', true));
      }
      if (tag.name === 'w:t' && !tag.selfClosing && text.slice(frame.tag.end, tag.start).trim() !== '') {
        const at = currentParagraph();
        if (at !== undefined) paragraphs[at].hasText = true;
      }
      if (frame.run?.spot) frame.run.spot.end = tag.end;
      if (frame.cell) frame.cell.end = tag.end;
      if (frame.demarc === 'insertion' && up?.tag.name !== 'w:trPr') removals.push({ start: frame.tag.start, end: tag.end, text: '' });
      if (frame.demarc === 'deletion') {
        removals.push({ start: frame.tag.start, end: frame.tag.end, text: '' });
        if (!tag.selfClosing) removals.push({ start: tag.start, end: tag.end, text: '' });
      }
      if (frame.table) {
        const table = tables.pop()!;
        // A table of Demarc's rows alone is Demarc's proposal: it goes whole.
        if (table.demarcRows > 0 && table.rows === 0) removedRows.push({ start: frame.tag.start, end: tag.end });
      }
      if (frame.demarcParagraph && openRows.length === 0) removedRows.push({ start: frame.tag.start, end: tag.end });
      if (frame.row) {
        const row = openRows.pop()!;
        row.spot.end = tag.end;
        const table = tables[tables.length - 1];
        if (row.demarc) {
          table.demarcRows++;
          removedRows.push({ start: row.spot.start, end: tag.end });
        } else {
          const key = `${table.index}:${table.rows++}`;
          if (row.spot.first !== Infinity) rows.set(key, row.spot);
        }
      }
      if (frame.run && frame.run.refs.length > 0) {
        // Demarc's own reference run holds nothing else: it goes whole. Otherwise only the references go.
        if (frame.run.others === 0) removals.push({ start: frame.tag.start, end: tag.end, text: '' });
        else for (const ref of frame.run.refs) removals.push({ start: ref.start, end: ref.end, text: '' });
      }
    },
  });
  // A whole removed inside another (a row of a table that goes) goes with it.
  const whole = removedRows.filter((r) => !removedRows.some((o) => o !== r && r.start >= o.start && r.end <= o.end));
  const outside = (e: Edit) => !whole.some((r) => e.start >= r.start && e.end <= r.end);
  return {
    paragraphs,
    rows,
    ids,
    removals: [...removals.filter(outside), ...whole.map((r) => ({ ...r, text: '' }))],
    namespace: namespace ?? TRANSITIONAL,
    bodyEnd: bodyEnd ?? text.length,
  };
}
