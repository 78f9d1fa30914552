/** The Demarc engine: text in, model and findings out. No LSP, no vscode, no file system. */
export { parseMarkdown } from './parse';
export { IncrementalParser } from './incremental';
export { analyze, compareFindings, DEFAULT_MAX_DOCUMENT_SIZE, NOT_ANALYSED } from './analyze';
export type { Analysis, AnalyzeOptions } from './analyze';
export { ConfigError, mergeConfigs, resolveRule, validateConfig } from './config';
export type { DemarcConfig, RuleSetting } from './config';
export { isSowFile, hasSowFrontMatter } from './detect';
export { applyEdits, fixAll, nonOverlappingFixes } from './fixes/apply';
export { RULES, RULES_BY_ID } from './rules';
export type { Rule } from './rules';
export { SourceText } from './source';
export { responsibilitySplit, splitToCsv, splitToMarkdown } from './export/responsibility';
export type { ResponsibilitySplit } from './export/responsibility';
export { escapeHtml, splitToHtml } from './export/html';
export { renderSplit, type SplitFormat } from './export/render';
export type * from './types';
export type * from './model/types';
