import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConfigFileError,
  hasSowFrontMatter,
  hasSowName,
  mergeConfigs,
  notAnalysedFinding,
  SourceText,
  type Analysis,
  type DemarcConfig,
  type NotAnalysed,
} from '../engine';
import { DEFAULT_BUDGET_MS } from '../document';
import type { FeatureName, ParamsOf, ResultOf } from './analysis/features';
import type { AnalysisSummary, DocumentVersion, Held, Job, Reply } from './analysis/messages';
import { AnalysisPool } from './analysis/pool';
import type { ConfigSource, ServerHost } from './host';
import { documentSizeLimit, Settings, settingsConfig } from './settings';

/** An analysis as the features read it, in the analysis worker. */
export interface AnalysedDocument {
  document: TextDocument;
  /** The order the server received this text in (see DocumentVersion.revision). */
  revision: number;
  analysis: Analysis;
  config: DemarcConfig;
}

/** What the protocol thread knows of an analysis: the findings, and a broken `.demarcrc.json`. */
export interface AnalysisResult extends AnalysisSummary {
  configError?: string;
  /** A `.demarcrc.json` that applies but was not read: the workspace is untrusted (Restricted Mode). */
  configSkipped?: string;
}

interface Prepared extends Pick<AnalysisResult, 'configError' | 'configSkipped'> {
  version: DocumentVersion;
}

/** Documents whose parse tree and analysis are kept (across all workers); others are analysed again when asked. */
const KEPT_DOCUMENTS = 8;

/**
 * The protocol thread's side of analysis: decides which documents are SOWs, resolves their settings
 * and config, and hands each version to the analysis workers. Each version is analysed once however
 * many features ask; only the most recently used documents keep their trees, since editors hold many
 * documents open but edit a few.
 */
export class DocumentStore {
  /** Per document, its latest revision as sent to a worker, and that revision's findings once asked. */
  private readonly versions = new Map<string, { revision: number; prepared: Promise<Prepared>; result?: Promise<AnalysisResult> }>();
  /** Per open document, the text last seen and its revision: numbered in order of arrival, whatever version the editor gave it. */
  private readonly seen = new Map<string, { version: number; text: string; revision: number }>();
  private lastRevision = 0;
  /** Documents with an analysis in a worker, least recently used first. */
  private readonly kept = new Set<string>();
  readonly configs: ConfigSource;
  private readonly pool: AnalysisPool;

  /** False in an untrusted workspace: its `.demarcrc.json` files are not applied until the user trusts it. */
  readConfigFiles = true;
  /**
   * Milliseconds of its worker thread's CPU time one analysis may take: the CLI's budget, counted so that
   * nothing else running on the machine makes the editor's verdict stricter than CI's (analysis/pool.ts).
   */
  budgetMs = DEFAULT_BUDGET_MS;

  constructor(
    private readonly settings: Settings,
    host: Pick<ServerHost, 'startWorker' | 'configs'>,
  ) {
    this.pool = new AnalysisPool(host.startWorker);
    this.configs = host.configs;
  }

  async isSow(document: TextDocument): Promise<boolean> {
    if (document.languageId === 'sow' || hasSowName(document.uri)) return true;
    if (document.languageId !== 'markdown') return false;
    const settings = await this.settings.for(document.uri);
    return settings.lintMarkdownFiles !== false && hasSowFrontMatter(document.getText());
  }

  /** The findings of this version, analysed once. */
  analyse(document: TextDocument): Promise<AnalysisResult> {
    const entry = this.entry(document);
    entry.result ??= entry.prepared.then(async ({ version, configError, configSkipped }) => {
      const reply = await this.run({ kind: 'analyse', document: version });
      const summary =
        'ok' in reply
          ? (reply.ok as AnalysisSummary)
          : { findings: [notAnalysed(version.text, reply.failure ?? { kind: 'stopped', reason: reply.error })] };
      return { ...summary, configError, configSkipped };
    });
    return entry.result;
  }

  /**
   * The findings of a file read from disk that is not open (workspace problems): analysed once and not
   * kept, so linting a whole workspace never evicts what the open documents hold.
   */
  async analyseFile(document: TextDocument): Promise<AnalysisResult> {
    const prepared = await this.prepare(document, ++this.lastRevision);
    const { configError, configSkipped } = prepared;
    // Under a key of its own: the file's analysis never supersedes, nor is superseded by, the same
    // document's analysis once it is opened in the editor, and forgetting it drops nothing of that one.
    const version = { ...prepared.version, uri: `${document.uri}#on-disk` };
    const reply = await this.pool.run({ kind: 'analyse', document: version });
    this.pool.forget(version.uri);
    const summary =
      'ok' in reply
        ? (reply.ok as AnalysisSummary)
        : { findings: [notAnalysed(version.text, reply.failure ?? { kind: 'stopped', reason: reply.error })] };
    return { ...summary, configError, configSkipped };
  }

