import { fromBuffer, type Entry, type ZipFile as ZipReader } from 'yauzl';
import { ZipFile } from 'yazl';
import { WORD_LIMITS, WordError } from '../limits';

/** One entry of the package as the zip holds it: its name, its bytes once inflated, how it was stored. */
export interface ZipEntry {
  name: string;
  bytes: Buffer;
  compressed: boolean;
  modified: Date;
  directory: boolean;
}

/**
 * Every entry of a package, in the zip's own order, inflated. A review copies all of them, pictures too,
 * so all together they count against WORD_LIMITS.copiedBytes (the analysis already checked the rest).
 */
export async function readZip(bytes: Buffer): Promise<ZipEntry[]> {
  const zip = await new Promise<ZipReader>((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, z) =>
      err ? reject(new WordError(`damaged or truncated .docx (${firstLine(err)})`)) : resolve(z),
    ),
  );
  try {
    if (zip.entryCount > WORD_LIMITS.entries)
      throw new WordError(`the package has ${zip.entryCount} parts, over the limit of ${WORD_LIMITS.entries}; not read`);
    const listed = await new Promise<Entry[]>((resolve, reject) => {
      const out: Entry[] = [];
      zip.on('error', (e) => reject(new WordError(`damaged .docx (${firstLine(e)})`)));
      zip.on('end', () => resolve(out));
      zip.on('entry', (e: Entry) => {
        out.push(e);
        zip.readEntry();
      });
      zip.readEntry();
    });
    const seen = new Set<string>();
    let total = 0;
    const entries: ZipEntry[] = [];
    for (const entry of listed) {
      const key = entry.fileName.toLowerCase();
      if (seen.has(key)) throw new WordError(`damaged .docx (the part ${entry.fileName} is in the zip twice)`);
      seen.add(key);
      total += entry.uncompressedSize;
      if (total > WORD_LIMITS.copiedBytes)
        throw new WordError(
          `the package holds over ${Math.round(WORD_LIMITS.copiedBytes / 2 ** 20)} MB once unpacked, more than a review copies`,
        );
      const directory = entry.fileName.endsWith('/');
      entries.push({
        name: entry.fileName,
        bytes: directory ? Buffer.alloc(0) : await inflate(zip, entry),
        compressed: entry.compressionMethod !== 0,
        modified: entry.getLastModDate(),
        directory,
      });
    }
    return entries;
  } finally {
    zip.close();
  }
}

function inflate(zip: ZipReader, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(new WordError(`damaged .docx (${firstLine(err)})`));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e) => reject(new WordError(`damaged .docx (${firstLine(e)})`)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
}

/** The entries zipped again in the same order, each stored or deflated as it was, with its own date. */
export function writeZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries) {
    if (e.directory) zip.addEmptyDirectory(e.name, { mtime: e.modified, forceDosTimestamp: true });
    else zip.addBuffer(e.bytes, e.name, { mtime: e.modified, compress: e.compressed, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

function firstLine(e: unknown): string {
  return ((e as Error).message ?? String(e)).split('\n')[0];
}
