// Runs inside the webview. Builds the page with DOM calls and textContent only, so document text
// can never become markup or script.
import type { FindingSummary, PreviewData } from '../protocolTypes';
import type { FromWebview, ToWebview } from './messages';

/** Kept by VS Code across reloads: the serializer reopens the preview on the same document. */
interface PageState {
  scrollY?: number;
  uri?: string;
}

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** The rows changed since the version the preview compares with (git HEAD), by line; set on each render. */
let since: { label: string; rows: Map<number, { weakens: boolean; changes: string[] }> } | undefined;

/** A row that reveals its line on click or Enter, and moves with arrow keys; marked when it changed since HEAD. */
function lineRow(line: number, className: string, ...cells: HTMLElement[]): HTMLTableRowElement {
  const changed = since?.rows.get(line);
  const row = el(
    'tr',
    {
      class: `line ${className}${changed ? ' changed' : ''}`,
      tabindex: '0',
      'data-line': String(line),
      title: `Line ${line}: click or press Enter to reveal${changed ? `\nChanged since ${since!.label}: ${changed.changes.join('; ')}` : ''}`,
    },
    ...cells,
  );
  if (changed)
    cells[0]?.append(
      el(
        'span',
        { class: `changed-mark${changed.weakens ? ' weakens' : ''}` },
        `${changed.weakens ? 'weakened' : 'changed'} since ${since!.label}`,
      ),
    );
  return row;
}

/** The server's readings carry Markdown emphasis; the page shows them as plain text. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*|\*/g, '');
}

function findingList(findings: FindingSummary[]): HTMLElement | string {
  if (findings.length === 0) return '';
  return el(
    'ul',
    { class: 'findings' },
    ...findings.map((f) => el('li', { class: f.severity }, el('span', { class: 'rule' }, f.ruleId), ' ', f.message)),
  );
}

/** Each matrix on its own, under the heading it stands under, with its rows' notes as written. */
function renderMatrices(m: PreviewData): HTMLElement {
  const tables = m.matrices.map((t, index) => {
    const functions = m.functions.filter((f) => f.table === index);
    const withNotes = functions.some((f) => f.notes.length > 0);
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Function'),
      ...m.parties.map((p) => el('th', { scope: 'col' }, p.name, el('span', { class: 'role' }, p.role))),
      el('th', { scope: 'col' }, 'Status'),
      withNotes ? el('th', { scope: 'col' }, 'Notes') : '',
    );
    const rows = functions.map((f) => {
      // What the contract says first; how Demarc read it beside, where the two differ ("Yes" → no role).
      const cells = f.cells.map((c) =>
        el(
          'td',
          { class: `raci raci-${c.strongest?.toLowerCase() ?? 'none'}` },
          c.text || c.value || '–',
          c.note ? el('span', { class: 'read' }, `read: ${c.note}`) : '',
        ),
      );
      const notes = withNotes
        ? el('td', { class: 'notes' }, f.notes.length === 1 ? f.notes[0].text : f.notes.map((n) => `${n.header}: ${n.text}`).join(' · '))
        : '';
      return lineRow(
        f.line,
        f.status,
        el('td', {}, f.name, findingList(f.findings)),
        ...cells,
        el('td', { class: `status ${f.status}` }, f.status),
        ...(notes ? [notes] : []),
      );
    });
    return el(
      'div',
      { class: 'table-block' },
      el('h3', {}, t.heading ?? `Table on line ${t.line}`),
      el('table', { class: 'matrix' }, el('thead', {}, head), el('tbody', {}, ...rows)),
    );
  });
  return el(
    'section',
    { 'aria-labelledby': 'matrix-h' },
    el('h2', { id: 'matrix-h' }, 'Responsibility matrix'),
    ...(tables.length === 0 ? [el('p', {}, 'No responsibility matrix found.')] : tables),
  );
}

/** The escalation and exit sections as written, so the split is read beside what happens when things go wrong or end. */
function renderSections(m: PreviewData): HTMLElement | string {
  if (m.sections.length === 0) return '';
  return el(
    'section',
    { 'aria-labelledby': 'terms-h' },
    el('h2', { id: 'terms-h' }, 'Escalation and exit'),
    ...m.sections.map((s) =>
      el(
        'div',
        { class: `terms ${s.kind}` },
        el('h3', {}, s.title),
        el('p', { class: 'terms-text' }, s.text || '(nothing written under this heading)'),
      ),
    ),
  );
}

function renderOwnership(m: PreviewData): HTMLElement {
  const max = Math.max(1, ...m.ownership.map((o) => o.accountable));
  const bars = m.ownership.map(({ party, accountable }) =>
    el(
      'div',
      { class: 'bar-row' },
      el('span', { class: 'bar-label' }, party),
      el('span', { class: 'bar', role: 'img', 'aria-label': `${party}: ${accountable} functions` }),
      el('span', { class: 'bar-count' }, String(accountable)),
    ),
  );
  // Widths are set through the CSSOM, which the CSP allows, rather than inline style attributes.
  bars.forEach((b, i) => ((b.children[1] as HTMLElement).style.width = `${(m.ownership[i].accountable / max) * 100}%`));
  return el(
    'section',
    { 'aria-labelledby': 'owned-h' },
    el('h2', { id: 'owned-h' }, 'Functions each party is accountable for'),
    el('div', { class: 'bars' }, ...bars),
  );
}

