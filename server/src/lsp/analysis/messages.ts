import type { DemarcConfig, Finding, EngagementModel, NotAnalysed } from '../../engine';
import type { FeatureName, FeatureParams, FeatureResult } from './features';

/** What the analysis worker needs to analyse one document version; sent with every job. */
export interface DocumentVersion {
  uri: string;
  languageId: string;
  /** The editor's version number, as diagnostics are published with it. */
  version: number;
  /**
   * The order in which the server received this text: two changes sent with one version number are two
   * revisions, so the later text is the one analysed.
   */
  revision: number;
  text: string;
  config: DemarcConfig;
  maxDocumentSize: number;
  /** Milliseconds of the worker thread's CPU time the job may take (the pool stops it past that). */
  budgetMs: number;
}

export type Job =
  | { kind: 'analyse'; document: DocumentVersion }
  | { kind: 'feature'; document: DocumentVersion; feature: FeatureName; params: FeatureParams }
  | { kind: 'forget'; uri: string }
  | { kind: 'collect' }
  | { kind: 'warm' }
  | { kind: 'counts' };

export type JobMessage = Job & { id: number };

/** What diagnostics need from an analysis; the model stays in the worker. */
export interface AnalysisSummary {
  findings: Finding[];
  engagementModel?: EngagementModel;
}

/** How many analyses and parse trees a worker holds. */
export interface Held {
  analyses: number;
  parsers: number;
}

/** A job that failed says why as the engine names it, so the editor says what the CLI says. */
export type Reply = { id: number } & ({ ok: AnalysisSummary | FeatureResult | Held | null } | { error: string; failure?: NotAnalysed });

/**
 * A worker's first message: where the pool reads the worker thread's CPU time (Linux's per-thread
 * schedstat), or null where the system does not say.
 */
export interface Started {
  cpuClock: string | null;
}

export const WORKER_ROLE = 'demarc-analysis';
