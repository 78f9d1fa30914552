import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, failureOf, IncrementalParser, notAnalysedText, SourceText, TableCache } from '../../engine';
import { analyseText } from '../../document';
import type { AnalysedDocument } from '../documentStore';
import { FEATURES } from './features';
import type { DocumentVersion, JobMessage, Reply } from './messages';

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

interface Kept {
  revision: number;
  /** The config the analysis was made with, as JSON: a changed `.demarcrc.json` means a new analysis. */
  configKey: string;
  document: AnalysedDocument;
}

/**
 * The analysis side of the language server: parses and analyses documents and answers the features
 * that read an analysis. It runs in a worker (a Node worker thread, or a web worker in the browser), so
 * the thread that speaks the protocol never waits for a slow document; the pool holds each job to the
 * time budget (it stops the worker past it). The protocol side decides which documents this worker
 * keeps (it bounds them across workers), so nothing here is evicted on its own.
 */
export class Analyser {
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
          return { id: job.id, ok: run(doc, job.params) as null };
        }
        case 'forget':
          this.held.delete(job.uri);
          this.incremental.delete(job.uri);
          return { id: job.id, ok: null };
        case 'collect':
          (globalThis as { gc?: () => void }).gc?.();
          return { id: job.id, ok: null };
        case 'warm':
          // One run per job, so a real job waits for one run at most.
          analyse(WARM_SOW);
          return { id: job.id, ok: null };
        case 'counts':
          return { id: job.id, ok: { analyses: this.held.size, parsers: this.incremental.size } };
      }
    } catch (e) {
      // Named as the engine names it: a stack overflow, running out of memory, or an internal error.
      const failure = failureOf(e);
      return { id: job.id, error: failure.reason, failure };
    }
  }

  private analysed(d: DocumentVersion): AnalysedDocument {
    const configKey = JSON.stringify(d.config);
    const held = this.held.get(d.uri);
    if (held && held.revision === d.revision && held.configKey === configKey) return held.document;
    let state = this.incremental.get(d.uri);
    if (!state) this.incremental.set(d.uri, (state = { parser: new IncrementalParser(), tableCache: new TableCache() }));
    // No time limit here: the pool measures this thread's CPU time and stops the worker past the budget.
    const result = analyseText({
      name: d.uri,
      text: d.text,
      config: d.config,
      budgetMs: Infinity,
      maxBytes: d.maxDocumentSize,
      reuse: state,
    });
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
