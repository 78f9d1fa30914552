import * as vscode from 'vscode';
import { baseName } from '../uris';
import type { CompareResult, FindingView, ShownChange } from '../protocolTypes';

export const CHANGES_VIEW = 'demarc.changes';
export const REVEAL_CHANGE_COMMAND = 'demarc.revealChange';
const REFRESH_DELAY_MS = 400;

type Node =
  | { kind: 'group'; label: string; children: Node[] }
  | { kind: 'change'; change: ShownChange }
  | { kind: 'finding'; finding: FindingView; introduced: boolean };

type Compared = Extract<CompareResult, { view: unknown }>;

/**
 * The changes between the open SOW and the version it was compared with: those that weaken a term first,
 * then the others, then the findings introduced and resolved. Each change opens its line in the open SOW.
 * It follows the document as it is edited; it words and decides nothing, the server does.
 */
export class ChangesView implements vscode.Disposable, vscode.TreeDataProvider<Node> {
  private readonly view: vscode.TreeView<Node>;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];
  private shown?: { document: vscode.TextDocument; label: string; rerun: () => Promise<CompareResult> };
  private timer?: NodeJS.Timeout;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    this.view = vscode.window.createTreeView(CHANGES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      vscode.commands.registerCommand(REVEAL_CHANGE_COMMAND, (uri: vscode.Uri, line: number) => reveal(uri, line)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== this.shown?.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
      }),
    );
  }

  /** Shows a comparison and keeps it current while the document is edited; `rerun` compares again. */
  async show(document: vscode.TextDocument, label: string, result: CompareResult, rerun: () => Promise<CompareResult>): Promise<void> {
    this.shown = { document, label, rerun };
    this.render(result);
    await vscode.commands.executeCommand('setContext', 'demarc.comparing', true);
    await vscode.commands.executeCommand(`${CHANGES_VIEW}.focus`);
  }

  /** The items as listed, top to bottom (groups and their children): what a reader sees in the view. */
  get listed(): string[] {
    const out: string[] = [];
    const walk = (nodes: Node[], depth: number) => {
      for (const n of nodes) {
        const item = this.getTreeItem(n);
        out.push(`${'  '.repeat(depth)}${String(item.label)}${item.description ? ` · ${String(item.description)}` : ''}`);
        if (n.kind === 'group') walk(n.children, depth + 1);
      }
    };
    walk(this.roots, 0);
    return out;
  }

  private async refresh(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const result = await shown.rerun().catch((e: Error): CompareResult => ({ error: e.message }));
    if (this.shown === shown) this.render(result);
  }

  private render(result: CompareResult): void {
    const name = this.shown ? baseName(this.shown.document.uri) : '';
    if ('error' in result) {
      this.roots = [];
      this.view.message = result.error;
    } else {
      this.roots = groups(result);
      this.view.message = `${name} against ${this.shown?.label}: ${result.summary}.`;
    }
    this.view.description = this.shown ? `${name} ↔ ${this.shown.label}` : undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    return node ? (node.kind === 'group' ? node.children : []) : this.roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.shown?.document.uri;
    if (node.kind === 'group') return new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    if (node.kind === 'change') {
      const c = node.change;
      const item = new vscode.TreeItem(c.subject);
      item.description = `${c.label}: ${c.description}`;
      item.tooltip = `${c.subject}: ${c.label}\n${c.description}${c.weakens ? '\nWeakens a term.' : ''}`;
      item.iconPath = c.weakens
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon(/added$/.test(c.kind) ? 'diff-added' : /removed$/.test(c.kind) ? 'diff-removed' : 'diff-modified');
      if (uri) item.command = { command: REVEAL_CHANGE_COMMAND, title: 'Show in the SOW', arguments: [uri, c.line] };
      return item;
    }
    const f = node.finding;
    const item = new vscode.TreeItem(f.message);
    item.description = `${f.ruleId} · ${node.introduced ? 'line' : 'was on line'} ${f.line}`;
    item.tooltip = `${f.severity}: ${f.message} (${f.ruleId})`;
    item.iconPath = new vscode.ThemeIcon(node.introduced ? (f.severity === 'error' ? 'error' : 'warning') : 'pass');
    // A resolved finding stood in the other version: there is no line of it to open here.
    if (uri && node.introduced) item.command = { command: REVEAL_CHANGE_COMMAND, title: 'Show in the SOW', arguments: [uri, f.line] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function groups(result: Compared): Node[] {
  const { changes, findings } = result.view;
  const list: [string, Node[]][] = [
    ['Weakens a term', changes.filter((c) => c.weakens).map((change): Node => ({ kind: 'change', change }))],
    ['Findings introduced', findings.introduced.map((finding): Node => ({ kind: 'finding', finding, introduced: true }))],
    ['Other changes', changes.filter((c) => !c.weakens).map((change): Node => ({ kind: 'change', change }))],
    ['Findings resolved', findings.resolved.map((finding): Node => ({ kind: 'finding', finding, introduced: false }))],
  ];
  return list
    .filter(([, children]) => children.length > 0)
    .map(([label, children]) => ({ kind: 'group', label: `${label} (${children.length})`, children }));
}

async function reveal(uri: vscode.Uri, line: number): Promise<void> {
  const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn;
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, viewColumn: column ?? vscode.ViewColumn.One });
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
