import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PREVIEW_DATA_REQUEST, type PreviewData } from './protocolTypes';

interface SnippetFile {
  [name: string]: { prefix: string; body: string[]; description?: string };
}

const SKELETONS = [
  { label: 'Co-managed SOW', description: 'The client keeps some functions; the provider fills gaps', prefix: 'sow-co-managed' },
  { label: 'Managed SOW', description: "The provider runs all of the client's IT", prefix: 'sow-managed' },
];

/** The context key that routes Save (Ctrl+S) on a new SOW to `demarc.saveDraft`. */
const DRAFT_CONTEXT = 'demarc.activeIsDraft';

/**
 * `demarc.newSow` and `demarc.saveDraft`. Each new SOW is a fresh untitled editor (never one already open,
 * so a second run cannot write into the first draft). Saving one asks where, offering a name made from the
 * client's name that no file in that folder has yet.
 */
export class NewSows implements vscode.Disposable {
  /** The untitled documents this command made and that are not saved yet. */
  private readonly drafts = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    /** Where a new SOW is offered with no folder open; none in a browser, where the save dialog chooses. */
    private readonly homeFolder: vscode.Uri | undefined,
  ) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(() => this.setContext()),
      vscode.workspace.onDidCloseTextDocument((d) => this.drafts.delete(d.uri.toString()) && this.setContext()),
    ];
  }

  async create(): Promise<vscode.TextEditor | undefined> {
    const pick = await vscode.window.showQuickPick(SKELETONS, { title: 'New statement of work', placeHolder: 'Engagement model' });
    if (!pick) return undefined;
    const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.context.extensionUri, 'snippets', 'sow.json'));
    const snippets = JSON.parse(new TextDecoder().decode(raw)) as SnippetFile;
    const snippet = Object.values(snippets).find((s) => s.prefix === pick.prefix);
    if (!snippet) throw new Error(`snippet ${pick.prefix} is missing from snippets/sow.json`);
    const doc = await vscode.workspace.openTextDocument({ language: 'sow', content: '' });
    this.drafts.add(doc.uri.toString());
    const editor = await vscode.window.showTextDocument(doc);
    await editor.insertSnippet(new vscode.SnippetString(snippet.body.join('\n')), new vscode.Position(0, 0));
    this.setContext();
    return editor;
  }

  /**
   * Saves a new SOW where the user says, offering `<client>.sow.md` (or `-2`, `-3`…) in the workspace folder
   * or the home folder; then the saved file takes the draft's place. `target` skips the dialog (tests, scripts).
   */
  async save(args?: { uri?: vscode.Uri; target?: vscode.Uri }): Promise<vscode.Uri | undefined> {
    const draft = args?.uri
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri?.toString())
      : vscode.window.activeTextEditor?.document;
    if (!draft) return undefined;
    if (draft.uri.scheme !== 'untitled') return (await draft.save()) ? draft.uri : undefined;
    const suggested = await this.uniqueName(await this.clientName(draft));
    const target =
      args?.target ??
      (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { 'SOW (Markdown)': ['md'] }, title: 'Save the new SOW' }));
    if (!target) return undefined;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === draft);
    const column = editor?.viewColumn;
    const selection = editor?.selection;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(draft.getText()));
    // The draft's text now lives in the file. An empty untitled document is not dirty, so emptying the
    // draft lets it close without asking to save it again; the saved file then takes its place.
    const clear = new vscode.WorkspaceEdit();
    clear.delete(draft.uri, new vscode.Range(new vscode.Position(0, 0), draft.lineAt(draft.lineCount - 1).range.end));
    await vscode.workspace.applyEdit(clear);
    const tabs = vscode.window.tabGroups.all.flatMap((g) =>
      g.tabs.filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === draft.uri.toString()),
    );
    await vscode.window.tabGroups.close(tabs, true);
    this.drafts.delete(draft.uri.toString());
    await vscode.window.showTextDocument(target, { viewColumn: column, selection, preview: false });
    this.setContext();
    return target;
  }

  /** The client's name as the server read it from the front matter; none while it is a placeholder. */
  private async clientName(draft: vscode.TextDocument): Promise<string | undefined> {
    const client = this.client();
    if (!client?.isRunning()) return undefined;
    const data = await client.sendRequest<PreviewData | null>(PREVIEW_DATA_REQUEST, { uri: draft.uri.toString() }).then(
      (d) => d,
      () => null,
    );
    return data?.parties.find((p) => p.role === 'client')?.name;
  }

  /** `contoso-health.sow.md` in the first workspace folder (or the home folder), numbered past files that exist; none with neither. */
  private async uniqueName(client: string | undefined): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? this.homeFolder;
    if (!folder) return undefined;
    const base = fileStem(client);
    for (let n = 1; ; n++) {
      const candidate = vscode.Uri.joinPath(folder, `${base}${n === 1 ? '' : `-${n}`}.sow.md`);
      const exists = await vscode.workspace.fs.stat(candidate).then(
        () => true,
        () => false,
      );
      if (!exists) return candidate;
    }
  }

  private setContext(): void {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', DRAFT_CONTEXT, doc !== undefined && this.drafts.has(doc.uri.toString()));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** "Contoso Health, Inc." → "contoso-health-inc": a file name any file system takes. */
export function fileStem(client: string | undefined): string {
  const slug = (client ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'statement-of-work';
}
