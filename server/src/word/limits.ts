/** What Demarc will read of a Word file; docs/limits.md explains each. */
export const WORD_LIMITS = {
  /** The .docx file itself: a 100-page SOW with a logo is well under 2 MB. */
  fileBytes: 20 * 1024 * 1024,
  /** Parts in the zip package: Word writes 10-30. */
  entries: 2_000,
  /** What the parts say they hold once inflated, all together (pictures included, which are never inflated). */
  declaredBytes: 512 * 1024 * 1024,
  /**
   * Everything inflated to be read, all parts together: the parts the main document's relationships
   * name (document, styles, numbering, comments, notes, headers, footers, embedded chunks), whatever
   * their names. An 87-page SOW has about 1 MB.
   */
  xmlBytes: 16 * 1024 * 1024,
  /** The conversion's own heap, in a worker thread: past it, that file alone is not analysed. */
  conversionHeapMb: 1024,
  /** Columns of a table: Word itself allows 63. Spans and rows past it are cut there. */
  tableColumns: 63,
  /** A cell merged down repeats its text in each row it covers only up to this many characters. */
  repeatedCellChars: 200,
} as const;

/** A Word file Demarc will not read, in a reviewer's words; the message names no path (the caller adds it). */
export class WordError extends Error {
  override name = 'WordError';

  /** How the document layer reports it: a file refused, or a conversion past its time or memory. */
  constructor(
    message: string,
    readonly kind: 'word' | 'over-budget' | 'out-of-memory' = 'word',
  ) {
    super(message);
  }
}

/** By name: the CLI's Word code is a bundle of its own (dist/word.js), with its own copy of the class. */
export function isWordError(e: unknown): e is WordError {
  return e instanceof Error && e.name === 'WordError';
}
