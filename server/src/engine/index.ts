/** The Demarc engine: text in, model and findings out. No LSP, no vscode, no file system. */
export { parseInRegions, parseMarkdown, parseWhole } from './parse';
export { IncrementalParser } from './incremental';
export { TableCache } from './model/tableCache';
export {
  analyse,
  countBySeverity,
  DEFAULT_MAX_DOCUMENT_SIZE,
  failureOf,
  NOT_ANALYSED,
  notAnalysedFinding,
  notAnalysedText,
  tooLarge,
} from './analyse';
export type { Analysis, AnalyseOptions, NotAnalysed } from './analyse';
export { ConfigError, mergeConfigs, optionsOnly, validateConfig } from './config';
export type { DemarcConfig } from './config';
export { CONFIG_FILE_NAME, ConfigFileError, configOfText, MAX_CONFIG_BYTES, whereIn } from './configText';
export { playbookChecklist, type PlaybookChecklist } from './playbook/assess';
export { hasSowFrontMatter, hasSowName, isSowFile, sowHeadVerdict } from './detect';
export { applyEdits, fixAll } from './fixes/apply';
export { formatTables } from './format/formatTables';
export { findingIdentities } from './fingerprint';
export { RULES, RULES_BY_ID } from './rules';
export type { Rule } from './rules';
export { SourceText } from './source';
export { responsibilitySplit, splitToCsv } from './export/responsibility';
export { renderSplit, type SplitFormat } from './export/render';
export { safeJson, showUnsafe } from './export/visible';
export { compareVersions, weakeningFirst } from './compare/compare';
export {
  byGroup,
  comparisonView,
  describeChange,
  describeNotCompared,
  describePlace,
  findingView,
  kindLabel,
  summarise,
} from './compare/view';
export type { ChangeView, ComparisonView, FindingView } from './compare/view';
export { renderComparison } from './compare/render';
export type * from './compare/types';
export { htmlTableTexts } from './model/grid';
export { ACCESS_CHOICES } from './vocabulary/access';
export { DURATION_CHOICES } from './vocabulary/duration';
export { COMMON_FUNCTIONS, SECTION_TITLES } from './vocabulary/functions';
export { PRIORITY_CHOICES } from './vocabulary/priority';
export { formatRaci, RACI_CHOICES, strongestRole } from './vocabulary/raci';
export {
  ENGAGEMENT_MODELS,
  engagementModelOf,
  FRONT_MATTER_LABELS,
  frontMatterKeyOfLabel,
  showFrontMatterValue,
} from './model/frontMatter';
export { roleOfWord } from './vocabulary/parties';
export { sectionTopicAt, type SectionTopic } from './vocabulary/sectionTopics';
export {
  describeOwnership,
  disableEdits,
  disableScopes,
  impliedEngagementModel,
  playbookPositionOf,
  readTables,
  tableAt,
  tableRowCells,
} from './queries';
export { cellNote, contains, describeServiceLevel, describeTool, readingAt, sectionTitleAt } from './reading';
export type * from './types';
export type * from './model/types';
