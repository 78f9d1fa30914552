import { fromBuffer, type Entry, type ZipFile } from 'yauzl';

/** What Demarc will read of a Word file; docs/limits.md explains each. */
export const WORD_LIMITS = {
  /** The .docx file itself: a 100-page SOW with a logo is well under 2 MB. */
  fileBytes: 20 * 1024 * 1024,
  /** Parts in the zip package: Word writes 10-30. */
  entries: 2_000,
  /** What the parts say they hold once inflated, all together (pictures included, which are never inflated). */
  declaredBytes: 512 * 1024 * 1024,
  /**
   * The XML actually inflated and checked before mammoth reads it (text, tables, styles). Converting it
   * costs about 1 s and 160 MB per MB of document XML (measured: 9.6 MB took 9-13 s and 1.5 GB); an
   * 87-page SOW has about 1 MB.
   */
  xmlBytes: 16 * 1024 * 1024,
} as const;

/** A Word file Demarc will not read, in a reviewer's words; the message names no path (the caller adds it). */
export class WordError extends Error {
  override name = 'WordError';
}

/** By name: the CLI's Word code is a bundle of its own (dist/word.js), with its own copy of the class. */
export function isWordError(e: unknown): e is WordError {
  return e instanceof Error && e.name === 'WordError';
}

export interface PackageFacts {
  /** `w:ins` and `w:del` marks in the document body: tracked changes still open. */
  trackedChanges: number;
  /** Word comments, which are not part of the contract text. */
  comments: number;
  /** Page headers and footers that hold text: mammoth does not read them. */
  headersFooters: number;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Checks a .docx before any converter sees it: the kind of file, then the zip's central directory
 * (entry count, declared sizes), then every XML part inflated with a running cap, so a zip bomb
 * stops at the cap instead of filling memory. yauzl also fails a part that inflates past its declared size.
 */
export async function checkPackage(bytes: Buffer): Promise<PackageFacts> {
  if (startsWith(bytes, OLE))
    throw new WordError('password-protected or legacy Word (.doc) file; save it as .docx without a password and try again');
  if (!startsWith(bytes, ZIP)) throw new WordError(`not a Word .docx file (${whatItLooksLike(bytes)})`);
  const zip = await open(bytes);
  try {
    if (zip.entryCount > WORD_LIMITS.entries)
      throw new WordError(`the package has ${zip.entryCount} parts, over the limit of ${WORD_LIMITS.entries}; not read`);
    return await readParts(zip);
  } finally {
    zip.close();
  }
}

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) =>
      err ? reject(new WordError(`damaged or truncated .docx (${firstLine(err)})`)) : resolve(zip),
    ),
  );
}

function readParts(zip: ZipFile): Promise<PackageFacts> {
  return new Promise((resolve, reject) => {
    let declared = 0;
    let inflated = 0;
    let hasDocument = false;
    const facts: PackageFacts = { trackedChanges: 0, comments: 0, headersFooters: 0 };
    const fail = (e: unknown) => reject(e instanceof WordError ? e : new WordError(`damaged .docx (${firstLine(e)})`));
    zip.on('error', fail);
    zip.on('end', () =>
      hasDocument ? resolve(facts) : reject(new WordError('a zip file without a Word document in it (no word/document.xml)')),
    );
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (declared > WORD_LIMITS.declaredBytes)
        return fail(new WordError(`the package says it holds over ${mb(WORD_LIMITS.declaredBytes)} MB once unpacked; not read`));
      if (!/\.(xml|rels)$/i.test(entry.fileName)) return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err) return fail(err);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          inflated += chunk.length;
          if (inflated > WORD_LIMITS.xmlBytes) {
            stream.destroy();
            fail(new WordError(`the document's text unpacks to over ${mb(WORD_LIMITS.xmlBytes)} MB (a zip bomb?); not read`));
          } else if (/^word\/(document|comments|header\d*|footer\d*)\.xml$/.test(entry.fileName)) chunks.push(chunk);
        });
        stream.on('error', fail);
        stream.on('end', () => {
          const xml = Buffer.concat(chunks).toString('utf8');
          if (entry.fileName === 'word/document.xml') {
            hasDocument = true;
            facts.trackedChanges += count(xml, /<w:(?:ins|del)\b/g);
          } else if (entry.fileName === 'word/comments.xml') facts.comments += count(xml, /<w:comment\b/g);
          else if (/^word\/(header|footer)/.test(entry.fileName) && /<w:t(?:\s[^>]*)?>[^<]*\S/.test(xml)) facts.headersFooters++;
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
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

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function firstLine(e: unknown): string {
  return ((e as Error).message ?? String(e)).split('\n')[0];
}

function mb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