  /** Runs a feature on this version's analysis in its worker; throws what the worker reported. */
  async feature<N extends FeatureName>(document: TextDocument, feature: N, params: ParamsOf<N>): Promise<ResultOf<N>> {
    const { version } = await this.entry(document).prepared;
    const reply = await this.run({ kind: 'feature', document: version, feature, params });
    if ('error' in reply) throw new Error(reply.error);
    return reply.ok as ResultOf<N>;
  }

  /** What the workers hold, for the tests that bound it. */
  async held(): Promise<Held> {
    const replies = await this.pool.broadcast({ kind: 'counts' });
    return replies.reduce<Held>(
      (sum, r) =>
        'ok' in r && r.ok ? { analyses: sum.analyses + (r.ok as Held).analyses, parsers: sum.parsers + (r.ok as Held).parsers } : sum,
      { analyses: 0, parsers: 0 },
    );
  }

  /** Once the editor is quiet: one worker stays and collects its garbage, the others stop (see AnalysisPool.collect). */
  collect(): void {
    this.pool.collect();
  }

  /** The document was closed: nothing is kept of it, and a long analysis of it is stopped. */
  forget(uri: string): void {
    this.versions.delete(uri);
    this.seen.delete(uri);
    this.kept.delete(uri);
    this.pool.close(uri);
  }

  /**
   * The document's revision: a new one whenever its text or version differs from the last seen. The
   * editor's version alone does not say which text came last (two changes can carry one number), and
   * the server applies changes in the order they arrive, so the text it holds now is the latest.
   */
  revision(document: TextDocument): number {
    const text = document.getText();
    const seen = this.seen.get(document.uri);
    if (seen?.version === document.version && seen.text === text) return seen.revision;
    const revision = ++this.lastRevision;
    this.seen.set(document.uri, { version: document.version, text, revision });
    return revision;
  }

  /** Config or settings changed: everything must be analysed again. */
  invalidate(): void {
    this.versions.clear();
    this.configs.clear();
  }

  dispose(): void {
    this.pool.dispose();
  }

  /**
   * Runs a job; a document evicted while it waited (a burst of opens waits for settings) is analysed
   * for the asker but not kept, or every document in the burst would leave a tree behind.
   */
  private async run(job: Job & { kind: 'analyse' | 'feature' }): Promise<Reply> {
    const reply = await this.pool.run(job);
    if (!this.kept.has(job.document.uri)) this.pool.forget(job.document.uri);
    return reply;
  }

  /** This revision's entry, made on first use; marks the document recently used. */
  private entry(document: TextDocument) {
    const revision = this.revision(document);
    let entry = this.versions.get(document.uri);
    if (entry?.revision !== revision) {
      entry = { revision, prepared: this.prepare(document, revision) };
      this.versions.set(document.uri, entry);
    }
    this.use(document.uri);
    return entry;
  }

  private use(uri: string): void {
    this.kept.delete(uri);
    this.kept.add(uri);
    for (const oldest of this.kept) {
      if (this.kept.size <= KEPT_DOCUMENTS) break;
      this.versions.delete(oldest);
      this.kept.delete(oldest);
      this.pool.forget(oldest);
    }
  }

  private async prepare(document: TextDocument, revision: number): Promise<Prepared> {
    // Read before waiting for settings: the server updates the document in place as changes arrive.
    const { uri, languageId, version } = document;
    const text = document.getText();
    const settings = await this.settings.for(document.uri);
    let fileConfig: DemarcConfig = {};
    let configError: string | undefined;
    let configSkipped: string | undefined;
    try {
      const found = await this.configs.configFor(document.uri);
      if (found) {
        // The editor's playbook applies where no .demarcrc.json does: the project's config is shared with CI.
        const named = !found.path && typeof settings.playbook === 'string' && settings.playbook.trim() ? settings.playbook : undefined;
        // A workspace the user has not trusted does not get to switch rules off.
        if (!this.readConfigFiles) configSkipped = found.path ?? named;
        else fileConfig = named ? await this.configs.configAt(named) : found.config;
      }
    } catch (e) {
      if (!this.readConfigFiles) configSkipped = e instanceof ConfigFileError ? e.file : undefined;
      else configError = e instanceof ConfigFileError ? e.message : String(e);
    }
    // Project config wins over editor settings, as it is shared with CI.
    const config = mergeConfigs(settingsConfig(settings), fileConfig);
    return {
      version: {
        uri,
        languageId,
        version,
        revision,
        text,
        config,
        maxDocumentSize: documentSizeLimit(settings),
        budgetMs: this.budgetMs,
      },
      configError,
      configSkipped,
    };
  }
}

function notAnalysed(text: string, failure: NotAnalysed) {
  return notAnalysedFinding(failure, new SourceText(text).lineRange(0));
}
