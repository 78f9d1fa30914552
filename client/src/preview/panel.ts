import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { HeadBaseline } from '../compare/headBaseline';
import type { SowDocuments } from '../documents';
import { PREVIEW_DATA_REQUEST, type PreviewData } from '../protocolTypes';
import type { FromWebview, ToWebview } from '../webview/messages';
import { baseName } from '../uris';
import { previewHtml } from './html';

const UPDATE_DELAY_MS = 250;
export const PREVIEW_VIEW_TYPE = 'demarc.preview';

/**
 * One preview panel that follows the active SOW editor and re-renders from the server's preview data as
 * the document changes. It never parses the document itself.
 */
export class PreviewManager implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private timer?: NodeJS.Timeout;
  private ready = false;
  private pending?: ToWebview;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
    private readonly sows: SowDocuments,
    /** The file at git HEAD, for the "changed since HEAD" marks. */
    private readonly head: HeadBaseline,
  ) {
    this.disposables.push(
      head.onDidChange(() => this.scheduleUpdate()),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.sows.isSow(e.document) && this.follow(e.document)),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.scheduleUpdate()),
      vscode.window.onDidChangeTextEditorSelection(
        (e) => e.textEditor.document === this.document && this.post({ type: 'cursor', line: e.selections[0].active.line + 1 }),
      ),
      vscode.languages.onDidChangeDiagnostics(
        (e) => this.document && e.uris.some((u) => u.toString() === this.document?.uri.toString()) && this.scheduleUpdate(),
      ),
    );
  }

  show(document: vscode.TextDocument, toSide: boolean): void {
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) this.panel.reveal(column, true);
    else this.createPanel(column);
    this.follow(document);
  }

  get visibleDocument(): vscode.TextDocument | undefined {
    return this.panel ? this.document : undefined;
  }

  private createPanel(column: vscode.ViewColumn): void {
    this.adopt(
      vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Demarc preview', { viewColumn: column, preserveFocus: true }, this.options()),
    );
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      retainContextWhenHidden: false,
      localResourceRoots: [
        vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'),
        vscode.Uri.joinPath(this.extensionUri, 'client', 'media'),
      ],
    };
  }

  /** A preview VS Code restored after a reload: it shows the document it showed before, once that is open. */
  async restore(panel: vscode.WebviewPanel, state: { uri?: string } | undefined): Promise<void> {
    panel.webview.options = this.options();
    this.adopt(panel);
    if (!state?.uri) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)).then(
      (d) => d,
      () => undefined,
    );
    if (document) this.follow(document);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.ready = false;
    panel.webview.html = previewHtml(panel.webview, this.extensionUri);
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m), undefined, this.disposables);
    panel.onDidDispose(
      () => {
        this.panel = undefined;
        this.document = undefined;
      },
      undefined,
      this.disposables,
    );
    this.panel = panel;
  }

  private follow(document: vscode.TextDocument): void {
    if (!this.panel) return;
    this.document = document;
    // Not "Preview x.md", which reads exactly like Markdown's own preview tab.
    this.panel.title = `Responsibilities: ${baseName(document.uri)}`;
    void this.update();
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const doc = this.document;
    const client = this.client();
    if (!doc || !this.panel) return;
    if (!client?.isRunning()) return this.post({ type: 'empty', reason: 'The Demarc language server is not running.' });
    try {
      const baseline = await this.head.of(doc);
      const data = await client.sendRequest<PreviewData | null>(PREVIEW_DATA_REQUEST, { uri: doc.uri.toString(), baseline });
      // A newer document may have been followed while the request ran.
      if (doc !== this.document) return;
      if (!data) return this.post({ type: 'empty', reason: 'This document is not a SOW.' });
      this.post({ type: 'data', data, fileName: baseName(doc.uri), uri: doc.uri.toString() });
    } catch (e) {
      this.post({ type: 'empty', reason: `Could not get the preview data: ${(e as Error).message}` });
    }
  }

  private post(message: ToWebview): void {
    if (!this.ready) {
      this.pending = message;
      return;
    }
    void this.panel?.webview.postMessage(message);
  }

  private onMessage(m: FromWebview): void {
    if (m.type === 'ready') {
      this.ready = true;
      if (this.pending) void this.panel?.webview.postMessage(this.pending);
      this.pending = undefined;
      void this.update();
    } else if (m.type === 'reveal') {
      void this.reveal(m.line);
    }
  }

  private async reveal(line: number): Promise<void> {
    if (!this.document) return;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(Math.max(0, line - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
