import type * as vscode from 'vscode';

/** The last segment of a URI's path (a file's name), on any file system: path.basename needs Node. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
