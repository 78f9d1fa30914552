import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../engine';
import type { FeatureName, ParamsOf, ResultOf } from './analysis/features';
import { DocumentStore } from './documentStore';
import { WORKSPACE_SOWS, type ServerHost } from './host';
import { FIX_ALL_KIND } from './features/codeActions';
import { mayComplete, TRIGGER_CHARACTERS } from './features/completion';
import { PushedDiagnostics, type OpenDiagnostics } from './features/diagnostics';
import { PulledDiagnostics } from './features/pullDiagnostics';
import { globalGc, IdleCollector } from './idleCollector';
import {
  COMPARE_REQUEST,
  EXPORT_SPLIT_REQUEST,
  PREVIEW_DATA_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type CompareParams,
  type ExportSplitParams,
  type PreviewDataParams,
} from './protocol';
import { Settings, type DemarcSettings } from './settings';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';
import { PulledProblems, PushedProblems } from './workspaceReports';

interface InitializationOptions {
  /** Settings for clients without workspace/configuration; Helix sends them as `demarc`. */
  settings?: DemarcSettings;
  demarc?: DemarcSettings;
  /** Milliseconds between the last change and the analysis; 0 for benchmarks. */
  debounceMs?: number;
  /** Milliseconds one analysis may take (default 10 s, as the CLI's); for tests. */
  budgetMs?: number;
  /** False in an untrusted workspace (VS Code's Restricted Mode): `.demarcrc.json` files are not applied. */
  workspaceTrusted?: boolean;
}

