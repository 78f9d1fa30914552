import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// One frozen processor: building it per call costs more than parsing a small SOW.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown into mdast; the parse floor the benchmarks compare against. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
