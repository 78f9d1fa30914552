import * as path from 'node:path';
import { RULES_BY_ID, type Fix } from '../../engine';
import { WORD_IMPORT, type LocatedFinding } from '../findings';
import type { ImportedSow } from '../import';
import { WordError } from '../limits';
import { partName } from '../package';
import { Numbering } from '../numbering';
import { Styles } from '../styles';
import { parseXml, XmlError } from '../xml';
import { anchorer, type Anchor } from './anchors';
import { commentsEdits, newCommentsPart, scanComments, type NewComment } from './commentsPart';
import { scanDocument, type ParagraphSpot, type RowSpot } from './documentPart';
import { declareExtension, declarePart, relationships } from './packageParts';
import { planSuggestion } from './suggestions';
import { applyEdits, partText, wordPrefix, type Edit, type PartText } from './text';
import type { HouseStyle } from './trackedBlocks';
import type { ChangeMark } from './insertions';
import { trackedEdits } from './trackedChanges';
import { readZip, writeZip, type ZipEntry } from './zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
const WORD_DOCS = 'https://github.com/demarc-dev/demarc/blob/main/docs/word.md#what-the-import-does-not-carry-over-and-says-so';

export interface Reviewed {
  bytes: Buffer;
  /** Comments written, one per finding. */
  comments: number;
  /** Demarc's comments from an earlier review that these replace. */
  replaced: number;
  /** With suggestions: those written as tracked changes, and those only named in their comment. */
  suggested: number;
  unwritten: number;
}

export interface ReviewOptions {
  date?: Date;
  /**
   * Each finding's suggestion (parallel to the findings; undefined for none), to write as tracked changes.
   * Demarc's tracked changes from an earlier review are rejected first, with or without this.
   */
  suggestions?: readonly (Fix | undefined)[];
}

/**
 * The document with one Word comment per finding, anchored on the row, heading or paragraph the finding's
 * Word place names. Only three parts change: the main part gains the anchors (inserted where the parser
 * found the elements, every other character kept), the comments part gains the comments (created, and
 * declared in the content types and the main part's relationships, when missing), and nothing else is
 * touched. Demarc's comments of an earlier review are removed first, so a review replaces them.
 */
export async function reviewDocx(
  bytes: Buffer,
  findings: readonly LocatedFinding[],
  imported: ImportedSow,
  options: ReviewOptions = {},
): Promise<Reviewed> {
  try {
    return await review(bytes, findings, imported, options.date ?? new Date(), options.suggestions);
  } catch (e) {
    if (e instanceof XmlError) throw new WordError(`damaged .docx (a part is not well-formed XML: ${e.message})`);
    throw e;
  }
}

