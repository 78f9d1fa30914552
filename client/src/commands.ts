import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { EXPORT_SPLIT_REQUEST, type ExportSplitResult } from './protocolTypes';

const FORMATS = [
  {
    label: 'HTML',
    description: 'a printable page: parties, term, each matrix as written and as read, service levels, tools, findings',
    format: 'html',
    ext: 'html',
    filter: 'HTML',
  },
  { label: 'Markdown', description: 'the same picture, to paste into a message or a ticket', format: 'md', ext: 'md', filter: 'Markdown' },
  { label: 'CSV', description: 'the responsibility matrix as data, one row per function', format: 'csv', ext: 'csv', filter: 'CSV' },
] as const;

/** `demarc.exportSplit`: saves the server's export of the responsibility split. */
export async function exportSplitCommand(
  client: LanguageClient | undefined,
  args?: { uri?: vscode.Uri; format?: string; target?: vscode.Uri },
): Promise<vscode.Uri | undefined> {
  const document = args?.uri ? await vscode.workspace.openTextDocument(args.uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage('Open a SOW to export its responsibility split.');
    return undefined;
  }
  if (!client?.isRunning()) throw new Error('The Demarc language server is not running.');
  const choice = args?.format
    ? FORMATS.find((f) => f.format === args.format)
    : await vscode.window.showQuickPick(FORMATS, { title: 'Export the responsibility split as' });
  if (!choice) return undefined;
  const base = document.uri.scheme === 'file' ? document.uri.fsPath.replace(/(\.sow)?\.md$/i, '') : 'responsibility-split';
  const target =
    args?.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(`${base}.responsibilities.${choice.ext}`),
      filters: { [choice.filter]: [choice.ext] },
    }));
  if (!target) return undefined;
  const result = await client.sendRequest<ExportSplitResult>(EXPORT_SPLIT_REQUEST, {
    uri: document.uri.toString(),
    format: choice.format,
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
  void vscode.window
    .showInformationMessage(`Exported the responsibility split to ${vscode.workspace.asRelativePath(target)}.`, 'Open')
    .then((open) => (open === 'Open' ? openExport(target, choice.format) : undefined));
  return target;
}

/** A page opens in the browser, as a page; Markdown and CSV open in the editor. */
function openExport(target: vscode.Uri, format: string): Thenable<unknown> {
  return format === 'html' ? vscode.env.openExternal(target) : vscode.commands.executeCommand('vscode.open', target);
}
