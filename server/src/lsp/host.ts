import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DemarcConfig } from '../engine';
import type { StartWorker } from './analysis/thread';
import type { DocumentStore } from './documentStore';
import type { Settings } from './settings';

/**
 * What the language server needs of where it runs: Node (nodeHost.ts, over stdio or IPC) or a browser's
 * web worker (browser/main.ts, for vscode.dev and github.dev). Everything else is the same code.
 */
export interface ServerHost {
  /** Starts one analysis worker. */
  startWorker: StartWorker;
  /** The `.demarcrc.json` files that apply to documents. */
  configs: ConfigSource;
  /** Told the client's initialization options before anything is analysed (the browser's: where its analysis worker is). */
  initialize?(options: Record<string, unknown>): void;
  /** Problems for the workspace's SOWs that are not open; absent where the server cannot list files. */
  workspace?: (
    connection: Connection,
    documents: TextDocuments<TextDocument>,
    store: DocumentStore,
    settings: Settings,
  ) => WorkspaceProblems;
}

export interface ConfigSource {
  /** The nearest config of a document and the file it came from; undefined where no file stands behind it (untitled). */
  configFor(uri: string): Promise<{ path?: string; config: DemarcConfig } | undefined>;
  /** A config named outright (the editor's `demarc.playbook`). */
  configAt(file: string): Promise<DemarcConfig>;
  /** Whether each lookup searches again (for clients that do not watch files for the server). */
  revalidateEachTime(on: boolean): void;
  /** Forgets what was found and read: a config changed. */
  clear(): void;
}

export interface WorkspaceProblems {
  start(folders: readonly string[]): Promise<void>;
  changed(uri: string, deleted: boolean): void;
  dispose(): void;
}
