import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { configSchema, LEVELS } from './configSchema';
import type { Playbook } from './playbook/types';
import { RULES_BY_ID } from './rules';
import type { Severity } from './types';
import { parseDuration } from './vocabulary/duration';

/** The longest duration an option may state: 30 days. */
const MAX_DURATION_MINUTES = 30 * 24 * 60;

type RuleLevel = Severity | 'off';
/**
 * As written in `.demarcrc.json`; inside the engine a setting may also be `['default', options]`, the
 * form for options set without a level (the editor's `demarc.maxP1Response`), so no default is copied.
 */
type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel | 'default', Record<string, unknown>];

/** The shape of `.demarcrc.json` once its `extends` are resolved (and of the editor's `demarc.*` settings, merged). */
export interface DemarcConfig {
  rules?: Record<string, RuleSetting>;
  playbook?: Playbook;
}

/** A config as written: it may build on others (resolved by the adapter that reads files). */
export interface WrittenConfig extends DemarcConfig {
  extends?: string | string[];
  root?: boolean;
}

export interface ResolvedRule {
  level: RuleLevel;
  /** True when the config set the level, which then applies to all of the rule's findings. */
  explicit: boolean;
  options: Record<string, unknown>;
}

/** A config that is not valid: a one-line reason, and where in the JSON it stands. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The JSON path of the value at fault, e.g. ["rules", "p1-response-slow", 1, "maxP1Response"]. */
    readonly path: (string | number)[] = [],
  ) {
    super(message);
  }
}

let validator: ValidateFunction | undefined;

/** "rules.p1-response-slow[1].maxP1Response". */
export function showPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Checks a parsed config against the schema; throws ConfigError with a one-line reason and its JSON path. */
export function validateConfig(raw: unknown): WrittenConfig {
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(configSchema());
  if (!validator(raw)) throw explain(validator.errors ?? []);
  const config = raw as WrittenConfig;
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const [, options] = Array.isArray(setting) ? setting : [setting];
    for (const [name, value] of Object.entries(options ?? {})) checkDuration(String(value), ['rules', id, 1, name], `rule "${id}": option "${name}"`);
  }
  for (const [label, position] of Object.entries(config.playbook?.serviceLevels ?? {}))
    if (position.response) checkDuration(position.response, ['playbook', 'serviceLevels', label, 'response'], `playbook service level "${label}"`);
  if (config.playbook?.exit?.within) checkDuration(config.playbook.exit.within, ['playbook', 'exit', 'within'], 'playbook exit "within"');
  return config;
}

/** A limit no contract sets ("1000000000 minutes") would overflow the arithmetic that compares times. */
function checkDuration(value: string, path: (string | number)[], what: string): void {
  const minutes = parseDuration(value)?.minutes;
  if (minutes === undefined || minutes <= 0 || minutes > MAX_DURATION_MINUTES)
    throw new ConfigError(`${what} must be a duration between 1 minute and 30 days, not "${value}"`, path);
}

/** ajv's first error in words a person reads: what is wrong, and at which key. */
function explain(errors: ErrorObject[]): ConfigError {
  // oneOf reports each branch; the deepest error says most.
  const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  const [top, id, , option] = path;
  if (error.keyword === 'additionalProperties' && extra !== undefined) {
    if (path.length === 0) return new ConfigError(`unknown key "${extra}" (expected "rules", "extends", "playbook" or "root")`, [extra]);
    if (top === 'rules' && path.length === 1) return new ConfigError(`unknown rule "${extra}"`, [...path, extra]);
    if (top === 'rules') return new ConfigError(`rule "${id}" has no option "${extra}"`, [...path, extra]);
    return new ConfigError(`unknown key "${extra}" at ${showPath(path)}`, [...path, extra]);
  }
  if (top === 'root') return new ConfigError('"root" must be true or false', path);
  if (top === 'extends') return new ConfigError('"extends" must be a file path, a package or a preset name (demarc:buyer), or a list of them', path);
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  if (error.keyword === 'enum' && allowed) return new ConfigError(`${showPath(path)} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`, path);
  if (top === 'rules' && option !== undefined && error.keyword === 'pattern')
    return new ConfigError(`rule "${id}": option "${option}" must be a duration such as "30m" or "1 hour"`, path);
  if (top === 'rules' && id !== undefined)
    return new ConfigError(`rule "${id}": expected ${LEVELS.map((l) => `"${l}"`).join(', ')}, or [level, options]`, path.slice(0, 2));
  if (error.keyword === 'pattern') return new ConfigError(`${showPath(path)} must be a duration such as "30m" or "1 hour"`, path);
  if (path.length === 0) return new ConfigError(`must be a JSON object`, path);
  return new ConfigError(`${showPath(path)} ${error.message ?? 'is not valid'}`, path);
}

/** Later configs win: rule by rule (options merge, so a level-only override keeps earlier options), and position by position in a playbook. */
export function mergeConfigs(...configs: (DemarcConfig | undefined)[]): DemarcConfig {
  const rules: Record<string, RuleSetting> = {};
  let playbook: Playbook | undefined;
  for (const c of configs) {
    for (const [id, setting] of Object.entries(c?.rules ?? {})) {
      const [level, options] = Array.isArray(setting) ? setting : [setting];
      const before = Object.hasOwn(rules, id) ? rules[id] : undefined;
      const [beforeLevel, beforeOptions] = Array.isArray(before) ? before : [before];
      rules[id] = [level === 'default' && beforeLevel !== undefined ? beforeLevel : level, { ...beforeOptions, ...options }];
    }
    if (c?.playbook) playbook = mergePlaybooks(playbook, c.playbook);
  }
  return playbook ? { rules, playbook } : { rules };
}

function mergePlaybooks(a: Playbook | undefined, b: Playbook): Playbook {
  if (!a) return b;
  const clauses = new Map([...(a.clauses ?? []), ...(b.clauses ?? [])].map((c) => [c.id, c]));
  return {
    name: b.name ?? a.name,
    functions: { ...a.functions, ...b.functions },
    serviceLevels: { ...a.serviceLevels, ...b.serviceLevels },
    tools: { ...a.tools, ...b.tools },
    exit: a.exit || b.exit ? { ...a.exit, ...b.exit } : undefined,
    clauses: clauses.size ? [...clauses.values()] : undefined,
  };
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
