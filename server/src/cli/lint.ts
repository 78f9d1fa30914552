import * as path from 'node:path';
import { loadConfigFile } from '../node/configFiles';
import { countBySeverity, type DemarcConfig, ConfigFileError } from '../engine';
import { TooLargeError } from '../node/readInput';
import type { LintArgs } from './args';
import { buildIdentity, CACHE_FILE, LintCache } from './cache';
import { findSowFiles, nameOf, type FilePath } from './files';
import { displayPath } from './paths';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import { configOf, fileResult, fileSizeLimit, isWordFile, lintBytes, unreadable, type FileResult } from './lintFile';
import { lintFiles, workerCount } from './pool';
import {
  applySuppressions,
  pruneSuppressions,
  readSuppressions,
  suppressAll,
  SuppressionsError,
  SUPPRESSIONS_FILE,
  writeSuppressions,
  type Suppressions,
} from './suppressions';
import { ConfigLocator } from '../node/configFiles';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  /** One line per problem, prefixed with the tool's name. */
  stderr(line: string): void;
  /** Standard input, refused past `maxBytes` (TooLargeError). */
  readStdin(maxBytes: number): Promise<Buffer>;
  version: string;
  workerScript: string;
}

/** `demarc lint`: exit 0 clean, 1 findings fail the run, 2 a file or config could not be read. */
export async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  let config: DemarcConfig | undefined;
  if (args.config) {
    try {
      config = await loadConfigFile(path.resolve(io.cwd, args.config));
    } catch (e) {
      io.stderr(e instanceof ConfigFileError ? e.message : String(e));
      return 2;
    }
  }
  let results: FileResult[];
  let hadIoError = false;
  if (args.stdin) {
    const name = path.resolve(io.cwd, args.stdinFilename ?? '<stdin>');
    try {
      const bytes = await io.readStdin(fileSizeLimit(name));
      results = [await lintBytes(name, bytes, { config: await configOf(name, config, new ConfigLocator()), budgetMs: args.budgetMs })];
    } catch (e) {
      if (e instanceof TooLargeError) results = [fileResult(unreadable(name, e))];
      else {
        io.stderr(`${args.stdinFilename ?? '<stdin>'}: ${(e as Error).message}`);
        return 2;
      }
    }
  } else {
    const { files, errors } = await findSowFiles(args.patterns, io.cwd, args.word);
    for (const e of errors) io.stderr(e);
    hadIoError = errors.length > 0;
    results = await lintWithCache(files, config, args, io);
  }
  for (const r of results) {
    // A Word file is never rewritten; its suggestions are for a reviewer to accept in Word.
    if (args.fix && isWordFile(r.filePath) && !r.error)
      io.stderr(
        `${displayPath(io.cwd, r.filePath)}: --fix changes nothing in a Word file; \`demarc review --suggest\` writes its suggestions as tracked changes`,
      );
    if (r.error) {
      io.stderr(`${displayPath(io.cwd, r.filePath)}: ${r.error}`);
      hadIoError = true;
    }
  }
  const baseline = await suppress(results, args, io);
  if (baseline === 'failed') return 2;
  results = baseline;
  const shown = args.quiet ? results.map(errorsOnly) : results;
  io.stdout(format(shown, args, io));
  if (hadIoError) return 2;
  const { errors, warnings } = countBySeverity(results.flatMap((r) => r.findings));
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    if (args.format === 'stylish') io.stderr(`too many warnings (${warnings}); the maximum is ${args.maxWarnings}`);
    return 1;
  }
  return 0;
}

/** Lints the files, taking from `--cache` the results of those unchanged since the last run and keeping the new ones. */
async function lintWithCache(files: FilePath[], config: DemarcConfig | undefined, args: LintArgs, io: CliIo): Promise<FileResult[]> {
  const options = { config, fix: args.fix, budgetMs: args.budgetMs };
  if (!args.cache) return lintFiles(files, options, workerCount(files.length, args.concurrency), io.workerScript);
  const location = path.resolve(io.cwd, args.cacheLocation ?? CACHE_FILE);
  const shown = displayPath(io.cwd, location);
  const cache = await LintCache.open(location, await buildIdentity(io.version, io.workerScript), (line) => io.stderr(`${shown}: ${line}`));
  const locator = new ConfigLocator();
  const names = files.map(nameOf);
  const keys = await Promise.all(files.map((f, i) => cache.keyOf(f, names[i], config, locator)));
  // --fix must run on every file: a kept result says nothing of what a fix would write.
  const kept = names.map((name, i) => (args.fix ? undefined : cache.get(name, keys[i])));
  const missing = files.filter((_, i) => !kept[i]);
  const fresh = await lintFiles(missing, options, workerCount(missing.length, args.concurrency), io.workerScript);
  let next = 0;
  const results = kept.map((r) => r ?? fresh[next++]);
  // A fixed file's key was taken before the fix: its result is kept on the next run instead.
  results.forEach((r, i) => cache.set(names[i], r.fixed ? undefined : keys[i], r));
  try {
    await cache.save();
  } catch (e) {
    io.stderr(`${shown}: not written (${(e as Error).message.split('\n')[0]}); the next run lints every file`);
  }
  return results;
}

const errorsOnly = (r: FileResult): FileResult => {
  const kept = r.findings.flatMap((f, i) => (f.severity === 'error' ? [i] : []));
  return { ...r, findings: kept.map((i) => r.findings[i]), fingerprints: kept.map((i) => r.fingerprints[i]) };
};

/** Writes, prunes or applies the suppressions file; 'failed' when it cannot be read or written (said on one line). */
async function suppress(results: FileResult[], args: LintArgs, io: CliIo): Promise<FileResult[] | 'failed'> {
  const location = path.resolve(io.cwd, args.suppressionsLocation ?? SUPPRESSIONS_FILE);
  const shown = displayPath(io.cwd, location);
  try {
    let written: Suppressions | undefined;
    if (args.suppressAll) {
      // Files not analysed are not accepted: they still fail the run.
      written = suppressAll(results, location);
      await writeSuppressions(location, written);
      const count = Object.values(written.files).reduce((n, e) => n + Object.values(e).reduce((m, x) => m + x.count, 0), 0);
      io.stderr(`${shown}: ${count} finding(s) accepted`);
    }
    const suppressions = written ?? (await readSuppressions(location, shown));
    if (!suppressions) {
      if (args.pruneSuppressions || args.suppressionsLocation) io.stderr(`${shown}: no such file`);
      return args.pruneSuppressions || args.suppressionsLocation ? 'failed' : results;
    }
    const kept = args.pruneSuppressions ? pruneSuppressions(suppressions, results, location) : suppressions;
    if (args.pruneSuppressions) await writeSuppressions(location, kept);
    const applied = applySuppressions(results, kept, location);
    if (applied.unused > 0 && !args.pruneSuppressions)
      io.stderr(`${shown}: ${applied.unused} accepted finding(s) no longer occur; run with --prune-suppressions to drop them`);
    return applied.results;
  } catch (e) {
    io.stderr(e instanceof SuppressionsError ? e.message : `${shown}: ${(e as Error).message}`);
    return 'failed';
  }
}

function format(results: FileResult[], args: LintArgs, io: CliIo): string {
  switch (args.format) {
    case 'github':
      return formatGithub(results, { cwd: io.cwd });
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, { cwd: io.cwd, version: io.version });
    default:
      return formatStylish(results, { color: args.color, cwd: io.cwd });
  }
}
