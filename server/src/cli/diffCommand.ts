import { execFile } from 'node:child_process';
import * as path from 'node:path';
import {
  comparisonView,
  compareVersions,
  findingView,
  renderComparison,
  tooLarge,
  type ComparedVersion,
  type ComparisonView,
  type DemarcConfig,
  type Finding,
  type FindingView,
  ConfigFileError,
} from '../engine';
import { analyseDocument, type DocumentResult } from '../document';
import { ConfigLocator, loadConfigFile } from '../node/configFiles';
import { readRegularFile } from '../node/readInput';
import { describeLocation, locate } from '../word/locate';
import type { DiffArgs } from './args';
import { formatDiffStylish } from './formats/diffStylish';
import type { CliIo } from './lint';
import { configOf, fileSizeLimit, unreadable } from './lintFile';
import { displayPath } from './paths';
import { wordReader } from './wordBundles';

/** One version that could not be compared: printed as one line naming it, and the run exits 2. */
class VersionError extends Error {}

interface Version extends ComparedVersion {
  name: string;
  document: DocumentResult;
}

/**
 * `demarc diff OLD NEW` and `demarc diff --git REV FILE`: what changed between two versions of a SOW, each
 * read as `demarc lint` reads it (Markdown or Word, its own config, the same limits). Exit 0, or 1 with
 * `--fail-on worse` when a change weakens a term or a finding is introduced; 2 when a version could not be read.
 */
export async function runDiff(args: DiffArgs, io: CliIo): Promise<number> {
  const file = path.resolve(io.cwd, args.file);
  const shown = displayPath(io.cwd, file);
  try {
    const given = args.config ? await loadConfigFile(path.resolve(io.cwd, args.config)) : undefined;
    const locator = new ConfigLocator();
    let old: Version;
    if ('git' in args.old) {
      // The file as it was: its own config as it is now, since the config at that revision is not read.
      const name = `${args.old.git}:${shown}`;
      old = await version(name, await atRevision(file, args.old.git, name), await configOf(file, given, locator), args.budgetMs);
    } else {
      const oldFile = path.resolve(io.cwd, args.old.file);
      const oldName = displayPath(io.cwd, oldFile);
      old = await version(oldName, await read(oldFile, oldName), await configOf(oldFile, given, locator), args.budgetMs);
    }
    const now = await version(shown, await read(file, shown), await configOf(file, given, locator), args.budgetMs);
    const view = present(old, now);
    io.stdout(args.format === 'stylish' ? formatDiffStylish(view, { color: args.color }) : renderComparison(view, args.format));
    return args.failOnWorse && view.weakens ? 1 : 0;
  } catch (e) {
    if (e instanceof VersionError) io.stderr(e.message);
    else if (e instanceof ConfigFileError) io.stderr(e.message);
    else throw e;
    return 2;
  }
}

async function read(file: string, shown: string): Promise<Buffer> {
  try {
    return (await readRegularFile(file, fileSizeLimit(file))).bytes;
  } catch (e) {
    throw new VersionError(`${shown}: ${unreadable(file, e).notAnalysed!.reason}`, { cause: e });
  }
}

/** Analysed through the one way in, as lint analyses it; a version not analysed, or with broken front matter, stops the run. */
async function version(name: string, bytes: Buffer, config: DemarcConfig | { error: string }, budgetMs?: number): Promise<Version> {
  // A name ending .docx (a path, or REV:path) is read as Word.
  const document = await analyseDocument({ name, bytes, config, budgetMs, word: wordReader });
  const model = document.analysis?.model;
  if (document.notAnalysed || !model) {
    const failure = document.notAnalysed;
    throw new VersionError(
      `${name}: not analysed: ${failure?.reason ?? 'internal error'}${failure?.kind === 'over-budget' ? ' (see --timeout)' : ''}`,
    );
  }
  if (document.problem) throw new VersionError(`${name}: ${document.problem}`);
  return { name, document, model, findings: document.analysis!.findings };
}

/** FILE's bytes at a git revision, read by git itself (no shell); one line naming the file when git cannot. */
function atRevision(file: string, revision: string, name: string): Promise<Buffer> {
  const limit = fileSizeLimit(file);
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['cat-file', 'blob', `${revision}:./${path.basename(file)}`],
      { cwd: path.dirname(file), encoding: 'buffer', maxBuffer: limit + 1, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        const reason =
          code === 'ENOENT'
            ? 'git is not installed (or not on PATH)'
            : code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
              ? tooLarge(limit + 1, limit).reason.replace(/^it is [\d.]+ MB, /, 'it is ')
              : stderr
                  .toString('utf8')
                  .trim()
                  .split('\n')[0]
                  .replace(/^fatal: /, '')
                  .replace(/\.$/, '') || error.message.split('\n')[0];
        reject(new VersionError(`${name}: git could not read it (${reason})`));
      },
    );
  });
}

/** The comparison as shown: a Word file's lines are its table rows, headings and paragraphs, and its findings say so. */
function present(old: Version, now: Version): ComparisonView {
  const comparison = compareVersions(old, now);
  const view = comparisonView(comparison, { old: old.name, new: now.name });
  const where = (v: Version, line: number | undefined) => {
    const lines = v.document.word?.lines;
    const at = lines && line !== undefined ? locate(lines, line - 1) : undefined;
    return at ? describeLocation(at) : undefined;
  };
  for (const c of view.changes) {
    const was = where(old, c.oldLine);
    const is = where(now, c.newLine);
    if (was) c.oldLocation = was;
    if (is) c.newLocation = is;
  }
  for (const n of view.notCompared) {
    const at = where(n.version === 'old' ? old : now, n.line);
    if (at) n.location = at;
  }
  view.findings.introduced = comparison.findings.introduced.map((f) => located(now, f));
  view.findings.resolved = comparison.findings.resolved.map((f) => located(old, f));
  return view;
}

/** A finding as lint shows it: on a Word file, with its message and place in Word terms. */
function located(v: Version, f: Finding): FindingView {
  const shown = findingView(f);
  const imported = v.document.word;
  if (!imported) return shown;
  // The Word path's findings are the engine's in the same order, after the import's notes.
  const placed = v.document.findings[imported.notes.length + v.findings.indexOf(f)];
  if (!placed) return shown;
  return { ...shown, message: placed.message, ...(placed.location ? { location: describeLocation(placed.location) } : {}) };
}
