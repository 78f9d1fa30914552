import * as vscode from 'vscode';

/** Documents the extension treats as SOWs; the server makes the same choice for Markdown by front matter. */
export function isSowDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId === 'sow') return true;
  if (doc.languageId !== 'markdown') return false;
  if (/\.sow\.md$/i.test(doc.fileName)) return true;
  const lintMarkdown = vscode.workspace.getConfiguration('demarc', doc.uri).get<boolean>('lintMarkdownFiles', true);
  // Only a cheap look at the first line; whether it is really a SOW is the server's call.
  return lintMarkdown && doc.lineCount > 1 && doc.lineAt(0).text.trim() === '---' && /^sow\s*:/m.test(doc.getText(new vscode.Range(0, 0, 40, 0)));
}
