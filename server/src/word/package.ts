import * as path from 'node:path';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { WORD_LIMITS, WordError } from './limits';
import { elements, parseXml, XmlError, type XmlElement } from './xml';

/** A relationship of a part: what it points at (a part name, or an external URL) and of which type. */
export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** The parts of a Word package Demarc reads, each parsed, found by relationship from the package's root. */
export interface WordPackage {
  /** The main document part's name (`word/document.xml` as Word writes it, but any name the package gives it). */
  mainName: string;
  main: XmlElement;
  /** The main part's relationships by id: styles, numbering, comments, notes, headers, links, embedded chunks. */
  rels: Map<string, Relationship>;
  /** Parts reached from the main part, by relationship type's last word ("styles", "numbering", "comments"…). */
  byType: Map<string, XmlElement[]>;
  /** Raw bytes of the embedded chunks (`w:altChunk`) the document shows, by relationship id. */
  chunks: Map<string, { name: string; contentType: string; bytes: Buffer }>;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const OFFICE_DOCUMENT = /\/officeDocument$/;
/** Relationship types of the main part whose parts the reader parses (by the type's last word). */
const READ_TYPES = new Set(['styles', 'numbering', 'comments', 'footnotes', 'endnotes', 'header', 'footer']);
const ALT_CHUNK = 'aFChunk';

/**
 * Opens a .docx the way Word does, by relationship: `_rels/.rels` names the main document part, whose own
 * relationships name its styles, numbering, comments, notes, headers and footers. Only those parts are
 * inflated, each with a running count against one limit for them all, so no part, whatever its name, is
 * read past the limit. Pictures and other binary parts are never inflated.
 */
export async function openPackage(bytes: Buffer): Promise<WordPackage> {
  sniff(bytes);
  const zip = await open(bytes);
  try {
    if (zip.entryCount > WORD_LIMITS.entries)
      throw new WordError(`the package has ${zip.entryCount} parts, over the limit of ${WORD_LIMITS.entries}; not read`);
    const entries = await listEntries(zip);
    const reader = new PartReader(zip, entries);
    const rootRels = await reader.relationships('');
    const main = [...rootRels.values()].find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
    if (!main || !entries.has(main.target))
      throw new WordError('a zip file without a Word document in it (no main document part named by _rels/.rels)');
    const mainXml = await reader.xml(main.target);
    const rels = await reader.relationships(main.target);
    const byType = new Map<string, XmlElement[]>();
    const chunks: WordPackage['chunks'] = new Map();
    const types = await reader.contentTypes();
    for (const [id, rel] of rels) {
      if (rel.external || !entries.has(rel.target)) continue;
      const kind = rel.type.slice(rel.type.lastIndexOf('/') + 1);
      if (READ_TYPES.has(kind)) {
        const list = byType.get(kind) ?? [];
        list.push(await reader.xml(rel.target));
        byType.set(kind, list);
      } else if (kind === ALT_CHUNK) {
        chunks.set(id, { name: rel.target, contentType: types(rel.target), bytes: await reader.bytes(rel.target) });
      }
    }
    return { mainName: main.target, main: mainXml, rels, byType, chunks };
  } finally {
    zip.close();
  }
}

function sniff(bytes: Buffer): void {
  if (startsWith(bytes, OLE))
    throw new WordError('password-protected or legacy Word (.doc) file; save it as .docx without a password and try again');
  if (!startsWith(bytes, ZIP)) throw new WordError(`not a Word .docx file (${whatItLooksLike(bytes)})`);
}

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) =>
      err ? reject(new WordError(`damaged or truncated .docx (${firstLine(err)})`)) : resolve(zip),
    ),
  );
}

