import { fork } from 'node:child_process';
import * as vscode from 'vscode';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundled `demarc` CLI (dist/cli.js) for Word conversion: the client converts nothing itself,
 * and the CLI's limits, atomic writes and messages apply as on the command line.
 */
function runCli(context: vscode.ExtensionContext, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // The extension host is Electron: this makes it run the script as plain Node.
    const child = fork(context.asAbsolutePath('dist/cli.js'), args, {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
      execArgv: [],
      silent: true,
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 2, stdout: Buffer.concat(stdout).toString('utf8'), stderr }));
  });
}

/** A .docx as the SOW text `demarc import` makes of it (what compare reads); throws with the CLI's one-line reason. */
export async function sowTextOfWord(context: vscode.ExtensionContext, file: vscode.Uri): Promise<string> {
  const run = await runCli(context, ['import', file.fsPath, '-o', '-']);
  if (run.code === 2) throw new Error(problems(run.stderr)[0] ?? 'the import failed');
  return run.stdout;
}

/** The CLI's lines without its `demarc: ` prefix, for a message box. */
function problems(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.replace(/^demarc: /, ''));
}

/**
 * `demarc.importWord`: a .docx (from the explorer or a file dialog) to FILE.sow.md beside it, opened
 * beside the current editor so its findings show; what needs checking goes to the output channel.
 */
export async function importWordCommand(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  args?: { uri?: vscode.Uri; replace?: boolean },
): Promise<vscode.TextEditor | undefined> {
  const source = await wordSource(args?.uri, 'Import a Word SOW', 'imports');
  if (!source) return undefined;
  const target = vscode.Uri.file(source.fsPath.replace(/\.docx$/i, '') + '.sow.md');
  const replace = await mayReplace(target, args?.replace);
  if (replace === undefined) return undefined;
  const run = await runCli(context, ['import', source.fsPath, '-o', target.fsPath, ...(replace ? ['--force'] : [])]);
  const lines = problems(run.stderr);
  if (run.code === 2) throw new Error(lines[0] ?? 'the import failed');
  const editor = await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
  if (lines.length > 0) {
    output.appendLine(`Imported ${source.fsPath}; ${lines.length} thing(s) to check:`);
    for (const line of lines) output.appendLine(`  ${line}`);
    // Not awaited: the imported SOW is open already, and the message may stay unanswered.
    void vscode.window
      .showWarningMessage(`Imported with ${lines.length} thing(s) to check (pictures, merged cells, tracked changes…).`, 'Show')
      .then((show) => show && output.show(true));
  }
  return editor;
}

/** `demarc.exportWord`: the SOW (saved first) to a Word file chosen in a save dialog, then offers to open it. */
export async function exportWordCommand(
  context: vscode.ExtensionContext,
  args?: { uri?: vscode.Uri; target?: vscode.Uri },
): Promise<vscode.Uri | undefined> {
  const document = args?.uri ? await vscode.workspace.openTextDocument(args.uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Open a saved SOW (*.sow.md) to export it to Word.');
    return undefined;
  }
  // The CLI reads the file: what is exported is what the editor shows.
  if (document.isDirty && !(await document.save())) return undefined;
  const target =
    args?.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(document.uri.fsPath.replace(/(\.sow)?\.md$/i, '') + '.docx'),
      filters: { 'Word document': ['docx'] },
    }));
  if (!target) return undefined;
  // The save dialog has already asked before replacing a file.
  const run = await runCli(context, ['export', document.uri.fsPath, '--format', 'docx', '-o', target.fsPath, '--force']);
  if (run.code !== 0) throw new Error(problems(run.stderr)[0] ?? 'the export failed');
  void vscode.window
    .showInformationMessage(`Exported the SOW to ${vscode.workspace.asRelativePath(target)}.`, 'Open')
    .then((open) => open && vscode.env.openExternal(target));
  return target;
}

/** What `demarc.reviewWord` wrote, and the CLI's summary of it ("12 Demarc comment(s): …"). */
export interface ReviewResult {
  target: vscode.Uri;
  summary: string;
}

/**
 * `demarc.reviewWord`: a copy of a .docx with one Word comment per finding (FILE.reviewed.docx beside it),
 * and with suggestions as tracked changes when asked, written by the CLI's `review`; then offers to open it
 * in the system's Word processor. Replacing an earlier review asks first.
 */
export async function reviewWordCommand(
  context: vscode.ExtensionContext,
  args?: { uri?: vscode.Uri; suggest?: boolean; target?: vscode.Uri; replace?: boolean },
): Promise<ReviewResult | undefined> {
  const source = await wordSource(args?.uri, 'Review a Word SOW', 'reviews');
  if (!source) return undefined;
  let suggest = args?.suggest;
  if (suggest === undefined) {
    const picked = await vscode.window.showQuickPick(
      [
        {
          label: 'Comments and suggested changes',
          detail: 'Each finding as a comment; its suggestion as a tracked change to accept or reject',
          suggest: true,
        },
        { label: 'Comments only', detail: 'Each finding as a Word comment on the row or paragraph it is about', suggest: false },
      ],
      { title: `Review ${vscode.workspace.asRelativePath(source)}` },
    );
    if (!picked) return undefined;
    suggest = picked.suggest;
  }
  const target = args?.target ?? vscode.Uri.file(source.fsPath.replace(/\.docx$/i, '') + '.reviewed.docx');
  const replace = await mayReplace(target, args?.replace);
  if (replace === undefined) return undefined;
  const run = await runCli(context, [
    'review',
    source.fsPath,
    '-o',
    target.fsPath,
    ...(replace ? ['--force'] : []),
    ...(suggest ? ['--suggest'] : []),
  ]);
  if (run.code === 2) throw new Error(problems(run.stderr)[0] ?? 'the review failed');
  const summary = /: (\d+ Demarc comment.*)$/m.exec(run.stdout)?.[1] ?? run.stdout.trim();
  void vscode.window
    .showInformationMessage(`Wrote ${vscode.workspace.asRelativePath(target)}: ${summary}.`, 'Open')
    .then((open) => open && vscode.env.openExternal(target));
  return { target, summary };
}

/** The .docx given, else one picked in a file dialog; only files on disk, which the CLI reads. */
async function wordSource(given: vscode.Uri | undefined, title: string, verb: string): Promise<vscode.Uri | undefined> {
  const source =
    given ?? (await vscode.window.showOpenDialog({ title, filters: { 'Word document': ['docx'] }, canSelectMany: false }))?.[0];
  if (source && source.scheme !== 'file') throw new Error(`Demarc ${verb} Word files from disk only.`);
  return source;
}

/** Whether to write over `target` (--force): asked in a modal when it exists and the caller did not say; undefined when declined. */
async function mayReplace(target: vscode.Uri, replace = false): Promise<boolean | undefined> {
  if (replace || !(await exists(target))) return replace;
  const answer = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(target)} already exists. Replace it?`,
    { modal: true },
    'Replace',
  );
  return answer === 'Replace' ? true : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
