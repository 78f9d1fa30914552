import { sha256 } from '@noble/hashes/sha2';
import type { SplitReport } from './report';
import { showUnsafe } from './visible';

const STYLE = `
body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#eee}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
tr.unassigned td{background:#fde2e2}tr.conflict td{background:#fff1c2}
.legend{margin-top:.6rem;color:#444}@media print{body{margin:0}tr{break-inside:avoid}}
`;

/** Also shows controls and bidirectional overrides as escapes: a name cannot reorder the page. */
export function escapeHtml(text: string): string {
  return showUnsafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function table(head: string[], rows: { cells: string[]; className?: string }[]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const trs = rows.map(
    (r) => `<tr${r.className ? ` class="${r.className}"` : ''}>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`,
  );
  return `<table><thead><tr>${th}</tr></thead>\n<tbody>${trs.join('\n')}</tbody></table>`;
}

const LEGEND =
  '<p class="legend">Cells as written; Demarc\'s reading in brackets where it differs. R responsible, A accountable, C consulted, I informed. Red rows have no owner; yellow rows have more than one.</p>';

/** The escalation and exit sections, each item as written. */
function terms(report: SplitReport): string[] {
  if (report.terms.length === 0) return [];
  return [
    '<h2>Escalation and exit</h2>',
    ...report.terms.map(
      (t) =>
        `<h3>${escapeHtml(t.heading)} <small>(${t.kind}, line ${t.line})</small></h3>` +
        (t.items.length
          ? `<ul>${t.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
          : '<p>Nothing is written under this heading.</p>'),
    ),
  ];
}

/** One self-contained, printable page: no script, no remote resources, every text escaped. */
export function reportToHtml(report: SplitReport): string {
  const title = `Responsibility split: ${report.title}`;
  const parts = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl>${report.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
  ];
  report.tables.forEach((t, i) => {
    if (t.kind === 'findings') parts.push(...terms(report));
    parts.push(
      `<h2>${escapeHtml(t.heading)}</h2>`,
      t.rows.length || t.kind !== 'findings'
        ? table(
            t.columns,
            t.rows.map((r) => ({ cells: r.cells, className: r.status })),
          )
        : '<p>None.</p>',
    );
    // The legend once, under the last matrix.
    if (t.kind === 'matrix' && report.tables[i + 1]?.kind !== 'matrix') parts.push(LEGEND);
  });
  return htmlPage(title, STYLE, parts);
}

/**
 * A page standing alone: its one stylesheet allowed by hash in a strict CSP, nothing else loads or runs,
 * the title escaped. The report and the comparison both write theirs with it.
 */
export function htmlPage(title: string, style: string, body: readonly string[]): string {
  // A pure hash (no Node crypto): the engine runs in a browser's worker too.
  const hash = btoa(String.fromCharCode(...sha256(new TextEncoder().encode(style))));
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'">
<title>${escapeHtml(title)}</title><style>${style}</style></head>
<body>${body.join('\n')}
</body></html>
`;
}
