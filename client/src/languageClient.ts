import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Starts the bundled language server over node IPC; all analysis happens there. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
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
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'sow' },
      // The server lints only Markdown files whose front matter has a `sow:` key.
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.demarcrc.json') },
    // In Restricted Mode the workspace's .demarcrc.json must not switch rules off; extension.ts says when trust is granted.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    // A relative demarc.playbook is the workspace folder's; the server gets it absolute.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const values = await next(params, token);
          if (!Array.isArray(values)) return values;
          return values.map((value: unknown, i) => withAbsolutePlaybook(value, params.items[i]?.scopeUri));
        },
      },
    },
    outputChannel: output,
    traceOutputChannel: output,
  };
  return new LanguageClient('demarc', 'Demarc', serverOptions, clientOptions);
}

function withAbsolutePlaybook(value: unknown, scopeUri: string | undefined): unknown {
  const settings = value as { playbook?: unknown } | null;
  const playbook = settings?.playbook;
  if (typeof playbook !== 'string' || !playbook.trim() || path.isAbsolute(playbook)) return value;
  const folder = scopeUri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(scopeUri)) : vscode.workspace.workspaceFolders?.[0];
  return folder ? { ...settings, playbook: path.join(folder.uri.fsPath, playbook) } : value;
}
