// The measuring half of bench/web.mjs: run in VS Code's extension host, desktop's (Node) or the browser's
// (a web worker), it opens a SOW and times what a person waits for. It asserts nothing: it logs figures.
import * as vscode from 'vscode';
import { demarcDiagnostics, waitFor, workspaceFile } from '../suite/wait';

interface BenchPlan {
  /** Files in the workspace: each is opened, then typed into. */
  files: string[];
  runs: number;
}

/** Resolves when the document's Demarc problems next change in number. */
function nextChange(uri: vscode.Uri, from: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      if (demarcDiagnostics(uri).length === from) return;
      listener.dispose();
      resolve();
    });
  });
}

export async function run(): Promise<void> {
  const plan = JSON.parse(
    new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('.vscode/demarc-bench.json'))),
  ) as BenchPlan;
  const extension = vscode.extensions.getExtension('demarc.demarc')!;
  await extension.activate();
  for (const name of plan.files) {
    const uri = workspaceFile(name);
    let started = performance.now();
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor(`${name}'s problems`, () => demarcDiagnostics(uri).length > 0, 60000);
    const open = performance.now() - started;
    // A RACI cell typed over and back: "C" → "X" adds an invalid-raci problem, "X" → "C" takes it away.
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l, i) => i > 20 && /^\| [^|]+\| [CI] +\|/.test(l));
    const text = editor.document.lineAt(line).text;
    const column = text.search(/\| [CI] +\|/) + 2;
    const letter = text[column];
    const cell = new vscode.Range(line, column, line, column + 1);
    const keystrokes: number[] = [];
    for (let i = 0; i < plan.runs * 2; i++) {
      const before = demarcDiagnostics(uri).length;
      const changed = nextChange(uri, before);
      started = performance.now();
      await editor.edit((e) => e.replace(cell, i % 2 === 0 ? 'X' : letter));
      await changed;
      keystrokes.push(performance.now() - started);
    }
    console.log(`DEMARC_BENCH ${JSON.stringify({ file: name, lines: editor.document.lineCount, open, keystrokes })}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
