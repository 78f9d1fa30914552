// The extension in a window with no folder open (DEMARC_SUITE=no-folder): a new SOW still opens fresh and
// saves under the home folder, with a name made from the client's.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { newSowFromPalette, saveWithCtrlS } from './newSow';

suite('Demarc with no folder open', () => {
  test('New Statement of Work opens a fresh draft and saves it in the home folder under the client name', async function () {
    if (!process.env.DEMARC_ARTIFACTS) return this.skip(); // desktop VS Code: no browser to drive the dialogs
    assert.equal(vscode.workspace.workspaceFolders, undefined, 'no folder is open');
    const first = await newSowFromPalette('Fabrikam Dental');
    const second = await newSowFromPalette();
    assert.notEqual(second.document.uri.toString(), first.document.uri.toString(), 'each run opens its own editor');
    assert.match(first.document.getText(), /^---\nsow: 1\nmodel: co-managed\nclient: "Fabrikam Dental"\n/, 'the first draft is untouched');
    await vscode.window.showTextDocument(first.document);
    const { offered, saved } = await saveWithCtrlS(first.document);
    assert.equal(offered, path.join(os.homedir(), 'fabrikam-dental.sow.md'));
    assert.equal(saved.fsPath, offered);
    assert.ok(fs.readFileSync(saved.fsPath, 'utf8').startsWith('---\nsow: 1\n'));
    const third = await newSowFromPalette();
    assert.equal(third.document.uri.scheme, 'untitled', 'the command works again after a save');
    for (const doc of [second.document, third.document]) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
