/** One way in: how every command and the language server analyse a document (see analyseDocument.ts). */
export { analyseDocument, analyseText, notAnalysedDocument } from './analyseDocument';
export type { DocumentResult } from './analyseDocument';
export { DEFAULT_BUDGET_MS, overBudget } from './budget';
