import * as path from 'node:path';
import type { AnalyseOptions, DemarcConfig, Fix } from '../engine';
import { analyseDocument, type DocumentResult } from '../document';
import { ExistsError, writeNewFile } from '../node/atomicWrite';
import { ConfigLocator, loadConfigFile } from '../node/configFiles';
import { readRegularFile } from '../node/readInput';
import { describeLocation } from '../word/locate';
import { reviewDocx } from '../word/review/review';
import { countBySeverity } from '../engine';
import type { ConvertArgs } from './args';
import type { CliIo } from './lint';
import { displayPath } from './paths';
import { fileSizeLimit, unreadable } from './lintFile';
import { wordReader, wordWriter } from './wordBundles';

/**
 * `demarc import FILE.docx`: writes the SOW dialect beside it (or to `-o`, `-o -` for standard output).
 * Exit 0 when everything was carried over, 1 when it was written with notes to check (pictures, merged
 * cells, tracked changes: one line each), 2 when nothing was written.
 */
export async function runImport(args: ConvertArgs, io: CliIo): Promise<number> {
  return convert(args, io, defaultName(args.file, /\.docx$/i, '.sow.md'), async (file, config) => {
    const document = await analysed(file, config);
    const imported = document.word;
    // The import is the conversion; an analysis that then ran out of time still leaves it to write.
    if (!imported) throw new Error(`not analysed: ${document.notAnalysed?.reason ?? 'not a Word file'}`);
    const notes = imported.notes.map((n) => `${n.at ? `${describeLocation(n.at)}: ` : ''}${n.message}`);
    return { data: Buffer.from(imported.text, 'utf8'), notes };
  });
}

/** `demarc export FILE --format docx`: the SOW as a Word document with real tables; exit 0 written, 2 not. */
export async function runExport(args: ConvertArgs, io: CliIo): Promise<number> {
  return convert(args, io, defaultName(args.file, /(\.sow)?\.(md|markdown)$/i, '.docx'), async (file, config) => {
    const { sowToDocx, exportParser } = wordWriter();
    // Parsed once, with all of GFM so a bare URL is a link in Word too; the analysis reads the same tree.
    const parser = exportParser();
    const document = await analysed(file, config, parser);
    if (document.notAnalysed || !document.text || !parser.tree)
      throw new Error(`not analysed: ${document.notAnalysed?.reason ?? 'internal error'}`);
    return { data: await sowToDocx(parser.tree, document.analysis?.model), notes: [] };
  });
}

/**
 * `demarc review FILE.docx`: a copy of the document with one Word comment per finding (default
 * FILE.reviewed.docx). Exit 0 or 1 as lint would give for the findings, 2 when nothing was written.
 */
export async function runReview(args: ConvertArgs & { suggest?: boolean }, io: CliIo): Promise<number> {
  if (!/\.docx$/i.test(args.file)) {
    io.stderr(`${args.file}: demarc review takes a Word file (.docx)`);
    return 2;
  }
  if (args.output === '-') {
    io.stderr(`${args.file}: a reviewed Word file cannot go to standard output; name a file with -o`);
    return 2;
  }
  return convert(args, io, defaultName(args.file, /\.docx$/i, '.reviewed.docx'), async (file, config) => {
    const document = await analysed(file, config);
    if (document.notAnalysed || !document.word || !document.bytes)
      throw new Error(`not analysed: ${document.notAnalysed?.reason ?? 'not a Word file'}`);
    const reviewed = await reviewDocx(document.bytes, document.findings, document.word, {
      ...(args.suggest ? { suggestions: suggestionsOf(document) } : {}),
    });
    const { errors, warnings } = countBySeverity(document.findings);
    const infos = document.findings.length - errors - warnings;
    const replaced = reviewed.replaced > 0 ? `, replacing ${reviewed.replaced} from an earlier review` : '';
    const suggested = args.suggest
      ? `; ${reviewed.suggested} suggestion(s) as tracked changes${reviewed.unwritten > 0 ? `, ${reviewed.unwritten} named in their comments only` : ''}`
      : '';
    return {
      data: reviewed.bytes,
      notes: [],
      summary: `${reviewed.comments} Demarc comment(s): ${errors} error(s), ${warnings} warning(s), ${infos} info${replaced}${suggested}`,
      code: errors > 0 ? 1 : 0,
    };
  });
}

/**
 * Each located finding's suggestion for a tracked change: its first suggestion, else its fix. The import's
 * notes come first among the located findings and have none; the rest pair with the analysis's findings.
 */
function suggestionsOf(document: DocumentResult): (Fix | undefined)[] {
  const raw = document.analysis?.findings ?? [];
  const notes = document.findings.length - raw.length;
  if (notes !== (document.word?.notes.length ?? 0)) throw new Error('internal error: the findings do not pair with their analysis');
  return document.findings.map((_, i) => (i < notes ? undefined : (raw[i - notes].suggestions?.[0] ?? raw[i - notes].fix)));
}

/** The file read and analysed as `demarc lint` would, with the config the command resolved. */
async function analysed(
  file: string,
  config: DemarcConfig,
  parser?: AnalyseOptions['parser'],
): Promise<DocumentResult & { bytes?: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(file, fileSizeLimit(file))).bytes;
  } catch (e) {
    throw new Error(unreadable(file, e).notAnalysed!.reason, { cause: e });
  }
  return { ...(await analyseDocument({ name: file, bytes, config, word: wordReader, reuse: parser && { parser } })), bytes };
}

/** What a command writes, the lines to check, and (review) a summary and an exit code of its own. */
type Converter = (file: string, config: DemarcConfig) => Promise<{ data: Buffer; notes: string[]; summary?: string; code?: number }>;

async function convert(args: ConvertArgs, io: CliIo, defaultOutput: string, work: Converter): Promise<number> {
  const file = path.resolve(io.cwd, args.file);
  const output = args.output === '-' ? '-' : path.resolve(io.cwd, args.output ?? defaultOutput);
  if (output === file) {
    io.stderr(`${args.file}: the output would replace the input; name another file with -o`);
    return 2;
  }
  try {
    const config = args.config
      ? await loadConfigFile(path.resolve(io.cwd, args.config))
      : (await new ConfigLocator().configFor(file)).config;
    const { data, notes, summary, code } = await work(file, config);
    if (output === '-') io.stdout(data.toString('utf8'));
    else await writeNewFile(output, data, args.force);
    for (const note of notes) io.stderr(`${args.file}: ${note}`);
    if (output !== '-')
      io.stdout(
        `Wrote ${displayPath(io.cwd, output)}${summary ? `: ${summary}` : ''}${notes.length ? `; ${notes.length} thing(s) to check in the lines above` : ''}\n`,
      );
    return code ?? (notes.length > 0 ? 1 : 0);
  } catch (e) {
    io.stderr(`${e instanceof ExistsError ? displayPath(io.cwd, output) : args.file}: ${describe(e)}`);
    return 2;
  }
}

function defaultName(file: string, extension: RegExp, replacement: string): string {
  return extension.test(file) ? file.replace(extension, replacement) : file + replacement;
}

function describe(e: unknown): string {
  if (e instanceof ExistsError) return 'already exists; use --force to replace it';
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  return (err.message ?? String(e)).split('\n')[0];
}
