import {
  cellNote,
  countBySeverity,
  describeServiceLevel,
  describeTool,
  formatRaci,
  playbookChecklist,
  renderSplit,
  responsibilitySplit,
  sectionTitleAt,
  strongestRole,
  type Finding,
} from '../../engine';
import type { AnalysedDocument } from '../documentStore';
import type { BaseVersion, ExportSplitParams, FindingSummary, PreviewData } from '../protocol';
import { changedRows } from './compare';

function summary(f: Finding): FindingSummary {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, line: f.range.start.line + 1 };
}

/** The model the preview renders: the matrix export plus SLA rows and tools, each with its findings (and changes since a baseline). */
export function previewData(doc: AnalysedDocument, baseline?: BaseVersion): PreviewData {
  const { analysis, document } = doc;
  const findings = analysis.findings.map(summary);
  const on = (line: number) => findings.filter((f) => f.line === line);
  const counts = countBySeverity(analysis.findings);
  const base = { uri: document.uri, version: document.version, findings, counts };
  const model = analysis.model;
  if (!model)
    return {
      ...base,
      analysed: false,
      parties: [],
      functions: [],
      matrices: [],
      sections: [],
      ownership: [],
      serviceLevels: [],
      tools: [],
    };
  // The innermost section a line stands in: the heading a reader sees the table under.
  const tableOf = new Map(model.matrices.flatMap((m, i) => m.functions.map((fn) => [fn, i] as const)));
  const split = responsibilitySplit(model);
  const title = model.frontMatter.data.title;
  const since = baseline && changedRows(doc, baseline);
  const checklist = doc.config.playbook && playbookChecklist(model, analysis.source, doc.config.playbook);
  return {
    ...base,
    ...(since ? { since } : {}),
    ...(checklist ? { playbook: checklist } : {}),
    analysed: true,
    title: typeof title === 'string' ? title : undefined,
    engagementModel: model.frontMatter.engagementModel,
    parties: split.parties,
    functions: split.functions.map((f, i) => {
      const fn = model.functions[i];
      const cells = model.parties.map((p) => {
        const roles = fn.roles.get(p.name) ?? [];
        const assignment = fn.assignments.find((a) => a.column.party === p);
        const note = assignment && cellNote(assignment);
        return { text: assignment?.cell.text ?? '', value: formatRaci(roles), strongest: strongestRole(roles), ...(note ? { note } : {}) };
      });
      const table = tableOf.get(fn) ?? 0;
      return { ...f, table, notes: fn.notes.map((n) => ({ header: n.header, text: n.cell.text })), cells, findings: on(f.line) };
    }),
    matrices: model.matrices.map((m) => ({ heading: sectionTitleAt(model, m.headerRow.start.line), line: m.headerRow.start.line + 1 })),
    sections: model.sections
      .filter((s) => s.kind)
      .map((s) => ({
        kind: s.kind!,
        title: s.title,
        line: s.heading.start.line + 1,
        text: [...s.listItems, ...s.paragraphs]
          .sort((a, b) => a.range.start.line - b.range.start.line)
          .map((b) => b.text)
          .join('\n')
          .slice(0, 4000),
      })),
    ownership: model.parties.map((p) => ({
      party: p.name,
      accountable: model.functions.filter((fn) => fn.accountable.includes(p)).length,
    })),
    serviceLevels: model.serviceLevels.flatMap((t) =>
      t.rows.map((r) => ({
        priority: r.plan ? `${r.priorityCell.text} · ${r.plan}` : r.priorityCell.text,
        priorityLevel: r.priority,
        response: r.responseCell?.text ?? '',
        resolution: r.resolutionCell?.text ?? '',
        responseMinutes: r.response?.minutes,
        business: r.response?.business ?? false,
        reading: describeServiceLevel(r),
        line: r.row.start.line + 1,
        findings: on(r.row.start.line + 1),
      })),
    ),
    tools: model.tools.map((t) => ({
      name: t.name,
      line: t.row.start.line + 1,
      kind: t.kindCell?.text,
      owner: t.owner?.name ?? t.ownerCell?.text,
      access: t.accessCell?.text ?? '',
      accessLevel: t.access,
      exitTerms: t.exitCell?.text ?? '',
      hasExitTerms: t.exitTerms.length > 0,
      isRmm: t.isRmm,
      isTicketing: t.isTicketing,
      reading: describeTool(t),
      findings: on(t.row.start.line + 1),
    })),
  };
}

export function exportSplit(doc: AnalysedDocument, format: ExportSplitParams['format']): string {
  const model = doc.analysis.model;
  if (!model) throw new Error('this document was not analysed');
  const playbook = doc.config.playbook && playbookChecklist(model, doc.analysis.source, doc.config.playbook);
  return renderSplit(model, format, decodeURIComponent(doc.document.uri.split('/').pop() ?? 'SOW'), doc.analysis.findings, playbook);
}