async function review(
  bytes: Buffer,
  findings: readonly LocatedFinding[],
  imported: ImportedSow,
  when: Date,
  suggestions: readonly (Fix | undefined)[] = [],
): Promise<Reviewed> {
  const entries = await readZip(bytes);
  const parts = new Parts(entries);
  const rootRels = relationships(parts.text('_rels/.rels').text);
  const main = rootRels.list.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  if (!main) throw new WordError('a zip file without a Word document in it (no main document part named by _rels/.rels)');
  const mainName = partName('', main.target);
  const dir = path.posix.dirname(mainName);
  const relsName = path.posix.join(dir, '_rels', `${path.posix.basename(mainName)}.rels`);
  const relsText = parts.has(relsName) ? parts.text(relsName) : undefined;
  const rels = relsText ? relationships(relsText.text) : undefined;
  const commentsRel = rels?.list.find((r) => !r.external && r.type.slice(r.type.lastIndexOf('/') + 1) === 'comments');
  const commentsName = commentsRel ? partName(dir, commentsRel.target) : undefined;
  const commentsText = commentsName && parts.has(commentsName) ? parts.text(commentsName) : undefined;
  const commentSpots = commentsText ? scanComments(commentsText.text) : undefined;

  const mainText = parts.text(mainName);
  // Demarc's comment anchors and tracked changes of an earlier review go first; the rest is placed in what remains.
  const earlier = scanDocument(mainText.text, commentSpots?.demarc ?? new Set());
  const stripped = earlier.removals.length > 0 ? applyEdits(mainText.text, earlier.removals) : mainText.text;
  const spots = earlier.removals.length > 0 ? scanDocument(stripped, new Set()) : earlier;
  const newId = ids(new Set([...spots.ids, ...(commentSpots?.ids ?? [])]));
  const anchorOf = anchorer(spots, imported);
  const date = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mark: ChangeMark = { id: newId, date };
  const taken = new Set<RowSpot>();
  const house = suggestions.length > 0 ? houseStyle(parts, dir, rels?.list ?? []) : undefined;
  const tracked: Edit[] = [];
  let suggested = 0;
  let unwritten = 0;
  const comments: (NewComment & { anchor: Anchor })[] = findings.map((f, i) => {
    const anchor = anchorOf(f.location);
    if (!anchor) throw new WordError('the document has no paragraph to put a comment on');
    const id = newId();
    const paragraphs = commentText(f);
    const fix = suggestions[i];
    if (fix) {
      const plan = planSuggestion(imported, fix);
      const edits = 'unplanned' in plan ? { unwritten: plan.unplanned } : trackedEdits(plan, spots, mark, taken, house!);
      if ('unwritten' in edits) {
        unwritten++;
        paragraphs.push(`Suggested, not written as a tracked change (${edits.unwritten}): ${fix.title}.`);
      } else {
        suggested++;
        tracked.push(...edits);
        paragraphs.push(`Suggested as a tracked change by Demarc: ${fix.title}. Accept or reject it in Word.`);
      }
    }
    return { id, date, paragraphs, anchor };
  });

  const anchors = anchorEdits(spots.paragraphs, comments, spots.namespace);
  parts.replace(mainName, mainText, applyEdits(stripped, [...anchors.starts, ...tracked, ...anchors.ends]));
  if (commentsText && commentSpots?.root) {
    parts.set(commentsName!, commentsText, commentsEdits(commentsText.text, commentSpots, comments, spots.namespace));
    // A comments part declared only by the `xml` default is given its own type, as Word requires.
    const types = parts.text('[Content_Types].xml');
    const declared = declarePart(types.text, commentsName!, COMMENTS_TYPE);
    if (declared) parts.set('[Content_Types].xml', types, [declared]);
  } else {
    // No comments part yet (or one the relationships name but the zip lacks): a new one, declared.
    const name = commentsName && !parts.has(commentsName) ? commentsName : freeName(parts, dir);
    parts.add(name, Buffer.from(newCommentsPart(spots.namespace, comments), 'utf8'), when);
    const types = parts.text('[Content_Types].xml');
    const typeEdits = [declarePart(types.text, name, COMMENTS_TYPE)];
    if (!commentsRel) {
      const type = `${spots.namespace.includes('purl.oclc.org') ? STRICT_REL : REL}/comments`;
      const target = path.posix.relative(dir === '.' ? '' : dir, name);
      if (rels && relsText) parts.set(relsName, relsText, [rels.add(type, target)]);
      else {
        parts.add(relsName, Buffer.from(newRelationships(type, target), 'utf8'), when);
        typeEdits.push(declareExtension(types.text, 'rels', RELS_TYPE));
      }
    }
    parts.set(
      '[Content_Types].xml',
      types,
      typeEdits.filter((e): e is Edit => e !== undefined),
    );
  }
  return { bytes: await writeZip(entries), comments: comments.length, replaced: commentSpots?.demarc.size ?? 0, suggested, unwritten };
}

/** The main part's styles and numbering, read as the import reads them, for the sections suggestions add. */
function houseStyle(parts: Parts, dir: string, rels: { type: string; target: string; external: boolean }[]): HouseStyle {
  const part = (kind: string) => {
    const rel = rels.find((r) => !r.external && r.type.slice(r.type.lastIndexOf('/') + 1) === kind);
    const name = rel && partName(dir, rel.target);
    return name && parts.has(name) ? parseXml(parts.text(name).text) : undefined;
  };
  const styles = new Styles(part('styles'));
  return { headingStyle: (depth) => styles.headingStyle(depth), bulletList: new Numbering(part('numbering'), styles).bulletList() };
}

