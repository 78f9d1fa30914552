import { FRONT_MATTER_LABELS, showFrontMatterValue } from '../model/frontMatter';
import type { ResponsibilityMatrix, SowModel } from '../model/types';
import type { Finding } from '../types';
import { cellNote, sectionTitleAt } from '../reading';
import { describeDuration } from '../vocabulary/duration';

/**
 * The whole responsibility picture a reviewer sends on: who the parties are, the term, each matrix
 * cell as written beside how Demarc read it, the service levels, the tools and the findings. Plain
 * strings, so the HTML and Markdown writers only lay it out.
 */
export interface ResponsibilityReport {
  title: string;
  facts: [string, string][];
  matrices: { heading: string; columns: string[]; rows: { cells: string[]; status: string; notes: string }[] }[];
  serviceLevels: { priority: string; response: string; resolution: string; reading: string }[];
  tools: { name: string; owner: string; access: string; exit: string }[];
  findings: { line: number; severity: string; rule: string; message: string }[];
}

/** A scalar front-matter value as a reader sees it; '' when there is none to show. */
const text = (v: unknown): string => (v instanceof Date || typeof v === 'string' || typeof v === 'number' ? showFrontMatterValue(v) : '');

export function responsibilityReport(model: SowModel, findings: readonly Finding[], name: string): ResponsibilityReport {
  const fm = model.frontMatter;
  const facts: [string, string][] = [
    ...model.parties.map((p): [string, string] => [p.role === 'other' ? 'Party' : p.role === 'client' ? 'Client' : 'Provider', p.name]),
    [FRONT_MATTER_LABELS.model, fm.engagementModel ?? 'not stated'],
    [FRONT_MATTER_LABELS.effective, text(fm.data.effective ?? fm.data.date) || 'not stated'],
    [FRONT_MATTER_LABELS.term, text(fm.data.term) || 'not stated'],
  ];
  return {
    title: text(fm.data.title) || name,
    facts,
    matrices: model.matrices.map((m) => matrixRows(m, model)),
    serviceLevels: model.serviceLevels.flatMap((t) =>
      t.rows.map((r) => ({
        priority: r.priorityCell.text,
        response: r.responseCell?.text ?? '',
        resolution: r.resolutionCell?.text ?? '',
        reading: [
          r.priority === undefined ? 'no priority read' : `P${r.priority}`,
          r.response ? `response ${describeDuration(r.response)}` : r.responseCell ? 'response not measurable' : '',
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    ),
    tools: model.tools.map((t) => ({
      name: t.name,
      owner: t.ownerCell?.text ?? '',
      access: !t.accessCell
        ? 'not stated'
        : t.accessCell.text.toLowerCase() === t.access
          ? t.accessCell.text
          : `${t.accessCell.text} (read: ${t.access})`,
      exit:
        t.exitCell?.text ||
        (t.exitTerms.length ? `exit terms on line ${t.exitTerms.map((r) => r.start.line + 1).join(', ')}` : 'none stated'),
    })),
    findings: findings.map((f) => ({ line: f.range.start.line + 1, severity: f.severity, rule: f.ruleId, message: f.message })),
  };
}

/** Each cell as written, with Demarc's reading where it differs ("Yes (read: no role)"). */
function matrixRows(m: ResponsibilityMatrix, model: SowModel): ResponsibilityReport['matrices'][number] {
  const parties = m.kind === 'owner' ? ['Owner'] : m.partyColumns.map((c) => c.party?.name ?? c.header.text);
  return {
    heading: sectionTitleAt(model, m.headerRow.start.line) ?? 'Responsibilities',
    columns: ['Function', ...parties, 'Status', 'Notes'],
    rows: m.functions.map((fn) => {
      const cells =
        m.kind === 'owner'
          ? [fn.owner?.cell.text ?? '']
          : m.partyColumns.map((c) => {
              const a = fn.assignments.find((x) => x.column === c);
              const note = a && cellNote(a);
              return note ? `${a.cell.text} (read: ${note})` : (a?.cell.text ?? '');
            });
      return { cells: [fn.name, ...cells], status: fn.status, notes: fn.notes.map((n) => n.cell.text).join('; ') };
    }),
  };
}
