import type { SowModel } from '../model/types';
import type { SourceText } from '../source';
import type { Fix, Range, RelatedLocation, Severity } from '../types';

export const DOCS_BASE = 'https://github.com/demarc-dev/demarc/blob/main/docs/rules';

export interface RuleOption {
  type: 'duration';
  default: string;
  description: string;
}

export interface Report {
  message: string;
  range: Range;
  /** For rules whose findings differ in default severity (tool-access-missing). */
  severity?: Severity;
  related?: RelatedLocation[];
  fix?: Fix;
  suggestions?: Fix[];
}

export interface RuleContext {
  model: SowModel;
  source: SourceText;
  options: Record<string, unknown>;
  report(report: Report): void;
}

/** One rule: metadata beside its check, as in ESLint. */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: string;
  docs: string;
  /** Whether `--fix` can mend some of its findings. */
  fixable: boolean;
  options?: Record<string, RuleOption>;
  check(context: RuleContext): void;
}

export function defineRule(rule: Omit<Rule, 'docs'>): Rule {
  return { ...rule, docs: `${DOCS_BASE}/${rule.id}.md` };
}
