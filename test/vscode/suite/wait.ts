// Helpers with no Node in them: the desktop suite and the browser's (test/vscode/web/) both use them.
import * as vscode from 'vscode';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls until `get` returns something truthy, or fails with what it was waiting for. */
export async function waitFor<T>(what: string, get: () => T | undefined | PromiseLike<T | undefined>, timeoutMs = 20000): Promise<T> {
  const start = Date.now();
  let last: T | undefined;
  while (Date.now() - start < timeoutMs) {
    last = await get();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export function demarcDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'demarc');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits for diagnostics that satisfy a test (the server publishes after a debounce). */
export function diagnosticsWhere(
  uri: vscode.Uri,
  test: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    what,
    () => {
      const ds = demarcDiagnostics(uri);
      return test(ds) ? ds : undefined;
    },
    timeoutMs,
  );
}
