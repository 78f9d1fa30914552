// New Statement of Work as a person runs it: the command, the model picked in its quick pick, the client's
// name typed at the first tab stop, then Ctrl+S and Enter in the save dialog, all through the real UI.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { keys, waitFor, widgets } from './util';

/** Runs Demarc: New Statement of Work…, picks the first model, and types the client's name when given. */
export async function newSowFromPalette(client?: string): Promise<vscode.TextEditor> {
  const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  // The editor is read from the window, not the command's result: a command that activates the extension
  // (no folder open, no SOW yet) is run through the workbench, which returns a copy of the result.
  const pending = vscode.commands.executeCommand('demarc.newSow');
  await waitFor('the engagement model pick', async () => (await widgets())?.quickInput.visible || undefined);
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  await pending;
  const editor = await waitFor('the new draft', () => {
    const active = vscode.window.activeTextEditor;
    return active && !before.has(active.document.uri.toString()) ? active : undefined;
  });
  if (client) {
    await keys('type', client);
    await waitFor(`the client name in the draft`, () => editor.document.getText().includes(`client: "${client}"`) || undefined);
  }
  return editor;
}

/** Presses Ctrl+S on the active draft, reads the name the save dialog offers, and accepts it with Enter. */
export async function saveWithCtrlS(draft: vscode.TextDocument): Promise<{ offered: string; saved: vscode.Uri }> {
  await keys('press', 'Control+s');
  const dialog = await waitFor('the save dialog', async () => {
    const w = await widgets();
    return w?.quickInput.visible && w.quickInput.value.endsWith('.sow.md') ? w : undefined;
  });
  await keys('press', 'Enter');
  const saved = await waitFor('the saved file in the editor', () => {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && doc !== draft && doc.uri.scheme === 'file' && fs.existsSync(doc.uri.fsPath) ? doc.uri : undefined;
  });
  await waitFor(
    'the draft to close',
    () => !vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label === draft.uri.path)) || undefined,
  );
  return { offered: dialog.quickInput.value.replace(/^~(?=\/)/, os.homedir()), saved };
}
