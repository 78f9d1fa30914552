/** Custom requests between the Demarc server and its clients; shared type-only with the VS Code client. */
import type {
  AccessLevel,
  ChangeView,
  ComparisonView,
  EngagementModel,
  FunctionStatus,
  PartyRole,
  PlaybookChecklist,
  RaciLetter,
  Severity,
} from '../engine';

export const PREVIEW_DATA_REQUEST = 'demarc/previewData';
export const EXPORT_SPLIT_REQUEST = 'demarc/exportSplit';
/** What changed between an open SOW and another version of it (a git revision, another file). */
export const COMPARE_REQUEST = 'demarc/compare';
/** Sent after each analysis, so a client never decides for itself which documents are SOWs. */
export const DOCUMENT_STATUS_NOTIFICATION = 'demarc/documentStatus';
/** Client to server: the user trusted the workspace, so its `.demarcrc.json` files now apply. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'demarc/workspaceTrusted';

/**
 * Server to client, where the server cannot read files itself (in a browser): the nearest `.demarcrc.json`
 * to a document, searched through the editor's file system from its folder up to its workspace folder.
 */
export const FIND_CONFIG_REQUEST = 'demarc/findConfig';
/** Server to client, in a browser: a file by URI (one a config names, or a workspace SOW that is not open). */
export const READ_FILE_REQUEST = 'demarc/readFile';
/** Server to client, in a browser: the `*.sow.md` files of a workspace folder, for the problems of those not open. */
export const LIST_SOWS_REQUEST = 'demarc/listSows';

export interface FindConfigParams {
  /** The document's URI. */
  uri: string;
  /** The config file's name (`.demarcrc.json`). */
  name: string;
  /** Larger files are not read (the engine's MAX_CONFIG_BYTES). */
  maxBytes: number;
}
/** null: no config applies (none found, or the document is in no workspace folder). */
export type FindConfigResult = FileText | null;

export interface ReadFileParams {
  uri: string;
  /** Larger files are not read: their size is answered instead. */
  maxBytes: number;
}

/** A file's text; its size when over the limit; or why it could not be read (`missing`: there is no such file). */
export type FileText = { uri: string; text: string } | { uri: string; size: number } | { uri: string; error: string; missing?: boolean };

export interface ListSowsParams {
  /** The workspace folder's URI. */
  folder: string;
  /** A glob of the SOWs within it (`**\/*.sow.md`). */
  pattern: string;
  max: number;
  /** Folder names never walked (dependencies, build output); hidden folders are skipped too. */
  skip: string[];
}

export interface DocumentStatus {
  uri: string;
  version: number;
  /** Whether the server lints this document as a SOW (by name, language or `sow:` front matter). */
  sow: boolean;
  engagementModel?: EngagementModel;
  /** The same counts as the diagnostics published for this version. */
  counts?: { errors: number; warnings: number; infos: number };
}

export interface FindingSummary {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based, like every line in these results. */
  line: number;
}

export interface PreviewDataParams {
  uri: string;
  /** Another version of the document (the file at git HEAD): rows changed since then are marked. */
  baseline?: BaseVersion;
}

/** Another version of an open SOW, as text (a Word file already imported); the server reads it as it reads the document. */
export interface BaseVersion {
  /** How changes name it: "HEAD:contracts/x.sow.md", or a path. */
  name: string;
  /** What a marker calls it: "HEAD". */
  label: string;
  text: string;
}

export interface CompareParams {
  uri: string;
  base: BaseVersion;
}

/** A change as a client lists it: its kind and what changed in words, so no client words a change itself. */
export interface ShownChange extends ChangeView {
  label: string;
  description: string;
}

/** The comparison, with the open document as the newer version; or why the other version could not be read. */
export type CompareResult = { view: Omit<ComparisonView, 'changes'> & { changes: ShownChange[] }; summary: string } | { error: string };

export interface PreviewData {
  uri: string;
  version: number;
  /** False when the document was too large or could not be analysed; `findings` says why. */
  analysed: boolean;
  title?: string;
  engagementModel?: EngagementModel;
  /** `parties` and `functions` (less findings) equal `demarc matrix --format json`. */
  parties: { name: string; role: PartyRole }[];
  functions: {
    name: string;
    line: number;
    roles: Record<string, string>;
    status: FunctionStatus;
    findings: FindingSummary[];
    /** Which of `matrices` the row stands in, and its free-text cells (Notes, Scope…) as written. */
    table: number;
    notes: { header: string; text: string }[];
    /** One per party, in `parties` order: the cell as written, as read, and the role that weighs most in it. */
    cells: { text: string; value: string; strongest?: RaciLetter; note?: string }[];
  }[];
  /** Each responsibility matrix, in document order, under the heading it stands under. */
  matrices: { heading?: string; line: number }[];
  /** With a playbook in the config: its checklist. */
  playbook?: PlaybookChecklist;
  /** The escalation and exit sections as written (their text, shortened), so a reviewer reads them beside the split. */
  sections: { kind: 'escalation' | 'exit'; title: string; line: number; text: string }[];
  /** One per party, in `parties` order: how many functions it is accountable for. */
  ownership: { party: string; accountable: number }[];
  serviceLevels: {
    priority: string;
    priorityLevel?: number;
    response: string;
    resolution: string;
    responseMinutes?: number;
    business: boolean;
    /** How Demarc read the row: priority, response and where business time came from (Markdown). */
    reading: string;
    line: number;
    findings: FindingSummary[];
  }[];
  tools: {
    name: string;
    line: number;
    kind?: string;
    owner?: string;
    access: string;
    accessLevel: AccessLevel;
    exitTerms: string;
    hasExitTerms: boolean;
    isRmm: boolean;
    isTicketing: boolean;
    findings: FindingSummary[];
    /** How Demarc read the row: kind, owner, access and exit terms (Markdown). */
    reading: string;
  }[];
  findings: FindingSummary[];
  counts: { errors: number; warnings: number; infos: number };
  /** With a baseline: the rows changed since it, by line, each with what changed in it. */
  since?: { label: string; rows: { line: number; weakens: boolean; changes: string[] }[] };
}

export interface ExportSplitParams {
  uri: string;
  format: 'csv' | 'md' | 'html' | 'json';
}

export interface ExportSplitResult {
  content: string;
}
