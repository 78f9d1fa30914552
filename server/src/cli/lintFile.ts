import { fingerprintsOf } from './fingerprints';
import { DEFAULT_MAX_DOCUMENT_SIZE, type DemarcConfig, ConfigFileError } from '../engine';
import { analyseDocument, notAnalysedDocument, type DocumentResult } from '../document';
import { ChangedError, ReadOnlyError, writeInPlace } from '../node/atomicWrite';
import { ConfigLocator } from '../node/configFiles';
import { InputError, readRegularFile, TooLargeError, type FileBytes } from '../node/readInput';
import type { LocatedFinding } from '../word/findings';
import { nameOf, type FilePath } from './files';
import { wordReader } from './wordBundles';

export interface LintFileOptions {
  /** From `--config`: used for every file instead of the nearest `.demarcrc.json`. */
  config?: DemarcConfig;
  fix?: boolean;
  maxFileSize?: number;
  budgetMs?: number;
}

export interface FileResult {
  filePath: string;
  /** On a Word file each finding also carries its Word location. */
  findings: LocatedFinding[];
  /** A one-line problem that fails the run with exit code 2 (I/O, encoding, config, YAML, not analysed). */
  error?: string;
  fixed?: number;
  /** The name of the playbook the file was held against, for the reports that say whose standard it was. */
  playbook?: string;
  /** One per finding, in order: what CI remembers a finding by (SARIF partialFingerprints, suppressions). */
  fingerprints: string[];
}

const playbookOf = (config: DemarcConfig | { error: string }) =>
  'playbook' in config && config.playbook ? { playbook: config.playbook.name ?? 'unnamed playbook' } : {};

export function isWordFile(filePath: string): boolean {
  return /\.docx$/i.test(filePath);
}

/** The size a file may have before it is read: a Word package has its own, larger limit. */
export function fileSizeLimit(filePath: string, maxFileSize?: number): number {
  if (!isWordFile(filePath)) return maxFileSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  const word = wordReader().maxBytes;
  return Math.min(maxFileSize ?? word, word);
}

/** The config that applies to a file, or the one-line reason it cannot be read (the file is then not analysed). */
export async function configOf(
  filePath: string,
  given: DemarcConfig | undefined,
  locator: ConfigLocator,
): Promise<DemarcConfig | { error: string }> {
  if (given) return given;
  try {
    return (await locator.configFor(filePath)).config;
  } catch (e) {
    return { error: e instanceof ConfigFileError ? e.message : String(e) };
  }
}

/** Lints one file from disk; never throws, so one bad file cannot stop a run. A Word file is never rewritten. */
export async function lintFile(file: FilePath, options: LintFileOptions, locator: ConfigLocator): Promise<FileResult> {
  // A name that is not UTF-8 is read by its bytes and shown with \xNN escapes.
  const filePath = nameOf(file);
  let read: FileBytes;
  try {
    read = await readRegularFile(file, fileSizeLimit(filePath, options.maxFileSize));
  } catch (e) {
    return fileResult(unreadable(filePath, e));
  }
  const input = {
    name: filePath,
    bytes: read.bytes,
    config: await configOf(filePath, options.config, locator),
    budgetMs: options.budgetMs,
    word: wordReader,
  };
  const playbook = playbookOf(input.config);
  const document = await analyseDocument({ ...input, fix: options.fix === true && !isWordFile(filePath) });
  if (!document.fixed?.bytes) return { ...fileResult(document, options.fix), ...playbook };
  if (typeof file !== 'string')
    return { ...fileResult(await analyseDocument(input)), error: 'file name is not valid UTF-8; not fixed', fixed: 0, ...playbook };
  try {
    await writeInPlace(filePath, read, Buffer.from(document.fixed.bytes));
    return { ...fileResult(document, options.fix), ...playbook };
  } catch (e) {
    // Not written: the findings are those of the file as it stands.
    return { ...fileResult(await analyseDocument(input)), error: describe(e), fixed: 0, ...playbook };
  }
}

/** Lints bytes already in memory (standard input's) as a file is linted; `--stdin-filename x.docx` reads Word. */
export async function lintBytes(
  filePath: string,
  bytes: Buffer,
  options: { config: DemarcConfig | { error: string }; budgetMs?: number },
): Promise<FileResult> {
  const document = await analyseDocument({ name: filePath, bytes, config: options.config, budgetMs: options.budgetMs, word: wordReader });
  return { ...fileResult(document), ...playbookOf(options.config) };
}

/** A document's result as the formats print it: a document not analysed, or with invalid front matter, fails the run (exit 2). */
export function fileResult(document: DocumentResult, fix?: boolean): FileResult {
  const failure = document.notAnalysed;
  const error = failure ? `not analysed: ${failure.reason}${failure.kind === 'over-budget' ? ' (see --timeout)' : ''}` : document.problem;
  return {
    filePath: document.name,
    findings: document.findings,
    fingerprints: fingerprintsOf(document),
    ...(error ? { error } : {}),
    ...(fix ? { fixed: document.fixed?.count ?? 0 } : {}),
  };
}

/** A file that could not be read is not analysed, and says why: in every format, not only on standard error. */
export function unreadable(filePath: string, e: unknown): DocumentResult {
  if (e instanceof TooLargeError) return notAnalysedDocument(filePath, { kind: 'too-large', reason: e.message });
  return notAnalysedDocument(filePath, { kind: 'unreadable', reason: describe(e) });
}

function describe(e: unknown): string {
  if (e instanceof ConfigFileError || e instanceof InputError) return e.message;
  if (e instanceof ReadOnlyError) return 'file is read-only; not fixed, left unchanged';
  if (e instanceof ChangedError) return `${e.message}; not fixed, left as it is`;
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; file left unchanged';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return err.message?.split('\n')[0] ?? String(e);
  }
}
