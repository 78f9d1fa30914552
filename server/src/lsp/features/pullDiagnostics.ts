import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, DocumentStore } from '../documentStore';
import type { DemarcSettings } from '../settings';
import { DOCUMENT_STATUS_NOTIFICATION, type DocumentStatus } from '../protocol';
import { diagnosticsOf, DocumentTimers, statusOf, type OpenDiagnostics } from './diagnostics';

/** A report the client may quote back by its id, to be told "unchanged". */
export interface PulledReport {
  resultId: string;
  items: Diagnostic[];
}

interface Linted {
  /** The revision analysed, and the config epoch it was analysed under. */
  revision: number;
  epoch: number;
  /** Undefined for a document that is not a SOW. */
  result: AnalysisResult | undefined;
  report: PulledReport;
}

/**
 * LSP 3.17 pull diagnostics for open documents, for clients that declare them: VS Code's client keeps
 * pushed and pulled diagnostics apart, so a server that did both would show each problem twice. The
 * client asks on open, change and save; the answer is the current text's (after the debounce, for a
 * change), or the last saved text's with `demarc.run: onSave`. An unchanged analysis answers "unchanged".
 * Each open document is also linted when it changes, as with pushing, for the workspace's report of it.
 */
export class PulledDiagnostics implements OpenDiagnostics {
  private readonly linted = new Map<string, Linted>();
  /** Per document, the revision its next answer must cover even with `demarc.run: onSave`: opened, saved, or re-configured. */
  private readonly wanted = new Map<string, number>();
  private epoch = 0;
  private lastResultId = 0;
  /** Background lints, so the workspace's report of an open document the client does not pull (VS Code: not in a tab) follows its text. */
  private readonly timers = new DocumentTimers();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: DocumentStore,
    private readonly debounceMs: () => number,
    private readonly settings: (uri: string) => Promise<DemarcSettings>,
    /** The client takes `workspace/diagnostic/refresh`. */
    private readonly refreshSupport: () => boolean,
    /** A report was made or dropped: a waiting workspace pull may answer. */
    private readonly changed: () => void,
  ) {
    documents.onDidOpen((e) => void this.opened(e.document));
    documents.onDidChangeContent((e) => void this.edited(e.document));
    documents.onDidSave((e) => void this.saved(e.document));
    documents.onDidClose((e) => {
      this.timers.clear(e.document.uri);
      this.linted.delete(e.document.uri);
      this.wanted.delete(e.document.uri);
      store.forget(e.document.uri);
      this.changed();
    });
  }

  refreshAll(): void {
    this.epoch++;
    for (const document of this.documents.all()) {
      this.wanted.set(document.uri, this.store.revision(document));
      this.schedule(document, 0);
    }
    if (this.refreshSupport()) void this.connection.languages.diagnostics.refresh();
  }

  /** The latest report of an open document: undefined if it is not a SOW, 'pending' if not yet linted. */
  reportOf(uri: string): PulledReport | 'pending' | undefined {
    const linted = this.linted.get(uri);
    if (!linted) return 'pending';
    return linted.result ? linted.report : undefined;
  }

  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const document = this.documents.get(uri);
    // Closed while the request travelled: the client clears it, and the workspace's report stands in.
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const revision = this.store.revision(document);
    const settings = await this.settings(uri);
    const wanted = this.wanted.get(uri) ?? revision;
    const target = settings.run === 'onSave' ? wanted : revision;
    let linted = this.linted.get(uri);
    if (!linted || linted.epoch !== this.epoch || linted.revision < target) {
      // Typing: wait for a pause; the client cancels this request when the next change comes.
      if (linted && target > wanted) await pause(this.debounceMs(), token);
      linted = await this.lint(document);
    }
    if (params.previousResultId === linted.report.resultId)
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: linted.report.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, ...linted.report };
  }

  /**
   * A client pulls only for documents it shows (VS Code: those in tabs), so whether an opened document is
   * a SOW is said at once: the commands and menus that need it do not wait for a pull.
   */
  private async opened(document: TextDocument): Promise<void> {
    const { uri, version } = document;
    this.wanted.set(uri, this.store.revision(document));
    this.schedule(document, 0);
    const sow = await this.store.isSow(document);
    if (!this.linted.has(uri) && this.documents.get(uri)?.version === version)
      await this.connection.sendNotification(DOCUMENT_STATUS_NOTIFICATION, { uri, version, sow } satisfies DocumentStatus);
  }

  private async edited(document: TextDocument): Promise<void> {
    if ((await this.settings(document.uri)).run !== 'onSave') this.schedule(document, this.debounceMs());
  }

  private schedule(document: TextDocument, delay: number): void {
    const { uri } = document;
    this.timers.set(uri, delay, () => {
      const current = this.documents.get(uri);
      if (current)
        this.lint(current).catch((e: Error) => this.connection.console.error(`demarc: diagnostics for ${uri} failed: ${e.stack ?? e}`));
    });
  }

  private async saved(document: TextDocument): Promise<void> {
    this.wanted.set(document.uri, this.store.revision(document));
    this.schedule(document, 0);
    // VS Code's client pulls on save itself; a client that does not is asked to, when only saving lints.
    if ((await this.settings(document.uri)).run === 'onSave' && this.refreshSupport()) void this.connection.languages.diagnostics.refresh();
  }

  /** Lints the document's current text (each revision once, however many pulls ask) and sends its status. */
  private async lint(document: TextDocument): Promise<Linted> {
    const { uri, version } = document;
    const revision = this.store.revision(document);
    const epoch = this.epoch;
    let result: AnalysisResult | undefined;
    let status: DocumentStatus = { uri, version, sow: false };
    if (await this.store.isSow(document)) {
      result = await this.store.analyse(document);
      status = statusOf(uri, version, result);
    }
    const known = this.linted.get(uri);
    // Two pulls of one revision share its analysis, and so its report.
    if (known && known.revision === revision && known.epoch === epoch && known.result === result) return known;
    const items = result ? diagnosticsOf(uri, result, { version, revision }) : [];
    const linted = { revision, epoch, result, report: { resultId: String(++this.lastResultId), items } };
    // A newer revision's report, made while this one was analysed, stays.
    if (this.documents.get(uri) && (!known || known.revision <= revision)) {
      this.linted.set(uri, linted);
      this.changed();
      await this.connection.sendNotification(DOCUMENT_STATUS_NOTIFICATION, status);
    }
    return linted;
  }
}

/** Waits, unless the request is cancelled first: then it answers as cancelled, and the client asks again. */
function pause(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve, reject) => {
    if (token.isCancellationRequested) return reject(cancelled());
    const timer = setTimeout(() => {
      listener.dispose();
      resolve();
    }, ms);
    const listener = token.onCancellationRequested(() => {
      clearTimeout(timer);
      reject(cancelled());
    });
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'a newer change supersedes this request');
}
