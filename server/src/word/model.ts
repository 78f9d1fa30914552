// The Word document as the reader (reader.ts) leaves it: blocks in reading order, each with the place of its
// XML element, so a writer that anchors comments or tracked changes finds the element again by counting.
import type { PhrasingContent } from 'mdast';

/**
 * Where a block is in the main document part, counted over the whole part in document order (0-based):
 * `p` the nth `w:p`, `tbl` the nth `w:tbl`, every one of them (in tables, text boxes, content controls,
 * alternate content Demarc did not read, deleted rows) counted; `tr` the nth `w:tr` of that table.
 */
/**
 * The author of what `demarc review` writes: its comments, and with --suggest its tracked changes. Those
 * changes are Demarc's proposals, not the contract's text: the reading leaves them out (insertions unread,
 * deletions read as text), so a reviewed copy reads as the original and a review replaces them.
 */
export const DEMARC_AUTHOR = 'Demarc';

export interface XmlPlace {
  p?: number;
  tbl?: number;
  tr?: number;
}

/** An open tracked change: proposed, not yet accepted or rejected in Word. */
export interface TrackedChange {
  kind: 'insertion' | 'deletion';
  author: string;
  date?: string;
  text: string;
}

/** A Word comment, with the element it is anchored on. */
export interface WordComment {
  id: string;
  author: string;
  initials?: string;
  date?: string;
  text: string;
}

/** Something the reader could not carry over exactly, said where it stands; a warning when Word may show something else. */
export interface ReadingNote {
  message: string;
  severity: 'info' | 'warning';
}

interface Marks {
  changes: TrackedChange[];
  comments: WordComment[];
  notes: ReadingNote[];
}

export interface WordParagraph extends Marks {
  type: 'paragraph';
  at: XmlPlace;
  /** The paragraph style's name as Word lists it. */
  style?: string;
  /** 1-6 when Word shows the paragraph as a heading (a heading style, or an outline level on a heading-like line). */
  heading?: number;
  /** Its list numbering as Word draws it. */
  number?: { text: string; bullet: boolean; level: number; value: number; plain: boolean };
  /** Left indent in twips set on the paragraph itself, or a List Continue style: under a list item, it continues it. */
  indent?: number;
  content: PhrasingContent[];
  /** The text a reader sees, its number first. */
  text: string;
  pictures: number;
  /** A caption ("Table 1 – Allocation of Responsibilities"): Caption style or a SEQ field. */
  caption: boolean;
  /** Not a paragraph of the document's own: embedded content Demarc did not read (`w:altChunk`). */
  placeholder?: string;
}

export interface WordCell {
  paragraphs: WordParagraph[];
  /** Grid columns it covers (`w:gridSpan`), capped at the table's width. */
  span: number;
  /** `w:vMerge`: it starts a cell merged down, or continues the one above. */
  merge?: 'restart' | 'continue';
  /** Tables inside this cell (read as text). */
  nested: number;
}

export interface WordRow extends Marks {
  at: XmlPlace;
  /** A header row Word repeats on each page (`w:tblHeader`). */
  header: boolean;
  cells: WordCell[];
}

export interface WordTable {
  type: 'table';
  at: XmlPlace;
  /** Grid columns (`w:tblGrid`), at most Word's 63. */
  columns: number;
  rows: WordRow[];
}

export type WordBlock = WordParagraph | WordTable;

/** A document as read: its blocks, its notes and what it says about the package as a whole. */
export interface WordReading {
  blocks: WordBlock[];
  /** Footnotes and endnotes, in the order their references appear. */
  notes: WordParagraph[];
  /** Notes about the document as a whole (headers and footers, parts not read). */
  documentNotes: ReadingNote[];
}
