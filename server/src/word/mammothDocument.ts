// The parts of mammoth's document model (node_modules/mammoth/lib/documents.js) the Word import reads.
// mammoth types it as `any`; these are the fields it sets, as of mammoth 1.13.

export interface WordDocument {
  type: 'document';
  children: WordElement[];
  notes: { resolve(reference: NoteReference): Note };
}

export type WordElement =
  | Paragraph
  | Run
  | { type: 'text'; value: string }
  | { type: 'tab' }
  | { type: 'checkbox'; checked: boolean }
  | Hyperlink
  | NoteReference
  | Note
  | { type: 'commentReference' | 'comment' }
  | { type: 'image'; altText?: string }
  | Table
  | TableRow
  | TableCell
  | { type: 'break'; breakType: 'line' | 'page' | 'column' }
  | { type: 'bookmarkStart'; name: string };

export interface Paragraph {
  type: 'paragraph';
  children: WordElement[];
  styleId: string | null;
  styleName: string | null;
  numbering: { level: string | number; isOrdered: boolean } | null;
}

export interface Run {
  type: 'run';
  children: WordElement[];
  styleId: string | null;
  styleName: string | null;
  isBold: boolean;
  isItalic: boolean;
  isStrikethrough: boolean;
  verticalAlignment: 'baseline' | 'superscript' | 'subscript';
}

export interface Hyperlink {
  type: 'hyperlink';
  children: WordElement[];
  href?: string;
  anchor?: string;
  targetFrame?: string | null;
}

export interface NoteReference {
  type: 'noteReference';
  noteType: string;
  noteId: string;
}

export interface Note {
  type: 'note';
  noteType: string;
  noteId: string;
  body: WordElement[];
}

export interface Table {
  type: 'table';
  children: WordElement[];
}

export interface TableRow {
  type: 'tableRow';
  children: WordElement[];
  isHeader: boolean;
}

export interface TableCell {
  type: 'tableCell';
  children: WordElement[];
  colSpan: number;
  rowSpan: number;
}
