import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, IncrementalParser, notAnalysedText, SourceText, TableCache } from '../../engine';
import { analyseText, BudgetExceeded, overBudget, withinBudget } from '../../document';
import type { AnalysedDocument } from '../documentStore';
import { FEATURES } from './features';
import { WORKER_ROLE, type DocumentVersion, type JobMessage, type Reply } from './messages';

/** A small SOW with each kind of table, analysed a few times when a worker starts. */
const WARM_SOW = `---
sow: 1
model: co-managed
client: Contoso
provider: Northwind MSP
---

# Responsibilities

| Function | Contoso | Northwind MSP | Notes |
| --- | --- | --- | --- |
| Help desk L1 | A | R | business hours |
| Patch management | I | A/R | |
| Backup and DR | - | - | |

## Service levels

| Priority | Response | Resolution |
| --- | --- | --- |
| P1 | four (4) business hours | 8 hours |

## Tools

| Tool | Owner | Client access | On exit |
| --- | --- | --- | --- |
| NinjaOne RMM | Northwind MSP | read-only | |

## Termination

- Northwind MSP exports the ticket history within 30 days.
`;
const WARM_RUNS = 20;

interface Kept {
  revision: number;
  /** The config the analysis was made with, as JSON: a changed `.demarcrc.json` means a new analysis. */
  configKey: string;
  document: AnalysedDocument;
}

/**
 * The analysis side of the language server: parses and analyses documents and answers the features
 * that read an analysis, each under the time budget. It runs in a worker thread, so the thread that
 * speaks the protocol never waits for a slow document. The main thread decides which documents this
 * worker keeps (it bounds them across workers), so nothing here is evicted on its own.
 */
export class AnalysisWorker {
  private readonly held = new Map<string, Kept>();
  /** One parser and table cache per document, so a keystroke re-parses and re-reads only what it touched. */
  private readonly incremental = new Map<string, { parser: IncrementalParser; tableCache: TableCache }>();

  handle(job: JobMessage): Reply {
    try {
      switch (job.kind) {
        case 'analyse': {
          const { analysis } = this.analysed(job.document);
          return { id: job.id, ok: { findings: analysis.findings, engagementModel: analysis.model?.frontMatter.engagementModel } };
        }
        case 'feature': {
          const doc = this.analysed(job.document);
          const run = FEATURES[job.feature] as (d: AnalysedDocument, p: unknown) => unknown;
          return { id: job.id, ok: withinBudget(() => run(doc, job.params), job.document.budgetMs) as null };
        }
        case 'forget':
          this.held.delete(job.uri);
          this.incremental.delete(job.uri);
          return { id: job.id, ok: null };
        case 'collect':
          (globalThis as { gc?: () => void }).gc?.();
          return { id: job.id, ok: null };
        case 'warm':
          for (let i = 0; i < WARM_RUNS; i++) analyse(WARM_SOW);
          return { id: job.id, ok: null };
        case 'counts':
          return { id: job.id, ok: { analyses: this.held.size, parsers: this.incremental.size } };
      }
    } catch (e) {
      return {
        id: job.id,
        error: e instanceof BudgetExceeded ? overBudget('document' in job ? job.document.budgetMs : 0) : String((e as Error).message ?? e),
      };
    }
  }

  private analysed(d: DocumentVersion): AnalysedDocument {
    const configKey = JSON.stringify(d.config);
    const held = this.held.get(d.uri);
    if (held && held.revision === d.revision && held.configKey === configKey) return held.document;
    let state = this.incremental.get(d.uri);
    if (!state) this.incremental.set(d.uri, (state = { parser: new IncrementalParser(), tableCache: new TableCache() }));
    const result = analyseText({
      name: d.uri,
      text: d.text,
      config: d.config,
      budgetMs: d.budgetMs,
      maxBytes: d.maxDocumentSize,
      reuse: state,
    });
    // Stopped mid-parse: the parser's tree may be half-updated, so the next version starts afresh.
    if (result.notAnalysed?.kind === 'over-budget') this.incremental.delete(d.uri);
    const document: AnalysedDocument = {
      document: TextDocument.create(d.uri, d.languageId, d.version, d.text),
      revision: d.revision,
      analysis: result.analysis ?? notAnalysedText(new SourceText(d.text), result.notAnalysed!),
      config: d.config,
    };
    this.held.set(d.uri, { revision: d.revision, configKey, document });
    return document;
  }
}

// Started by the pool with this same script (the server bundle, or this module when run from out/).
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE && parentPort) {
  const port = parentPort;
  const worker = new AnalysisWorker();
  port.on('message', (job: JobMessage) => port.postMessage(worker.handle(job)));
}
