import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, ConfigFileError, configOfText, MAX_CONFIG_BYTES, whereIn, type DemarcConfig } from '../engine';
import { InputError, readRegularFile } from './readInput';

/**
 * Reads a config and everything it `extends` (a file beside it, an installed package, or a `demarc:*` preset),
 * merged in order with the config itself last (engine/configText.ts reads the text).
 */
export async function loadConfigFile(file: string, chain: readonly string[] = []): Promise<DemarcConfig> {
  const at = path.resolve(file);
  let text: string;
  try {
    text = (await readRegularFile(file, MAX_CONFIG_BYTES)).bytes.toString('utf8');
  } catch (e) {
    const reason = e instanceof InputError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    throw new ConfigFileError(file, `cannot read config (${reason})`);
  }
  return configOfText(file, text, async (name, jsonPath) => {
    const target = resolveExtends(name, at);
    if (!target)
      throw new ConfigFileError(
        file,
        `invalid config: extends "${name}": no such ${isPath(name) ? 'file' : 'package'}${whereIn(text, jsonPath)}`,
      );
    if (!target.endsWith('.json'))
      throw new ConfigFileError(
        file,
        `invalid config: extends "${name}": a config must be a JSON file, not ${path.basename(target)}${whereIn(text, jsonPath)}`,
      );
    const trail = [...chain, at];
    if (trail.includes(target))
      throw new ConfigFileError(
        file,
        `invalid config: extends forms a cycle: ${[...trail, target].map((f) => path.basename(f)).join(' → ')}${whereIn(text, jsonPath)}`,
      );
    return loadConfigFile(target, trail);
  });
}

const isPath = (name: string) => name.startsWith('.') || path.isAbsolute(name);

/** A file relative to the config that names it, or a package as Node resolves it from there (ESLint's way). */
function resolveExtends(name: string, from: string): string | undefined {
  if (isPath(name)) {
    const file = path.resolve(path.dirname(from), name);
    return existsSync(file) ? file : undefined;
  }
  try {
    return createRequire(from).resolve(name);
  } catch {
    return undefined;
  }
}

/**
 * Finds the nearest `.demarcrc.json` from a folder upward, as far as the repository's root (the
 * folder holding `.git`), so a config in some folder above a checkout cannot change its rules.
 * The nearest config applies whole, so any config ends the search, `"root": true` or not. Results
 * are cached per folder, because a repository of contracts shares a handful of configs.
 */
export class ConfigLocator {
  private readonly found = new Map<string, Promise<string | undefined>>();
  private readonly loaded = new Map<string, { stamp: string; config: Promise<DemarcConfig> }>();

  /**
   * When revalidating (for an editor that does not watch files for the server), each lookup searches the
   * folders again and reloads a config whose size or modification time changed: a few stats, so a new or
   * edited `.demarcrc.json` is seen on the next analysis. Without it (the CLI), lookups are cached.
   */
  private revalidate = false;

  async configFor(file: string): Promise<{ path?: string; config: DemarcConfig }> {
    if (this.revalidate) this.found.clear();
    const configPath = await this.nearest(path.dirname(path.resolve(file)));
    if (!configPath) return { config: {} };
    const stamp = this.revalidate ? await stampOf(configPath) : '';
    let entry = this.loaded.get(configPath);
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp, config: loadConfigFile(configPath) };
      this.loaded.set(configPath, entry);
    }
    return { path: configPath, config: await entry.config };
  }

  /** A config named outright (the editor's `demarc.playbook`), cached as the nearest ones are. */
  async configAt(file: string): Promise<DemarcConfig> {
    const configPath = path.resolve(file);
    const stamp = await stampOf(configPath);
    let entry = this.loaded.get(configPath);
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp, config: loadConfigFile(configPath) };
      this.loaded.set(configPath, entry);
    }
    return entry.config;
  }

  /** Whether lookups search and stat again each time (for clients without file watching). */
  revalidateEachTime(on: boolean): void {
    this.revalidate = on;
  }

  /** Forgets everything, e.g. when the server sees a config file change. */
  clear(): void {
    this.found.clear();
    this.loaded.clear();
  }

  private nearest(dir: string): Promise<string | undefined> {
    let result = this.found.get(dir);
    if (!result) {
      result = (async () => {
        const candidate = path.join(dir, CONFIG_FILE_NAME);
        if (await isFile(candidate)) return candidate;
        const parent = path.dirname(dir);
        return parent === dir || (await exists(path.join(dir, '.git'))) ? undefined : this.nearest(parent);
      })();
      this.found.set(dir, result);
    }
    return result;
  }
}

/** What changes when a file is edited: its size and modification time. */
async function stampOf(p: string): Promise<string> {
  try {
    const s = await fs.stat(p);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** `.git` is a folder in a clone, a file in a worktree or submodule. */
async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}
