import { parseArgs } from 'node:util';

export class UsageError extends Error {}

const FORMATS = {
  lint: ['stylish', 'json', 'sarif', 'github'],
  rules: ['table', 'json'],
  matrix: ['md', 'csv', 'json', 'html'],
  export: ['docx'],
  diff: ['stylish', 'json', 'md', 'html'],
} as const;

export interface LintArgs {
  patterns: string[];
  format: (typeof FORMATS.lint)[number];
  maxWarnings?: number;
  config?: string;
  fix: boolean;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  concurrency: string;
  color: boolean;
  /** Milliseconds per file; Infinity with `--timeout 0`. */
  budgetMs?: number;
  /** `--ext docx`: folder walks also yield Word files. */
  word: boolean;
  /** The suppressions file (default demarc-suppressions.json in the working folder). */
  suppressionsLocation?: string;
  suppressAll: boolean;
  pruneSuppressions: boolean;
  /** `--cache`: reuse results of files unchanged since the last run (`--cache-location`, default .demarccache). */
  cache: boolean;
  cacheLocation?: string;
}

export function parseLintArgs(argv: string[], colorDefault: boolean): LintArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f', default: 'stylish' },
    'max-warnings': { type: 'string' },
    config: { type: 'string', short: 'c' },
    fix: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    stdin: { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
    concurrency: { type: 'string', default: 'auto' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    timeout: { type: 'string' },
    ext: { type: 'string' },
    'suppress-all': { type: 'boolean', default: false },
    'prune-suppressions': { type: 'boolean', default: false },
    'suppressions-location': { type: 'string' },
    cache: { type: 'boolean', default: false },
    'cache-location': { type: 'string' },
  });
  const format = oneOf(values.format as string, FORMATS.lint, '--format');
  if (values['suppress-all'] && values['prune-suppressions'])
    throw new UsageError('--suppress-all and --prune-suppressions go one at a time');
  if (values.ext !== undefined) oneOf(values.ext as string, ['docx'], '--ext');
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number, 0 or more');
  }
  const budgetMs = parseTimeout(values.timeout as string | undefined);
  const concurrency = values.concurrency as string;
  if (!/^(auto|off|\d+)$/.test(concurrency)) throw new UsageError('--concurrency takes auto, off or a number of threads');
  if (values.stdin && values.fix) throw new UsageError('--fix cannot be used with --stdin (there is no file to write)');
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin reads standard input; do not give paths as well');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename goes with --stdin');
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location goes with --cache');
  return {
    patterns: positionals.length > 0 ? positionals : ['.'],
    format,
    maxWarnings,
    config: values.config as string | undefined,
    fix: values.fix as boolean,
    quiet: values.quiet as boolean,
    stdin: values.stdin as boolean,
    stdinFilename: values['stdin-filename'] as string | undefined,
    concurrency,
    color: values['no-color'] ? false : ((values.color as boolean | undefined) ?? colorDefault),
    budgetMs,
    word: values.ext === 'docx',
    suppressionsLocation: values['suppressions-location'] as string | undefined,
    cache: values.cache === true && !values.stdin,
    cacheLocation: values['cache-location'] as string | undefined,
    suppressAll: values['suppress-all'] as boolean,
    pruneSuppressions: values['prune-suppressions'] as boolean,
  };
}

/** `--timeout SECONDS`: milliseconds per file; Infinity with 0. */
function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(seconds))
    throw new UsageError('--timeout takes seconds per file, e.g. 10 or 0.5; 0 for no limit');
  return seconds === 0 ? Infinity : seconds * 1000;
}

export function parseRulesArgs(argv: string[]): { format: (typeof FORMATS.rules)[number] } {
  const { values, positionals } = parse(argv, { format: { type: 'string', short: 'f', default: 'table' } });
  if (positionals.length > 0) throw new UsageError(`demarc rules takes no paths (got "${positionals[0]}")`);
  return { format: oneOf(values.format as string, FORMATS.rules, '--format') };
}

export function parseMatrixArgs(argv: string[]): { file: string; format: (typeof FORMATS.matrix)[number]; config?: string } {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f', default: 'md' },
    config: { type: 'string', short: 'c' },
  });
  if (positionals.length !== 1) throw new UsageError('demarc matrix takes exactly one SOW file');
  return {
    file: positionals[0],
    format: oneOf(values.format as string, FORMATS.matrix, '--format'),
    config: values.config as string | undefined,
  };
}

/** `demarc diff OLD NEW`, or `demarc diff --git REV FILE`: FILE at a git revision against the working copy. */
export interface DiffArgs {
  old: { file: string } | { git: string };
  file: string;
  format: (typeof FORMATS.diff)[number];
  failOnWorse: boolean;
  config?: string;
  color: boolean;
  /** Milliseconds per version; Infinity with `--timeout 0`. */
  budgetMs?: number;
}

export function parseDiffArgs(argv: string[], colorDefault: boolean): DiffArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f', default: 'stylish' },
    git: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    timeout: { type: 'string' },
  });
  const git = values.git as string | undefined;
  if (git !== undefined && (git === '' || git.startsWith('-')))
    throw new UsageError(`--git takes a revision (a branch, tag or commit; got "${git}")`);
  if (git !== undefined ? positionals.length !== 1 : positionals.length !== 2)
    throw new UsageError('demarc diff takes two SOW files (OLD NEW), or --git REV and one SOW file');
  if (values['fail-on'] !== undefined) oneOf(values['fail-on'] as string, ['worse'], '--fail-on');
  return {
    old: git !== undefined ? { git } : { file: positionals[0] },
    file: positionals[positionals.length - 1],
    format: oneOf(values.format as string, FORMATS.diff, '--format'),
    failOnWorse: values['fail-on'] === 'worse',
    config: values.config as string | undefined,
    color: values['no-color'] ? false : ((values.color as boolean | undefined) ?? colorDefault),
    budgetMs: parseTimeout(values.timeout as string | undefined),
  };
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse(argv: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/** `demarc import FILE.docx` and `demarc export FILE --format docx`: one file in, one written out. */
export interface ConvertArgs {
  file: string;
  output?: string;
  force: boolean;
  config?: string;
}

export function parseImportArgs(argv: string[]): ConvertArgs {
  const { values, positionals } = parse(argv, CONVERT_OPTIONS);
  if (positionals.length !== 1) throw new UsageError('demarc import takes exactly one Word file (.docx)');
  return convertArgs(positionals[0], values);
}

export function parseReviewArgs(argv: string[]): ConvertArgs & { suggest: boolean } {
  const { values, positionals } = parse(argv, { ...CONVERT_OPTIONS, suggest: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('demarc review takes exactly one Word file (.docx)');
  return { ...convertArgs(positionals[0], values), suggest: values.suggest === true };
}

export function parseExportArgs(argv: string[]): ConvertArgs & { format: (typeof FORMATS.export)[number] } {
  const { values, positionals } = parse(argv, { ...CONVERT_OPTIONS, format: { type: 'string', short: 'f', default: 'docx' } });
  if (positionals.length !== 1) throw new UsageError('demarc export takes exactly one SOW file');
  return { ...convertArgs(positionals[0], values), format: oneOf(values.format as string, FORMATS.export, '--format') };
}

const CONVERT_OPTIONS: Options = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
  config: { type: 'string', short: 'c' },
};

function convertArgs(file: string, values: Record<string, string | boolean | undefined>): ConvertArgs {
  return { file, output: values.output as string | undefined, force: values.force === true, config: values.config as string | undefined };
}
