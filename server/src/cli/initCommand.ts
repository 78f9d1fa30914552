import { CONFIG_FILE_NAME } from '../engine';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ExistsError, writeNewFile } from '../node/atomicWrite';
import type { CliIo } from './lint';
import { displayPath } from './paths';

/** The schema `demarc init` writes beside the config, so `$schema` resolves without installing Demarc. */
export const SCHEMA_FILE_NAME = '.demarcrc.schema.json';

/**
 * `demarc init [--force]`: a `.demarcrc.json` in the working folder whose `$schema` names the schema written
 * beside it (this build's, refreshed on every run), so any JSON editor validates and completes the config.
 * An existing config is kept unless `--force`. Exit 0 written, 2 not.
 */
export async function runInit(args: string[], io: CliIo, schemaPath: string): Promise<number> {
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length > 0) {
    io.stderr(`init takes only --force (got ${unknown.join(' ')})`);
    return 2;
  }
  const config = path.join(io.cwd, CONFIG_FILE_NAME);
  const schema = path.join(io.cwd, SCHEMA_FILE_NAME);
  try {
    await writeNewFile(schema, await fs.readFile(schemaPath), true);
    const starter = { $schema: `./${SCHEMA_FILE_NAME}`, rules: {} };
    let wrote = false;
    try {
      await writeNewFile(config, Buffer.from(`${JSON.stringify(starter, null, 2)}\n`), args.includes('--force'));
      wrote = true;
    } catch (e) {
      if (!(e instanceof ExistsError)) throw e;
    }
    io.stdout(
      wrote
        ? `Wrote ${displayPath(io.cwd, config)} and ${displayPath(io.cwd, schema)}\n`
        : `Wrote ${displayPath(io.cwd, schema)}; kept ${displayPath(io.cwd, config)} (--force replaces it; point its "$schema" at ./${SCHEMA_FILE_NAME})\n`,
    );
    return 0;
  } catch (e) {
    io.stderr(`${displayPath(io.cwd, config)}: ${(e as Error).message.split('\n')[0]}`);
    return 2;
  }
}
