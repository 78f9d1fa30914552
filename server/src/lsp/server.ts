import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../node/configFiles';
import { DocumentStore, type AnalysedDocument } from './documentStore';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { completion } from './features/completion';
import { DiagnosticsFeature } from './features/diagnostics';
import { hover } from './features/hover';
import { exportSplit, responsibilityModel } from './features/responsibilityModel';
import { documentSymbols, foldingRanges } from './features/symbols';
import { IdleCollector } from './idleCollector';
import { EXPORT_MATRIX_REQUEST, RESPONSIBILITY_MODEL_REQUEST, type ExportMatrixParams, type ResponsibilityModelParams } from './protocol';
import { Settings, type DemarcSettings } from './settings';

interface InitializationOptions {
  /** Settings for clients without workspace/configuration; Helix sends them as `demarc`. */
  settings?: DemarcSettings;
  demarc?: DemarcSettings;
  /** Milliseconds between the last change and the analysis; 0 for benchmarks. */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 150;

/** Wires the LSP connection to the engine; every feature is a module under features/. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let pullConfiguration = false;
  let watchDynamically = false;
  let registerConfiguration = false;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  const settings = new Settings(connection, () => pullConfiguration);
  const store = new DocumentStore(settings);
  const diagnostics = new DiagnosticsFeature(connection, documents, store, () => debounceMs);
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
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.debounceMs === 'number') debounceMs = Math.max(0, options.debounceMs);
    const initial = options.settings ?? options.demarc;
    if (initial) settings.changed(initial);
    phase = 'running';
    // Document notifications count from here: the spec drops those sent before initialize.
    documents.listen(connection);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['|', ' ', '#'] },
        documentSymbolProvider: { label: 'Demarc' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'demarc-language-server', version: typeof DEMARC_VERSION === 'string' ? DEMARC_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    // Registered only where the client says it can take dynamic registration (Neovim, Helix and eglot warn otherwise).
    if (registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'demarc' });
    if (watchDynamically)
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
  });

  const relint = () => {
    store.invalidate();
    diagnostics.refreshAll();
  };
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { demarc?: DemarcSettings } | undefined)?.demarc;
    settings.changed(pullConfiguration ? undefined : pushed);
    relint();
  });
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) relint();
  });
  const collector = new IdleCollector();
  documents.onDidChangeContent(() => collector.touched());
  documents.onDidClose((e) => {
    settings.forget(e.document.uri);
    collector.touched();
  });
  connection.onShutdown(() => {
    mustBeRunning();
    phase = 'shut down';
    collector.dispose();
  });

  /** Runs a feature on an open SOW; anything else, or a failure, answers null rather than crashing. */
  const withSow = async <T>(uri: string, what: string, run: (doc: AnalysedDocument) => T): Promise<T | null> => {
    mustBeRunning();
    const document = documents.get(uri);
    if (!document || !(await store.isSow(document))) return null;
    try {
      return run(await store.get(document));
    } catch (e) {
      connection.console.error(`demarc: ${what} failed for ${uri}: ${(e as Error).stack ?? e}`);
      return null;
    }
  };

  connection.onCodeAction((p) => withSow(p.textDocument.uri, 'code actions', (d) => codeActions(d, p)));
  connection.onHover((p) => withSow(p.textDocument.uri, 'hover', (d) => hover(d, p.position)));
  connection.onCompletion((p) => withSow(p.textDocument.uri, 'completion', (d) => completion(d, p.position)));
  connection.onDocumentSymbol((p) =>
    withSow(p.textDocument.uri, 'symbols', (d) => (d.analysis.model ? documentSymbols(d.analysis.model) : [])),
  );
  connection.onFoldingRanges((p) =>
    withSow(p.textDocument.uri, 'folding', (d) => (d.analysis.model ? foldingRanges(d.analysis.model, d.analysis.source) : [])),
  );
  connection.onRequest(RESPONSIBILITY_MODEL_REQUEST, (p: ResponsibilityModelParams) =>
    withSow(p.uri, 'responsibility model', responsibilityModel),
  );
  connection.onRequest(EXPORT_MATRIX_REQUEST, async (p: ExportMatrixParams) => {
    const content = await withSow(p.uri, 'export', (d) => exportSplit(d, p.format));
    if (content === null) throw new ResponseError(1, `${p.uri} is not an open, analysable SOW`);
    return { content };
  });

  connection.onRequest((method) => {
    mustBeRunning();
    throw new ResponseError(ErrorCodes.MethodNotFound, `unknown request ${method}`);
  });

  connection.listen();
}

declare const DEMARC_VERSION: string | undefined;