/** The central directory, checked against the declared-size limit before anything is inflated. */
function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    let declared = 0;
    zip.on('error', (e) => reject(new WordError(`damaged .docx (${firstLine(e)})`)));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (declared > WORD_LIMITS.declaredBytes) {
        reject(new WordError(`the package says it holds over ${mb(WORD_LIMITS.declaredBytes)} MB once unpacked; not read`));
        return;
      }
      // Part names compare without case, as Open Packaging Conventions name them.
      entries.set(entry.fileName.toLowerCase(), entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

class PartReader {
  private inflated = 0;

  constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** A part's bytes, counted against the one limit on everything inflated. */
  bytes(name: string): Promise<Buffer> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return Promise.reject(new WordError(`damaged .docx (no part ${name})`));
    return new Promise((resolve, reject) => {
      this.zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(new WordError(`damaged .docx (${firstLine(err)})`));
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          this.inflated += chunk.length;
          if (this.inflated > WORD_LIMITS.xmlBytes) {
            stream.destroy();
            reject(new WordError(`the document's text unpacks to over ${mb(WORD_LIMITS.xmlBytes)} MB (a zip bomb?); not read`));
          } else chunks.push(chunk);
        });
        stream.on('error', (e) => reject(new WordError(`damaged .docx (${firstLine(e)})`)));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
      });
    });
  }

  async xml(name: string): Promise<XmlElement> {
    const bytes = await this.bytes(name);
    try {
      return parseXml(decode(bytes));
    } catch (e) {
      if (e instanceof XmlError) throw new WordError(`damaged .docx (${name} is not well-formed XML: ${e.message})`);
      throw e;
    }
  }

  /** A part's relationships (`dir/_rels/name.rels`), targets resolved to part names; none when it has no rels part. */
  async relationships(source: string): Promise<Map<string, Relationship>> {
    const dir = path.posix.dirname(source);
    const relsName = source === '' ? '_rels/.rels' : path.posix.join(dir, '_rels', `${path.posix.basename(source)}.rels`);
    const rels = new Map<string, Relationship>();
    if (!this.entries.has(relsName.toLowerCase())) return rels;
    for (const r of elements(await this.xml(relsName))) {
      if (!r.name.endsWith('Relationship')) continue;
      const { Id: id, Type: type = '', Target: target = '', TargetMode: mode } = r.attributes;
      if (!id) continue;
      const external = mode === 'External';
      rels.set(id, { type, target: external ? target : partName(source === '' ? '' : dir, target), external });
    }
    return rels;
  }

  /** The content type of a part, from `[Content_Types].xml` (by name, then by extension). */
  async contentTypes(): Promise<(name: string) => string> {
    const byName = new Map<string, string>();
    const byExtension = new Map<string, string>();
    if (this.entries.has('[content_types].xml'))
      for (const t of elements(await this.xml('[Content_Types].xml'))) {
        const type = t.attributes.ContentType ?? '';
        if (t.attributes.PartName) byName.set(t.attributes.PartName.replace(/^\//, '').toLowerCase(), type);
        if (t.attributes.Extension) byExtension.set(t.attributes.Extension.toLowerCase(), type);
      }
    return (name) => byName.get(name.toLowerCase()) ?? byExtension.get(path.posix.extname(name).slice(1).toLowerCase()) ?? '';
  }
}

/** A relationship target as a part name: relative to the source part's folder, or absolute from the package root. */
function partName(dir: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // A malformed escape: the name as written.
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(dir, decoded);
  return path.posix.normalize(joined).replace(/^(\.\.\/)+/, '');
}

/** XML parts are UTF-8 or UTF-16 with a byte order mark. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function whatItLooksLike(bytes: Buffer): string {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'it is a PNG image';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'it is a PDF';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'it is an RTF file; save it as .docx';
  if (bytes.length === 0) return 'the file is empty';
  return bytes.subarray(0, 512).every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127))
    ? 'it is plain text'
    : 'unknown content';
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function firstLine(e: unknown): string {
  return ((e as Error).message ?? String(e)).split('\n')[0];
}

function mb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
