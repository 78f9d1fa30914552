import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hasSowName, notAnalysedFinding } from '../engine';
import type { DocumentStore } from './documentStore';
import type { WorkspaceFiles } from './host';
import { diagnosticsOf } from './features/diagnostics';
import { documentSizeLimit, type Settings } from './settings';
import type { ProblemSink } from './workspaceReports';

/** Files listed per workspace, at most: past it the rest are left to be linted when opened, and the log says so. */
export const MAX_WORKSPACE_FILES = 2000;

/**
 * Problems for the SOWs (`*.sow.md`) of the workspace folders that are not open: listed when the server
 * starts, linted one at a time from disk with each file's own config (nothing of them is kept), handed
 * to the sink (published, or kept for the client to pull), and linted again when they change on disk, when a config or setting changes,
 * or when an open one is closed. Open documents are the diagnostics feature's; `demarc.lintWorkspace: false`
 * turns this off for a folder.
 */
export class WorkspaceDiagnostics {
  private readonly queue = new Set<string>();
  /** Files with problems from disk published, so a deleted one or a switched-off folder is cleared. */
  private readonly published = new Set<string>();
  private draining = false;
  private listing = false;
  private disposed = false;
  /** Bumped by each start: a listing that a newer one replaced stops. */
  private generation = 0;
  /** The folders linted, as file keys ending in `/`. */
  private roots: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: DocumentStore,
    private readonly settings: Settings,
    private readonly files: WorkspaceFiles,
    private readonly sink: ProblemSink,
  ) {}

  /** Still listing or linting files. */
  get busy(): boolean {
    return this.listing || this.draining || this.queue.size > 0;
  }

  /** Lists every folder's SOWs and lints those not open (again, after a config or settings change). */
  async start(folders: readonly string[]): Promise<void> {
    const generation = ++this.generation;
    this.listing = true;
    try {
      await this.list(folders, generation);
    } finally {
      if (generation === this.generation) this.listing = false;
    }
    void this.drain();
  }

  private async list(folders: readonly string[], generation: number): Promise<void> {
    const listed = new Set<string>();
    this.roots = [];
    for (const folder of folders) {
      const root = this.files.key(folder);
      if (root === undefined) continue;
      const settings = await this.settings.for(folder);
      if (settings.lintWorkspace === false) continue;
      this.roots.push(root.endsWith('/') ? root : `${root}/`);
      const files = await this.files.list(folder, MAX_WORKSPACE_FILES - listed.size);
      if (generation !== this.generation) return;
      if (files.length + listed.size >= MAX_WORKSPACE_FILES)
        this.connection.console.info(
          `demarc: linting the first ${MAX_WORKSPACE_FILES} SOWs of the workspace; others show problems when opened`,
        );
      for (const uri of files) listed.add(uri);
    }
    for (const uri of this.published) if (!listed.has(uri) && !this.isOpen(uri)) this.clear(uri);
    for (const uri of listed) this.queue.add(uri);
  }

  /** A file was opened in the editor: its problems from disk give way to the editor's. */
  opened(uri: string): void {
    const file = this.files.key(uri);
    for (const published of this.published)
      if (published === uri || (file !== undefined && this.files.key(published) === file)) {
        this.published.delete(published);
        this.sink.forget(published);
      }
  }

  /** A file changed, appeared, was deleted, or was closed in the editor. */
  changed(uri: string, deleted: boolean): void {
    const file = this.files.key(uri);
    if (!file || !hasSowName(file) || !this.roots.some((root) => file.startsWith(root))) return;
    if (deleted) {
      this.queue.delete(uri);
      if (!this.isOpen(uri)) this.clear(uri);
      return;
    }
    this.queue.add(uri);
    void this.drain();
  }

  dispose(): void {
    this.disposed = true;
    this.queue.clear();
  }

  /** Open in the editor, however its URI was spelled (clients escape characters differently). */
  private isOpen(uri: string): boolean {
    if (this.documents.get(uri)) return true;
    const file = this.files.key(uri);
    return file !== undefined && this.documents.all().some((d) => this.files.key(d.uri) === file);
  }

  private clear(uri: string): void {
    this.published.delete(uri);
    this.sink.report(uri, []);
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (const uri of this.queue) {
        this.queue.delete(uri);
        if (this.disposed) return;
        // An open document is the editor's: its buffer, not the file, is what is linted.
        if (this.isOpen(uri)) continue;
        await this.lint(uri);
      }
    } finally {
      this.draining = false;
      if (!this.busy) this.sink.settled();
    }
  }

  private async lint(uri: string): Promise<void> {
    try {
      const settings = await this.settings.for(uri);
      if (settings.lintWorkspace === false) {
        if (this.published.has(uri)) this.clear(uri);
        return;
      }
      const limit = documentSizeLimit(settings);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const file = await this.files.read(uri, limit);
      if (!file) return this.clear(uri);
      const result =
        'size' in file
          ? {
              findings: [
                notAnalysedFinding({ kind: 'too-large', reason: `it is ${mb(file.size)} MB, over the ${mb(limit)} MB limit` }, range),
              ],
            }
          : await this.store.analyseFile(TextDocument.create(uri, 'sow', 0, file.text));
      // Opened while it was linted: the editor's diagnostics win.
      if (this.isOpen(uri) || this.disposed) return;
      this.sink.report(uri, diagnosticsOf(uri, result, { version: 0 }));
      this.published.add(uri);
    } catch (e) {
      this.connection.console.error(`demarc: workspace problems for ${uri} failed: ${(e as Error).message}`);
    }
  }
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
