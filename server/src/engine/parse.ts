import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Root } from 'mdast';

/**
 * The GFM a SOW's reading needs: tables, and strikethrough (a struck-out term reads as its text, not
 * its tildes). Bare-URL links, footnotes and task-list boxes change nothing Demarc reads, and the
 * bare-URL scan was a fifth of the parse of a long SOW.
 */
function sowGfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

// One frozen processor: building it per call costs more than parsing a small SOW.
const processor = unified().use(remarkParse).use(sowGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown into mdast; the parse floor the benchmarks compare against. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

/** The parser leaves a leading BOM out of its offsets, so a tree's offsets index the text only when it has none. */
export function offsetsIndexText(text: string): boolean {
  return text.charCodeAt(0) !== 0xfeff;
}
