import type { Root } from 'mdast';
import { resolveRule, type DemarcConfig } from './config';
import { buildModel } from './model/build';
import type { TableCache } from './model/tableCache';
import type { SowModel } from './model/types';
import { parseMarkdown } from './parse';
import { RULES } from './rules';
import invalidFrontMatter, { isEmpty } from './rules/invalid-front-matter';
import { checkContract, formatMessage, type Report, type Rule } from './rules/rule';
import { SourceText } from './source';
import { applyDirectives, parseDirectives } from './suppression';
import type { Finding } from './types';
import { topicsRead } from './vocabulary/language';

export const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;
/** Not a catalogue rule: the engine's word that it did not analyse a document. */
export const NOT_ANALYSED = 'not-analysed';

export interface AnalyseOptions {
  config?: DemarcConfig;
  /** Bytes of UTF-8, as files are measured on disk; larger documents get one not-analysed error instead of an analysis. */
  maxDocumentSize?: number;
  /**
   * Supplies the tree instead of a fresh parse: the editor's incremental parser (the keystroke path), or a
   * caller that parsed the text already (the Word export).
   */
  parser?: { parse(text: string): Root };
  /** The editor's per-document table readings, kept between keystrokes (model/tableCache.ts). */
  tableCache?: TableCache;
}

export interface Analysis {
  source: SourceText;
  model?: SowModel;
  findings: Finding[];
  /** Why the document, or part of it, was not analysed: its findings then hold one not-analysed error saying so. */
  notAnalysed?: NotAnalysed;
}

/** Why Demarc did not analyse a document, told apart so CI and the editor say the same and a reviewer knows what to do. */
export type NotAnalysedKind =
  | 'too-large'
  | 'nested-too-deeply'
  | 'over-budget'
  | 'stack-overflow'
  | 'out-of-memory'
  | 'unreadable'
  | 'word'
  | 'config'
  | 'rule-failed'
  | 'stopped'
  | 'internal';

export interface NotAnalysed {
  kind: NotAnalysedKind;
  /** One line, completing "Demarc did not analyse this document: …". */
  reason: string;
}

/** Text in, model and findings out. Never throws: a failure becomes one error finding that says so. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const source = new SourceText(text);
  const limit = options.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  const size = utf8Length(text);
  if (size > limit) return notAnalysedText(source, tooLarge(size, limit));
  // Quotes and lists nested thousands deep make the parser quadratic and then overflow: refused at once.
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING)
    return notAnalysedText(source, {
      kind: 'nested-too-deeply',
      reason: `quotes and lists nest ${depth} levels deep, beyond the ${MAX_NESTING} Demarc reads`,
    });
  let model: SowModel;
  try {
    const tree = options.parser ? options.parser.parse(text) : parseMarkdown(text);
    model = buildModel(tree, source, options.tableCache);
  } catch (e) {
    return notAnalysedText(source, failureOf(e));
  }
  const { findings, failed } = runRules(model, source, options.config);
  return failed ? { source, model, findings, notAnalysed: failed } : { source, model, findings };
}

/** An analysis that never got under way: one not-analysed error on the first line. */
export function notAnalysedText(source: SourceText, failure: NotAnalysed): Analysis {
  return { source, findings: [notAnalysedFinding(failure, source.lineRange(0))], notAnalysed: failure };
}

/** "it is 6.1 MB, over the 5.0 MB limit": the size verdict, whoever measures the size. */
export function tooLarge(bytes: number, limit: number): NotAnalysed {
  return { kind: 'too-large', reason: `it is ${megabytes(bytes)} MB, over the ${megabytes(limit)} MB limit` };
}

/** Deeper than any contract nests its quotes and lists. */
const MAX_NESTING = 100;

/**
 * How deep a text nests quotes and lists: on each line, the markers that open it ("> - > -") and, for a
 * list item, its indentation; the deepest line. Reads only each line's opening, so it is linear.
 */
