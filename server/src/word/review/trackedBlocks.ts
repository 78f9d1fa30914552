import type { DocumentSpots } from './documentPart';
import { insertedParagraph, insertedRow, type ChangeMark } from './insertions';
import type { AppendedBlock } from './suggestions';
import { escapeXml, wordPrefix, type Edit } from './text';

/** What the document offers blocks added to it: its heading styles and a bulleted list to join. */
export interface HouseStyle {
  headingStyle(depth: number): string | undefined;
  bulletList: string | undefined;
}

/**
 * A section a suggestion appends, as tracked insertions authored by Demarc at the end of the body: each
 * paragraph's mark and text inserted, each table row inserted. Headings take the document's heading style
 * (else an outline level, which Word's navigation pane and the reader both take for a heading), bullets
 * join the document's bulleted list. A bullet in a document with no bulleted list is not written: the
 * accepted text would not be the suggestion's.
 */
export function appendedEdits(
  blocks: AppendedBlock[],
  spots: DocumentSpots,
  mark: ChangeMark,
  house: HouseStyle,
): Edit[] | { unwritten: string } {
  if (blocks.some((b) => b.kind === 'bullet') && house.bulletList === undefined)
    return { unwritten: 'the document has no bulleted list for its items to join' };
  const last = spots.paragraphs[spots.paragraphs.length - 1];
  const { w, declare } = wordPrefix(last?.raw ?? 'w:p', spots.namespace);
  const paragraph = (text: string, properties = '') => insertedParagraph(w, mark, text, { properties, declare });
  const table = (rows: string[][]) => {
    const columns = Math.max(...rows.map((r) => r.length));
    const border = (side: string) => `<${w}${side} ${w}val="single" ${w}sz="4" ${w}space="0" ${w}color="auto"/>`;
    const properties =
      `<${w}tblPr><${w}tblW ${w}w="0" ${w}type="auto"/><${w}tblBorders>` +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
      `</${w}tblBorders></${w}tblPr><${w}tblGrid>${`<${w}gridCol/>`.repeat(columns)}</${w}tblGrid>`;
    const row = (cells: string[]) =>
      insertedRow(
        w,
        mark,
        cells.map((text) => `<${w}tc><${w}tcPr><${w}tcW ${w}w="0" ${w}type="auto"/></${w}tcPr>${paragraph(text)}</${w}tc>`).join(''),
      );
    return `<${w}tbl${declare}>${properties}${rows.map(row).join('')}</${w}tbl>`;
  };
  const xml = blocks.map((block) => {
    switch (block.kind) {
      case 'heading': {
        const style = house.headingStyle(block.depth);
        return paragraph(
          block.text,
          style !== undefined
            ? `<${w}pStyle ${w}val="${escapeXml(style)}"/>`
            : `<${w}keepNext/><${w}outlineLvl ${w}val="${block.depth - 1}"/>`,
        );
      }
      case 'paragraph':
        return paragraph(block.text);
      case 'bullet':
        return paragraph(
          block.text,
          `<${w}numPr><${w}ilvl ${w}val="0"/><${w}numId ${w}val="${escapeXml(house.bulletList!)}"/></${w}numPr>`,
        );
      case 'table':
        return table(block.rows);
    }
  });
  // Word ends a body with a paragraph: a table added last is followed by an empty one, inserted too.
  if (blocks[blocks.length - 1]?.kind === 'table') xml.push(paragraph(''));
  return [{ start: spots.bodyEnd, end: spots.bodyEnd, text: xml.join('') }];
}
