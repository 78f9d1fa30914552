import { FRONT_MATTER_LABELS, showFrontMatterValue } from '../model/frontMatter';
import type { ResponsibilityMatrix, SowModel } from '../model/types';
import type { PlaybookChecklist } from '../playbook/assess';
import type { Finding } from '../types';
import { cellNote, sectionTitleAt } from '../reading';
import { describeDuration } from '../vocabulary/duration';

/**
 * The whole responsibility picture a reviewer sends on: who the parties are, the term, each matrix
 * cell as written beside how Demarc read it, the service levels, the tools and the findings. Plain
 * strings, so the HTML and Markdown writers only lay it out.
 */
export interface SplitReport {
  title: string;
  facts: [string, string][];
  /** Each matrix, then the service levels and tools where the SOW has them, then the findings (always). */
  tables: ReportTable[];
  /** The escalation and exit sections as written: what happens when things go wrong, and when the contract ends. */
  terms: ReportTerms[];
}

/** One escalation or exit section: its heading, and its items and paragraphs in document order. */
export interface ReportTerms {
  kind: 'escalation' | 'exit';
  heading: string;
  line: number;
  items: string[];
}

/** One table of the report under its heading; a matrix row carries its status, which the HTML colours. */
export interface ReportTable {
  heading: string;
  kind: 'matrix' | 'service-levels' | 'tools' | 'playbook' | 'findings';
  columns: string[];
  rows: { cells: string[]; status?: string }[];
}

/** A scalar front-matter value as a reader sees it; '' when there is none to show. */
const text = (v: unknown): string => (v instanceof Date || typeof v === 'string' || typeof v === 'number' ? showFrontMatterValue(v) : '');

export function splitReport(model: SowModel, findings: readonly Finding[], name: string, playbook?: PlaybookChecklist): SplitReport {
  const fm = model.frontMatter;
  const facts: [string, string][] = [
    ...model.parties.map((p): [string, string] => [p.role === 'other' ? 'Party' : p.role === 'client' ? 'Client' : 'Provider', p.name]),
    [FRONT_MATTER_LABELS.model, fm.engagementModel ?? 'not stated'],
    [FRONT_MATTER_LABELS.effective, text(fm.data.effective ?? fm.data.date) || 'not stated'],
    [FRONT_MATTER_LABELS.term, text(fm.data.term) || 'not stated'],
  ];
  const serviceLevels = model.serviceLevels.flatMap((t) =>
    t.rows.map((r) => ({
      cells: [
        r.priorityCell.text,
        r.responseCell?.text ?? '',
        r.resolutionCell?.text ?? '',
        [
          r.priority === undefined ? 'no priority read' : `P${r.priority}`,
          r.response ? `response ${describeDuration(r.response)}` : r.responseCell ? 'response not measurable' : '',
        ]
          .filter(Boolean)
          .join(' · '),
      ],
    })),
  );
  const tools = model.tools.map((t) => ({
    cells: [
      t.name,
      t.ownerCell?.text ?? '',
      !t.accessCell
        ? 'not stated'
        : t.accessCell.text.toLowerCase() === t.access
          ? t.accessCell.text
          : `${t.accessCell.text} (read: ${t.access})`,
      t.exitCell?.text ||
        (t.exitTerms.length ? `exit terms on line ${t.exitTerms.map((r) => r.start.line + 1).join(', ')}` : 'none stated'),
    ],
  }));
  const tables: ReportTable[] = model.matrices.map((m) => matrixTable(m, model));
  if (serviceLevels.length)
    tables.push({
      heading: 'Service levels',
      kind: 'service-levels',
      columns: ['Priority', 'Response', 'Resolution', 'Read as'],
      rows: serviceLevels,
    });
  if (tools.length) tables.push({ heading: 'Tools', kind: 'tools', columns: ['Tool', 'Owner', 'Client access', 'On exit'], rows: tools });
  if (playbook) {
    const met = playbook.positions.filter((p) => p.met).length;
    tables.push({
      heading: `Playbook: ${playbook.name} (${met} of ${playbook.positions.length} met)`,
      kind: 'playbook',
      columns: ['Position', 'Playbook', 'This SOW', 'Met', 'Line'],
      rows: playbook.positions.map((p) => ({ cells: [p.subject, p.position, p.said, p.met ? 'met' : 'not met', String(p.line)] })),
    });
  }
  tables.push({
    heading: `Findings (${findings.length})`,
    kind: 'findings',
    columns: ['Line', 'Severity', 'Rule', 'Message'],
    rows: findings.map((f) => ({ cells: [String(f.range.start.line + 1), f.severity, f.ruleId, f.message] })),
  });
  return { title: text(fm.data.title) || name, facts, tables, terms: termsOf(model) };
}

/** The sections the rules read as escalation or exit terms, with what is written under them. */
export function termsOf(model: SowModel): ReportTerms[] {
  return model.sections
    .filter((s) => s.kind)
    .map((s) => ({
      kind: s.kind!,
      heading: s.title,
      line: s.heading.start.line + 1,
      items: [...s.listItems, ...s.paragraphs].sort((a, b) => a.range.start.line - b.range.start.line).map((b) => b.text),
    }));
}

/** Each cell as written, with Demarc's reading where it differs ("Yes (read: no role)"); Notes only where a row has some. */
function matrixTable(m: ResponsibilityMatrix, model: SowModel): ReportTable {
  const parties = m.kind === 'owner' ? ['Owner'] : m.partyColumns.map((c) => c.party?.name ?? c.header.text);
  const notes = m.functions.some((fn) => fn.notes.some((n) => n.cell.text !== ''));
  return {
    heading: sectionTitleAt(model, m.headerRow.start.line) ?? 'Responsibilities',
    kind: 'matrix',
    columns: ['Function', ...parties, 'Status', ...(notes ? ['Notes'] : [])],
    rows: m.functions.map((fn) => {
      const cells =
        m.kind === 'owner'
          ? [fn.owner?.cell.text ?? '']
          : m.partyColumns.map((c) => {
              const a = fn.assignments.find((x) => x.column === c);
              const note = a && cellNote(a);
              return note ? `${a.cell.text} (read: ${note})` : (a?.cell.text ?? '');
            });
      const written = fn.notes.map((n) => n.cell.text).filter(Boolean);
      return { cells: [fn.name, ...cells, fn.status, ...(notes ? [written.join('; ')] : [])], status: fn.status };
    }),
  };
}
