import { promises as fs } from 'node:fs';
import { analyze, DEFAULT_MAX_DOCUMENT_SIZE, fixAll, type DemarcConfig, type Finding } from '../engine';
import { ReadOnlyError, writeFileAtomic } from '../node/atomicWrite';
import { ConfigFileError, ConfigLocator } from '../node/configFiles';
import { decodeText, DecodeError, encodeText } from '../node/decode';

export interface LintFileOptions {
  /** From `--config`: used for every file instead of the nearest `.demarcrc.json`. */
  config?: DemarcConfig;
  fix?: boolean;
  maxFileSize?: number;
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** A one-line problem that fails the run with exit code 2 (I/O, encoding, config, YAML). */
  error?: string;
  fixed?: number;
}

/** Lints one file from disk; never throws, so one bad file cannot stop a run. */
export async function lintFile(filePath: string, options: LintFileOptions, locator: ConfigLocator): Promise<FileResult> {
  try {
    const maxSize = options.maxFileSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { filePath, findings: [], error: 'not a file' };
    if (stat.size > maxSize) {
      return { filePath, findings: [], error: `file is ${mb(stat.size)} MB, over the ${mb(maxSize)} MB limit for a SOW; not linted` };
    }
    const { text, encoding } = decodeText(await fs.readFile(filePath));
    const config = options.config ?? (await locator.configFor(filePath)).config;
    return await lintText(filePath, text, config, options.fix ? async (fixed) => writeFileAtomic(filePath, encodeText(fixed, encoding)) : undefined);
  } catch (e) {
    return { filePath, findings: [], error: describe(e) };
  }
}

/** Lints text already in memory (a file's, or standard input's). */
export async function lintText(
  filePath: string,
  text: string,
  config: DemarcConfig,
  write?: (fixed: string) => Promise<void>,
): Promise<FileResult> {
  let current = text;
  let fixed = 0;
  if (write) {
    const result = fixAll(text, { config });
    if (result.text !== text) {
      await write(result.text);
      current = result.text;
      fixed = result.fixed;
    }
  }
  const analysis = analyze(current, { config });
  const yamlError = analysis.model?.frontMatter.yamlError;
  return {
    filePath,
    findings: analysis.findings,
    error: yamlError ? `invalid YAML front matter (line ${yamlError.range.start.line + 1}): ${yamlError.message}` : undefined,
    fixed: write ? fixed : undefined,
  };
}

function describe(e: unknown): string {
  if (e instanceof DecodeError || e instanceof ConfigFileError) return e.message;
  if (e instanceof ReadOnlyError) return 'file is read-only; not fixed, left unchanged';
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file (was it deleted during the run?)';
    case 'EACCES': case 'EPERM': return 'permission denied; file left unchanged';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ELOOP': return 'symbolic link loop';
    default: return err.message?.split('\n')[0] ?? String(e);
  }
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
