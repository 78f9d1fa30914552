import { comparisonView, compareVersions, describeChange, kindLabel, summarise, type ComparedVersion, type Comparison } from '../../engine';
import { analyseText } from '../../document';
import type { AnalysedDocument } from '../documentStore';
import type { BaseVersion, CompareResult, PreviewData } from '../protocol';

/** Other versions read lately, per document: the preview asks again on every change, against the same HEAD. */
const KEPT_BASES = 4;
const bases = new Map<string, { text: string; configKey: string; version: ComparedVersion | { error: string } }>();

/** The other version read as the document is read (the one way in, the document's config), or why it could not be. */
function baseVersion(doc: AnalysedDocument, base: BaseVersion): ComparedVersion | { error: string } {
  const key = `${doc.document.uri}\n${base.name}`;
  const configKey = JSON.stringify(doc.config);
  const kept = bases.get(key);
  if (kept && kept.text === base.text && kept.configKey === configKey) {
    bases.delete(key);
    bases.set(key, kept);
    return kept.version;
  }
  // No time limit of its own: the feature runs in an analysis worker, whose job the pool holds to the budget.
  const result = analyseText({ name: base.name, text: base.text, config: doc.config, budgetMs: Infinity });
  const model = result.analysis?.model;
  const version =
    result.notAnalysed || !model
      ? { error: `${base.name}: not analysed: ${result.notAnalysed?.reason ?? 'internal error'}` }
      : result.problem
        ? { error: `${base.name}: ${result.problem}` }
        : { model, findings: result.analysis!.findings };
  bases.set(key, { text: base.text, configKey, version });
  for (const oldest of bases.keys()) if (bases.size > KEPT_BASES) bases.delete(oldest);
  return version;
}

function compared(doc: AnalysedDocument, base: BaseVersion): Comparison | { error: string } {
  const model = doc.analysis.model;
  if (!model || doc.analysis.notAnalysed) return { error: 'this document was not analysed, so there is nothing to compare' };
  const old = baseVersion(doc, base);
  return 'error' in old ? old : compareVersions(old, { model, findings: doc.analysis.findings });
}

/** `demarc/compare`: the open document against another version of it. */
export function compare(doc: AnalysedDocument, base: BaseVersion): CompareResult {
  const comparison = compared(doc, base);
  if ('error' in comparison) return comparison;
  const name = decodeURIComponent(doc.document.uri.split('/').pop() ?? 'SOW');
  const view = comparisonView(comparison, { old: base.name, new: name });
  return {
    view: { ...view, changes: view.changes.map((c) => ({ ...c, label: kindLabel(c.kind), description: describeChange(c) })) },
    summary: summarise(view),
  };
}

/** For the preview: the rows of the open document that changed since the other version, by line. */
export function changedRows(doc: AnalysedDocument, base: BaseVersion): PreviewData['since'] {
  const comparison = compared(doc, base);
  if ('error' in comparison) return undefined;
  const rows = new Map<number, { line: number; weakens: boolean; changes: string[] }>();
  for (const c of comparison.changes) {
    if (c.newLine === undefined) continue;
    let row = rows.get(c.newLine);
    if (!row) rows.set(c.newLine, (row = { line: c.newLine, weakens: false, changes: [] }));
    row.weakens ||= c.weakens;
    row.changes.push(`${kindLabel(c.kind)}: ${describeChange(c)}`);
  }
  return { label: base.label, rows: [...rows.values()] };
}
