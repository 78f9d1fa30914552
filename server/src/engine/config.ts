import { RULES_BY_ID } from './rules';
import type { Severity } from './types';
import { parseDuration } from './vocabulary/duration';

export type RuleLevel = Severity | 'off';
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

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
    if (key !== 'rules' && key !== '$schema') throw new ConfigError(`unknown key "${key}" (expected "rules")`);
  }
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
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError(`rule "${id}": options must be an object`);
  for (const [name, value] of Object.entries(options)) {
    const spec = rule.options?.[name];
    if (!spec) throw new ConfigError(`rule "${id}" has no option "${name}"`);
    if (spec.type === 'duration' && (typeof value !== 'string' || !parseDuration(value))) {
      throw new ConfigError(`rule "${id}": option "${name}" must be a duration such as "30m" or "1 hour"`);
    }
  }
}

/** Later configs win, rule by rule; options merge so a level-only override keeps earlier options. */
export function mergeConfigs(...configs: (DemarcConfig | undefined)[]): DemarcConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const c of configs) {
    for (const [id, setting] of Object.entries(c?.rules ?? {})) {
      const [level, options] = Array.isArray(setting) ? setting : [setting];
      const before = rules[id];
      const beforeOptions = Array.isArray(before) ? before[1] : undefined;
      rules[id] = [level, { ...beforeOptions, ...options }];
    }
  }
  return { rules };
}

export function resolveRule(config: DemarcConfig | undefined, id: string): ResolvedRule {
  const rule = RULES_BY_ID.get(id);
  const defaults: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule?.options ?? {})) defaults[name] = spec.default;
  const setting = config?.rules?.[id];
  if (setting === undefined) return { level: rule?.defaultSeverity ?? 'error', explicit: false, options: defaults };
  const [level, options] = Array.isArray(setting) ? setting : [setting];
  return { level, explicit: true, options: { ...defaults, ...options } };
}
