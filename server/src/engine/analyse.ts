import type { Root } from 'mdast';
import { resolveRule, type DemarcConfig } from './config';
import { buildModel } from './model/build';
import type { TableReadings } from './model/tableReadings';
import type { SowModel } from './model/types';
import { parseMarkdown } from './parse';
import { RULES } from './rules';
import { checkContract, formatMessage, type Report, type Rule } from './rules/rule';
import { SourceText } from './source';
import { applyDirectives, parseDirectives } from './suppression';
import type { Finding } from './types';

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
  /** The editor's per-document table readings, kept between keystrokes (model/tableReadings.ts). */
  tableReadings?: TableReadings;
}

export interface Analysis {
  source: SourceText;
  model?: SowModel;
  findings: Finding[];
}

/** Text in, model and findings out. Never throws: a failure becomes one error finding that says so. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const source = new SourceText(text);
  const limit = options.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  const size = utf8Length(text);
  if (size > limit) {
    return {
      source,
      findings: [
        notice(source, `This document is ${megabytes(size)} MB, over the ${megabytes(limit)} MB limit, so Demarc did not analyse it.`),
      ],
    };
  }
  try {
    const tree = options.parser ? options.parser.parse(text) : parseMarkdown(text);
    const model = buildModel(tree, source, options.tableReadings);
    return { source, model, findings: runRules(model, source, options.config) };
  } catch (e) {
    return { source, findings: [notice(source, `Demarc could not analyse this document: ${(e as Error).message}`)] };
  }
}

/**
 * Runs each rule on its own: a rule that throws (or breaks its declared contract) loses only its own
 * findings and adds one error naming it, so the run fails closed while the other rules' findings stand.
 */
function runRules(model: SowModel, source: SourceText, config: DemarcConfig | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const resolved = resolveRule(config, rule.id);
    if (resolved.level === 'off') continue;
    const own: Finding[] = [];
    const report = (r: Report) => {
      checkContract(rule, r);
      const severity = resolved.explicit ? resolved.level : (r.severity ?? rule.defaultSeverity);
      own.push(toFinding(rule, severity as Finding['severity'], r));
    };
    try {
      rule.check({ model, source, options: resolved.options, report });
      findings.push(...own);
    } catch (e) {
      findings.push({
        ...notice(
          source,
          `Rule ${rule.id} failed on this document (${(e as Error).message}), so its findings are missing: the document was not fully analysed.`,
        ),
        range: model.documentAnchor,
      });
    }
  }
  const kept = applyDirectives(findings, parseDirectives(model.comments), model.documentAnchor.start.line);
  return kept.sort(compareFindings);
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

/** The verdict on a document some adapter stopped (time budget, a worker that died): one error finding. */
export function notAnalysedFinding(reason: string, range: Finding['range']): Finding {
  return { ruleId: NOT_ANALYSED, severity: 'error', message: `Demarc did not analyse this document: ${reason}.`, range };
}

function notice(source: SourceText, message: string): Finding {
  return { ruleId: NOT_ANALYSED, severity: 'error', message, range: source.lineRange(0) };
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
