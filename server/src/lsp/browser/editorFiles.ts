import type { Connection } from 'vscode-languageserver';
import { SKIPPED_FOLDERS, WORKSPACE_SOWS, type WorkspaceFiles } from '../host';
import { LIST_SOWS_REQUEST, READ_FILE_REQUEST, type FileText, type ListSowsParams, type ReadFileParams } from '../protocol';

/**
 * Workspace SOWs in a browser, listed and read by the client through the editor's file system (a GitHub
 * repository in github.dev): the server lints those not open as it does on disk.
 */
export function editorFiles(connection: Connection): WorkspaceFiles {
  return {
    list: (folder, max) =>
      connection.sendRequest<string[]>(LIST_SOWS_REQUEST, {
        folder,
        pattern: WORKSPACE_SOWS,
        max,
        skip: SKIPPED_FOLDERS,
      } satisfies ListSowsParams),
    async read(uri, maxBytes) {
      const file = await connection.sendRequest<FileText>(READ_FILE_REQUEST, { uri, maxBytes } satisfies ReadFileParams);
      if ('text' in file) return { text: file.text };
      if ('size' in file) return { size: file.size };
      if (file.missing) return undefined;
      throw new Error(file.error);
    },
    // The client gives each file's URI as VS Code spells it, and so do its document notifications.
    key: (uri) => (uri.startsWith('untitled:') ? undefined : uri),
  };
}
