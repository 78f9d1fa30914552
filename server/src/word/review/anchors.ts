import type { ImportedSow } from '../import';
import type { WordLocation } from '../locate';
import type { DocumentSpots } from './documentPart';

/** The paragraphs a comment spans in the main part: a paragraph or heading alone, or a row's first to last. */
export interface Anchor {
  first: number;
  last: number;
}

/**
 * Where a finding's comment goes: on the row, heading or paragraph its Word place names; a finding about
 * the whole document (or a place with no element, such as a key not stated anywhere) on the title, else on
 * the first paragraph with text. Undefined only for a body with no paragraph at all.
 */
export function anchorer(spots: DocumentSpots, imported: ImportedSow): (at: WordLocation | undefined) => Anchor | undefined {
  // A front-matter key read from a paragraph names it by its count among the import's paragraphs.
  const byParagraph = new Map<number, number>();
  for (const line of imported.lines)
    if ((line?.kind === 'paragraph' || line?.kind === 'heading') && line.xml?.p !== undefined) byParagraph.set(line.paragraph, line.xml.p);
  const place = (at: WordLocation | undefined): Anchor | undefined => {
    if (!at) return undefined;
    if (at.kind === 'table')
      return at.xml?.tbl !== undefined && at.xml.tr !== undefined ? spots.rows.get(`${at.xml.tbl}:${at.xml.tr}`) : undefined;
    if (at.kind === 'heading' || at.kind === 'paragraph') return paragraph(at.xml?.p);
    if (at.kind === 'front-matter' && at.paragraph !== undefined) return paragraph(byParagraph.get(at.paragraph));
    return undefined;
  };
  const paragraph = (p: number | undefined): Anchor | undefined =>
    p !== undefined && spots.paragraphs[p] ? { first: p, last: p } : undefined;
  const whole = wholeDocument(spots, imported, place);
  return (at) => place(at) ?? whole;
}

function wholeDocument(
  spots: DocumentSpots,
  imported: ImportedSow,
  place: (at: WordLocation | undefined) => Anchor | undefined,
): Anchor | undefined {
  const lines = imported.text.split('\n');
  const title = lines.slice(0, imported.frontMatterLines).findIndex((l) => /^title:/.test(l));
  const onTitle = title === -1 ? undefined : place(imported.lines[title]);
  if (onTitle) return onTitle;
  for (const at of imported.lines.slice(imported.frontMatterLines)) {
    const there = at && at.kind !== 'table' ? place(at) : undefined;
    if (there && spots.paragraphs[there.first].hasText) return there;
  }
  // Only tables, or nothing the import placed: the first paragraph with text, else the first of all.
  const first = spots.paragraphs.findIndex((p) => p.hasText);
  const p = first === -1 ? (spots.paragraphs.length > 0 ? 0 : undefined) : first;
  return p === undefined ? undefined : { first: p, last: p };
}
