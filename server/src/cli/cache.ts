import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import type { DemarcConfig } from '../engine';
import { writeNewFile } from '../node/atomicWrite';
import type { ConfigLocator } from '../node/configFiles';
import { readRegularFile } from '../node/readInput';
import type { FilePath } from './files';
import { configOf, fileSizeLimit, type FileResult } from './lintFile';

/** `--cache`'s file, in the working folder unless `--cache-location` says otherwise. */
export const CACHE_FILE = '.demarccache';

/** One file's last result, and the key it was found under: its bytes, its effective config and Demarc's build. */
interface Entry {
  key: string;
  result: Omit<FileResult, 'filePath'>;
}

interface CacheFile {
  version: 1;
  files: Record<string, Entry>;
}

/**
 * Results of earlier runs, by file. A file's entry is used only when the file's bytes, the config that
 * applies to it and Demarc's build are all as they were; results that failed the run (a file not read or
 * not analysed) are never kept, so a second run tries them again.
 */
export class LintCache {
  private constructor(
    private readonly location: string,
    private readonly build: string,
    private readonly files: Record<string, Entry>,
  ) {}

  /** The cache at `location`; an unreadable or foreign one is started afresh, and `warn` says so. */
  static async open(location: string, build: string, warn: (line: string) => void): Promise<LintCache> {
    let text: string;
    try {
      text = await fs.readFile(location, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${(e as Error).message.split('\n')[0]}; starting a new cache`);
      return new LintCache(location, build, {});
    }
    try {
      const parsed = JSON.parse(text) as CacheFile;
      if (parsed.version === 1 && typeof parsed.files === 'object' && parsed.files !== null)
        return new LintCache(location, build, parsed.files);
    } catch {
      // Said below.
    }
    warn('not a Demarc cache file; starting a new one');
    return new LintCache(location, build, {});
  }

  /** The key of a file as it stands, or undefined when it cannot be read (the lint then says why). */
  async keyOf(file: FilePath, name: string, config: DemarcConfig | undefined, locator: ConfigLocator): Promise<string | undefined> {
    try {
      const { bytes } = await readRegularFile(file, fileSizeLimit(name));
      const effective = await configOf(name, config, locator);
      return createHash('sha256')
        .update(this.build)
        .update('\0')
        .update(JSON.stringify(effective))
        .update('\0')
        .update(bytes)
        .digest('hex');
    } catch {
      return undefined;
    }
  }

  /** The result kept for a file under this key. */
  get(name: string, key: string | undefined): FileResult | undefined {
    const entry = key === undefined ? undefined : this.files[name];
    return entry && entry.key === key ? { ...entry.result, filePath: name } : undefined;
  }

  set(name: string, key: string | undefined, result: FileResult): void {
    if (key === undefined || result.error !== undefined) {
      delete this.files[name];
      return;
    }
    const { filePath: _filePath, ...kept } = result;
    this.files[name] = { key, result: kept };
  }

  /** Written whole through a temporary file, or not at all. */
  async save(): Promise<void> {
    const file: CacheFile = { version: 1, files: this.files };
    await writeNewFile(this.location, Buffer.from(JSON.stringify(file)), true);
  }
}

/** What a cached result depends on besides the file and its config: Demarc's version, and the build of it that runs. */
export async function buildIdentity(version: string, script: string): Promise<string> {
  try {
    const stat = await fs.stat(script);
    return `${version}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return version;
  }
}
