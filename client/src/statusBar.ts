import * as vscode from 'vscode';
import type { SowDocuments } from './documents';

/**
 * Errors, warnings and the engagement model of the active SOW; a click opens the preview. Everything
 * shown comes from one status message per analysed version, so counts and model never disagree or go stale.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('demarc.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly sows: SowDocuments) {
    this.item.name = 'Demarc';
    this.item.command = 'demarc.showPreviewToSide';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      sows.onDidChange((s) => s.uri === vscode.window.activeTextEditor?.document.uri.toString() && this.update()),
    ];
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc && this.sows.status(doc);
    if (!status?.sow || !status.counts) {
      this.item.hide();
      return;
    }
    const { errors, warnings } = status.counts;
    const model = status.engagementModel ?? '';
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    this.item.text = `$(error) ${errors} $(warning) ${warnings}${model ? ` $(organization) ${model}` : ''}`;
    this.item.tooltip = `Demarc: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${model ? `, ${model} SOW` : ''}. Click to open the responsibility preview.`;
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
