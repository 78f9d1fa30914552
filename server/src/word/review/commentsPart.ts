import { walkXml, type XmlTag } from '../xml';
import { escapeXml, wordPrefix, type Edit } from './text';

import { DEMARC_AUTHOR } from '../model';

/** Demarc's comments are known by their author: a review replaces those of an earlier one. */
export const AUTHOR = DEMARC_AUTHOR;
const INITIALS = 'DM';

/** A comment to write: its id, date, and its paragraphs of text. */
export interface NewComment {
  id: string;
  date: string;
  paragraphs: string[];
}

/** An existing comments part: Demarc's earlier comments (ids and removals), every id, where new comments go. */
export interface CommentsSpots {
  demarc: Set<string>;
  removals: Edit[];
  ids: Set<string>;
  root?: XmlTag;
  /** Where `</w:comments>` starts (the root's end when it is self-closing). */
  closeStart: number;
}

export function scanComments(text: string): CommentsSpots {
  const spots: CommentsSpots = { demarc: new Set(), removals: [], ids: new Set(), closeStart: text.length };
  const stack: XmlTag[] = [];
  let inDemarc = false;
  walkXml(text, {
    open(tag) {
      spots.root ??= tag;
      const id = tag.attributes['w:id'];
      if (tag.name === 'w:comment' && stack.length === 1 && tag.attributes['w:author'] === AUTHOR && id !== undefined) {
        spots.demarc.add(id);
        inDemarc = true;
      }
      // Demarc's comments go, and free their ids.
      if (id !== undefined && !inDemarc) spots.ids.add(id);
      stack.push(tag);
    },
    close(tag) {
      const opened = stack.pop()!;
      if (stack.length === 1) inDemarc = false;
      if (stack.length === 0) spots.closeStart = tag.selfClosing ? tag.end : tag.start;
      if (tag.name === 'w:comment' && stack.length === 1 && spots.demarc.has(opened.attributes['w:id'] ?? ''))
        spots.removals.push({ start: opened.start, end: tag.end, text: '' });
    },
  });
  return spots;
}

/** The new comments added to an existing part, Demarc's earlier ones removed; people's comments left as they are. */
export function commentsEdits(text: string, spots: CommentsSpots, comments: readonly NewComment[], namespace: string): Edit[] {
  const root = spots.root!;
  const prefix = wordPrefix(root.raw, root.attributes.xmlns ?? namespace);
  const added = comments.map((c) => commentXml(prefix, c)).join('');
  if (root.selfClosing) {
    // `<w:comments …/>`: opened, given the comments, and closed.
    const slash = text.lastIndexOf('/', root.end - 1);
    return [...spots.removals, { start: slash, end: root.end, text: `>${added}</${root.raw}>` }];
  }
  return [...spots.removals, { start: spots.closeStart, end: spots.closeStart, text: added }];
}

/** A comments part of Demarc's comments alone, in the main part's WordprocessingML namespace. */
export function newCommentsPart(namespace: string, comments: readonly NewComment[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<w:comments xmlns:w="${escapeXml(namespace)}">${comments.map((c) => commentXml({ w: 'w:', declare: '' }, c)).join('')}</w:comments>`
  );
}

/** One comment: its first paragraph opens with the annotation mark Word draws, as Word writes it. */
function commentXml({ w, declare }: { w: string; declare: string }, c: NewComment): string {
  const paragraphs = c.paragraphs.map(
    (text, i) =>
      `<${w}p>${i === 0 ? `<${w}r><${w}annotationRef/></${w}r>` : ''}<${w}r><${w}t xml:space="preserve">${escapeXml(text)}</${w}t></${w}r></${w}p>`,
  );
  return `<${w}comment${declare} ${w}id="${c.id}" ${w}author="${AUTHOR}" ${w}initials="${INITIALS}" ${w}date="${c.date}">${paragraphs.join('')}</${w}comment>`;
}
