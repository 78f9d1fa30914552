import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Root, RootContent } from 'mdast';
import { countLines, endOf, hasDefinitions, lineEndAt, shift } from './positions';

/**
 * The GFM a SOW's reading needs: tables, strikethrough (a struck-out term reads as its text, not its
 * tildes) and footnotes (a marker is no word of its sentence, "within one working day[^wd]."; the note is
 * read where it stands, as Word export writes it). Bare-URL links and task-list boxes change nothing Demarc
 * reads, and the bare-URL scan was a fifth of the parse of a long SOW.
 */
function sowGfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown());
}

// One frozen processor: building it per call costs more than parsing a small SOW.
const processor = unified().use(remarkParse).use(sowGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** remark's parse of the whole text at once: the parse floor the benchmarks compare against. */
export function parseWhole(text: string): Root {
  return processor.parse(text) as Root;
}

/** Regions are cut at headings at least this far apart: the parse is fastest at a few kilobytes a call. */
const REGION_CHARS = 4096;

/**
 * Parses Markdown into mdast, the same tree as `parseWhole`, region by region. remark's parse grows
 * faster than its input (a 200 KB SOW parses in a third of the time as forty regions as it does whole),
 * so the text is cut at top-level ATX headings, which close every open block, and each region's tree is
 * shifted into place. Each region is parsed with the next cut's line after it, which must come back as
 * that heading; when it does not (an unclosed fence swallowed it), the rest is parsed as one region.
 * Definitions tie regions together, and a byte-order mark moves offsets: those documents parse whole.
 */
export function parseMarkdown(text: string): Root {
  return parseInRegions(text, REGION_CHARS);
}

/** `parseMarkdown` with regions at least `regionChars` apart (tests cut small documents). */
export function parseInRegions(text: string, regionChars: number): Root {
  const cuts = regionCuts(text, regionChars);
  if (cuts.length === 0 || !offsetsIndexText(text)) return parseWhole(text);
  const children: RootContent[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= cuts.length; i++) {
    const end = i < cuts.length ? cuts[i] : text.length;
    const region = parseRegion(text, start, end, i < cuts.length ? lineEndAt(text, end) : end);
    // A heading the region swallowed (an unclosed fence): the rest is one region.
    const last = region === undefined || i === cuts.length;
    const nodes = region ?? parseWhole(text.slice(start)).children;
    // An unclosed front-matter fence changes how later blocks parse: the first region must hold it whole.
    if (start === 0 && /^---/.test(text) && nodes[0]?.type !== 'yaml') return parseWhole(text);
    if (hasDefinitions(nodes)) return parseWhole(text);
    for (const node of nodes) shift(node, line - 1, start);
    children.push(...nodes);
    if (last) break;
    line += countLines(text, start, end);
    start = end;
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) } };
}

/**
 * text[start, end) parsed with the line after it (end to sentinelEnd), which must come back as that one
 * heading, so the region ends as it does in the whole document: the region's nodes, not yet shifted, or
 * undefined when the heading did not come back. With no line after it (sentinelEnd = end), no check.
 */
export function parseRegion(
  text: string,
  start: number,
  end: number,
  sentinelEnd: number,
  parse: (text: string) => Root = parseWhole,
): RootContent[] | undefined {
  const nodes = parse(text.slice(start, sentinelEnd)).children;
  if (sentinelEnd === end) return nodes;
  const sentinel = nodes.pop();
  const at = sentinel?.position;
  return sentinel?.type === 'heading' && at!.start.offset === end - start && at!.end.offset === sentinelEnd - start ? nodes : undefined;
}

/** Where regions start: ATX headings at the start of a line, at least `regionChars` apart. */
function regionCuts(text: string, regionChars: number): number[] {
  const cuts: number[] = [];
  let last = 0;
  for (let at = 0; at < text.length; at = nextLine(text, at)) {
    if (at === 0 || at - last < regionChars || text.charCodeAt(at) !== 35) continue;
    let hashes = 1;
    while (hashes < 7 && text.charCodeAt(at + hashes) === 35) hashes++;
    const after = text.charCodeAt(at + hashes);
    if (hashes <= 6 && (after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after))) {
      cuts.push(at);
      last = at;
    }
  }
  return cuts;
}

function nextLine(text: string, from: number): number {
  const end = lineEndAt(text, from);
  return end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
}

/** The parser leaves a leading BOM out of its offsets, so a tree's offsets index the text only when it has none. */
export function offsetsIndexText(text: string): boolean {
  return text.charCodeAt(0) !== 0xfeff;
}
