import { DEMARC_AUTHOR } from '../model';
import { escapeXml } from './text';

/** Who and when, and the ids the tracked changes take (shared with comments, so none repeats). */
export interface ChangeMark {
  id: () => string;
  date: string;
}

/** A tracked change's attributes: a fresh id, Demarc as author, the review's date. */
export function changeAttributes(w: string, mark: ChangeMark): string {
  return `${w}id="${mark.id()}" ${w}author="${DEMARC_AUTHOR}" ${w}date="${mark.date}"`;
}

/** Text Demarc inserts: a run in `w:ins`, in the run formatting given. */
export function insertedRun(w: string, mark: ChangeMark, text: string, runProperties = '', declare = ''): string {
  return `<${w}ins${declare} ${changeAttributes(w, mark)}><${w}r>${runProperties}<${w}t xml:space="preserve">${escapeXml(text)}</${w}t></${w}r></${w}ins>`;
}

/** A paragraph Demarc inserts: its mark inserted (`w:pPr/w:rPr/w:ins`), and its text, if any. */
export function insertedParagraph(
  w: string,
  mark: ChangeMark,
  text: string,
  options: { properties?: string; runProperties?: string; declare?: string } = {},
): string {
  const run = text === '' ? '' : insertedRun(w, mark, text, options.runProperties);
  return `<${w}p${options.declare ?? ''}><${w}pPr>${options.properties ?? ''}<${w}rPr><${w}ins ${changeAttributes(w, mark)}/></${w}rPr></${w}pPr>${run}</${w}p>`;
}

/** A table row Demarc inserts (`w:trPr/w:ins`), around its cells as written. */
export function insertedRow(w: string, mark: ChangeMark, cells: string, declare = ''): string {
  return `<${w}tr${declare}><${w}trPr><${w}ins ${changeAttributes(w, mark)}/></${w}trPr>${cells}</${w}tr>`;
}
