// One way in: every command and the language server analyse a document here. It decodes bytes, imports a
// Word file, mends line endings, applies the size and time budgets and the safe fixes, and says why a
// document was not analysed in one structured verdict, so CI and the editor agree on every document.
import {
  analyse,
  DEFAULT_MAX_DOCUMENT_SIZE,
  failureOf,
  fixAll,
  notAnalysedText,
  SourceText,
  tooLarge,
  type AnalyseOptions,
  type Analysis,
  type DemarcConfig,
  type NotAnalysed,
} from '../engine';
import type { LocatedFinding } from '../word/findings';
import type { ImportedSow } from '../word/import';
import { BudgetExceeded, DEFAULT_BUDGET_MS, overBudget, withinBudget } from './budget';
import { decodeText, DecodeError, encodeText, type TextEncoding } from './decode';
import { lineEnding, withLineEnding } from './lineEndings';

/** The Word reader: loaded only for a .docx (the CLI bundles it apart), so Markdown never pays for it. */
export interface WordReader {
  /** Converts within the deadline (ms since the epoch), in a worker it stops then. */
  importDocx(bytes: Uint8Array, config?: DemarcConfig, options?: { deadline: number; budgetMs: number }): Promise<ImportedSow>;
  locateFindings(findings: Analysis['findings'], imported: ImportedSow): LocatedFinding[];
  /** The Word package's own limit on its size (larger than a Markdown SOW's). */
  maxBytes: number;
  isWordError(e: unknown): boolean;
}

export interface DocumentInput {
  /** Path or URI; a `.docx` name is read as Word. */
  name: string;
  /** The config that applies, or the one-line reason it could not be read (the document is then not analysed). */
  config: DemarcConfig | { error: string };
  /** Milliseconds for all the work on this document (fixes included); Infinity for none. */
  budgetMs?: number;
  /** Bytes of UTF-8 a Markdown SOW may have. */
  maxBytes?: number;
  /** Apply the safe fixes first, and analyse what they leave. */
  fix?: boolean;
  /** The editor's per-document parser and table cache (the keystroke path), or a caller's own parse. */
  reuse?: Pick<AnalyseOptions, 'parser' | 'tableCache'>;
}

/** What analysing one document gave: its findings, or why it was not analysed (then one error finding says so). */
export interface DocumentResult {
  name: string;
  findings: LocatedFinding[];
  /** The text analysed (a Word file's import); absent when nothing was read. */
  text?: string;
  analysis?: Analysis;
  notAnalysed?: NotAnalysed;
  /** Analysed, but a problem that fails the run all the same: invalid YAML front matter. */
  problem?: string;
  /** With `fix`, when a fix applied: the fixed text in the file's own line endings, and as bytes encoded as the file was. */
  fixed?: { text: string; count: number; bytes?: Uint8Array };
  /** A Word file's import: its line-to-place map, notes and front matter. */
  word?: ImportedSow;
}

/** A document that was not analysed, with the one error finding every format shows. */
export function notAnalysedDocument(name: string, failure: NotAnalysed): DocumentResult {
  const analysis = notAnalysedText(new SourceText(''), failure);
  return { name, findings: analysis.findings, notAnalysed: failure };
}

/**
 * Analyses a document given as text (the editor's buffer, or text already decoded). Synchronous, so the
 * language server's worker and the CLI share it; everything it runs counts against one budget.
 */
