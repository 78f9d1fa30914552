import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FIND_CONFIG_REQUEST,
  READ_FILE_REQUEST,
  type ConfigFileText,
  type FindConfigParams,
  type FindConfigResult,
  type ReadFileParams,
} from './protocolTypes';

const CONFIG_FILE_NAME = '.demarcrc.json';

/**
 * Reads files for a language server that has no file system (in a browser): the nearest `.demarcrc.json`
 * to a document, and the files a config names. Only reading, only within the size a config may have;
 * the server reads the text as the CLI reads a file.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  const find = client.onRequest(FIND_CONFIG_REQUEST, (p: FindConfigParams) => nearestConfig(vscode.Uri.parse(p.uri), p.maxBytes));
  const read = client.onRequest(READ_FILE_REQUEST, (p: ReadFileParams) => readConfig(vscode.Uri.parse(p.uri), p.maxBytes));
  return vscode.Disposable.from(find, read);
}

/** From the document's folder up to its workspace folder, the first `.demarcrc.json`; null outside any workspace folder. */
async function nearestConfig(document: vscode.Uri, maxBytes: number): Promise<FindConfigResult> {
  const root = vscode.workspace.getWorkspaceFolder(document)?.uri;
  if (!root) return null;
  const top = root.path.replace(/\/$/, '');
  let dir = document.path.slice(0, document.path.lastIndexOf('/'));
  while (dir === top || dir.startsWith(`${top}/`)) {
    const candidate = document.with({ path: `${dir}/${CONFIG_FILE_NAME}`, query: '', fragment: '' });
    const stat = await vscode.workspace.fs.stat(candidate).then(
      (s) => s,
      () => undefined,
    );
    if (stat && stat.type & vscode.FileType.File) return readConfig(candidate, maxBytes);
    if (dir === top) break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  return null;
}

async function readConfig(uri: vscode.Uri, maxBytes: number): Promise<ConfigFileText> {
  const name = uri.toString();
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File)) return { uri: name, error: 'not a file' };
    if (stat.size > maxBytes) return { uri: name, error: `it is ${stat.size} bytes, over the ${maxBytes} bytes a config may have` };
    return { uri: name, text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    return { uri: name, error: e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? 'no such file' : (e as Error).message };
  }
}
