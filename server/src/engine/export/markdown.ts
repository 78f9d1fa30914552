import type { ResponsibilityReport } from './report';
import { showUnsafe } from './visible';

const cell = (s: string) => showUnsafe(s).replace(/\|/g, '\\|') || ' ';

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** The report as Markdown a reviewer can paste into a message or a ticket. */
export function reportToMarkdown(report: ResponsibilityReport): string {
  const lines = [
    `# Responsibility split: ${showUnsafe(report.title)}`,
    '',
    ...report.facts.map(([k, v]) => `- **${k}:** ${showUnsafe(v)}`),
  ];
  for (const m of report.matrices) {
    lines.push(
      '',
      `## ${showUnsafe(m.heading)}`,
      '',
      ...table(
        m.columns,
        m.rows.map((r) => [...r.cells, r.status, r.notes]),
      ),
    );
  }
  if (report.matrices.length)
    lines.push(
      '',
      "Cells as written; Demarc's reading in brackets where it differs. R responsible, A accountable, C consulted, I informed.",
    );
  if (report.serviceLevels.length)
    lines.push(
      '',
      '## Service levels',
      '',
      ...table(
        ['Priority', 'Response', 'Resolution', 'Read as'],
        report.serviceLevels.map((s) => [s.priority, s.response, s.resolution, s.reading]),
      ),
    );
  if (report.tools.length)
    lines.push(
      '',
      '## Tools',
      '',
      ...table(
        ['Tool', 'Owner', 'Client access', 'On exit'],
        report.tools.map((t) => [t.name, t.owner, t.access, t.exit]),
      ),
    );
  lines.push('', `## Findings (${report.findings.length})`, '');
  if (report.findings.length)
    lines.push(
      ...table(
        ['Line', 'Severity', 'Rule', 'Message'],
        report.findings.map((f) => [String(f.line), f.severity, f.rule, f.message]),
      ),
    );
  else lines.push('None.');
  return lines.join('\n') + '\n';
}