export function analyseText(input: DocumentInput & { text: string }): DocumentResult {
  if ('error' in input.config) return notAnalysedDocument(input.name, { kind: 'config', reason: input.config.error });
  const config = input.config;
  const budget = input.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = Date.now() + budget;
  const timed = <T>(work: () => T): T => withinBudget(work, deadline - Date.now());
  const ending = lineEnding(input.text);
  // The parser misreads text whose only breaks are CRs; LF in their place keeps every line and column.
  let text = ending === 'cr' ? input.text.replace(/\r/g, '\n') : input.text;
  const options: AnalyseOptions = { config, maxDocumentSize: input.maxBytes ?? DEFAULT_MAX_DOCUMENT_SIZE, ...input.reuse };
  let fixed: { text: string; count: number } | undefined;
  let analysis: Analysis;
  try {
    if (input.fix) {
      const result = timed(() => fixAll(text, options));
      if (result.text !== text) {
        fixed = { text: withLineEnding(result.text, ending), count: result.fixed };
        text = result.text;
      }
    }
    analysis = timed(() => analyse(text, options));
  } catch (e) {
    if (e instanceof BudgetExceeded) return notAnalysedDocument(input.name, { kind: 'over-budget', reason: `it ${overBudget(budget)}` });
    return notAnalysedDocument(input.name, failureOf(e));
  }
  const result: DocumentResult = { name: input.name, findings: analysis.findings, text, analysis };
  if (fixed) result.fixed = fixed;
  // A rule that failed loses only its own findings; the document still fails the run.
  if (analysis.notAnalysed) result.notAnalysed = analysis.notAnalysed;
  const yamlError = analysis.model?.frontMatter.yamlError;
  if (yamlError) result.problem = `invalid YAML front matter (line ${yamlError.range.start.line + 1}): ${yamlError.message}`;
  return result;
}

/**
 * Analyses a document given as bytes: a Markdown SOW is decoded (UTF-8 or UTF-16 with a BOM) and encoded
 * back the same way when fixed; a Word file is imported first and its findings placed in Word.
 */
export async function analyseDocument(input: DocumentInput & { bytes: Uint8Array; word?: () => WordReader }): Promise<DocumentResult> {
  if (/\.docx$/i.test(input.name)) return analyseWord(input);
  const limit = input.maxBytes ?? DEFAULT_MAX_DOCUMENT_SIZE;
  if (input.bytes.length > limit) return notAnalysedDocument(input.name, tooLarge(input.bytes.length, limit));
  let decoded: { text: string; encoding: TextEncoding };
  try {
    decoded = decodeText(input.bytes);
  } catch (e) {
    if (e instanceof DecodeError) return notAnalysedDocument(input.name, { kind: 'unreadable', reason: e.message });
    throw e;
  }
  const result = analyseText({ ...input, text: decoded.text });
  if (result.fixed) result.fixed.bytes = encodeText(result.fixed.text, decoded.encoding);
  return result;
}

async function analyseWord(input: DocumentInput & { bytes: Uint8Array; word?: () => WordReader }): Promise<DocumentResult> {
  if (!input.word) return notAnalysedDocument(input.name, { kind: 'word', reason: 'Word files are not read here' });
  const reader = input.word();
  if (input.bytes.length > reader.maxBytes) return notAnalysedDocument(input.name, tooLarge(input.bytes.length, reader.maxBytes));
  if ('error' in input.config) return notAnalysedDocument(input.name, { kind: 'config', reason: input.config.error });
  // The conversion counts against the file's budget, as its analysis does.
  const budget = input.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = Date.now() + budget;
  let imported: ImportedSow;
  try {
    imported = await reader.importDocx(input.bytes, input.config, { deadline, budgetMs: budget });
  } catch (e) {
    if (e instanceof BudgetExceeded) return notAnalysedDocument(input.name, { kind: 'over-budget', reason: `it ${overBudget(budget)}` });
    if (reader.isWordError(e))
      return notAnalysedDocument(input.name, { kind: (e as { kind?: 'word' }).kind ?? 'word', reason: (e as Error).message });
    return notAnalysedDocument(input.name, failureOf(e));
  }
  // A Word file is never rewritten: `fix` is not asked of it.
  const result = analyseText({
    ...input,
    fix: false,
    text: imported.text,
    reuse: imported.reuse,
    budgetMs: Math.max(0, deadline - Date.now()),
  });
  if (result.notAnalysed?.kind === 'over-budget')
    return notAnalysedDocument(input.name, { kind: 'over-budget', reason: `it ${overBudget(budget)}` });
  return { ...result, findings: reader.locateFindings(result.findings, imported), word: imported };
}
