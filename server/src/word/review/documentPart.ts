import { walkXml, type XmlTag } from '../xml';
import type { Edit } from './text';

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
}

/** The main document part as a writer of comment anchors needs it, counted as reader.ts counts (model.ts's XmlPlace). */
export interface DocumentSpots {
  /** Every `w:p` of the body in document order: index n is XmlPlace `p: n`. */
  paragraphs: ParagraphSpot[];
  /** A row's first and last paragraph, by `tbl:tr` (the nth `w:tbl` of the body, the nth `w:tr` of that table). */
  rows: Map<string, { first: number; last: number }>;
  /** Every `w:id` in the part: comments, bookmarks, tracked changes. */
  ids: Set<string>;
  /** Removing the anchors of the comments asked for (Demarc's own, from an earlier review). */
  removals: Edit[];
  /** The WordprocessingML namespace the part is written in (transitional, or strict). */
  namespace: string;
}

const TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

const ANCHORS = new Set(['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']);

interface Frame {
  tag: XmlTag;
  paragraph?: number;
  table?: boolean;
  row?: boolean;
  run?: { others: number; refs: XmlTag[] };
}

/** Scans the main part; `remove` names comments whose anchors (range start and end, and the reference's run) go. */
export function scanDocument(text: string, remove: ReadonlySet<string>): DocumentSpots {
  const paragraphs: ParagraphSpot[] = [];
  const rows = new Map<string, { first: number; last: number }>();
  const ids = new Set<string>();
  const removals: Edit[] = [];
  const stack: Frame[] = [];
  const tables: { index: number; rows: number }[] = [];
  const openRows: { key: string; first?: number; last?: number }[] = [];
  let tableCount = 0;
  let body = 0;
  let namespace: string | undefined;
  const parent = () => stack[stack.length - 1];
  const currentParagraph = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].paragraph !== undefined) return stack[i].paragraph;
    return undefined;
  };
  walkXml(text, {
    open(tag) {
      const id = tag.attributes['w:id'];
      // The anchors of comments being replaced free their ids.
      if (id !== undefined && !(ANCHORS.has(tag.name) && remove.has(id))) ids.add(id);
      namespace ??= Object.values(tag.attributes).find((v) => v === TRANSITIONAL || v === STRICT) ?? TRANSITIONAL;
      const frame: Frame = { tag };
      const up = parent();
      if (up?.run && tag.name !== 'w:rPr' && !(tag.name === 'w:commentReference' && remove.has(id ?? ''))) up.run.others++;
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
            });
            for (const row of openRows) {
              row.first ??= frame.paragraph;
              row.last = frame.paragraph;
            }
            break;
          }
          case 'w:tbl':
            tables.push({ index: tableCount++, rows: 0 });
            frame.table = true;
            break;
          case 'w:tr': {
            const table = tables[tables.length - 1];
            if (table) {
              openRows.push({ key: `${table.index}:${table.rows++}` });
              frame.row = true;
            }
            break;
          }
          case 'w:r':
            frame.run = { others: 0, refs: [] };
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
      if (tag.name === 'w:body') body--;
      if (body === 0) return;
      const p = frame.paragraph;
      if (p !== undefined && !tag.selfClosing) paragraphs[p].closeStart = tag.start;
      const up = parent();
      // Properties come first in a paragraph: anchors go after them.
      if (tag.name === 'w:pPr' && up?.paragraph !== undefined) paragraphs[up.paragraph].contentStart = tag.end;
      if (tag.name === 'w:t' && !tag.selfClosing && text.slice(frame.tag.end, tag.start).trim() !== '') {
        const at = currentParagraph();
        if (at !== undefined) paragraphs[at].hasText = true;
      }
      if (frame.table) tables.pop();
      if (frame.row) {
        const row = openRows.pop();
        if (row && row.first !== undefined) rows.set(row.key, { first: row.first, last: row.last! });
      }
      if (frame.run && frame.run.refs.length > 0) {
        // Demarc's own reference run holds nothing else: it goes whole. Otherwise only the references go.
        if (frame.run.others === 0) removals.push({ start: frame.tag.start, end: tag.end, text: '' });
        else for (const ref of frame.run.refs) removals.push({ start: ref.start, end: ref.end, text: '' });
      }
    },
  });
  return { paragraphs, rows, ids, removals, namespace: namespace ?? TRANSITIONAL };
}
