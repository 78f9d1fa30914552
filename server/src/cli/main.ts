import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as path from 'node:path';
import { ConfigLocator, loadConfigFile } from '../node/configFiles';
import { showUnsafe, ConfigFileError } from '../engine';
import { readStream } from '../node/readInput';
import {
  parseDiffArgs,
  parseExportArgs,
  parseImportArgs,
  parseLintArgs,
  parseMatrixArgs,
  parseReviewArgs,
  parseRulesArgs,
  UsageError,
} from './args';
import { runDiff } from './diffCommand';
import { runInit } from './initCommand';
import { runLint, type CliIo } from './lint';
import { configOf, lintFile, type FileResult } from './lintFile';
import { NotAnalysedError, splitOfFile } from './matrixCommand';
import type { WorkerJob } from './pool';
import { formatRules } from './rulesCommand';
import { wordReader } from './wordBundles';

declare const DEMARC_VERSION: string | undefined;
const VERSION = typeof DEMARC_VERSION === 'string' ? DEMARC_VERSION : '0.0.0-dev';

const HELP = `Usage: demarc <command> [options]

Commands:
  lint [paths or globs...]   Lint SOW files (folders are searched; default .)
    -f, --format stylish|json|sarif|github   Output format (default stylish; github: workflow annotations)
    --max-warnings N                  Fail when there are more than N warnings
    -c, --config FILE                 Use this config instead of the nearest .demarcrc.json
    --fix                             Apply safe fixes in place (never a half-written file; see docs/limits.md)
    --quiet                           Report errors only
    --stdin [--stdin-filename NAME]   Lint standard input
    --concurrency auto|off|N          Worker threads for many files (default auto)
    --timeout SECONDS                 Time budget per file (default 10; 0 for none)
    --ext docx                        Folders also yield Word files (.docx)
    --suppress-all                    Accept today's findings in demarc-suppressions.json; fail only on new ones
    --prune-suppressions              Drop accepted findings that no longer occur
    --suppressions-location FILE      Where the suppressions file is (default ./demarc-suppressions.json)
    --cache                           Reuse results of files unchanged since the last run (same bytes, config, build)
    --cache-location FILE             Where the cache is (default ./.demarccache)
  rules [--format table|json]        List the rule catalogue
  matrix FILE [--format md|csv|json|html]   Export the responsibility split
  import FILE.docx [-o OUT|-] [--force]      Word SOW to the SOW dialect (default FILE.sow.md)
  export FILE --format docx [-o OUT] [--force]   SOW to a Word document (default FILE.docx)
  review FILE.docx [-o OUT] [--force]        A copy of the Word SOW with one Word comment per finding
         [--suggest]                         (default FILE.reviewed.docx; see docs/word.md); --suggest also
                                             writes each finding's suggestion as a tracked change
  init [--force]                     A .demarcrc.json here, its $schema the schema written beside it
                                     (.demarcrc.schema.json, refreshed; an existing config kept unless --force)
  diff OLD NEW | diff --git REV FILE      What changed in the responsibility split (see docs/diff.md)
    -f, --format stylish|json|md|html     Output format (default stylish)
    --fail-on worse                       Exit 1 when a change weakens a term or introduces a finding
    -c, --config FILE / --timeout SECONDS As for lint

Exit codes: 0 clean, 1 findings fail the run, 2 usage, config or I/O error, or a file not analysed.
import: 0 carried over whole, 1 written with things to check (listed), 2 nothing written.
review: 0 or 1 as lint gives for the findings, 2 nothing written.
diff: 0 compared, 1 with --fail-on worse and a weakening change, 2 a version could not be read.
`;

async function main(argv: string[]): Promise<number> {
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    // File names and document text reach these lines: a newline or escape in them must not forge or erase output.
    stderr: (l) => process.stderr.write(`demarc: ${showUnsafe(l)}\n`),
    readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
    version: VERSION,
    workerScript: __filename,
  };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await runLint(parseLintArgs(rest, process.stdout.isTTY === true && !process.env.NO_COLOR), io);
      case 'rules':
        io.stdout(formatRules(parseRulesArgs(rest).format));
        return 0;
      case 'matrix': {
        const args = parseMatrixArgs(rest);
        const file = path.resolve(io.cwd, args.file);
        try {
          const config = args.config ? await loadConfigFile(path.resolve(io.cwd, args.config)) : undefined;
          const { content, problem } = await splitOfFile(file, args.format, await configOf(file, config, new ConfigLocator()));
          io.stdout(content);
          if (problem) io.stderr(`${args.file}: ${problem}`);
          return problem ? 2 : 0;
        } catch (e) {
          io.stderr(e instanceof ConfigFileError ? e.message : `${args.file}: ${describeError(e)}`);
          return 2;
        }
      }
      case 'init':
        // dist/cli.js and server/schemas/ sit side by side in the checkout and in the package.
        return await runInit(rest, io, path.join(__dirname, '..', 'server', 'schemas', 'demarcrc.schema.json'));
      case 'diff':
        return await runDiff(parseDiffArgs(rest, process.stdout.isTTY === true && !process.env.NO_COLOR), io);
      // The Word converters (dist/word.js) load only for these commands and for a .docx in lint.
      case 'import':
        return await wordReader().runImport(parseImportArgs(rest), io);
      case 'export':
        return await wordReader().runExport(parseExportArgs(rest), io);
      case 'review':
        return await wordReader().runReview(parseReviewArgs(rest), io);
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(
          `unknown command "${command}" (expected lint, rules, matrix, import, export, review, diff or init; see demarc --help)`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(e.message);
      return 2;
    }
    io.stderr(`internal error: ${describeError(e)}`);
    return 2;
  }
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file';
  if (e instanceof NotAnalysedError) return `not analysed: ${e.message}`;
  return (err.message ?? String(e)).split('\n')[0];
}

/** In a worker thread this same script lints its share of files, posting each result as it is done. */
async function workerMain(job: WorkerJob): Promise<void> {
  const locator = new ConfigLocator();
  for (const file of job.files) parentPort?.postMessage((await lintFile(file, job.options, locator)) satisfies FileResult);
}

if (!isMainThread) {
  void workerMain(workerData as WorkerJob);
} else {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
