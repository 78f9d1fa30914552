import { parseDocument } from 'yaml';

/** Named as a SOW: `*.sow.md` (a path, a file name or a URI). */
export function hasSowName(name: string): boolean {
  return /\.sow\.md$/i.test(name);
}

/** A SOW is a `*.sow.md` file, or Markdown whose front matter has a `sow:` key. */
export function isSowFile(fileName: string, text: string | undefined): boolean {
  if (hasSowName(fileName)) return true;
  if (!/\.(md|markdown)$/i.test(fileName) || text === undefined) return false;
  return hasSowFrontMatter(text);
}

/** Reads only the leading `---` block: cheap enough to run on every Markdown file in a repository. */
export function hasSowFrontMatter(text: string): boolean {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return false;
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) return false;
  try {
    const data: unknown = parseDocument(text.slice(open[0].length, open[0].length + close.index), { uniqueKeys: false }).toJS({
      maxAliasCount: 50,
    });
    return data !== null && typeof data === 'object' && 'sow' in data;
  } catch {
    return false;
  }
}

/**
 * The head of a Markdown file read for the folder walk: true for a SOW, false for other Markdown, and a
 * one-line reason for a file that looks like a SOW (front matter with a `sow:` key) but whose front matter
 * cannot be read: it runs past the head (`cut`), or its YAML does not parse (aliases over the limit). The
 * walk then says so instead of passing over it.
 */
export function sowHeadVerdict(fileName: string, head: string, cut: boolean, headKb: number): boolean | string {
  if (isSowFile(fileName, head)) return true;
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(head) || !/^sow\s*:/m.test(head)) return false;
  const closed = /\r?\n---[ \t]*(\r?\n|$)/.test(head.slice(3));
  if (!closed && cut) return `looks like a SOW, but its front matter runs past the first ${headKb} KB, so it was not checked`;
  return 'looks like a SOW (front matter with sow:), but its front matter could not be read (invalid YAML or more than 50 aliases), so it was not checked; name it to lint it and see why';
}
