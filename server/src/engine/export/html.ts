import { createHash } from 'node:crypto';
import { roleOf, type ResponsibilitySplit } from './responsibility';
import { showUnsafe } from './visible';

const STYLE = `
body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#eee}td.role{text-align:center;font-weight:600}
tr.unassigned td{background:#fde2e2}tr.conflict td{background:#fff1c2}
.legend{margin-top:1rem;color:#444}@media print{body{margin:0}tr{break-inside:avoid}}
`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** Also shows controls and bidirectional overrides as escapes: a name cannot reorder the page. */
function escapeHtml(text: string): string {
  return showUnsafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One self-contained, printable page: no script, no remote resources, every text escaped. */
export function splitToHtml(split: ResponsibilitySplit, title: string): string {
  const head = ['Function', ...split.parties.map((p) => `${p.name} (${p.role})`), 'Status'];
  const rows = split.functions.map((f) => {
    const cells = split.parties.map((p) => `<td class="role">${escapeHtml(roleOf(f.roles, p.name) ?? '')}</td>`).join('');
    return `<tr class="${f.status}"><td>${escapeHtml(f.name)}</td>${cells}<td>${f.status}</td></tr>`;
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${STYLE_HASH}'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<p class="legend">R responsible, A accountable, C consulted, I informed. Red rows have no owner; yellow rows have more than one.</p>
</body></html>
`;
}
