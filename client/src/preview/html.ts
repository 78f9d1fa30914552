import * as vscode from 'vscode';

/** The page shell: a strict CSP with a fresh nonce, local script and style only. */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'client', 'media', 'preview.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Demarc preview</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="empty">Loading the responsibility split…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
