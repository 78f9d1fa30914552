import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isSowDocument } from './documents';
import { RESPONSIBILITY_MODEL_REQUEST, type ResponsibilityModelResult } from './protocolTypes';

/** Errors, warnings and the engagement model of the active SOW; a click opens the preview. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('demarc.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Demarc';
    this.item.command = 'demarc.showPreviewToSide';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((u) => u.toString() === active)) void this.update();
      }),
    ];
  }

  async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isSowDocument(doc)) {
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'demarc');
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    let model = '';
    const client = this.client();
    if (client?.isRunning()) {
      try {
        const result = await client.sendRequest<ResponsibilityModelResult | null>(RESPONSIBILITY_MODEL_REQUEST, { uri: doc.uri.toString() });
        model = result?.engagementModel ?? '';
      } catch {
        // The count is still worth showing without the model.
      }
    }
    this.item.text = `$(error) ${errors} $(warning) ${warnings}${model ? ` $(organization) ${model}` : ''}`;
    this.item.tooltip = `Demarc: ${errors} errors, ${warnings} warnings${model ? `, ${model} SOW` : ''}. Click to open the responsibility preview.`;
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
