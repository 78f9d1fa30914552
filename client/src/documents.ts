import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DOCUMENT_STATUS_NOTIFICATION, type DocumentStatus } from './protocolTypes';

/**
 * Which open documents are SOWs, as the server decided when it last analysed them (by file name,
 * language or `sow:` front matter), with that analysis's counts. The client never decides it itself.
 */
export class SowDocuments implements vscode.Disposable {
  private readonly statuses = new Map<string, DocumentStatus>();
  private readonly emitter = new vscode.EventEmitter<DocumentStatus>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(client: LanguageClient) {
    this.disposables = [
      this.emitter,
      client.onNotification(DOCUMENT_STATUS_NOTIFICATION, (s: DocumentStatus) => this.update(s)),
      vscode.workspace.onDidCloseTextDocument((d) => this.statuses.delete(d.uri.toString())),
      vscode.window.onDidChangeActiveTextEditor(() => this.setContext()),
    ];
  }

  /** The latest status of a document; an older version's status never replaces a newer one's. */
  private update(status: DocumentStatus): void {
    const before = this.statuses.get(status.uri);
    if (before && before.version > status.version) return;
    this.statuses.set(status.uri, status);
    this.setContext();
    this.emitter.fire(status);
  }

  status(doc: vscode.TextDocument): DocumentStatus | undefined {
    return this.statuses.get(doc.uri.toString());
  }

  isSow(doc: vscode.TextDocument): boolean {
    return this.status(doc)?.sow === true;
  }

  /**
   * Whether the document is a SOW, once the server has said: a command run the moment a file opens
   * waits for the server's word (a few seconds at most) rather than telling the user it is not one.
   */
  async whenKnown(doc: vscode.TextDocument, timeoutMs = 5000): Promise<boolean> {
    // Only SOW and Markdown documents are sent to the server (languageClient.ts): others never get its word.
    if (this.status(doc) || (doc.languageId !== 'sow' && doc.languageId !== 'markdown')) return this.isSow(doc);
    const uri = doc.uri.toString();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const listener = this.onDidChange((s) => s.uri === uri && done());
      function done() {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
    return this.isSow(doc);
  }

  /** `demarc.activeIsSow` drives the menus and key bindings, whatever the file's extension. */
  private setContext(): void {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'demarc.activeIsSow', doc !== undefined && this.isSow(doc));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