/** A titled section holding one table, or a line saying there is none. */
function tableSection(id: string, title: string, empty: string, headers: string[], rows: HTMLElement[]): HTMLElement {
  const head = el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h))));
  return el(
    'section',
    { 'aria-labelledby': `${id}-h` },
    el('h2', { id: `${id}-h` }, title),
    rows.length === 0 ? el('p', {}, empty) : el('table', {}, head, el('tbody', {}, ...rows)),
  );
}

// Verdicts come only from the server's findings: a rule that is off marks nothing here either.
function renderServiceLevels(m: PreviewData): HTMLElement {
  const rows = m.serviceLevels.map((s) =>
    lineRow(
      s.line,
      s.findings.length ? 'flagged' : '',
      el('td', {}, s.priority),
      el('td', {}, s.response || '–'),
      el('td', {}, s.resolution || '–'),
      el('td', { class: 'reading' }, plain(s.reading)),
      el('td', {}, findingList(s.findings)),
    ),
  );
  return tableSection(
    'sla',
    'Service levels',
    'No service-level table found.',
    ['Priority', 'Response', 'Resolution', 'Read as', 'Findings'],
    rows,
  );
}

function renderTools(m: PreviewData): HTMLElement {
  const rows = m.tools.map((t) =>
    lineRow(
      t.line,
      t.findings.length ? 'flagged' : '',
      el(
        'td',
        {},
        t.name,
        t.isRmm ? el('span', { class: 'tag' }, 'RMM') : '',
        t.isTicketing ? el('span', { class: 'tag' }, 'ticketing') : '',
      ),
      el('td', {}, t.owner ?? '–'),
      el('td', { class: `access ${t.accessLevel}` }, t.access || 'not stated'),
      // What the row says; an empty cell is "not stated", never the same as a written "none".
      el('td', {}, t.hasExitTerms ? t.exitTerms || 'in exit section' : t.exitTerms || 'not stated'),
      el('td', { class: 'reading' }, plain(t.reading)),
      el('td', {}, findingList(t.findings)),
    ),
  );
  return tableSection('tools', 'Tools', 'No tool table found.', ['Tool', 'Owner', 'Client access', 'On exit', 'Read as', 'Findings'], rows);
}

function render(m: PreviewData, fileName: string): void {
  since = m.since && { label: m.since.label, rows: new Map(m.since.rows.map((r) => [r.line, r])) };
  const summary = `${m.counts.errors} errors, ${m.counts.warnings} warnings`;
  const header = el(
    'header',
    {},
    el('h1', {}, m.title ?? fileName),
    el('p', { class: 'meta' }, `${m.engagementModel ?? 'unknown model'} · ${summary}`),
  );
  const documentFindings = m.findings.filter(
    (f) =>
      !m.functions.some((x) => x.line === f.line) &&
      !m.serviceLevels.some((x) => x.line === f.line) &&
      !m.tools.some((x) => x.line === f.line),
  );
  const general = documentFindings.length
    ? el('section', { 'aria-labelledby': 'doc-h' }, el('h2', { id: 'doc-h' }, 'Whole document'), findingList(documentFindings))
    : '';
  const body = m.analysed
    ? [header, general, renderMatrices(m), renderOwnership(m), renderServiceLevels(m), renderTools(m), renderSections(m)]
    : [header, findingList(m.findings)];
  root.replaceChildren(...body.filter((b): b is HTMLElement => typeof b !== 'string'));
  root.dataset.version = String(m.version);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const msg = event.data;
  if (msg.type === 'data') {
    vscode.setState({ ...vscode.getState(), uri: msg.uri });
    render(msg.data, msg.fileName);
  } else if (msg.type === 'cursor') showLine(msg.line);
  else root.replaceChildren(el('p', { class: 'empty' }, msg.reason));
});

/** Follows the editor's cursor: the row for that line (or the last before it) is marked and scrolled into view. */
function showLine(line: number): void {
  let current: HTMLElement | undefined;
  for (const row of root.querySelectorAll<HTMLElement>('tr.line')) {
    row.classList.remove('current');
    if (Number(row.dataset.line) === line) current = row;
  }
  if (!current) return;
  current.classList.add('current');
  current.scrollIntoView({ block: 'nearest' });
}

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
window.addEventListener('scroll', () => vscode.setState({ ...vscode.getState(), scrollY: window.scrollY }));
const saved = vscode.getState();
if (saved?.scrollY) window.scrollTo(0, saved.scrollY);
vscode.postMessage({ type: 'ready' });
