import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from '../cli/run';

const SERVER = path.join(ROOT, 'server/bin/demarc-language-server.js');

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

/** The real server process, spoken to over stdio as an editor would. */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  configuration: unknown = {};
  /** Methods the server registered dynamically. */
  readonly registrations: string[] = [];
  /** `workspace/diagnostic/refresh` requests received. */
  refreshes = 0;
  /** `$/progress` values received, by token. */
  readonly progress = new Map<string | number, unknown[]>();
  stderr = '';

  /** By default the checkout's server, as the bin's shebang and the extension start it; or any command. */
  constructor(command: [string, ...string[]] = [process.execPath, '--expose-gc', SERVER, '--stdio']) {
    this.process = spawn(command[0], command.slice(1), { env: { ...process.env, MALLOC_ARENA_MAX: '2' } });
    this.process.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.latest.set(p.uri, p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    this.connection.onNotification('$/progress', (p: { token: string | number; value: unknown }) => {
      this.progress.set(p.token, [...(this.progress.get(p.token) ?? []), p.value]);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(
    options: Record<string, unknown> = { debounceMs: 0 },
    workspaceCaps: Record<string, unknown> = {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
    },
    workspaceFolders: string[] | null = null,
    /** `{ diagnostic: {} }` for a client that pulls diagnostics (LSP 3.17). */
    textDocumentCaps: Record<string, unknown> = {},
  ): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: workspaceFolders && workspaceFolders.map((uri) => ({ uri, name: path.basename(uri) })),
      initializationOptions: options,
      capabilities: {
        workspace: workspaceCaps,
        textDocument: { publishDiagnostics: { relatedInformation: true }, ...textDocumentCaps },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'sow', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** A full-text change, or ranged edits (incremental sync). */
  change(uri: string, version: number, changes: ({ text: string } | { range: Diagnostic['range']; text: string })[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** Waits for published diagnostics that satisfy a test. */
  async diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.latest.get(uri);
      if (p && test(p)) return p.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(p?.diagnostics.map((d) => d.code))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Diagnostics for exactly this version of the document. */
  forVersion(uri: string, version: number): Promise<Diagnostic[]> {
    return this.diagnostics(uri, (p) => p.version === version);
  }

  async stop(): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode;
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
