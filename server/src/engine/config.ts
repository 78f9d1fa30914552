import { RULES_BY_ID } from './rules';
import type { Severity } from './types';
import { isDurationOption, parseDuration } from './vocabulary/duration';

/** The longest duration an option may state: 30 days. */
const MAX_DURATION_MINUTES = 30 * 24 * 60;

type RuleLevel = Severity | 'off';
/**
 * As written in `.demarcrc.json`; inside the engine a setting may also be `['default', options]`, the
 * form for options set without a level (the editor's `demarc.maxP1Response`), so no default is copied.
 */
type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel | 'default', Record<string, unknown>];

/** The shape of `.demarcrc.json` (and of the editor's `demarc.*` settings once merged). */
export interface DemarcConfig {
  rules?: Record<string, RuleSetting>;
}

export interface ResolvedRule {
  level: RuleLevel;
  /** True when the config set the level, which then applies to all of the rule's findings. */
  explicit: boolean;
  options: Record<string, unknown>;
}

const LEVELS: readonly string[] = ['error', 'warning', 'info', 'off'];

export class ConfigError extends Error {}

/** Checks a parsed config; throws ConfigError with a one-line reason. */
export function validateConfig(raw: unknown): DemarcConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('must be a JSON object');
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== '$schema' && key !== 'root') throw new ConfigError(`unknown key "${key}" (expected "rules")`);
  }
  if (!['undefined', 'boolean'].includes(typeof (raw as { root?: unknown }).root)) throw new ConfigError('"root" must be true or false');
  const rules = (raw as { rules?: unknown }).rules;
  if (rules === undefined) return {};
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw new ConfigError('"rules" must be an object');
  for (const [id, setting] of Object.entries(rules)) validateSetting(id, setting);
  return { rules: rules as Record<string, RuleSetting> };
}

function validateSetting(id: string, setting: unknown): void {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new ConfigError(`unknown rule "${id}"`);
  const [level, options, ...rest] = Array.isArray(setting) ? setting : [setting];
  if (typeof level !== 'string' || !LEVELS.includes(level) || rest.length > 0) {
    throw new ConfigError(`rule "${id}": expected "error", "warning", "info" or "off", or [level, options]`);
  }
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new ConfigError(`rule "${id}": options must be an object`);
  for (const [name, value] of Object.entries(options)) {
    const spec = rule.options && Object.hasOwn(rule.options, name) ? rule.options[name] : undefined;
    if (!spec) throw new ConfigError(`rule "${id}" has no option "${name}"`);
    if (spec.type === 'duration' && !isDurationOption(value)) {
      throw new ConfigError(`rule "${id}": option "${name}" must be a duration such as "30m" or "1 hour"`);
    }
    // A limit no contract sets ("1000000000 minutes") would overflow the arithmetic that compares times.
    const minutes = spec.type === 'duration' ? parseDuration(String(value))?.minutes : undefined;
    if (spec.type === 'duration' && (minutes === undefined || minutes <= 0 || minutes > MAX_DURATION_MINUTES))
      throw new ConfigError(`rule "${id}": option "${name}" must be a duration between 1 minute and 30 days, not "${String(value)}"`);
  }
}

/** Later configs win, rule by rule; options merge so a level-only override keeps earlier options. */
export function mergeConfigs(...configs: (DemarcConfig | undefined)[]): DemarcConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const c of configs) {
    for (const [id, setting] of Object.entries(c?.rules ?? {})) {
      const [level, options] = Array.isArray(setting) ? setting : [setting];
      const before = Object.hasOwn(rules, id) ? rules[id] : undefined;
      const [beforeLevel, beforeOptions] = Array.isArray(before) ? before : [before];
      rules[id] = [level === 'default' && beforeLevel !== undefined ? beforeLevel : level, { ...beforeOptions, ...options }];
    }
  }
  return { rules };
}

/** Options for one rule without touching its level: the rule keeps its default severity. */
export function optionsOnly(id: string, options: Record<string, unknown>): DemarcConfig {
  validateConfig({ rules: { [id]: ['off', options] } });
  return { rules: { [id]: ['default', options] } };
}

export function resolveRule(config: DemarcConfig | undefined, id: string): ResolvedRule {
  const rule = RULES_BY_ID.get(id);
  const defaults: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule?.options ?? {})) defaults[name] = spec.default;
  const rules = config?.rules;
  const setting = rules && Object.hasOwn(rules, id) ? rules[id] : undefined;
  if (setting === undefined) return { level: rule?.defaultSeverity ?? 'error', explicit: false, options: defaults };
  const [level, options] = Array.isArray(setting) ? setting : [setting];
  if (level === 'default') return { level: rule?.defaultSeverity ?? 'error', explicit: false, options: { ...defaults, ...options } };
  return { level, explicit: true, options: { ...defaults, ...options } };
}
