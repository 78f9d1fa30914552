import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

/**
 * The language client's options, the same on desktop and in a browser but for two things: the URI
 * schemes of Markdown files it sends (a browser's workspace is `vscode-vfs:` in github.dev, say), and
 * how a relative `demarc.playbook` is made absolute (a path for Node's server, a URI for the browser's).
 */
export function clientOptions(
  output: vscode.LogOutputChannel,
  markdownSchemes: readonly string[],
  playbookIn: (folder: vscode.Uri, playbook: string) => string | undefined,
): LanguageClientOptions {
  return {
    documentSelector: [
      { language: 'sow' },
      // The server lints only Markdown files whose front matter has a `sow:` key.
      ...markdownSchemes.map((scheme) => ({ language: 'markdown', scheme })),
    ],
    // The server answers pulls (LSP 3.17): on change it waits for a pause, and with demarc.run: onSave it
    // answers with the saved text's report until the next save.
    diagnosticPullOptions: { onChange: true, onSave: true },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.demarcrc.json') },
    // In Restricted Mode the workspace's .demarcrc.json must not switch rules off; activate.ts says when trust is granted.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    // A relative demarc.playbook is the workspace folder's; the server gets it absolute.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const values = await next(params, token);
          if (!Array.isArray(values)) return values;
          return values.map((value: unknown, i) => withAbsolutePlaybook(value, params.items[i]?.scopeUri, playbookIn));
        },
      },
    },
    outputChannel: output,
    traceOutputChannel: output,
  };
}

function withAbsolutePlaybook(
  value: unknown,
  scopeUri: string | undefined,
  playbookIn: (folder: vscode.Uri, playbook: string) => string | undefined,
): unknown {
  const settings = value as { playbook?: unknown } | null;
  const playbook = settings?.playbook;
  if (typeof playbook !== 'string' || !playbook.trim()) return value;
  const folder = scopeUri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(scopeUri)) : vscode.workspace.workspaceFolders?.[0];
  const absolute = folder ? playbookIn(folder.uri, playbook) : undefined;
  return absolute === undefined ? value : { ...settings, playbook: absolute };
}
