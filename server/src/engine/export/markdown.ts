import type { SplitReport } from './report';
import { showUnsafe } from './visible';

/** Document text as Markdown text, never markup: a rendered report runs no script and loads nothing. */
const inert = (s: string) => showUnsafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cell = (s: string) => inert(s).replace(/\|/g, '\\|') || ' ';

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

const LEGEND = "Cells as written; Demarc's reading in brackets where it differs. R responsible, A accountable, C consulted, I informed.";

/** The report as Markdown a reviewer can paste into a message or a ticket. */
export function reportToMarkdown(report: SplitReport): string {
  const lines = [`# Responsibility split: ${inert(report.title)}`, '', ...report.facts.map(([k, v]) => `- **${k}:** ${inert(v)}`)];
  report.tables.forEach((t, i) => {
    lines.push('', `## ${inert(t.heading)}`, '');
    if (t.rows.length || t.kind !== 'findings')
      lines.push(
        ...table(
          t.columns,
          t.rows.map((r) => r.cells),
        ),
      );
    else lines.push('None.');
    // The legend once, under the last matrix.
    if (t.kind === 'matrix' && report.tables[i + 1]?.kind !== 'matrix') lines.push('', LEGEND);
  });
  return lines.join('\n') + '\n';
}