function nestingDepth(text: string): number {
  let deepest = 0;
  let depth = 0;
  let indent = 0;
  let atStart = true;
  let marker = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      deepest = Math.max(deepest, depth + (marker ? indent >> 1 : 0));
      depth = indent = 0;
      atStart = true;
      marker = false;
      continue;
    }
    if (!atStart) continue;
    if (c === 32) {
      if (depth === 0) indent++;
    } else if (c === 9) {
      if (depth === 0) indent += 4;
    } else if (c === 62 /* > */ || ((c === 45 || c === 42 || c === 43) /* - * + */ && text.charCodeAt(i + 1) === 32)) {
      depth++;
      marker = true;
    } else if (c >= 48 && c <= 57) {
      // "1. 1. 1." nests ordered lists: digits, then . or ), then a space.
      let j = i;
      while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const after = text.charCodeAt(j);
      if ((after === 46 || after === 41) && text.charCodeAt(j + 1) === 32) {
        depth++;
        marker = true;
        i = j;
      } else atStart = false;
    } else atStart = false;
  }
  return Math.max(deepest, depth + (marker ? indent >> 1 : 0));
}

/** What an exception while reading a document says, as a reason: a stack overflow and running out of memory are named. */
export function failureOf(e: unknown): NotAnalysed {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /Maximum call stack size exceeded/.test(message))
    return { kind: 'stack-overflow', reason: 'reading it ran out of stack (stack overflow)' };
  if (/out of memory|allocation failed|Invalid string length|Invalid array length/i.test(message))
    return { kind: 'out-of-memory', reason: `it needs more memory than Demarc allows (${message.split('\n')[0]})` };
  return { kind: 'internal', reason: message.split('\n')[0] };
}

/**
 * Runs each rule on its own: a rule that throws (or breaks its declared contract) loses only its own
 * findings and adds one error naming it, so the run fails closed while the other rules' findings stand.
 */
function runRules(model: SowModel, source: SourceText, config: DemarcConfig | undefined): { findings: Finding[]; failed?: NotAnalysed } {
  const findings: Finding[] = [];
  let failed: NotAnalysed | undefined;
  // An empty document is a SOW not yet begun: the front-matter rule says how to begin, and nothing is
  // reported missing from it (seven findings about an empty file say one thing).
  const rules = isEmpty(source.text) ? RULES.filter((r) => r === invalidFrontMatter) : RULES;
  for (const rule of rules) {
    const resolved = resolveRule(config, rule.id);
    if (resolved.level === 'off') continue;
    const own: Finding[] = [];
    const report = (r: Report) => {
      checkContract(rule, r);
      // Of a document in another language, nothing is said to be missing that Demarc holds no words for.
      if (rule.absence?.messages.includes(r.messageId) && !topicsRead(model.language).includes(rule.absence.topic)) return;
      const severity = resolved.explicit ? resolved.level : (r.severity ?? rule.defaultSeverity);
      own.push(toFinding(rule, severity as Finding['severity'], r));
    };
    try {
      rule.check({ model, source, options: resolved.options, playbook: config?.playbook, report });
      for (const f of own) findings.push(f);
    } catch (e) {
      const failure: NotAnalysed = {
        kind: 'rule-failed',
        reason: `rule ${rule.id} failed on it (${failureOf(e).reason}), so that rule's findings are missing`,
      };
      failed ??= failure;
      findings.push(notAnalysedFinding(failure, model.documentAnchor));
    }
  }
  const kept = applyDirectives(findings, parseDirectives(model.comments), model.documentAnchor.start.line);
  return { findings: kept.sort(compareFindings), failed };
}

function toFinding(rule: Rule, severity: Finding['severity'], r: Report): Finding {
  const f: Finding = {
    ruleId: rule.id,
    messageId: r.messageId,
    severity,
    message: formatMessage(rule, r.messageId, r.data),
    range: r.range,
  };
  if (r.related?.length) f.related = r.related;
  if (r.fix && r.fix.edits.length > 0) f.fix = r.fix;
  const suggestions = r.suggestions?.filter((s) => s.edits.length > 0);
  if (suggestions?.length) f.suggestions = suggestions;
  return f;
}

/** Findings by severity: what the CLI's summary, the status bar and the preview count. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return counts;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

/** The one error finding that says a document was not analysed, and why; every adapter shows this same text. */
export function notAnalysedFinding(failure: NotAnalysed, range: Finding['range']): Finding {
  return {
    ruleId: NOT_ANALYSED,
    messageId: failure.kind,
    severity: 'error',
    message: `Demarc did not analyse this document: ${failure.reason}.`,
    range,
  };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** The document's size in UTF-8 without encoding it: the unit the CLI's size check and the docs use. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
