import type { CodeActionParams, Position } from 'vscode-languageserver';
import type { AnalysedDocument } from '../documentStore';
import { codeActions } from '../features/codeActions';
import { compare } from '../features/compare';
import { completion } from '../features/completion';
import { hover } from '../features/hover';
import { exportSplit, previewData } from '../features/preview';
import { documentSymbols, foldingRanges } from '../features/symbols';
import type { BaseVersion, ExportSplitParams } from '../protocol';

/**
 * The features that read an analysis. They run in the analysis worker, beside the model, so the model
 * never crosses threads (copying a 10,000-line SOW's model costs ~200 ms; a hover's answer, nothing).
 */
export const FEATURES = {
  codeActions: (d: AnalysedDocument, p: CodeActionParams) => codeActions(d, p),
  hover: (d: AnalysedDocument, p: { position: Position }) => hover(d, p.position),
  completion: (d: AnalysedDocument, p: { position: Position }) => completion(d, p.position),
  documentSymbols: (d: AnalysedDocument) => (d.analysis.model ? documentSymbols(d.analysis.model) : []),
  foldingRanges: (d: AnalysedDocument) => (d.analysis.model ? foldingRanges(d.analysis.model, d.analysis.source) : []),
  previewData: (d: AnalysedDocument, p?: { baseline?: BaseVersion }) => previewData(d, p?.baseline),
  exportSplit: (d: AnalysedDocument, p: { format: ExportSplitParams['format'] }) => exportSplit(d, p.format),
  compare: (d: AnalysedDocument, p: { base: BaseVersion }) => compare(d, p.base),
};

export type FeatureName = keyof typeof FEATURES;
export type FeatureParams = Parameters<(typeof FEATURES)[FeatureName]>[1];
export type FeatureResult = ReturnType<(typeof FEATURES)[FeatureName]>;
/** A feature's answer type, by name. */
export type ResultOf<N extends FeatureName> = ReturnType<(typeof FEATURES)[N]>;
/** A feature's parameters, by name (none for features that read only the document). */
export type ParamsOf<N extends FeatureName> = Parameters<(typeof FEATURES)[N]>[1];
