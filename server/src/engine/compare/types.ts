import type { SowModel, TableKind } from '../model/types';
import type { Finding } from '../types';

/** What changed between two readings of a SOW; the JSON `kind` of a change. */
export type ChangeKind =
  | 'party-changed'
  | 'model-changed'
  | 'function-added'
  | 'function-removed'
  | 'function-renamed'
  | 'accountable-changed'
  | 'responsible-changed'
  | 'response-changed'
  | 'resolution-changed'
  | 'priority-added'
  | 'priority-removed'
  | 'tool-added'
  | 'tool-removed'
  | 'access-changed'
  | 'exit-terms-added'
  | 'exit-terms-removed'
  | 'section-added'
  | 'section-removed';

/** The groups a reviewer reads the changes in, in this order. */
export type ChangeGroup = 'parties' | 'functions' | 'service-levels' | 'tools' | 'sections';

export interface Change {
  kind: ChangeKind;
  /** The function, priority, tool, party role or section the change is about, as the newer version names it. */
  subject: string;
  /** What the older version said; absent for something added. */
  from?: string;
  /** What the newer version says; absent for something removed. */
  to?: string;
  /** 1-based line of the subject in the older version, where it stands there. */
  oldLine?: number;
  /** 1-based line of the subject in the newer version, where it stands there. */
  newLine?: number;
  /**
   * 1-based line of the newer version where a reader looks: the subject's own line, or for something removed
   * the place it stood (the row that was above it, its table, or the front matter).
   */
  line: number;
  /** A slower time, business time, lower access, an exit term or owner removed: the newer version promises less. */
  weakens: boolean;
  /** What the change means where from/to do not say it ("slower, and now counted in business time"). */
  note?: string;
}

/** One version of a SOW as the comparison reads it: its model and the findings its analysis gave. */
export interface ComparedVersion {
  model: SowModel;
  findings: readonly Finding[];
}

/** A table Demarc could not read on one side: nothing of its kind is reported added or removed beside it. */
export interface NotCompared {
  version: 'old' | 'new';
  kind: TableKind;
  /** 1-based line of its header row. */
  line: number;
  reason: string;
}

export interface Comparison {
  /** In reading order: by group, then by line. */
  changes: Change[];
  /** Findings matched by rule and message, not by line: a row that moved keeps its findings. */
  findings: { introduced: Finding[]; resolved: Finding[] };
  notCompared: NotCompared[];
}
