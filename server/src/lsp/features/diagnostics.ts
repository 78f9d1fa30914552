import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { countBySeverity, RULES_BY_ID, type Finding } from '../../engine';
import type { AnalysisResult, DocumentStore } from '../documentStore';
import type { DemarcSettings } from '../settings';
import { DOCUMENT_STATUS_NOTIFICATION, type DocumentStatus } from '../protocol';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Carried in `diagnostic.data`, so a quick-fix request finds its finding without matching ranges or text. */
export interface FindingRef {
  version: number;
  /** The server's revision of the text (two changes can carry one version number). */
  revision?: number;
  index: number;
  /** The rule's message id, as the CLI's JSON gives it. */
  messageId?: string;
}

function toDiagnostic(f: Finding, uri: string, ref: FindingRef): Diagnostic {
  const rule = RULES_BY_ID.get(f.ruleId);
  const d: Diagnostic = { range: f.range, severity: SEVERITY[f.severity], source: 'demarc', code: f.ruleId, message: f.message, data: ref };
  if (rule) d.codeDescription = { href: rule.docs };
  if (f.related) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  return d;
}

/** A config file's own diagnostic, on the document's first line. */
function configDiagnostic(severity: DiagnosticSeverity, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    source: 'demarc',
    code: 'config',
    message,
  };
}

/** A document's diagnostics: its findings, after a config file's own problem or Restricted Mode's notice. */
export function diagnosticsOf(uri: string, result: AnalysisResult, ref: { version: number; revision?: number }): Diagnostic[] {
  const diagnostics = result.findings.map((f, index) =>
    toDiagnostic(f, uri, { ...ref, index, ...(f.messageId ? { messageId: f.messageId } : {}) }),
  );
  if (result.configError) diagnostics.unshift(configDiagnostic(DiagnosticSeverity.Error, result.configError));
  if (result.configSkipped) {
    const message = `Restricted Mode: ${result.configSkipped} is not applied until you trust this workspace, so every rule runs at its default level.`;
    diagnostics.unshift(configDiagnostic(DiagnosticSeverity.Information, message));
  }
  return diagnostics;
}

/** The status bar's word on a linted SOW: the same counts as its diagnostics (a broken config is one more error). */
export function statusOf(uri: string, version: number, result: AnalysisResult): DocumentStatus {
  const { findings, engagementModel, configError, configSkipped } = result;
  const counts = countBySeverity(findings);
  return {
    uri,
    version,
    sow: true,
    engagementModel,
    counts: { errors: counts.errors + (configError ? 1 : 0), warnings: counts.warnings, infos: counts.infos + (configSkipped ? 1 : 0) },
  };
}

/** One pending run per open document, after a delay: a newer one replaces it, closing the document drops it. */
export class DocumentTimers {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  set(uri: string, delay: number, run: () => void): void {
    this.clear(uri);
    const fire = () => {
      this.timers.delete(uri);
      run();
    };
    this.timers.set(uri, setTimeout(fire, Math.max(0, delay)));
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}

/** An open document's diagnostics, pushed or pulled. */
export interface OpenDiagnostics {
  /** Config or settings changed: every open document is linted again. */
  refreshAll(): void;
}

/**
 * For clients that do not pull them (see pullDiagnostics.ts): pushes diagnostics on open and change after
 * a short debounce (on save instead, with `demarc.run: onSave`); a newer revision (a later change,
 * whatever its version number) supersedes an analysis in flight, and closing a document clears its
 * diagnostics.
 */
export class PushedDiagnostics implements OpenDiagnostics {
  private readonly timers = new DocumentTimers();
  /** The revision last scheduled per document: opening fires both open and change events. */
  private readonly scheduled = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: DocumentStore,
    private readonly debounceMs: () => number,
    private readonly settings: (uri: string) => Promise<DemarcSettings>,
  ) {
    documents.onDidOpen((e) => this.schedule(e.document, 0));
    documents.onDidChangeContent((e) => void this.changed(e.document));
    documents.onDidSave((e) => this.schedule(e.document, 0));
    documents.onDidClose((e) => {
      this.timers.clear(e.document.uri);
      this.scheduled.delete(e.document.uri);
      store.forget(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  }

  /** A change is linted as it is typed, unless the document's settings say on save (its open was linted). */
  private async changed(document: TextDocument): Promise<void> {
    // Opening fires a change too: that one is the open's.
    if (this.scheduled.get(document.uri) === this.store.revision(document)) return;
    const settings = await this.settings(document.uri);
    if (settings.run !== 'onSave') this.schedule(document, this.debounceMs());
  }

  /** Re-lints every open document, e.g. after a config change. */
  refreshAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc, 0, true);
  }

  private schedule(document: TextDocument, delay: number, force = false): void {
    const revision = this.store.revision(document);
    if (!force && this.scheduled.get(document.uri) === revision) return;
    this.scheduled.set(document.uri, revision);
    this.timers.set(document.uri, delay, () => void this.publish(document.uri, revision));
  }

  private sendStatus(status: DocumentStatus): Promise<void> {
    return this.connection.sendNotification(DOCUMENT_STATUS_NOTIFICATION, status);
  }

  /** The document's current revision is this one: nothing newer arrived. */
  private current(uri: string, revision: number): boolean {
    const document = this.documents.get(uri);
    return document !== undefined && this.store.revision(document) === revision;
  }

  private async publish(uri: string, revision: number): Promise<void> {
    const document = this.documents.get(uri);
    if (!document || !this.current(uri, revision)) return;
    const version = document.version;
    try {
      if (!(await this.store.isSow(document))) {
        await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
        await this.sendStatus({ uri, version, sow: false });
        return;
      }
      const result = await this.store.analyse(document);
      // Superseded while analysing: the newer revision publishes its own.
      if (!this.current(uri, revision)) return;
      await this.connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(uri, result, { version, revision }) });
      await this.sendStatus(statusOf(uri, version, result));
    } catch (e) {
      this.connection.console.error(`demarc: diagnostics for ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }
}