/** The comment's text: the finding's message, then its rule, level and the rule's page. */
function commentText(f: LocatedFinding): string[] {
  const docs = f.ruleId === WORD_IMPORT ? WORD_DOCS : RULES_BY_ID.get(f.ruleId)?.docs;
  return [f.message, `${f.ruleId} (${f.severity})${docs ? ` · ${docs}` : ''}`];
}

/**
 * Range starts after the first paragraph's properties; range ends and the references close the last
 * paragraph. Starts and ends apart, so tracked changes at the same places go between them, inside the range.
 */
function anchorEdits(
  paragraphs: ParagraphSpot[],
  comments: readonly { id: string; anchor: Anchor }[],
  namespace: string,
): { starts: Edit[]; ends: Edit[] } {
  const starts = new Map<number, string>();
  const ends = new Map<number, string>();
  for (const c of comments) {
    const first = wordPrefix(paragraphs[c.anchor.first].raw, namespace);
    const last = wordPrefix(paragraphs[c.anchor.last].raw, namespace);
    starts.set(
      c.anchor.first,
      (starts.get(c.anchor.first) ?? '') + `<${first.w}commentRangeStart${first.declare} ${first.w}id="${c.id}"/>`,
    );
    ends.set(
      c.anchor.last,
      (ends.get(c.anchor.last) ?? '') +
        `<${last.w}commentRangeEnd${last.declare} ${last.w}id="${c.id}"/>` +
        `<${last.w}r${last.declare}><${last.w}commentReference ${last.w}id="${c.id}"/></${last.w}r>`,
    );
  }
  const edits = { starts: [] as Edit[], ends: [] as Edit[] };
  for (const p of new Set([...starts.keys(), ...ends.keys()])) {
    const spot = paragraphs[p];
    const start = starts.get(p) ?? '';
    const end = ends.get(p) ?? '';
    if (spot.selfClosing) {
      // `<w:p/>`: opened, given the anchors, and closed.
      const slash = spot.openEnd - 2;
      edits.starts.push({ start: slash, end: spot.openEnd, text: `>${start}${end}</${spot.raw}>` });
    } else {
      if (start) edits.starts.push({ start: spot.contentStart, end: spot.contentStart, text: start });
      if (end) edits.ends.push({ start: spot.closeStart, end: spot.closeStart, text: end });
    }
  }
  return edits;
}

/** Comment ids no annotation of the document uses (comments, bookmarks and tracked changes alike), counted up from 0. */
function ids(used: Set<string>): () => string {
  let n = 0;
  return () => {
    while (used.has(String(n))) n++;
    used.add(String(n));
    return String(n);
  };
}

function freeName(parts: Parts, dir: string): string {
  const base = dir === '.' ? '' : `${dir}/`;
  for (let n = 0; ; n++) {
    const name = `${base}comments${n === 0 ? '' : n}.xml`;
    if (!parts.has(name)) return name;
  }
}

function newRelationships(type: string, target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`
  );
}

/** The package's entries by part name (compared without case), changed in place; new parts go at the end. */
class Parts {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(private readonly entries: ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  text(name: string): PartText {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) throw new WordError(`damaged .docx (no part ${name})`);
    return partText(name, entry.bytes);
  }

  /** The part's new text, encoded as the part was. */
  replace(name: string, text: PartText, changed: string): void {
    if (changed !== text.text) this.byName.get(name.toLowerCase())!.bytes = text.encode(changed);
  }

  set(name: string, text: PartText, edits: Edit[]): void {
    if (edits.length === 0) return;
    this.byName.get(name.toLowerCase())!.bytes = text.encode(applyEdits(text.text, edits));
  }

  add(name: string, bytes: Buffer, modified: Date): void {
    const entry: ZipEntry = { name, bytes, compressed: true, modified, directory: false };
    this.entries.push(entry);
    this.byName.set(name.toLowerCase(), entry);
  }
}
