import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, hasSowFrontMatter, hasSowName, IncrementalParser, mergeConfigs, type Analysis, type DemarcConfig } from '../engine';
import { ConfigFileError, ConfigLocator } from '../node/configFiles';
import { documentSizeLimit, Settings, settingsConfig } from './settings';

export interface AnalysedDocument {
  document: TextDocument;
  analysis: Analysis;
  config: DemarcConfig;
  /** A broken `.demarcrc.json`, reported as its own diagnostic. */
  configError?: string;
}

/** Documents whose parse tree and analysis are kept; others are analysed again when asked. */
const KEPT_DOCUMENTS = 8;

/**
 * Analyses each document version once and shares the result with every feature, so a keystroke
 * parses the document once however many features ask. Only the most recently used documents keep
 * their trees: editors hold many documents open but edit a few.
 */
export class DocumentStore {
  private readonly cache = new Map<string, { version: number; result: Promise<AnalysedDocument> }>();
  /** One parser per open document, so a keystroke re-parses only the section it touched. */
  private readonly parsers = new Map<string, IncrementalParser>();
  readonly configs = new ConfigLocator();

  constructor(private readonly settings: Settings) {}

  async isSow(document: TextDocument): Promise<boolean> {
    if (document.languageId === 'sow' || hasSowName(document.uri)) return true;
    if (document.languageId !== 'markdown') return false;
    const settings = await this.settings.for(document.uri);
    return settings.lintMarkdownFiles !== false && hasSowFrontMatter(document.getText());
  }

  get(document: TextDocument): Promise<AnalysedDocument> {
    const cached = this.cache.get(document.uri);
    // Re-inserting keeps the map in least-recently-used order.
    this.cache.delete(document.uri);
    if (cached && cached.version === document.version) {
      this.cache.set(document.uri, cached);
      return cached.result;
    }
    const result = this.analyse(document);
    this.cache.set(document.uri, { version: document.version, result });
    for (const uri of this.cache.keys()) {
      if (this.cache.size <= KEPT_DOCUMENTS) break;
      this.forget(uri);
    }
    return result;
  }

  /** How many documents' analyses and parse trees are kept: bounded by KEPT_DOCUMENTS however they arrive. */
  get held(): { analyses: number; parsers: number } {
    return { analyses: this.cache.size, parsers: this.parsers.size };
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.parsers.delete(uri);
  }

  /** Config or settings changed: everything must be analysed again. */
  invalidate(): void {
    this.cache.clear();
    this.configs.clear();
  }

  private async analyse(document: TextDocument): Promise<AnalysedDocument> {
    const settings = await this.settings.for(document.uri);
    let fileConfig: DemarcConfig = {};
    let configError: string | undefined;
    if (document.uri.startsWith('file:')) {
      try {
        fileConfig = (await this.configs.configFor(fileURLToPath(document.uri))).config;
      } catch (e) {
        configError = e instanceof ConfigFileError ? e.message : String(e);
      }
    }
    // Project config wins over editor settings, as it is shared with CI.
    const config = mergeConfigs(settingsConfig(settings), fileConfig);
    // Only a document still cached keeps a parser (and its tree): in a burst of opens, most analyses
    // are evicted while they wait for settings, and each would otherwise leave a tree behind.
    const kept = this.cache.get(document.uri)?.version === document.version;
    let parser = this.parsers.get(document.uri);
    if (!parser && kept) this.parsers.set(document.uri, (parser = new IncrementalParser()));
    const analysis = analyse(document.getText(), { config, maxDocumentSize: documentSizeLimit(settings), parser });
    return { document, analysis, config, configError };
  }
}
