// Checks a reviewed .docx against the OOXML rules Word enforces on comments, and against the file it was
// made from: what `demarc review` promises, read back from the package itself.
import * as assert from 'node:assert/strict';
import { readZip, type ZipEntry } from '../../server/src/word/review/zip';
import { elements, parseXml, textOf, type XmlElement } from '../../server/src/word/xml';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const ANCHOR = /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:r><w:commentReference w:id="(\d+)"\/><\/w:r>/g;

export interface ReadComment {
  id: string;
  author: string;
  text: string;
  /** The text between its range start and end in the document, in document order. */
  anchored: string;
}

export interface ReviewedPackage {
  comments: ReadComment[];
  demarc: ReadComment[];
  document: string;
}

/** Reads the comments and their anchors, asserting every rule below; returns what it read for further checks. */
export async function checkReviewed(original: Buffer, reviewed: Buffer): Promise<ReviewedPackage> {
  const before = await readZip(original);
  const after = await readZip(reviewed);
  const part = (entries: ZipEntry[], name: string) => entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
  const text = (entries: ZipEntry[], name: string) => part(entries, name)?.bytes.toString('utf8');

  // The main part and its comments part, found by relationship as Word finds them.
  const rels = parseXml(text(after, 'word/_rels/document.xml.rels')!);
  const commentsRel = elements(rels).find((r) => /\/comments$/.test(r.attributes.Type ?? ''));
  assert.ok(commentsRel, 'the main part has a comments relationship');
  const commentsName = `word/${commentsRel.attributes.Target}`;
  const types = parseXml(text(after, '[Content_Types].xml')!);
  assert.ok(
    elements(types).some(
      (t) => t.attributes.PartName?.toLowerCase() === `/${commentsName}`.toLowerCase() && t.attributes.ContentType === COMMENTS_TYPE,
    ),
    `${commentsName} is declared in [Content_Types].xml`,
  );

  // Every other part is byte for byte what it was, in the same order.
  const changed = new Set(
    ['word/document.xml', commentsName, '[content_types].xml', 'word/_rels/document.xml.rels'].map((n) => n.toLowerCase()),
  );
  assert.deepEqual(
    after.map((e) => e.name).filter((n) => part(before, n)),
    before.map((e) => e.name),
  );
  for (const e of before)
    if (!changed.has(e.name.toLowerCase())) assert.ok(e.bytes.equals(part(after, e.name)!.bytes), `${e.name} is unchanged`);
  // Relationships change only when the comments part is new; content types only when it was not declared.
  if (part(before, commentsName))
    assert.ok(part(before, 'word/_rels/document.xml.rels')!.bytes.equals(part(after, 'word/_rels/document.xml.rels')!.bytes));
  if (text(before, '[Content_Types].xml')!.includes(COMMENTS_TYPE))
    assert.ok(part(before, '[Content_Types].xml')!.bytes.equals(part(after, '[Content_Types].xml')!.bytes), 'content types unchanged');

  const commentsXml = parseXml(text(after, commentsName)!);
  const comments = elements(commentsXml)
    .filter((c) => c.name === 'w:comment')
    .map((c) => ({ id: c.attributes['w:id'], author: c.attributes['w:author'] ?? '', text: paragraphs(c), anchored: '' }));
  const ids = comments.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, 'comment ids are unique');

  // Each anchor names a comment; each Demarc comment has one start, one end after it, and one reference after the end.
  const document = text(after, 'word/document.xml')!;
  const tree = parseXml(document);
  const marks = new Map<string, string[]>();
  const open = new Set<string>();
  const anchored = new Map<string, string>();
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      const id = c.attributes['w:id'];
      if (c.name === 'w:commentRangeStart' || c.name === 'w:commentRangeEnd' || c.name === 'w:commentReference') {
        assert.ok(ids.includes(id), `${c.name} ${id} names a comment`);
        marks.set(id, [...(marks.get(id) ?? []), c.name]);
        if (c.name === 'w:commentRangeStart') open.add(id);
        if (c.name === 'w:commentRangeEnd') open.delete(id);
      }
      if (c.name === 'w:t') for (const o of open) anchored.set(o, (anchored.get(o) ?? '') + textOf(c));
      if (c.name === 'w:p') for (const o of open) anchored.set(o, (anchored.get(o) ?? '') + ' ');
      walk(c);
    }
  };
  walk(tree);
  for (const c of comments) c.anchored = (anchored.get(c.id) ?? '').replace(/\s+/g, ' ').trim();
  const demarc = comments.filter((c) => c.author === 'Demarc');
  for (const c of demarc)
    assert.deepEqual(marks.get(c.id), ['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference'], `comment ${c.id}'s anchors`);

  // The document part differs from the original only by Demarc's anchors, when the original had none of them.
  const originalDocument = text(before, 'word/document.xml')!;
  const demarcIds = new Set(demarc.map((c) => c.id));
  if (!/w:author="Demarc"/.test(text(before, commentsName) ?? '')) {
    const stripped = closeEmpty(
      rejectDemarc(document).replace(ANCHOR, (all, a?: string, b?: string, r?: string) => (demarcIds.has(a ?? b ?? r ?? '') ? '' : all)),
    );
    const expected = closeEmpty(originalDocument);
    // Not assert.equal: a diff of two 500 kB parts says less than where they part.
    let at = 0;
    while (at < expected.length && stripped[at] === expected[at]) at++;
    assert.ok(
      stripped === expected,
      `the document part changes only by the comment anchors and Demarc's tracked changes; first difference: ${JSON.stringify(stripped.slice(at - 80, at + 80))}`,
    );
  }
  return { comments, demarc, document };
}

