import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FIND_CONFIG_REQUEST,
  LIST_SOWS_REQUEST,
  READ_FILE_REQUEST,
  type FileText,
  type FindConfigParams,
  type FindConfigResult,
  type ListSowsParams,
  type ReadFileParams,
} from './protocolTypes';

/**
 * Reads files for a language server that has no file system (in a browser): the nearest `.demarcrc.json`
 * to a document, the files a config names, and the workspace's SOWs. Only reading, within the size the
 * server asks for; the server reads the text as the CLI reads a file.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(FIND_CONFIG_REQUEST, (p: FindConfigParams) => nearestConfig(vscode.Uri.parse(p.uri), p.name, p.maxBytes)),
    client.onRequest(READ_FILE_REQUEST, (p: ReadFileParams) => readFile(vscode.Uri.parse(p.uri), p.maxBytes)),
    client.onRequest(LIST_SOWS_REQUEST, (p: ListSowsParams) => listSows(vscode.Uri.parse(p.folder), p.pattern, p.max, p.skip)),
  );
}

/** From the document's folder up to its workspace folder, the first config file named `name`; null outside any workspace folder. */
async function nearestConfig(document: vscode.Uri, name: string, maxBytes: number): Promise<FindConfigResult> {
  const root = vscode.workspace.getWorkspaceFolder(document)?.uri;
  if (!root) return null;
  const top = root.path.replace(/\/$/, '');
  let dir = document.path.slice(0, document.path.lastIndexOf('/'));
  while (dir === top || dir.startsWith(`${top}/`)) {
    const candidate = document.with({ path: `${dir}/${name}`, query: '', fragment: '' });
    const stat = await vscode.workspace.fs.stat(candidate).then(
      (s) => s,
      () => undefined,
    );
    if (stat && stat.type & vscode.FileType.File) return readFile(candidate, maxBytes);
    if (dir === top) break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  return null;
}

async function readFile(uri: vscode.Uri, maxBytes: number): Promise<FileText> {
  const name = uri.toString();
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File)) return { uri: name, error: 'not a file' };
    if (stat.size > maxBytes) return { uri: name, size: stat.size };
    return { uri: name, text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    const missing = e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
    return { uri: name, error: missing ? 'no such file' : (e as Error).message, missing };
  }
}

/** The folder's SOWs (`pattern`), at most `max`, as the search service finds them (hidden and skipped folders left out). */
async function listSows(folder: vscode.Uri, pattern: string, max: number, skip: string[]): Promise<string[]> {
  const exclude = `{**/.*/**,${skip.map((s) => `**/${s}/**`).join(',')}}`;
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), exclude, max);
  return found.map((uri) => uri.toString()).sort();
}
