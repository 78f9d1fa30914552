// The extension in VS Code for the web (vscode.dev, github.dev): the language server runs in a web worker
// (dist/browser/server.js), reads configs through the editor's file system, and Word needs desktop.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateDemarc, deactivateDemarc, type DemarcApi } from './activate';
import { serveWorkspaceFiles } from './editorFiles';
import { clientOptions } from './languageClient';

export function activate(context: vscode.ExtensionContext): Promise<DemarcApi> {
  return activateDemarc(context, { createClient: browserLanguageClient, homeFolder: undefined, word: undefined });
}

export const deactivate = deactivateDemarc;

/** The schemes of a browser's workspaces: github.dev and vscode.dev, a remote (Codespaces, code-server), unsaved files. */
const SCHEMES = ['vscode-vfs', 'vscode-remote', 'file', 'untitled'];

function browserLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const script = (name: string) => vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', name).toString(true);
  // A relative playbook is a URI in its workspace folder: the server reads it through the editor.
  const options = clientOptions(output, SCHEMES, (folder, playbook) =>
    /^[a-z][\w+.-]*:/i.test(playbook) ? playbook : vscode.Uri.joinPath(folder, playbook).toString(),
  );
  options.initializationOptions = { ...options.initializationOptions, analysisWorker: script('analysis.js') };
  // A new worker on each start, since Restart Language Server stops (terminates) the last one. The transports
  // are made here: VS Code wraps Worker, so the client's own `instanceof Worker` test fails on what it returns.
  const start = async () => {
    const worker = new Worker(script('server.js'), { name: 'demarc-language-server' });
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const client = new LanguageClient('demarc', 'Demarc', start, options);
  context.subscriptions.push(serveWorkspaceFiles(client));
  return client;
}

declare class Worker {
  constructor(url: string, options?: { name?: string });
}
