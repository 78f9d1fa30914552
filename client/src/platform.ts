import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/**
 * What differs between VS Code desktop (Node: extension.ts) and VS Code for the web (a browser's web
 * worker: browserExtension.ts): how the language server starts, and what needs Node. Everything else in
 * the extension is the same code (activate.ts).
 */
export interface Platform {
  createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): BaseLanguageClient;
  /** Where a new SOW is saved when no folder is open (the home folder on desktop; none in a browser). */
  readonly homeFolder: vscode.Uri | undefined;
  /** Word import, review and export: they run the bundled CLI, so only where Node runs. */
  readonly word: WordSupport | undefined;
}

export interface WordSupport {
  importWord(
    context: vscode.ExtensionContext,
    output: vscode.OutputChannel,
    args?: { uri?: vscode.Uri; replace?: boolean },
  ): Promise<unknown>;
  reviewWord(context: vscode.ExtensionContext, args?: { uri?: vscode.Uri; suggest?: boolean; target?: vscode.Uri }): Promise<unknown>;
  exportWord(context: vscode.ExtensionContext, args?: { uri?: vscode.Uri; target?: vscode.Uri }): Promise<unknown>;
  /** A .docx as the SOW text `demarc import` makes of it; throws with the CLI's one-line reason. */
  sowText(context: vscode.ExtensionContext, file: vscode.Uri): Promise<string>;
}

/** Said where Word is asked for in a browser: the commands are hidden there, but a keybinding or another extension may still run one. */
export const WORD_NEEDS_DESKTOP =
  'Word files need VS Code desktop or the demarc CLI: in a browser, Demarc cannot run its Word reader and writer.';
