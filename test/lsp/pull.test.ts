// LSP 3.17 pull diagnostics (issue 24): a client that declares them pulls each open document's and the
// workspace's, and nothing is published beside them (VS Code would show each problem twice).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
  DocumentDiagnosticReport,
  FullDocumentDiagnosticReport,
  InitializeResult,
  WorkspaceDiagnosticReport,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { ROOT, tempDir } from '../cli/run';
import { fileUri, LspClient } from './lspClient';

const DEFECTS = fs.readFileSync(path.join(ROOT, 'examples/co-managed-defects.sow.md'), 'utf8');
const CLEAN = fs.readFileSync(path.join(ROOT, 'examples/co-managed-clean.sow.md'), 'utf8');
const codes = (ds: { code?: string | number }[]) => ds.map((d) => String(d.code));
const PULLS = { diagnostic: { dynamicRegistration: false } };
const WORKSPACE_CAPS = {
  configuration: true,
  didChangeConfiguration: { dynamicRegistration: true },
  didChangeWatchedFiles: { dynamicRegistration: true },
  diagnostics: { refreshSupport: true },
};

function pullDocument(client: LspClient, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return client.request('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
}

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.equal(report.kind, 'full', `a full report, not ${JSON.stringify(report)}`);
  return report as FullDocumentDiagnosticReport;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('pull diagnostics', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  async function start(options: Record<string, unknown> = { debounceMs: 0 }, folders: string[] | null = null): Promise<InitializeResult> {
    client = new LspClient();
    return client.initialize(options, WORKSPACE_CAPS, folders, PULLS);
  }

  /** A workspace folder holding a.sow.md (defects), with a pulling client started on it; a.sow.md's URI. */
  async function startOnDefects(): Promise<{ c: LspClient; a: string }> {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS);
    await start({ debounceMs: 0 }, [fileUri(dir)]);
    return { c: client!, a: fileUri(path.join(dir, 'a.sow.md')) };
  }

  it('is offered only to a client that declares it, and answers an open document full, then unchanged, then anew after a change', async () => {
    const pushOnly = new LspClient();
    const declined = await pushOnly.initialize();
    assert.equal(declined.capabilities.diagnosticProvider, undefined, 'a client that does not pull gets published diagnostics');
    await pushOnly.stop();

    const result = await start();
    assert.deepEqual(result.capabilities.diagnosticProvider, {
      identifier: 'demarc',
      interFileDependencies: false,
      workspaceDiagnostics: true,
    });
    const c = client!;
    const uri = fileUri(path.join(tempDir(), 'pulled.sow.md'));
    await c.open(uri, DEFECTS);
    const first = full(await pullDocument(c, uri));
    assert.ok(codes(first.items).includes('unassigned-function'));
    assert.ok(first.resultId);
    // Quick fixes find their finding through the diagnostic's data, pulled or pushed.
    assert.deepEqual(
      first.items.map((d) => (d.data as { index: number }).index),
      first.items.map((_, i) => i),
    );

    assert.deepEqual(await pullDocument(c, uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await c.change(uri, 2, [{ text: CLEAN }]);
    const second = full(await pullDocument(c, uri, first.resultId));
    assert.notEqual(second.resultId, first.resultId);
    assert.deepEqual(codes(second.items), []);

    const prose = fileUri(path.join(tempDir(), 'notes.md'));
    await c.open(prose, '# Notes\n', 'markdown');
    assert.deepEqual(full(await pullDocument(c, prose)).items, []);
    await sleep(300);
    assert.deepEqual(c.published, [], 'nothing is published to a client that pulls');
  });

  it('waits for a pause in typing; a pull cancelled meanwhile is answered as cancelled', async () => {
    await start({ debounceMs: 1500 });
    const c = client!;
    const uri = fileUri(path.join(tempDir(), 'typed.sow.md'));
    await c.open(uri, CLEAN);
    const opened = full(await pullDocument(c, uri));
    await c.change(uri, 2, [{ text: DEFECTS }]);
    const source = new CancellationTokenSource();
    const pending = c.connection.sendRequest(
      'textDocument/diagnostic',
      { textDocument: { uri }, previousResultId: opened.resultId },
      source.token,
    );
    await sleep(200);
    source.cancel();
    await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    const started = Date.now();
    const typed = full(await pullDocument(c, uri, opened.resultId));
    assert.ok(Date.now() - started >= 1400, 'the change is linted after the debounce');
    assert.ok(codes(typed.items).includes('unassigned-function'));
  });

  it('demarc.run: onSave answers with the saved text’s report until the next save, and asks the client to pull on save', async () => {
    await start();
    const c = client!;
    c.configuration = { run: 'onSave' };
    const uri = fileUri(path.join(tempDir(), 'saved.sow.md'));
    await c.open(uri, CLEAN);
    const opened = full(await pullDocument(c, uri));
    await c.change(uri, 2, [{ text: DEFECTS }]);
    assert.deepEqual(await pullDocument(c, uri, opened.resultId), { kind: 'unchanged', resultId: opened.resultId });
    await c.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = full(await pullDocument(c, uri, opened.resultId));
    assert.ok(codes(saved.items).includes('unassigned-function'));
    assert.ok(c.refreshes >= 1, 'workspace/diagnostic/refresh was sent on save');
  });

  it('answers the workspace: every SOW from disk streamed as partial results, then waits until something changes', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS);
    fs.mkdirSync(path.join(dir, 'team'));
    fs.writeFileSync(path.join(dir, 'team', 'b.sow.md'), DEFECTS);
    fs.writeFileSync(path.join(dir, 'team', '.demarcrc.json'), JSON.stringify({ rules: { 'unassigned-function': 'off' } }));
    fs.writeFileSync(path.join(dir, 'c.sow.md'), CLEAN);
    await start({ debounceMs: 0 }, [fileUri(dir)]);
    const c = client!;
    const a = fileUri(path.join(dir, 'a.sow.md'));
    const b = fileUri(path.join(dir, 'team', 'b.sow.md'));

    const token = 'workspace-1';
    const answer = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [], partialResultToken: token });
    assert.deepEqual(answer.items, [], 'with a partial-result token, everything comes as progress');
    const streamed = (c.progress.get(token) ?? []).flatMap((p) => (p as { items: WorkspaceDocumentDiagnosticReport[] }).items);
    const byUri = new Map(streamed.map((r) => [r.uri, r as WorkspaceDocumentDiagnosticReport & FullDocumentDiagnosticReport]));
    assert.deepEqual([...byUri.keys()].sort(), [a, b].sort(), 'the clean SOW has nothing to report');
    assert.ok(codes(byUri.get(a)!.items).includes('unassigned-function'));
    assert.ok(!codes(byUri.get(b)!.items).includes('unassigned-function'), 'team/.demarcrc.json applies');

    // Quoting what it holds, the client is answered only once something changes: here, a.sow.md made clean on disk.
    const held = [...byUri.values()].map((r) => ({ uri: r.uri, value: r.resultId! }));
    let answered = false;
    const next = c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: held }).then((r) => {
      answered = true;
      return r;
    });
    await sleep(700);
    assert.equal(answered, false, 'nothing new: the pull waits');
    fs.writeFileSync(path.join(dir, 'a.sow.md'), CLEAN);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: a, type: 2 }] });
    const changed = await next;
    assert.deepEqual(
      changed.items.map((r) => [r.uri, (r as FullDocumentDiagnosticReport).items.length]),
      [[a, 0]],
    );

    // Opened in the editor: the workspace answers with the editor's report, the one the document pull gave.
    await c.open(b, CLEAN, 'sow', 5);
    const inEditor = full(await pullDocument(c, b));
    const afterOpen = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
      previousResultIds: [{ uri: b, value: held.find((h) => h.uri === b)!.value }],
    });
    const bReport = afterOpen.items.find((r) => r.uri === b) as FullDocumentDiagnosticReport | undefined;
    assert.equal(bReport?.resultId, inEditor.resultId);
    assert.deepEqual(bReport?.items, []);
    assert.deepEqual(c.published, [], 'nothing is published once the client pulls the workspace');
  });

  it('answers a closed document’s problems from disk again, once the editor no longer holds it', async () => {
    const { c, a } = await startOnDefects();
    const first = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const fromDisk = first.items.find((r) => r.uri === a) as FullDocumentDiagnosticReport;
    assert.ok(fromDisk.items.length > 0);
    await c.open(a, DEFECTS);
    const opened = full(await pullDocument(c, a));
    await c.change(a, 2, [{ text: CLEAN }]);
    const cleaned = full(await pullDocument(c, a, opened.resultId));
    assert.deepEqual(cleaned.items, []);
    await c.change(a, 3, [{ text: DEFECTS }]);
    const last = pullDocument(c, a, cleaned.resultId);
    await c.close(a);
    await last;
    // VS Code forgets what the workspace told it of a document it closes: it quotes nothing for it.
    const again = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const back = again.items.find((r) => r.uri === a) as FullDocumentDiagnosticReport | undefined;
    assert.deepEqual(codes(back?.items ?? []).sort(), codes(fromDisk.items).sort());
  });

  it('publishes workspace problems to a client that pulls documents but never the workspace, and clears them when the file is opened', async () => {
    const { c, a } = await startOnDefects();
    assert.ok(codes(await c.diagnostics(a, (p) => p.diagnostics.length > 0)).includes('unassigned-function'));
    await c.open(a, CLEAN);
    await c.diagnostics(a, (p) => p.diagnostics.length === 0);
    assert.deepEqual(full(await pullDocument(c, a)).items, []);
  });

  it('asks the client to pull again when the config changes', async () => {
    await start();
    const c = client!;
    const uri = fileUri(path.join(tempDir(), 'configured.sow.md'));
    await c.open(uri, DEFECTS);
    const before = full(await pullDocument(c, uri));
    assert.ok(codes(before.items).includes('unassigned-function'));
    c.configuration = { rules: { 'unassigned-function': 'off' } };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    for (let i = 0; i < 50 && c.refreshes === 0; i++) await sleep(100);
    assert.equal(c.refreshes, 1);
    const after = full(await pullDocument(c, uri, before.resultId));
    assert.ok(!codes(after.items).includes('unassigned-function'));
  });
});