const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Wires the LSP connection to the engine; every feature is a module under features/. Analysis runs in
 * workers the host starts (see analysis/), so this thread always answers at once.
 */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let pullConfiguration = false;
  let watchDynamically = false;
  let registerConfiguration = false;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  const settings = new Settings(connection, () => pullConfiguration);
  const store = new DocumentStore(settings, host);
  // Pushed or pulled, as the client declares (initialize): both at once would show each problem twice.
  let diagnostics: OpenDiagnostics | undefined;
  let pulled: { documents: PulledDiagnostics; workspace: PulledProblems } | undefined;
  let workspace: WorkspaceDiagnostics | undefined;
  let refreshSupport = false;
  let folders: string[] = [];
  let followFolders = false;
  // vscode-languageserver answers requests in any phase; the spec wants these errors outside `running`.
  let phase: 'starting' | 'running' | 'shut down' = 'starting';
  const mustBeRunning = () => {
    if (phase === 'starting') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server has not been initialized');
    if (phase === 'shut down') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
  };

  connection.onInitialize((params): InitializeResult => {
    if (phase !== 'starting') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized');
    const caps = params.capabilities;
    pullConfiguration = caps.workspace?.configuration === true;
    watchDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    registerConfiguration = pullConfiguration && caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    // Without file watching (Neovim on Linux, for one), configs are checked again on every analysis.
    store.configs.revalidateEachTime(!watchDynamically);
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])).map((f) => f.uri);
    followFolders = caps.workspace?.workspaceFolders === true;
    refreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
    const pull = caps.textDocument?.diagnostic !== undefined;
    const documentSettings = (uri: string) => settings.for(uri);
    if (pull) {
      const openDocuments = new PulledDiagnostics(
        connection,
        documents,
        store,
        () => debounceMs,
        documentSettings,
        () => refreshSupport,
        () => pulled?.workspace.changed(),
      );
      const open = { uris: () => documents.keys(), reportOf: (uri: string) => openDocuments.reportOf(uri) };
      pulled = { documents: openDocuments, workspace: new PulledProblems(connection, open, () => workspace?.busy ?? true) };
      diagnostics = openDocuments;
    } else diagnostics = new PushedDiagnostics(connection, documents, store, () => debounceMs, documentSettings);
    const sink = pulled?.workspace ?? new PushedProblems(connection);
    workspace = new WorkspaceDiagnostics(connection, documents, store, settings, host.workspaceFiles, sink);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    host.initialize?.(options as Record<string, unknown>);
    if (typeof options.debounceMs === 'number') debounceMs = Math.max(0, options.debounceMs);
    if (typeof options.budgetMs === 'number' && options.budgetMs > 0) store.budgetMs = options.budgetMs;
    store.readConfigFiles = options.workspaceTrusted !== false;
    const initial = options.settings ?? options.demarc;
    if (initial) settings.changed(initial);
    phase = 'running';
    // Document notifications count from here: the spec drops those sent before initialize.
    documents.listen(connection);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
        documentSymbolProvider: { label: 'Demarc' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(pull ? { diagnosticProvider: { identifier: 'demarc', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'demarc-language-server', version: typeof DEMARC_VERSION === 'string' ? DEMARC_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    // Registered only where the client says it can take dynamic registration (Neovim, Helix and eglot warn otherwise).
    if (registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'demarc' });
    if (watchDynamically)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: WORKSPACE_SOWS }],
      });
    // Folders added or removed while it runs: the removed ones' problems go, the added ones' are listed.
    if (followFolders)
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = [...folders.filter((f) => !e.removed.some((r) => r.uri === f)), ...e.added.map((a) => a.uri)];
        void workspace?.start(folders);
      });
    void workspace?.start(folders);
  });

  const relint = () => {
    store.invalidate();
    diagnostics?.refreshAll();
    void workspace?.start(folders);
  };
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { demarc?: DemarcSettings } | undefined)?.demarc;
    settings.changed(pullConfiguration ? undefined : pushed);
    relint();
  });
  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
    store.readConfigFiles = true;
    relint();
  });
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) relint();
    else for (const c of change.changes) workspace?.changed(c.uri, c.type === FileChangeType.Deleted);
  });
  const gc = globalGc();
  const collector = new IdleCollector(() => {
    gc?.();
    store.collect();
  });
  documents.onDidChangeContent(() => collector.touched());
  documents.onDidOpen((e) => workspace?.opened(e.document.uri));
  documents.onDidClose((e) => {
    settings.forget(e.document.uri);
    collector.touched();
    // Its problems on disk stand in for the editor's (cleared by an empty publication, or dropped by a pulling client).
    workspace?.changed(e.document.uri, false);
  });
  connection.onShutdown(() => {
    mustBeRunning();
    phase = 'shut down';
    collector.dispose();
    workspace?.dispose();
    pulled?.workspace.dispose();
    store.dispose();
  });

  /** Runs a feature on an open SOW in its analysis worker; anything else, or a failure, answers null rather than crashing. */
  const withSow = async <N extends FeatureName>(uri: string, feature: N, params: ParamsOf<N>): Promise<ResultOf<N> | null> => {
    mustBeRunning();
    const document = documents.get(uri);
    if (!document || !(await store.isSow(document))) return null;
    try {
      return await store.feature(document, feature, params);
    } catch (e) {
      connection.console.error(`demarc: ${feature} failed for ${uri}: ${(e as Error).message}`);
      return null;
    }
  };

  connection.languages.diagnostics.on((p, token) => {
    mustBeRunning();
    if (!pulled) throw new ResponseError(ErrorCodes.MethodNotFound, 'diagnostics are published: the client did not declare pulling them');
    return pulled.documents.pull(p, token);
  });
  connection.languages.diagnostics.onWorkspace((p, token, _workDone, progress) => {
    mustBeRunning();
    if (!pulled) throw new ResponseError(ErrorCodes.MethodNotFound, 'diagnostics are published: the client did not declare pulling them');
    return pulled.workspace.pull(p, token, progress);
  });
  connection.onCodeAction((p) => withSow(p.textDocument.uri, 'codeActions', p));
  connection.onHover((p) => withSow(p.textDocument.uri, 'hover', p));
  connection.onCompletion((p) => {
    mustBeRunning();
    // Prose offers nothing: answered here, so a space typed in a paragraph starts no analysis.
    const { line, character } = p.position;
    const text = documents.get(p.textDocument.uri)?.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    if (text !== undefined && !mayComplete(text.replace(/\r?\n$/, ''), character)) return [];
    return withSow(p.textDocument.uri, 'completion', p);
  });
  connection.onDocumentSymbol((p) => withSow(p.textDocument.uri, 'documentSymbols', undefined));
  connection.onFoldingRanges((p) => withSow(p.textDocument.uri, 'foldingRanges', undefined));
  connection.onDocumentFormatting((p) => withSow(p.textDocument.uri, 'formatting', {}));
  connection.onDocumentRangeFormatting((p) => withSow(p.textDocument.uri, 'formatting', { range: p.range }));
  connection.onRequest(PREVIEW_DATA_REQUEST, (p: PreviewDataParams) => withSow(p.uri, 'previewData', { baseline: p.baseline }));
  connection.onRequest(EXPORT_SPLIT_REQUEST, async (p: ExportSplitParams) => {
    const content = await withSow(p.uri, 'exportSplit', p);
    if (content === null) throw new ResponseError(1, `${p.uri} is not an open, analysable SOW`);
    return { content };
  });

  connection.onRequest(COMPARE_REQUEST, async (p: CompareParams) => {
    const result = await withSow(p.uri, 'compare', { base: p.base });
    if (result === null) throw new ResponseError(1, `${p.uri} is not an open, analysable SOW`);
    return result;
  });

  connection.onRequest((method) => {
    mustBeRunning();
    throw new ResponseError(ErrorCodes.MethodNotFound, `unknown request ${method}`);
  });

  connection.listen();
}

declare const DEMARC_VERSION: string | undefined;
