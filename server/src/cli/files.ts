import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { hasSowName, sowHeadVerdict } from '../engine';
import { decodeText } from '../document/decode';
import { displayPath } from './paths';

const IGNORE = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = /\.(md|markdown)$/i;
// Word's lock files (~$name.docx) sit beside an open document and are not documents.
const WORD = /^(?!~\$).*\.docx$/i;
const HEAD_BYTES = 64 * 1024;

/** A file to lint: its path, or its path's bytes when the name is not valid UTF-8 (the OS gives bytes; so do we). */
export type FilePath = string | Buffer;

export interface FileList {
  files: FilePath[];
  /** One-line problems: a missing path, a folder without SOWs, a symlink, a SOW that cannot be checked. */
  errors: string[];
}

/** A path as a person reads it: bytes that are not UTF-8 shown as \xNN, so every name can be printed and told apart. */
export function nameOf(file: FilePath): string {
  if (typeof file === 'string') return file;
  let out = '';
  let i = 0;
  while (i < file.length) {
    const width = utf8Width(file, i);
    out += width > 0 ? file.subarray(i, i + width).toString('utf8') : `\\x${file[i].toString(16).padStart(2, '0')}`;
    i += Math.max(width, 1);
  }
  return out;
}

/** The length of the well-formed UTF-8 character at i, or 0. */
function utf8Width(b: Buffer, i: number): number {
  const c = b[i];
  const width = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
  for (let k = 1; k < width; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  return width;
}

/**
 * Expands paths and globs to SOW files. Named files are linted whatever their name; folders and
 * globs yield `*.sow.md` files and Markdown files whose front matter has a `sow:` key. Word files
 * come only when asked: `word` (`--ext docx`) for folders, or a glob that names `.docx` itself.
 */
export async function findSowFiles(patterns: string[], cwd: string, word = false): Promise<FileList> {
  const files = new Map<string, FilePath>();
  const errors: string[] = [];
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    const stat = await statOrError(abs);
    if (typeof stat === 'string') {
      if (isDynamicPattern(pattern)) {
        const found = await searchGlob(pattern, cwd, word || /docx/i.test(pattern));
        if (found.length === 0) errors.push(`${pattern}: no SOW files match this pattern`);
        for (const f of found) files.set(nameOf(f), f);
      } else {
        errors.push(`${pattern}: ${stat}`);
      }
    } else if (stat.isDirectory()) {
      const { markdown, docx, links } = await walkFolder(Buffer.from(abs));
      const sows = await keepSows(markdown);
      const found = [...sows.files, ...(word ? docx.sort(byName) : [])];
      for (const e of sows.errors) errors.push(`${displayPath(cwd, nameOf(e.file))}: ${e.reason}`);
      // A link is never followed in a folder walk (it may lead out of the folder, or round); one that looks like a SOW is said.
      for (const l of links.sort(byName)) errors.push(`${displayPath(cwd, nameOf(l.file))}: ${l.reason}`);
      // Word files are only read when asked; a folder holding only them says how to ask.
      const wordHint = !word && docx.length > 0 ? `; it has ${docx.length} Word file(s): add --ext docx to lint them` : '';
      if (found.length === 0)
        errors.push(
          `${pattern}: no SOW files in this folder (looked for *.sow.md${word ? ', *.docx' : ''} and Markdown with sow: front matter${wordHint})`,
        );
      for (const f of found) files.set(nameOf(f), f);
    } else {
      files.set(abs, abs);
    }
  }
  return { files: [...files.values()], errors };
}

async function searchGlob(pattern: string, cwd: string, word: boolean): Promise<string[]> {
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    ignore: IGNORE,
    followSymbolicLinks: false,
    dot: false,
    caseSensitiveMatch: false,
  });
  const docx = word ? matches.filter((f) => WORD.test(path.basename(f))).sort() : [];
  return [...(await keepSows(matches)).files.map(nameOf), ...docx];
}

const byName = (a: FilePath | { file: FilePath }, b: FilePath | { file: FilePath }) => {
  const [x, y] = [a, b].map((v) => nameOf(typeof v === 'string' || Buffer.isBuffer(v) ? v : v.file));
  return x < y ? -1 : x > y ? 1 : 0;
};

async function keepSows(candidates: FilePath[]): Promise<{ files: FilePath[]; errors: { file: FilePath; reason: string }[] }> {
  const files: FilePath[] = [];
  const errors: { file: FilePath; reason: string }[] = [];
  for (const file of candidates.sort(byName)) {
    const verdict = await looksLikeSow(file);
    if (verdict === true) files.push(file);
    else if (typeof verdict === 'string') errors.push({ file, reason: verdict });
  }
  return { files, errors };
}

/**
 * Reads only the head of a Markdown file to see its front matter: true for a SOW, false for other Markdown,
 * and a one-line reason for a file that looks like a SOW but cannot be checked (front matter too long to be
 * read, YAML aliases over the limit), so the walk never passes over a SOW in silence.
 */
async function looksLikeSow(file: FilePath): Promise<boolean | string> {
  if (hasSowName(nameOf(file))) return true;
  try {
    // A FIFO named like Markdown must not block the walk: open without waiting, read only a regular file.
    const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      if (!(await handle.stat()).isFile()) return false;
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return headVerdict(file, buffer.subarray(0, bytesRead), bytesRead === HEAD_BYTES);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** The head of a Markdown file, in any encoding a SOW may have (UTF-8, or UTF-16 with a BOM), as the engine reads it. */
function headVerdict(file: FilePath, head: Buffer, cut: boolean): boolean | string {
  let text: string;
  try {
    text = decodeText(head.subarray(0, head.length - (head.length % 2 === 1 && head[0] === 0xff ? 1 : 0))).text;
  } catch {
    // Cut mid-character at the end of the head: what came before is enough to see the front matter.
    text = head.toString('utf8');
  }
  return sowHeadVerdict(nameOf(file), text, cut, HEAD_BYTES / 1024);
}

/**
 * Markdown and Word files under a folder, skipping dot folders and node_modules and never following links;
 * each link that looks like a SOW (or never resolves, a → b → a) is reported instead. Names are read as the
 * bytes the OS gives, so a name that is not UTF-8 can still be linted.
 */
async function walkFolder(dir: Buffer, found: FolderContents = { markdown: [], docx: [], links: [] }): Promise<FolderContents> {
  let entries: import('node:fs').Dirent<Buffer>[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const name = nameOf(entry.name);
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = Buffer.concat([dir, Buffer.from(path.sep), entry.name]);
    const text = full.toString('utf8');
    const file: FilePath = Buffer.from(text).equals(full) ? text : full;
    if (entry.isDirectory()) await walkFolder(full, found);
    else if (entry.isFile() && MARKDOWN.test(name)) found.markdown.push(file);
    else if (entry.isFile() && WORD.test(name)) found.docx.push(file);
    else if (entry.isSymbolicLink()) {
      const target = await statOrError(file);
      if (target === 'symbolic link loop') found.links.push({ file, reason: 'symbolic link loop, skipped' });
      else if (
        typeof target !== 'string' &&
        target.isFile() &&
        (MARKDOWN.test(name) || WORD.test(name)) &&
        (await looksLikeSow(file)) !== false
      )
        found.links.push({ file, reason: 'a symbolic link to a SOW, not followed in a folder walk; name the file itself to lint it' });
    }
  }
  return found;
}

interface FolderContents {
  markdown: FilePath[];
  docx: FilePath[];
  links: { file: FilePath; reason: string }[];
}

async function statOrError(p: FilePath): Promise<import('node:fs').Stats | string> {
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
