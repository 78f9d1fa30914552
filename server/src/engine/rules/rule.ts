import type { SowModel } from '../model/types';
import type { Playbook } from '../playbook/types';
import type { SourceText } from '../source';
import type { Fix, Range, RelatedLocation, Severity } from '../types';
import type { AbsenceTopic } from '../vocabulary/language';

const DOCS_BASE = 'https://github.com/demarc-dev/demarc/blob/main/docs/rules';

/** A rule option: its type decides how config, schema and settings validate it. */
export interface RuleOption {
  type: 'duration';
  default: string;
  description: string;
}

/** Values substituted into a message's `{{name}}` placeholders. */
export type MessageData = Record<string, string | number>;

export interface Report {
  messageId: string;
  data?: MessageData;
  range: Range;
  /** For rules whose findings differ in default severity (tool-access-missing). */
  severity?: Severity;
  related?: RelatedLocation[];
  /** A safe edit `--fix` applies: it may only restructure or re-use terms the document already holds. */
  fix?: Fix;
  /** Edits a person chooses between in the editor; anything that picks a term goes here. */
  suggestions?: Fix[];
}

export interface RuleContext {
  model: SowModel;
  source: SourceText;
  options: Readonly<Record<string, unknown>>;
  /** The organisation's positions, when its config states a playbook. */
  playbook?: Playbook;
  report(report: Report): void;
}

/** One rule: metadata beside its check, as in ESLint. The engine enforces what the metadata declares. */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: string;
  docs: string;
  /** Whether `--fix` can mend some of its findings; a fix from a rule that says false is an error. */
  fixable: boolean;
  /** Whether its findings carry suggestions; likewise enforced. */
  hasSuggestions: boolean;
  /** Message texts by id; `{{name}}` is replaced from the report's data. */
  messages: Readonly<Record<string, string>>;
  /**
   * The message ids that say something is missing (a section, a clause, a table, terms for a tool), and what
   * about. Demarc asserts them only of a document in a language whose words it holds for that topic: the engine
   * drops them for any other (model.language), which language-not-understood reports instead.
   */
  absence?: { messages: readonly string[]; topic: AbsenceTopic };
  options?: Readonly<Record<string, RuleOption>>;
  check(context: RuleContext): void;
}

export function defineRule(rule: Omit<Rule, 'docs'>): Rule {
  return { ...rule, docs: `${DOCS_BASE}/${rule.id}.md` };
}

/** A rule broke its own contract: a bug in Demarc, reported as the rule failing. */
class RuleContractError extends Error {}

/** Fills a message's placeholders; a missing id or value is a contract error, never a half-filled message. */
export function formatMessage(rule: Rule, messageId: string, data: MessageData = {}): string {
  const template = Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined;
  if (template === undefined) throw new RuleContractError(`${rule.id} reported an unknown message id "${messageId}"`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(data, name)) throw new RuleContractError(`${rule.id}/${messageId} has no value for {{${name}}}`);
    return String(data[name]);
  });
}

/** Checks a report against the rule's declared contract before it becomes a finding. */
export function checkContract(rule: Rule, report: Report): void {
  if (report.fix && report.fix.edits.length > 0 && !rule.fixable)
    throw new RuleContractError(`${rule.id} is not fixable but reported a fix`);
  if (report.suggestions?.some((s) => s.edits.length > 0) && !rule.hasSuggestions) {
    throw new RuleContractError(`${rule.id} does not declare hasSuggestions but reported suggestions`);
  }
}
