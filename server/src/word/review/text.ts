import { WordError } from '../limits';

/** A part's text, and how to write text back in the part's own encoding (UTF-8, or UTF-16 with its byte order mark). */
export interface PartText {
  text: string;
  encode(text: string): Buffer;
}

/**
 * Decodes an XML part so that encoding the text unchanged gives back its bytes exactly; a part that would not
 * (invalid UTF-8) is refused rather than rewritten with replacement characters.
 */
export function partText(name: string, bytes: Buffer): PartText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const bom = bytes.subarray(0, 2);
    return checked(name, bytes, bytes.subarray(2).toString('utf16le'), (t) => Buffer.concat([bom, Buffer.from(t, 'utf16le')]));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const bom = bytes.subarray(0, 2);
    const swap = (b: Buffer) => Buffer.from(b).swap16();
    return checked(name, bytes, swap(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))).toString('utf16le'), (t) =>
      Buffer.concat([bom, swap(Buffer.from(t, 'utf16le'))]),
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = bytes.subarray(0, bom);
  return checked(name, bytes, bytes.subarray(bom).toString('utf8'), (t) => Buffer.concat([head, Buffer.from(t, 'utf8')]));
}

function checked(name: string, bytes: Buffer, text: string, encode: (t: string) => Buffer): PartText {
  if (!encode(text).equals(bytes)) throw new WordError(`damaged .docx (${name} is not valid UTF-8 or UTF-16); not changed`);
  return { text, encode };
}

/** One change to a part's text: the characters from start to end replaced by `text` (an insertion when they are equal). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits that do not overlap; at one place, insertions in the order given, before a removal there. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) throw new Error('overlapping edits');
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/**
 * A tag given another local name, keeping the prefix it was written with (`w:t` to `w:delText` and back):
 * `closing` for `</…>`, whose name stands one character further in.
 */
export function renameTag(tag: { start: number; raw: string }, name: string, closing = false): Edit {
  const at = tag.start + (closing ? 2 : 1);
  const colon = tag.raw.indexOf(':');
  return { start: at, end: at + tag.raw.length, text: `${colon === -1 ? '' : tag.raw.slice(0, colon + 1)}${name}` };
}

/** Characters XML 1.0 cannot hold: controls other than tab and line ends, U+FFFE/U+FFFF, lone surrogates. */
/* eslint-disable no-control-regex -- these are exactly the characters to drop */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Text as XML character data: markup escaped, and characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);
}

/**
 * How to write WordprocessingML beside a tag as the part wrote it: with its prefix (`w:`), or, where the
 * part used a default namespace (which Word never writes), under `w:` declared on the element itself,
 * since attributes need a prefix.
 */
export function wordPrefix(raw: string, namespace: string): { w: string; declare: string } {
  const colon = raw.indexOf(':');
  if (colon !== -1) return { w: raw.slice(0, colon + 1), declare: '' };
  return { w: 'w:', declare: ` xmlns:w="${escapeXml(namespace)}"` };
}
