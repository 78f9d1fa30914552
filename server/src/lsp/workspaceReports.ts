import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type ResultProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { PulledReport } from './features/pullDiagnostics';

/** Where the problems of SOWs that are not open go: published to the client, or kept for it to pull. */
export interface ProblemSink {
  /** A file's problems from disk; none clears them. */
  report(uri: string, diagnostics: Diagnostic[]): void;
  /** The file was opened: its problems from disk give way to the editor's. */
  forget(uri: string): void;
  /** The workspace finished linting what was queued. */
  settled(): void;
}

/** Publishes them (textDocument/publishDiagnostics); an opened file's are replaced by the editor's publication. */
export class PushedProblems implements ProblemSink {
  constructor(private readonly connection: Connection) {}

  report(uri: string, diagnostics: Diagnostic[]): void {
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  forget(): void {}

  settled(): void {}
}

/** The report of a file that has no problems, or no longer exists: a client quoting it needs telling nothing. */
const NONE = 'none';

/** What the workspace pull needs of the open documents (pullDiagnostics.ts). */
export interface OpenReports {
  /** The open documents' URIs. */
  uris(): Iterable<string>;
  /** An open document's latest report: undefined if it is not a SOW, 'pending' if not yet linted. */
  reportOf(uri: string): PulledReport | 'pending' | undefined;
}

/**
 * LSP 3.17 workspace diagnostics: every SOW's report, the open ones' from the editor's text and the others'
 * from disk, answered to `workspace/diagnostic` against the result ids the client quotes. A pull that has
 * nothing new waits for something new (the spec's long poll); with a partial-result token, reports stream
 * as the workspace is linted and the pull ends once it is. Until the first pull, problems are also
 * published, for clients that pull documents' diagnostics but never the workspace's; the first pull clears
 * what was published.
 */
export class PulledProblems implements ProblemSink {
  private readonly reports = new Map<string, PulledReport>();
  private readonly published = new Set<string>();
  private pulled = false;
  private waiters: (() => void)[] = [];
  private lastResultId = 0;
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly open: OpenReports,
    /** The workspace is still listing or linting files. */
    private readonly busy: () => boolean,
  ) {}

  report(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0) this.reports.delete(uri);
    else this.reports.set(uri, { resultId: `disk-${++this.lastResultId}`, items: diagnostics });
    if (!this.pulled && (diagnostics.length > 0 || this.published.has(uri))) {
      this.published.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    this.changed();
  }

  forget(uri: string): void {
    this.reports.delete(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.changed();
  }

  settled(): void {
    this.changed();
  }

  /** Something a pull may answer with: a report made or dropped, or the workspace settled. */
  changed(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  dispose(): void {
    this.disposed = true;
    this.changed();
  }

  async pull(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    this.takeOver();
    const known = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const answered: WorkspaceDocumentDiagnosticReport[] = [];
    for (;;) {
      if (token.isCancellationRequested || this.disposed) break;
      const news = this.news(known);
      if (news.length > 0 && progress) progress.report({ items: news });
      answered.push(...news);
      // Without partial results, the first news ends the pull; with them, the end of the workspace's linting does.
      if (answered.length > 0 && (!progress || !this.busy())) break;
      await this.next(token);
    }
    return { items: progress ? [] : answered };
  }

  /** Reports whose id differs from what the client holds; `known` is updated as if it had them. */
  private news(known: Map<string, string>): WorkspaceDocumentDiagnosticReport[] {
    const current = new Map(this.reports);
    const pending = new Set<string>();
    for (const uri of this.open.uris()) {
      const report = this.open.reportOf(uri);
      current.delete(uri);
      if (report === 'pending') pending.add(uri);
      else if (report) current.set(uri, report);
    }
    const news: WorkspaceDocumentDiagnosticReport[] = [];
    for (const [uri, { resultId, items }] of current) {
      if (known.get(uri) === resultId) continue;
      known.set(uri, resultId);
      news.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId, items });
    }
    for (const [uri, resultId] of known) {
      if (current.has(uri) || pending.has(uri) || resultId === NONE) continue;
      known.set(uri, NONE);
      news.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId: NONE, items: [] });
    }
    return news;
  }

  /** The client pulls the workspace: what was published for it until now is cleared. */
  private takeOver(): void {
    if (this.pulled) return;
    this.pulled = true;
    for (const uri of this.published) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }

  private next(token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      const listener = token.onCancellationRequested(() => resolve());
      this.waiters.push(() => {
        listener.dispose();
        resolve();
      });
    });
  }
}
