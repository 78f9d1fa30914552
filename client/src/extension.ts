import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportMatrix, newSow } from './commands';
import { isSowDocument } from './documents';
import { createLanguageClient } from './languageClient';
import { PreviewManager } from './preview/panel';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** What the extension hands its tests (the returned API of `activate`). */
export interface DemarcApi {
  preview: PreviewManager;
  statusBar: StatusBar;
  client(): LanguageClient | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<DemarcApi> {
  const output = vscode.window.createOutputChannel('Demarc', { log: true });
  client = createLanguageClient(context, output);
  const preview = new PreviewManager(context.extensionUri, () => client);
  const statusBar = new StatusBar(() => client);
  const activeSow = (uri?: vscode.Uri) => {
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
    return doc && isSowDocument(doc) ? doc : undefined;
  };
  const showPreview = (toSide: boolean) => (uri?: vscode.Uri) => {
    const doc = activeSow(uri instanceof vscode.Uri ? uri : undefined) ?? preview.visibleDocument;
    if (!doc) return void vscode.window.showInformationMessage('Open a SOW (*.sow.md) to preview its responsibility split.');
    preview.show(doc, toSide);
  };
  context.subscriptions.push(
    output, preview, statusBar,
    vscode.commands.registerCommand('demarc.showPreview', showPreview(false)),
    vscode.commands.registerCommand('demarc.showPreviewToSide', showPreview(true)),
    vscode.commands.registerCommand('demarc.newSow', () => newSow(context)),
    vscode.commands.registerCommand('demarc.exportMatrix', (arg?: vscode.Uri | { uri?: vscode.Uri; format?: string; target?: vscode.Uri }) =>
      exportMatrix(client, arg instanceof vscode.Uri ? { uri: arg } : arg)),
    vscode.commands.registerCommand('demarc.restartServer', async () => {
      await client?.restart();
      void statusBar.update();
    }),
    vscode.commands.registerCommand('demarc.showOutput', () => output.show(true)),
    // For the extension's tests: what the preview page last reported rendering.
    vscode.commands.registerCommand('demarc.test.previewState', () => preview.lastRendered),
    vscode.commands.registerCommand('demarc.test.probePreviewCsp', () => preview.probeCsp()),
  );
  await client.start();
  void statusBar.update();
  return { preview, statusBar, client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
