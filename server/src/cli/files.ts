import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { hasSowName, isSowFile } from '../engine';
import { displayPath } from './paths';

const IGNORE = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = /\.(md|markdown|MD)$/;
// Word's lock files (~$name.docx) sit beside an open document and are not documents.
const WORD = /^(?!~\$).*\.docx$/i;
const HEAD_BYTES = 64 * 1024;

export interface FileList {
  files: string[];
  /** One-line problems: a missing path, a folder without SOWs, a symlink loop. */
  errors: string[];
}

/**
 * Expands paths and globs to SOW files. Named files are linted whatever their name; folders and
 * globs yield `*.sow.md` files and Markdown files whose front matter has a `sow:` key. Word files
 * come only when asked: `word` (`--ext docx`) for folders, or a glob that names `.docx` itself.
 */
export async function findSowFiles(patterns: string[], cwd: string, word = false): Promise<FileList> {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    const stat = await statOrError(abs);
    if (typeof stat === 'string') {
      if (isDynamicPattern(pattern)) {
        const found = await searchGlob(pattern, cwd, word || /docx/i.test(pattern));
        if (found.length === 0) errors.push(`${pattern}: no SOW files match this pattern`);
        found.forEach((f) => files.add(f));
      } else {
        errors.push(`${pattern}: ${stat}`);
      }
    } else if (stat.isDirectory()) {
      const { markdown, docx, loops } = await walkFolder(abs);
      const found = [...(await keepSows(markdown)), ...(word ? docx.sort() : [])];
      errors.push(...loops.sort().map((l) => `${displayPath(cwd, l)}: symbolic link loop, skipped`));
      // Word files are only read when asked; a folder holding only them says how to ask.
      const wordHint = !word && docx.length > 0 ? `; it has ${docx.length} Word file(s): add --ext docx to lint them` : '';
      if (found.length === 0)
        errors.push(
          `${pattern}: no SOW files in this folder (looked for *.sow.md${word ? ', *.docx' : ''} and Markdown with sow: front matter${wordHint})`,
        );
      found.forEach((f) => files.add(f));
    } else {
      files.add(abs);
    }
  }
  return { files: [...files], errors };
}

async function searchGlob(pattern: string, cwd: string, word: boolean): Promise<string[]> {
  const matches = await glob(pattern, { cwd, absolute: true, ignore: IGNORE, followSymbolicLinks: false, dot: false });
  const docx = word ? matches.filter((f) => WORD.test(path.basename(f))).sort() : [];
  return [...(await keepSows(matches)), ...docx];
}

async function keepSows(candidates: string[]): Promise<string[]> {
  const sows: string[] = [];
  for (const file of candidates.sort()) if (await looksLikeSow(file)) sows.push(file);
  return sows;
}

/** Reads only the head of a Markdown file to see its front matter. */
async function looksLikeSow(file: string): Promise<boolean> {
  if (hasSowName(file)) return true;
  try {
    // A FIFO named like Markdown must not block the walk: open without waiting, read only a regular file.
    const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      if (!(await handle.stat()).isFile()) return false;
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return isSowFile(file, buffer.subarray(0, bytesRead).toString('utf8'));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/**
 * Markdown files under a folder, skipping dot folders and node_modules and never following links,
 * and the symlinks that never resolve (a → b → a), which are reported. One walk finds both: the glob
 * library would find the files but drops the loops without a word.
 */
async function walkFolder(dir: string, found: FolderContents = { markdown: [], docx: [], loops: [] }): Promise<FolderContents> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walkFolder(full, found);
    else if (entry.isFile() && MARKDOWN.test(entry.name)) found.markdown.push(full);
    else if (entry.isFile() && WORD.test(entry.name)) found.docx.push(full);
    else if (entry.isSymbolicLink() && (await statOrError(full)) === 'symbolic link loop') found.loops.push(full);
  }
  return found;
}

interface FolderContents {
  markdown: string[];
  docx: string[];
  loops: string[];
}

async function statOrError(p: string): Promise<import('node:fs').Stats | string> {
  try {
    return await fs.stat(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'ELOOP') return 'symbolic link loop';
    if (code === 'EACCES') return 'permission denied';
    return (e as Error).message;
  }
}
