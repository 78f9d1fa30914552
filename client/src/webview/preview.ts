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

/**
 * A row that reveals its line on click or Enter, and moves with arrow keys; `reading` also shows on hover.
 * Marked when it changed since HEAD.
 */
function lineRow(line: number, className: string, cells: HTMLElement[], reading?: string): HTMLTableRowElement {
  const changed = since?.rows.get(line);
  const hint = `Line ${line}: click or press Enter to reveal`;
  const change = changed ? `\nChanged since ${since!.label}: ${changed.changes.join('; ')}` : '';
  const row = el(
    'tr',
    {
      class: `line ${className}${changed ? ' changed' : ''}`,
      tabindex: '0',
      'data-line': String(line),
      title: `${reading ? `${reading}\n` : ''}${hint}${change}`,
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

/** A cell that carries its column's name, which a card shows beside the value when the panel is narrow. */
function cell(label: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLTableCellElement {
  return el('td', { ...attrs, 'data-label': label }, ...children);
}

/** How Demarc read a row, behind a disclosure: on hover (the row's title) or on expand, never as a column. */
function readingOf(text: string): HTMLElement {
  return el('details', { class: 'reading' }, el('summary', {}, 'How Demarc read it'), el('p', {}, text));
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
      const cells = f.cells.map((c, i) =>
        cell(
          m.parties[i].name,
          { class: `raci raci-${c.strongest?.toLowerCase() ?? 'none'}` },
          c.text || c.value || '–',
          c.note ? el('span', { class: 'read' }, `read: ${c.note}`) : '',
        ),
      );
      const written = f.notes.filter((n) => n.text !== '');
      const note = f.notes.length === 1 ? f.notes[0].text : written.map((n) => `${n.header}: ${n.text}`).join(' · ');
      const notes = withNotes ? [cell('Notes', { class: note ? 'notes' : 'notes blank' }, note)] : [];
      return lineRow(f.line, f.status, [
        cell('Function', { class: 'name' }, f.name, findingList(f.findings)),
        ...cells,
        cell('Status', { class: `status ${f.status}` }, f.status),
        ...notes,
      ]);
    });
    return el(
      'div',
      { class: 'table-block' },
      el('h3', {}, t.heading ?? `Table on line ${t.line}`),
      el('table', { class: 'matrix cards' }, el('thead', {}, head), el('tbody', {}, ...rows)),
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
function renderSections(m: PreviewData): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'terms-h' },
    el('h2', { id: 'terms-h' }, 'Escalation and exit'),
    ...(m.sections.length === 0
      ? [el('p', {}, 'No escalation or exit section found.')]
      : m.sections.map((s) =>
          el(
            'div',
            { class: `terms ${s.kind}`, 'data-line': String(s.line) },
            el('h3', {}, s.title, el('span', { class: 'kind' }, s.kind)),
            el('p', { class: 'terms-text' }, s.text || '(nothing written under this heading)'),
          ),
        )),
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

/** A titled section holding one table (cards when the panel is narrow), or a line saying there is none. */
function tableSection(id: string, title: string, empty: string, headers: string[], rows: HTMLElement[]): HTMLElement {
  const head = el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h))));
  return el(
    'section',
    { 'aria-labelledby': `${id}-h` },
    el('h2', { id: `${id}-h` }, title),
    rows.length === 0 ? el('p', {}, empty) : el('table', { class: `${id} cards` }, head, el('tbody', {}, ...rows)),
  );
}

// Verdicts come only from the server's findings: a rule that is off marks nothing here either, and a row
// no rule reported on carries no warning sign.
function renderServiceLevels(m: PreviewData): HTMLElement {
  const rows = m.serviceLevels.map((s) => {
    const reading = plain(s.reading);
    return lineRow(
      s.line,
      s.findings.length ? 'flagged' : '',
      [
        cell('Priority', { class: 'name' }, s.priority, readingOf(reading)),
        cell('Response', {}, s.response || '–'),
        cell('Resolution', {}, s.resolution || '–'),
        cell('Findings', { class: s.findings.length ? 'findings-cell' : 'findings-cell none' }, findingList(s.findings)),
      ],
      reading,
    );
  });
  return tableSection('sla', 'Service levels', 'No service-level table found.', ['Priority', 'Response', 'Resolution', 'Findings'], rows);
}

function renderTools(m: PreviewData): HTMLElement {
  const rows = m.tools.map((t) => {
    const reading = plain(t.reading);
    return lineRow(
      t.line,
      t.findings.length ? 'flagged' : '',
      [
        cell(
          'Tool',
          { class: 'name' },
          t.name,
          t.isRmm ? el('span', { class: 'tag' }, 'RMM') : '',
          t.isTicketing ? el('span', { class: 'tag' }, 'ticketing') : '',
          readingOf(reading),
        ),
        cell('Owner', {}, t.owner ?? '–'),
        cell('Client access', { class: `access ${t.accessLevel}` }, t.access || 'not stated'),
        // What the row says; an empty cell is "not stated", never the same as a written "none".
        cell('On exit', {}, t.hasExitTerms ? t.exitTerms || 'in exit section' : t.exitTerms || 'not stated'),
        cell('Findings', { class: t.findings.length ? 'findings-cell' : 'findings-cell none' }, findingList(t.findings)),
      ],
      reading,
    );
  });
  return tableSection('tools', 'Tools', 'No tool table found.', ['Tool', 'Owner', 'Client access', 'On exit', 'Findings'], rows);
}

/** The playbook's positions, met or not, each row revealing the line it stands on. */
function renderPlaybook(m: PreviewData): HTMLElement | '' {
  if (!m.playbook) return '';
  const unmet = m.playbook.positions.filter((p) => !p.met).length;
  const rows = m.playbook.positions.map((p) =>
    lineRow(p.line, p.met ? 'met' : 'flagged', [
      el('td', { class: `verdict ${p.met ? 'met' : 'unmet'}` }, p.met ? '✓ met' : '✗ not met'),
      cell('Position', { class: 'name' }, p.subject),
      cell('Playbook', {}, p.position),
      cell('This SOW', {}, p.said),
    ]),
  );
  const table = tableSection(
    'playbook',
    `Playbook: ${m.playbook.name}`,
    'The playbook states no positions.',
    ['', 'Position', 'Playbook', 'This SOW'],
    rows,
  );
  table.querySelector('h2')?.append(el('span', { class: 'kind' }, `${rows.length - unmet} of ${rows.length} met`));
  return table;
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
    ? [header, general, renderPlaybook(m), renderMatrices(m), renderOwnership(m), renderServiceLevels(m), renderTools(m), renderSections(m)]
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
  // Expanding a reading is not a request to jump to the line.
  if ((e.target as HTMLElement).closest('details')) return;
  const row = (e.target as HTMLElement).closest<HTMLElement>('tr.line');
  if (row) vscode.postMessage({ type: 'reveal', line: Number(row.dataset.line) });
});
root.addEventListener('keydown', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('tr.line');
  if (!row || (e.target as HTMLElement).closest('details')) return;
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
