import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CompareResult } from '../../../server/src/lsp/protocol';
import { inspectPreview, screenshot, waitFor, workspaceFile } from './util';

interface GitApi {
  state: string;
  getRepository(uri: vscode.Uri): unknown;
  openRepository?(root: vscode.Uri): Promise<unknown>;
}

function api(): { changesListed: string[] } {
  return vscode.extensions.all.find((e) => e.packageJSON.name === 'demarc')!.exports;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Demarc test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'ignore' });
}

/** Replaces text that must be there in an open document. */
async function edit(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" is in the document`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  assert.ok(await editor.edit((e) => e.replace(range, to)));
}

const lineWith = (document: vscode.TextDocument, text: string) =>
  document
    .getText()
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

suite('Demarc: compare with another version', () => {
  const repo = workspaceFile('contracts-repo');
  const sow = vscode.Uri.joinPath(repo, 'contracts', 'riverside.sow.md');

  suiteSetup(async function () {
    this.timeout(120000);
    // A real git repository: the clean example committed and tagged, to be edited in the editor.
    fs.mkdirSync(path.dirname(sow.fsPath), { recursive: true });
    fs.copyFileSync(workspaceFile('co-managed-clean.sow.md').fsPath, sow.fsPath);
    git(repo.fsPath, 'init', '-q');
    git(repo.fsPath, 'add', '.');
    git(repo.fsPath, 'commit', '-q', '-m', 'v3 as signed');
    git(repo.fsPath, 'tag', 'v3');
    // The harness switches VS Code's Git extension off; this suite needs it, as a user has it.
    await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Global);
    const extension = vscode.extensions.getExtension<{ enabled: boolean; getAPI(v: 1): GitApi }>('vscode.git');
    assert.ok(extension, 'the built-in Git extension');
    const exports = extension.isActive ? extension.exports : await extension.activate();
    const gitApi = await waitFor('the Git extension to switch on', () => (exports.enabled ? exports.getAPI(1) : undefined), 60000);
    await waitFor('the Git extension to start', () => gitApi.state === 'initialized' || undefined, 60000);
    await gitApi.openRepository?.(repo);
    await waitFor('git to open the repository', () => gitApi.getRepository(sow) ?? undefined, 60000);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  test('compares the editor with git HEAD: the changes, weakening first, each opening its line', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sow), vscode.ViewColumn.One);
    // Version 4 as it came back: patching moved to the client, a slower P1 counted in business time.
    await edit(
      editor,
      '| Patch management                      | C                         | R/A ',
      '| Patch management                      | R/A                       | C   ',
    );
    await edit(
      editor,
      '| P1       | Clinic cannot see patients            | 15 minutes |',
      '| P1       | Clinic cannot see patients            | 4 business hours |',
    );
    const result = await vscode.commands.executeCommand<CompareResult>('demarc.compareWith', { uri: sow, against: 'HEAD' });
    assert.ok(result && 'view' in result, JSON.stringify(result));
    assert.equal(result.view.old, 'HEAD:contracts/riverside.sow.md');
    assert.deepEqual(
      result.view.changes.map((c) => `${c.kind} ${c.subject} ${c.weakens}`),
      ['accountable-changed Patch management false', 'responsible-changed Patch management false', 'response-changed P1 true'],
    );
    const listed = await waitFor('the view to list the changes', () => (api().changesListed.length ? api().changesListed : undefined));
    assert.deepEqual(listed.slice(0, 2), [
      'Weakens a term (1)',
      '  P1 · response time changed: 15 minutes → 4 business hours (slower, now counted in business time)',
    ]);
    assert.ok(listed.indexOf('Other changes (2)') > listed.indexOf('Findings introduced (3)'), listed.join('\n'));

    // What clicking a change runs: its line in the open SOW.
    const p1 = result.view.changes.find((c) => c.kind === 'response-changed')!;
    await vscode.commands.executeCommand('workbench.action.focusSideBar');
    await vscode.commands.executeCommand('demarc.revealChange', sow, p1.line);
    const active = await waitFor('the SOW to be active at the change', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === sow.toString() ? vscode.window.activeTextEditor : undefined,
    );
    assert.equal(active.selection.active.line + 1, lineWith(active.document, '| P1 '));

    // The view follows the editor: a tool row deleted shows up without comparing again.
    await edit(
      editor,
      '| SentinelOne         | EDR               | Northwind Managed Services | read-only  | Licences transferred to Client at cost, or agents removed |\n',
      '',
    );
    await waitFor(
      'the view to show the removed tool',
      () => api().changesListed.some((l) => /^ {2}SentinelOne · tool removed/.test(l)) || undefined,
    );

    // The preview marks the rows changed since HEAD.
    await vscode.commands.executeCommand('demarc.showPreviewToSide');
    if (process.env.DEMARC_ARTIFACTS) {
      const state = await waitFor('the preview to mark changed rows', async () => {
        const s = await inspectPreview();
        return s && s.changed.length >= 2 ? s : undefined;
      });
      assert.deepEqual(state.changed, ['Patch management', 'P1']);
      assert.deepEqual(state.changedMarks, ['changed since HEAD', 'weakened since HEAD']);
      assert.deepEqual(
        state.lowContrast.examples.filter((e) => e.startsWith('span.changed-mark')),
        [],
        'the marks are legible',
      );
    }
    // The SOW, its preview and the view of the changes in the panel below, nothing else.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('demarc.changes.focus');
    await screenshot('compare-head');
    // The cursor on the P1 row: the preview scrolls to it, marked as weakening.
    const p1Line = lineWith(editor.document, '| P1 ') - 1;
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await new Promise((r) => setTimeout(r, 200));
    editor.selection = new vscode.Selection(p1Line, 0, p1Line, 0);
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('compare-head-sla');
  });

  test('compares with another revision and with a Word file: the same reading, the same changes', async () => {
    const byTag = await vscode.commands.executeCommand<CompareResult>('demarc.compareWith', { uri: sow, against: { revision: 'v3' } });
    assert.ok(byTag && 'view' in byTag);
    assert.equal(byTag.view.old, 'v3:contracts/riverside.sow.md');
    const docx = workspaceFile('riverside-v3.docx');
    // The committed version exported to Word: compared with the editor, it says what git HEAD says.
    fs.copyFileSync(workspaceFile('co-managed-clean.sow.md').fsPath, workspaceFile('riverside-v3.sow.md').fsPath);
    await vscode.commands.executeCommand('demarc.exportWord', { uri: workspaceFile('riverside-v3.sow.md'), target: docx });
    const byWord = await vscode.commands.executeCommand<CompareResult>('demarc.compareWith', { uri: sow, against: { file: docx } });
    assert.ok(byWord && 'view' in byWord, JSON.stringify(byWord));
    const kinds = (r: CompareResult) => ('view' in r ? r.view.changes.map((c) => `${c.kind} ${c.subject}`) : [r.error]);
    assert.deepEqual(kinds(byWord), kinds(byTag));
    assert.deepEqual(kinds(byTag), [
      'accountable-changed Patch management',
      'responsible-changed Patch management',
      'response-changed P1',
      'tool-removed SentinelOne',
    ]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
