import type { XmlPlace } from './model';

/**
 * Where in the Word document a reviewer finds a line of the imported SOW: Word has no line numbers.
 * `table` counts the tables a reader sees (not the title block Demarc's export writes); `caption` is the
 * document's own name for the table ("Table 1"), when a caption names it; `xml` is the element in the
 * main document part (model.ts), for a writer that anchors comments there.
 */
export type WordLocation =
  | { kind: 'table'; table: number; row: number; label: string; caption?: string; xml?: XmlPlace }
  | { kind: 'heading'; paragraph: number; text: string; xml?: XmlPlace }
  | { kind: 'paragraph'; paragraph: number; text: string; xml?: XmlPlace }
  /** A front-matter key: read from the title block or a sentence, or not stated anywhere (`paragraph` absent). */
  | { kind: 'front-matter'; key: string; paragraph?: number; text: string }
  /** A finding about what the document lacks as a whole (no escalation section, no P1 row anywhere). */
  | { kind: 'document' };

const QUOTE_CHARS = 60;

/** "table 2, row 5 · Patch management", "heading 'Termination'", "paragraph 14 · 'Either party may…'". */
export function describeLocation(at: WordLocation): string {
  switch (at.kind) {
    case 'table':
      return `${at.caption ?? `table ${at.table}`}, row ${at.row}${at.label ? ` · ${quote(at.label)}` : ''}`;
    case 'heading':
      return `heading '${quote(at.text)}'`;
    case 'paragraph':
      return `paragraph ${at.paragraph} · '${quote(at.text)}'`;
    case 'front-matter':
      return at.paragraph === undefined ? `${at.key}: ${at.text}` : `${at.key}: paragraph ${at.paragraph} · '${quote(at.text)}'`;
    case 'document':
      return 'whole document';
  }
}

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
}

/** The Word place of a finding's first line, or the nearest place above it (a blank line between blocks). */
export function locate(lines: readonly (WordLocation | undefined)[], line: number): WordLocation | undefined {
  for (let l = Math.min(line, lines.length - 1); l >= 0; l--) if (lines[l]) return lines[l];
  return undefined;
}
