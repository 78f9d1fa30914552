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
