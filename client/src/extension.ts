// The extension on VS Code desktop: the language server runs in Node, and the Word commands run the bundled CLI.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateDemarc, deactivateDemarc, type DemarcApi } from './activate';
import { clientOptions } from './languageClient';
import { exportWordCommand, importWordCommand, reviewWordCommand, sowTextOfWord } from './word';

export type { DemarcApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<DemarcApi> {
  return activateDemarc(context, {
    createClient: nodeLanguageClient,
    homeFolder: vscode.Uri.file(os.homedir()),
    word: { importWord: importWordCommand, reviewWord: reviewWordCommand, exportWord: exportWordCommand, sowText: sowTextOfWord },
  });
}

export const deactivate = deactivateDemarc;

/** Starts the bundled language server over node IPC; all analysis happens there. */
function nodeLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // --expose-gc: the server frees the heap its parses grew once edits go quiet (bench/README.md).
    // MALLOC_ARENA_MAX=2: glibc otherwise keeps a malloc arena per analysis worker thread (~50 MB idle).
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--expose-gc'], env: { ...process.env, MALLOC_ARENA_MAX: '2' } } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: ['--expose-gc', '--nolazy', '--inspect=6019'], env: { ...process.env, MALLOC_ARENA_MAX: '2' } },
    },
  };
  // The server reads files from disk: Markdown SOWs on disk or unsaved, a playbook by its path.
  const options = clientOptions(output, ['file', 'untitled'], (folder, playbook) =>
    path.isAbsolute(playbook) ? playbook : folder.scheme === 'file' ? path.join(folder.fsPath, playbook) : undefined,
  );
  return new LanguageClient('demarc', 'Demarc', serverOptions, options);
}
