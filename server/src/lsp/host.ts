import type { DemarcConfig } from '../engine';
import type { StartWorker } from './analysis/thread';

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
  /** The workspace's SOWs, for the problems of those not open (workspaceDiagnostics.ts). */
  workspaceFiles: WorkspaceFiles;
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

/** The SOW files of workspace folders, listed and read where the server runs: from disk, or through the editor. */
export interface WorkspaceFiles {
  /** The `*.sow.md` files under a folder, at most `max`, as URIs; hidden folders and dependencies skipped. */
  list(folder: string, max: number): Promise<string[]>;
  /** A file's text; its size alone when over `maxBytes`; undefined when it is gone. */
  read(uri: string, maxBytes: number): Promise<{ text: string } | { size: number } | undefined>;
  /** One spelling per file (clients escape URIs differently); undefined for a URI this host lists no files for. */
  key(uri: string): string | undefined;
}

/** The workspace's SOWs: the files whose changes the client is asked to report, and a browser's client lists. */
export const WORKSPACE_SOWS = '**/*.sow.md';

/** Folders never walked: dependencies and tool state hold no contracts of the team's. */
export const SKIPPED_FOLDERS = ['node_modules', 'bower_components', 'out', 'dist', 'target'];
