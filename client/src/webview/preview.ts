// Runs inside the webview. Builds the page with DOM calls and textContent only, so document text
// can never become markup or script.
import type { FindingSummary, ResponsibilityModelResult } from '../protocolTypes';
import type { FromWebview, ToWebview } from './messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): { scrollY?: number } | undefined;
  setState(state: { scrollY: number }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** A row that reveals its line on click or Enter, and moves with arrow keys. */
function lineRow(line: number, className: string, ...cells: HTMLElement[]): HTMLTableRowElement {
  const row = el('tr', { class: `line ${className}`, tabindex: '0', 'data-line': String(line), title: `Line ${line}: click or press Enter to reveal` }, ...cells);
  return row;
}

function findingList(findings: FindingSummary[]): HTMLElement | string {
  if (findings.length === 0) return '';
  return el('ul', { class: 'findings' }, ...findings.map((f) => el('li', { class: f.severity }, el('span', { class: 'rule' }, f.ruleId), ' ', f.message)));
}

function raciClass(value: string): string {
  if (value.includes('A')) return 'raci-a';
  if (value.includes('R')) return 'raci-r';
  if (value.includes('C')) return 'raci-c';
  if (value.includes('I')) return 'raci-i';
  return 'raci-none';
}

function renderMatrix(m: ResponsibilityModelResult): HTMLElement {
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Function'), ...m.parties.map((p) => el('th', { scope: 'col' }, p.name, el('span', { class: 'role' }, p.role))), el('th', { scope: 'col' }, 'Status'));
  const rows = m.functions.map((f) => {
    const cells = m.parties.map((p) => {
      const v = f.roles[p.name] ?? '';
      return el('td', { class: `raci ${raciClass(v)}` }, v || '–');
    });
    const name = el('td', {}, f.name, findingList(f.findings));
    return lineRow(f.line, f.status, name, ...cells, el('td', { class: `status ${f.status}` }, f.status));
  });
  return el('section', { 'aria-labelledby': 'matrix-h' },
    el('h2', { id: 'matrix-h' }, 'Responsibility matrix'),
    m.functions.length === 0 ? el('p', {}, 'No responsibility matrix found.') : el('table', { class: 'matrix' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}

function renderOwnership(m: ResponsibilityModelResult): HTMLElement {
  const owned = m.parties.map((p) => ({ party: p, count: m.functions.filter((f) => (f.roles[p.name] ?? '').includes('A')).length }));
  const max = Math.max(1, ...owned.map((o) => o.count));
  const bars = owned.map(({ party, count }) =>
    el('div', { class: 'bar-row' },
      el('span', { class: 'bar-label' }, party.name),
      el('span', { class: 'bar', role: 'img', 'aria-label': `${party.name}: ${count} functions` }),
      el('span', { class: 'bar-count' }, String(count))));
  // Widths are set through the CSSOM, which the CSP allows, rather than inline style attributes.
  bars.forEach((b, i) => ((b.children[1] as HTMLElement).style.width = `${(owned[i].count / max) * 100}%`));
  return el('section', { 'aria-labelledby': 'owned-h' }, el('h2', { id: 'owned-h' }, 'Functions each party is accountable for'), el('div', { class: 'bars' }, ...bars));
}

function renderServiceLevels(m: ResponsibilityModelResult): HTMLElement {
  const limit = m.maxP1ResponseMinutes;
  const rows = m.serviceLevels.map((s) => {
    let check = '';
    if (s.priorityLevel === 1) {
      const ok = s.responseMinutes !== undefined && !s.business && s.responseMinutes <= limit;
      check = ok ? `✓ within ${limit} min` : `✗ limit ${limit} min`;
    }
    return lineRow(s.line, s.findings.length ? 'flagged' : '', el('td', {}, s.priority), el('td', {}, s.response || '–'), el('td', { class: 'check' }, check), el('td', {}, findingList(s.findings)));
  });
  return el('section', { 'aria-labelledby': 'sla-h' }, el('h2', { id: 'sla-h' }, 'Service levels'),
    rows.length === 0 ? el('p', {}, 'No service-level table found.') : el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Priority'), el('th', {}, 'Response'), el('th', {}, 'P1 limit'), el('th', {}, 'Findings'))), el('tbody', {}, ...rows)));
}

function renderTools(m: ResponsibilityModelResult): HTMLElement {
  const rows = m.tools.map((t) => lineRow(t.line, t.findings.length ? 'flagged' : '',
    el('td', {}, t.name, t.isRmm ? el('span', { class: 'tag' }, 'RMM') : '', t.isTicketing ? el('span', { class: 'tag' }, 'ticketing') : ''),
    el('td', {}, t.owner ?? '–'),
    el('td', { class: `access ${t.accessLevel}` }, t.access || 'not stated'),
    el('td', {}, t.hasExitTerms ? t.exitTerms || 'in exit section' : 'none'),
    el('td', {}, findingList(t.findings))));
  return el('section', { 'aria-labelledby': 'tools-h' }, el('h2', { id: 'tools-h' }, 'Tools'),
    rows.length === 0 ? el('p', {}, 'No tool table found.') : el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Tool'), el('th', {}, 'Owner'), el('th', {}, 'Client access'), el('th', {}, 'On exit'), el('th', {}, 'Findings'))), el('tbody', {}, ...rows)));
}

function render(m: ResponsibilityModelResult, fileName: string): void {
  const summary = `${m.counts.errors} errors, ${m.counts.warnings} warnings`;
  const header = el('header', {}, el('h1', {}, m.title ?? fileName), el('p', { class: 'meta' }, `${m.engagementModel ?? 'unknown model'} · ${summary}`));
  const documentFindings = m.findings.filter((f) => !m.functions.some((x) => x.line === f.line) && !m.serviceLevels.some((x) => x.line === f.line) && !m.tools.some((x) => x.line === f.line));
  const general = documentFindings.length ? el('section', { 'aria-labelledby': 'doc-h' }, el('h2', { id: 'doc-h' }, 'Whole document'), findingList(documentFindings)) : '';
  const body = m.analysed
    ? [header, general, renderMatrix(m), renderOwnership(m), renderServiceLevels(m), renderTools(m)]
    : [header, findingList(m.findings)];
  root.replaceChildren(...body.filter((b): b is HTMLElement => typeof b !== 'string'));
  vscode.postMessage({
    type: 'rendered',
    version: m.version,
    functions: [...root.querySelectorAll('table.matrix tbody tr td:first-child')].map((td) => td.firstChild?.textContent ?? ''),
    findings: root.querySelectorAll('ul.findings li').length,
    unassigned: m.functions.filter((f) => f.status === 'unassigned').map((f) => f.name),
    conflicts: m.functions.filter((f) => f.status === 'conflict').map((f) => f.name),
    tools: m.tools.map((t) => t.name),
    activeElements: activeElements(root),
  });
}

/** Adds a script without the nonce; the page's CSP must stop it from running. */
function probeCsp(): void {
  const flag = '__demarcInlineScriptRan';
  const script = document.createElement('script');
  script.textContent = `window.${flag} = true;`;
  document.head.append(script);
  script.remove();
  setTimeout(() => vscode.postMessage({ type: 'cspProbe', inlineScriptRan: (window as unknown as Record<string, unknown>)[flag] === true }), 50);
}

/** Elements that could run or load something; document text must never produce any. */
function activeElements(scope: HTMLElement): number {
  let count = scope.querySelectorAll('script, iframe, img, svg, style, object, embed, link, a[href^="javascript:" i]').length;
  for (const node of scope.querySelectorAll('*')) {
    if ([...node.attributes].some((a) => a.name.toLowerCase().startsWith('on'))) count++;
  }
  return count;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const msg = event.data;
  if (msg.type === 'model') render(msg.model, msg.fileName);
  else if (msg.type === 'empty') root.replaceChildren(el('p', { class: 'empty' }, msg.reason));
  else probeCsp();
});

root.addEventListener('click', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('tr.line');
  if (row) vscode.postMessage({ type: 'reveal', line: Number(row.dataset.line) });
});
root.addEventListener('keydown', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('tr.line');
  if (!row) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    vscode.postMessage({ type: 'reveal', line: Number(row.dataset.line) });
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const rows = [...root.querySelectorAll<HTMLElement>('tr.line')];
    rows[rows.indexOf(row) + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
  }
});

// Keep the scroll position across re-renders and when the panel is hidden and shown again.
window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }));
const saved = vscode.getState();
if (saved?.scrollY) window.scrollTo(0, saved.scrollY);
vscode.postMessage({ type: 'ready' });
