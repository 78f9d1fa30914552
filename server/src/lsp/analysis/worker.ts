import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, IncrementalParser, notAnalysedFinding, SourceText, TableReadings, type Analysis } from '../../engine';
import { BudgetExceeded, overBudget, withinBudget } from '../../node/budget';
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
  version: number;
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
  private readonly incremental = new Map<string, { parser: IncrementalParser; tableReadings: TableReadings }>();

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
    if (held && held.version === d.version && held.configKey === configKey) return held.document;
    let state = this.incremental.get(d.uri);
    if (!state) this.incremental.set(d.uri, (state = { parser: new IncrementalParser(), tableReadings: new TableReadings() }));
    const { parser, tableReadings } = state;
    let analysis: Analysis;
    try {
      analysis = withinBudget(
        () => analyse(d.text, { config: d.config, maxDocumentSize: d.maxDocumentSize, parser, tableReadings }),
        d.budgetMs,
      );
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
      // Stopped mid-parse: the parser's tree may be half-updated, so the next version starts afresh.
      this.incremental.delete(d.uri);
      analysis = overBudgetAnalysis(d);
    }
    const document: AnalysedDocument = {
      document: TextDocument.create(d.uri, d.languageId, d.version, d.text),
      analysis,
      config: d.config,
    };
    this.held.set(d.uri, { version: d.version, configKey, document });
    return document;
  }
}

/** The same verdict the CLI gives a file over its budget, so the editor and CI agree. */
function overBudgetAnalysis(d: DocumentVersion): Analysis {
  const source = new SourceText(d.text);
  return { source, findings: [notAnalysedFinding(`it ${overBudget(d.budgetMs)}`, source.lineRange(0))] };
}

// Started by the pool with this same script (the server bundle, or this module when run from out/).
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE && parentPort) {
  const port = parentPort;
  const worker = new AnalysisWorker();
  port.on('message', (job: JobMessage) => port.postMessage(worker.handle(job)));
}
