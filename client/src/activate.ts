import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { exportSplitCommand } from './commands';
import { NewSows } from './newSow';
import { ChangesView } from './compare/changesView';
import { compareWithCommand, type CompareArgs } from './compare/command';
import { HeadBaseline } from './compare/headBaseline';
import { SowDocuments } from './documents';
import { WORD_NEEDS_DESKTOP, type Platform } from './platform';
import { PREVIEW_VIEW_TYPE, PreviewManager } from './preview/panel';
import { WORKSPACE_TRUSTED_NOTIFICATION } from './protocolTypes';
import { StatusBar } from './statusBar';

let client: BaseLanguageClient | undefined;

/** The extension's public API (what `activate` returns), for other extensions and the tests. */
export interface DemarcApi {
  /** The status bar item's current text: counts and engagement model of the active SOW. */
  readonly statusText: string;
  /** Whether the server lints this open document as a SOW. */
  isSow(document: vscode.TextDocument): boolean;
  /** The document the preview shows, if a preview is open. */
  readonly previewedDocument: vscode.TextDocument | undefined;
  /** What the "What changed" view lists, top to bottom, as a reader sees it. */
  readonly changesListed: string[];
}

/** Activates the extension on desktop and in a browser alike; `platform` says what differs. */
export async function activateDemarc(context: vscode.ExtensionContext, platform: Platform): Promise<DemarcApi> {
  const output = vscode.window.createOutputChannel('Demarc', { log: true });
  client = platform.createClient(context, output);
  const sows = new SowDocuments(client);
  const head = new HeadBaseline();
  const preview = new PreviewManager(context.extensionUri, () => client, sows, head);
  const changes = new ChangesView();
  const statusBar = new StatusBar(sows);
  const newSows = new NewSows(context, () => client, platform.homeFolder);
  const word = platform.word;
  void vscode.commands.executeCommand('setContext', 'demarc.wordAvailable', word !== undefined);
  // Hidden in a browser (`demarc.wordAvailable` in package.json), and said plainly if run there all the same.
  const needsDesktop = () => void vscode.window.showInformationMessage(WORD_NEEDS_DESKTOP);
  const activeSow = async (uri?: vscode.Uri) => {
    const doc = uri
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
      : vscode.window.activeTextEditor?.document;
    return doc && (await sows.whenKnown(doc)) ? doc : undefined;
  };
  const showPreview = (toSide: boolean) => async (uri?: vscode.Uri) => {
    const doc = (await activeSow(uri instanceof vscode.Uri ? uri : undefined)) ?? preview.visibleDocument;
    if (!doc) return void vscode.window.showInformationMessage('Open a SOW (*.sow.md) to preview its responsibility split.');
    preview.show(doc, toSide);
  };
  context.subscriptions.push(
    output,
    sows,
    preview,
    head,
    changes,
    statusBar,
    newSows,
    vscode.commands.registerCommand('demarc.showPreview', showPreview(false)),
    vscode.commands.registerCommand('demarc.showPreviewToSide', showPreview(true)),
    vscode.commands.registerCommand('demarc.newSow', () => newSows.create()),
    vscode.commands.registerCommand('demarc.saveDraft', (arg?: vscode.Uri | { uri?: vscode.Uri; target?: vscode.Uri }) =>
      newSows.save(arg instanceof vscode.Uri ? { uri: arg } : arg),
    ),
    // Markdown's own preview renders any document; its commands are offered only in Markdown files, so SOWs reach it here.
    vscode.commands.registerCommand('demarc.showMarkdownPreview', async (uri?: vscode.Uri) => {
      const doc = await activeSow(uri instanceof vscode.Uri ? uri : undefined);
      return doc && vscode.commands.executeCommand('markdown.showPreviewToSide', doc.uri);
    }),
    vscode.commands.registerCommand('demarc.exportSplit', (arg?: vscode.Uri | { uri?: vscode.Uri; format?: string; target?: vscode.Uri }) =>
      exportSplitCommand(client, arg instanceof vscode.Uri ? { uri: arg } : arg),
    ),
    vscode.commands.registerCommand('demarc.importWord', (arg?: vscode.Uri | { uri?: vscode.Uri; replace?: boolean }) =>
      word ? word.importWord(context, output, arg instanceof vscode.Uri ? { uri: arg } : arg) : needsDesktop(),
    ),
    vscode.commands.registerCommand(
      'demarc.reviewWord',
      (arg?: vscode.Uri | { uri?: vscode.Uri; suggest?: boolean; target?: vscode.Uri }) =>
        word ? word.reviewWord(context, arg instanceof vscode.Uri ? { uri: arg } : arg) : needsDesktop(),
    ),
    vscode.commands.registerCommand('demarc.exportWord', (arg?: vscode.Uri | { uri?: vscode.Uri; target?: vscode.Uri }) =>
      word ? word.exportWord(context, arg instanceof vscode.Uri ? { uri: arg } : arg) : needsDesktop(),
    ),
    vscode.commands.registerCommand('demarc.compareWith', (arg?: vscode.Uri | CompareArgs) =>
      compareWithCommand(context, client, changes, word, arg instanceof vscode.Uri ? { uri: arg } : arg),
    ),
    vscode.commands.registerCommand('demarc.restartServer', async () => {
      // Stop then start: the same on desktop and in a browser (only Node's client has restart()).
      await client?.stop();
      await client?.start();
    }),
    vscode.commands.registerCommand('demarc.showOutput', () => output.show(true)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: { uri?: string } | undefined) => preview.restore(panel, state),
    }),
  );
  await client.start();
  return {
    get statusText() {
      return statusBar.text;
    },
    isSow: (document) => sows.isSow(document),
    get previewedDocument() {
      return preview.visibleDocument;
    },
    get changesListed() {
      return changes.listed;
    },
  };
}

export async function deactivateDemarc(): Promise<void> {
  await client?.stop();
  client = undefined;
}
