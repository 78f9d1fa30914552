import { escapeHtml, htmlPage } from '../export/html';
import { safeJson, showUnsafe } from '../export/visible';
import {
  byGroup,
  describeChange,
  describeNotCompared,
  describePlace,
  kindLabel,
  summarise,
  type ComparisonView,
  type FindingView,
} from './view';

export type ComparisonFormat = 'json' | 'md' | 'html';

/** A comparison in one of the formats a reviewer or a pipeline reads; every document text shown inert. */
export function renderComparison(view: ComparisonView, format: ComparisonFormat): string {
  switch (format) {
    case 'json':
      return safeJson(view);
    case 'html':
      return comparisonToHtml(view);
    default:
      return comparisonToMarkdown(view);
  }
}

/** Markdown a pull-request comment or a GitHub job summary shows: the cell text can make no link, image or markup. */
function md(text: string): string {
  return showUnsafe(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~#!&]/g, '\\$&');
}

const WEAKENS = '⚠️ weakens';

function mdTable(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`),
  ];
}

function findingRows(findings: FindingView[], escape: (s: string) => string): string[][] {
  return findings.map((f) => [escape(f.location ?? String(f.line)), escape(f.severity), escape(f.ruleId), escape(f.message)]);
}

export function comparisonToMarkdown(view: ComparisonView): string {
  const lines = [`### What changed in ${md(view.new)}`, '', `Compared with ${md(view.old)}: **${md(summarise(view))}**.`];
  if (view.changes.length === 0)
    lines.push('', 'No change to the parties, the responsibility split, the service levels, the tools or the exit terms.');
  for (const g of byGroup(view.changes)) {
    lines.push('', `#### ${md(g.title)}`, '');
    lines.push(
      ...mdTable(
        ['', 'Change', 'Subject', 'What changed', 'Line'],
        g.changes.map((c) => [c.weakens ? WEAKENS : '', md(kindLabel(c.kind)), md(c.subject), md(describeChange(c)), md(describePlace(c))]),
      ),
    );
  }
  for (const [title, findings] of [
    ['Findings introduced', view.findings.introduced],
    ['Findings resolved', view.findings.resolved],
  ] as const) {
    if (findings.length === 0) continue;
    lines.push(
      '',
      `#### ${title} (${findings.length})`,
      '',
      ...mdTable(['Line', 'Severity', 'Rule', 'Message'], findingRows(findings, md)),
    );
  }
  if (view.notCompared.length)
    lines.push('', '#### Not compared', '', ...view.notCompared.map((n) => `- ${md(describeNotCompared(n, view))}`));
  return lines.join('\n') + '\n';
}

const STYLE = `
body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.35rem .6rem;text-align:left;vertical-align:top}th{background:#eee}
tr.weakens td{background:#fde2e2}.tag{font-weight:600;color:#8a1c1c}.summary{font-weight:600}
@media print{body{margin:0}tr{break-inside:avoid}}
`;

function htmlTable(head: string[], rows: { cells: string[]; weakens?: boolean }[]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr${r.weakens ? ' class="weakens"' : ''}>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${th}</tr></thead>\n<tbody>${trs.join('\n')}</tbody></table>`;
}

/** One self-contained, printable page, as the matrix report: no script, no remote resources, every text escaped. */
export function comparisonToHtml(view: ComparisonView): string {
  const title = `What changed in ${view.new}`;
  const parts = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>Compared with ${escapeHtml(view.old)}: <span class="summary">${escapeHtml(summarise(view))}</span>.</p>`,
  ];
  if (view.changes.length === 0)
    parts.push('<p>No change to the parties, the responsibility split, the service levels, the tools or the exit terms.</p>');
  for (const g of byGroup(view.changes))
    parts.push(
      `<h2>${escapeHtml(g.title)}</h2>`,
      htmlTable(
        ['', 'Change', 'Subject', 'What changed', 'Line'],
        g.changes.map((c) => ({
          cells: [c.weakens ? 'weakens' : '', kindLabel(c.kind), c.subject, describeChange(c), describePlace(c)],
          weakens: c.weakens,
        })),
      ),
    );
  for (const [heading, findings, weakening] of [
    ['Findings introduced', view.findings.introduced, true],
    ['Findings resolved', view.findings.resolved, false],
  ] as const)
    if (findings.length)
      parts.push(
        `<h2>${escapeHtml(`${heading} (${findings.length})`)}</h2>`,
        htmlTable(
          ['Line', 'Severity', 'Rule', 'Message'],
          findingRows(findings, (s) => s).map((cells) => ({ cells, weakens: weakening })),
        ),
      );
  if (view.notCompared.length)
    parts.push(
      '<h2>Not compared</h2>',
      `<ul>${view.notCompared.map((n) => `<li>${escapeHtml(describeNotCompared(n, view))}</li>`).join('')}</ul>`,
    );
  return htmlPage(title, STYLE, parts);
}