const DEMARC_CHANGE = 'w:id="\\d+" w:author="Demarc" w:date="[^"]*"';

/**
 * The document part with Demarc's tracked changes rejected in it: its rows, paragraphs (their marks
 * inserted), the tables left with no row, and its insertions gone; its deletions undone.
 */
export function rejectDemarc(xml: string): string {
  return xml
    .replace(new RegExp(`<w:tr><w:trPr><w:ins ${DEMARC_CHANGE}/></w:trPr>[\\s\\S]*?</w:tr>`, 'g'), '')
    .replace(new RegExp(`<w:p><w:pPr>(?:(?!</w:p>)[\\s\\S])*?<w:rPr><w:ins ${DEMARC_CHANGE}/></w:rPr></w:pPr>[\\s\\S]*?</w:p>`, 'g'), '')
    .replace(/<w:tbl>(?:(?!<w:tr[ >]|<\/w:tbl>)[\s\S])*<\/w:tbl>/g, '')
    .replace(new RegExp(`<w:ins ${DEMARC_CHANGE}>[\\s\\S]*?</w:ins>`, 'g'), '')
    .replace(new RegExp(`<w:del ${DEMARC_CHANGE}>(<w:r\\b[^>]*>[\\s\\S]*?</w:r>)</w:del>`, 'g'), (_, run: string) =>
      run.replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>'),
    );
}

/** The document part with Demarc's tracked changes accepted in it: its insertions kept unmarked, its deletions gone. */
export function acceptDemarc(xml: string): string {
  return xml
    .replace(new RegExp(`<w:ins ${DEMARC_CHANGE}/>`, 'g'), '')
    .replace(new RegExp(`<w:ins ${DEMARC_CHANGE}>([\\s\\S]*?)</w:ins>`, 'g'), '$1')
    .replace(new RegExp(`<w:del ${DEMARC_CHANGE}><w:r\\b[^>]*>[\\s\\S]*?</w:r></w:del>`, 'g'), '');
}

/** An empty paragraph given anchors is opened and closed (`<w:p/>` becomes `<w:p>…</w:p>`): compared as the same. */
function closeEmpty(xml: string): string {
  return xml.replace(/<w:p(\s[^>]*)?><\/w:p>/g, (_, attributes?: string) => `<w:p${(attributes ?? '').replace(/\/$/, '')}/>`);
}

function paragraphs(el: XmlElement): string {
  return elements(el)
    .filter((p) => p.name === 'w:p')
    .map((p) => textOf(p))
    .join('\n');
}
