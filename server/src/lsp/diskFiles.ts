import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasSowName } from '../engine';
import { SKIPPED_FOLDERS, type WorkspaceFiles } from './host';

const SKIPPED = new Set(SKIPPED_FOLDERS);

/** Workspace SOWs on disk (`file:` folders), for the server in Node. */
export const diskFiles: WorkspaceFiles = {
  async list(folder, max) {
    const root = pathOf(folder);
    return root ? (await listSows(root, max)).map((file) => pathToFileURL(file).href) : [];
  },
  async read(uri, maxBytes) {
    const file = pathOf(uri);
    if (!file) return undefined;
    try {
      const { size } = await fs.stat(file);
      return size > maxBytes ? { size } : { text: await fs.readFile(file, 'utf8') };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  key: (uri) => pathOf(uri)?.split(path.sep).join('/'),
};

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The `*.sow.md` files under a folder, at most `max`, skipping hidden folders, dependencies and symbolic links. */
async function listSows(root: string, max: number): Promise<string[]> {
  const found: string[] = [];
  const folders = [root];
  while (folders.length > 0 && found.length < max) {
    const folder = folders.shift()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) folders.push(full);
      else if (entry.isFile() && hasSowName(entry.name) && found.length < max) found.push(full);
    }
  }
  return found;
}
