import { analyse, DEFAULT_MAX_DOCUMENT_SIZE, fixAll, NOT_ANALYSED, notAnalysedFinding, type DemarcConfig } from '../engine';
import { ChangedError, ReadOnlyError, writeInPlace } from '../node/atomicWrite';
import { ConfigFileError, ConfigLocator } from '../node/configFiles';
import { decodeText, DecodeError, encodeText } from '../node/decode';
import { lineEnding, withLineEnding } from '../node/lineEndings';
import { InputError, readRegularFile, TooLargeError } from '../node/readInput';
import { BudgetExceeded, DEFAULT_BUDGET_MS, overBudget, withinBudget } from '../node/budget';
import { locateFindings, type LocatedFinding } from '../word/findings';
import type { ImportedSow } from '../word/import';
import { isWordError, WORD_LIMITS } from '../word/limits';
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
}

/** Lints one file from disk; never throws, so one bad file cannot stop a run. */
export async function lintFile(filePath: string, options: LintFileOptions, locator: ConfigLocator): Promise<FileResult> {
  if (isWordFile(filePath)) return lintWordFile(filePath, options, locator);
  try {
    const read = await readRegularFile(filePath, options.maxFileSize ?? DEFAULT_MAX_DOCUMENT_SIZE);
    const { text, encoding } = decodeText(read.bytes);
    const config = options.config ?? (await locator.configFor(filePath)).config;
    const write = options.fix ? (fixed: string) => writeInPlace(filePath, read, encodeText(fixed, encoding)) : undefined;
    return await lintText(filePath, text, { config, budgetMs: options.budgetMs, write });
  } catch (e) {
    return failed(filePath, e);
  }
}

export function isWordFile(filePath: string): boolean {
  return /\.docx$/i.test(filePath);
}

/** A .docx is imported to the SOW dialect in memory and linted; `--fix` leaves it alone (Word is not rewritten). */
async function lintWordFile(filePath: string, options: LintFileOptions, locator: ConfigLocator): Promise<FileResult> {
  try {
    const read = await readRegularFile(filePath, Math.min(options.maxFileSize ?? WORD_LIMITS.fileBytes, WORD_LIMITS.fileBytes));
    const config = options.config ?? (await locator.configFor(filePath)).config;
    return await lintWord(filePath, read.bytes, { config, budgetMs: options.budgetMs });
  } catch (e) {
    return failed(filePath, e);
  }
}

async function lintWord(filePath: string, bytes: Buffer, options: { config: DemarcConfig; budgetMs?: number }): Promise<FileResult> {
  // Loaded on first use: the Word converters are most of the bundle, and Markdown runs never need them.
  const { importDocx } = wordReader();
  const imported = await importDocx(bytes, options.config);
  const result = await lintText(filePath, imported.text, { ...options, reuse: imported.reuse });
  return result.error ? result : { ...result, findings: locateFindings(result.findings, imported) };
}

/** Lints bytes already in memory (standard input's) with the checks a file gets; `--stdin-filename x.docx` reads Word. */
export async function lintBytes(
  filePath: string,
  bytes: Buffer,
  options: { config: DemarcConfig; budgetMs?: number },
): Promise<FileResult> {
  try {
    return isWordFile(filePath) ? await lintWord(filePath, bytes, options) : await lintText(filePath, decodeText(bytes).text, options);
  } catch (e) {
    return failed(filePath, e);
  }
}

/** A file Demarc did not analyse: exit 2 with one line, and an error finding in every format. */
export function notAnalysed(filePath: string, reason: string): FileResult {
  const finding = notAnalysedFinding(reason, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  return { filePath, findings: [finding], error: `not analysed: ${reason}` };
}

interface TextOptions {
  config: DemarcConfig;
  budgetMs?: number;
  write?: (fixed: string) => Promise<void>;
  reuse?: ImportedSow['reuse'];
}

async function lintText(filePath: string, text: string, options: TextOptions): Promise<FileResult> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = Date.now() + budget;
  const timed = <T>(work: () => T): T => withinBudget(work, deadline - Date.now());
  try {
    return await lintTimed(filePath, text, options, timed);
  } catch (e) {
    if (e instanceof BudgetExceeded) return notAnalysed(filePath, `${overBudget(budget)} (see --timeout)`);
    throw e;
  }
}

async function lintTimed(filePath: string, text: string, options: TextOptions, timed: <T>(work: () => T) => T): Promise<FileResult> {
  const ending = lineEnding(text);
  // The engine misreads a file whose only breaks are CRs; LF in their place keeps every line and column.
  let current = ending === 'cr' ? text.replace(/\r/g, '\n') : text;
  let fixed = 0;
  if (options.write) {
    const result = timed(() => fixAll(current, { config: options.config }));
    if (result.text !== current) {
      await options.write(withLineEnding(result.text, ending));
      current = result.text;
      fixed = result.fixed;
    }
  }
  const analysis = timed(() => analyse(current, { config: options.config, ...options.reuse }));
  const failure = analysis.findings.find((f) => f.ruleId === NOT_ANALYSED);
  if (failure) return { ...notAnalysed(filePath, reasonOf(failure.message)), fixed: options.write ? fixed : undefined };
  const yamlError = analysis.model?.frontMatter.yamlError;
  return {
    filePath,
    findings: analysis.findings,
    error: yamlError ? `invalid YAML front matter (line ${yamlError.range.start.line + 1}): ${yamlError.message}` : undefined,
    fixed: options.write ? fixed : undefined,
  };
}

/** The engine's notice as a reason; a stack overflow is the parser meeting nesting too deep. */
export function reasonOf(message: string): string {
  if (/Maximum call stack size exceeded/.test(message)) return 'nested too deeply for the parser (stack overflow)';
  return message.replace(/^Demarc could not analyse this document: /, '').replace(/\.$/, '');
}

function failed(filePath: string, e: unknown): FileResult {
  if (e instanceof TooLargeError || isWordError(e)) return notAnalysed(filePath, e.message);
  return { filePath, findings: [], error: describe(e) };
}

function describe(e: unknown): string {
  if (e instanceof DecodeError || e instanceof ConfigFileError || e instanceof InputError) return e.message;
  if (e instanceof ReadOnlyError) return 'file is read-only; not fixed, left unchanged';
  if (e instanceof ChangedError) return `${e.message}; not fixed, left as it is`;
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file (was it deleted during the run?)';
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
