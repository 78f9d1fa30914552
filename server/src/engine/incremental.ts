import type { Root, RootContent } from 'mdast';
import { offsetsIndexText, parseMarkdown } from './parse';

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/**
 * Re-parses only the part of a document an edit touched, for the editor's keystroke path.
 *
 * The document is cut at top-level ATX headings, which always start a new block in Markdown: the
 * region from the heading before an edit to the heading after it is parsed alone and spliced into
 * the previous tree, and the nodes after it are shifted. The cut points come from remark's own
 * heading nodes. The region is parsed with the next heading's line after it, so it ends exactly as
 * it does in the whole document; when that heading does not come back as itself (an unclosed fence
 * swallowed it), or definitions are involved, the whole document is parsed again. A property test
 * checks the result always equals a full parse.
 */
export class IncrementalParser {
  private text?: string;
  private root?: Root;
  /** Link or footnote definitions anywhere tie regions together; such documents parse whole. */
  private definitions = false;
  /** How the last parse was done, for tests and benchmarks. */
  lastParse: 'full' | 'incremental' | 'unchanged' = 'full';

  parse(text: string): Root {
    if (this.text === text && this.root) {
      this.lastParse = 'unchanged';
      return this.root;
    }
    const root = (this.text !== undefined && this.root && this.reparse(this.text, text, this.root)) || this.full(text);
    this.text = text;
    this.root = root;
    return root;
  }

  private full(text: string): Root {
    this.lastParse = 'full';
    const root = parseMarkdown(text);
    this.definitions = hasDefinitions(root.children);
    return root;
  }

  private reparse(before: string, after: string, root: Root): Root | undefined {
    if (this.definitions) return undefined;
    // Regions are cut out of the text by offset.
    if (!offsetsIndexText(before) || !offsetsIndexText(after)) return undefined;
    let prefix = 0;
    const shorter = Math.min(before.length, after.length);
    while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix))
      suffix++;
    const changedEnd = before.length - suffix;
    const nodes = root.children;
    // An ATX heading at the start of its line ('#'); an indented one would shift the region's columns.
    const isCut = (n: RootContent) =>
      n.type === 'heading' && n.position!.start.column === 1 && before.charCodeAt(n.position!.start.offset!) === 35;
    // The heading that starts the region must begin before the edit, the next one after it.
    let first = -1;
    for (let i = 0; i < nodes.length && nodes[i].position!.start.offset! < prefix; i++) if (isCut(nodes[i])) first = i;
    let next = nodes.length;
    for (let i = Math.max(first + 1, 0); i < nodes.length; i++) {
      if (nodes[i].position!.start.offset! > changedEnd && isCut(nodes[i])) {
        next = i;
        break;
      }
    }
    // An unclosed front-matter fence changes how later blocks parse (found by the property test).
    if (nodes[0]?.type !== 'yaml' && /^\uFEFF?---/.test(before)) return undefined;
    // An edit before the first heading re-parses from the start of the document, front matter and all.
    const start: Point = first >= 0 ? nodes[first].position!.start : { line: 1, column: 1, offset: 0 };
    const delta = after.length - before.length;
    const oldEnd = next < nodes.length ? nodes[next].position!.start.offset! : before.length;
    const newEnd = oldEnd + delta;
    // The next heading's line is parsed too, so the region ends as it does in the whole document.
    const sentinel = next < nodes.length ? nodes[next].position!.end.offset! - oldEnd : 0;
    const region = after.slice(start.offset!, newEnd + sentinel);
    const parsed = parseMarkdown(region).children;
    // The region must still open with a one-line (ATX) heading: a setext one would join lines above it.
    const opener = parsed[0]?.position;
    if (first >= 0 && (parsed[0]?.type !== 'heading' || opener!.start.offset !== 0 || opener!.end.line !== 1)) return undefined;
    // A fence that closes only past the region would make front matter of the headings between.
    if (first < 0 && /^\uFEFF?---/.test(after) && parsed[0]?.type !== 'yaml') return undefined;
    if (sentinel > 0) {
      const last = parsed.pop()!;
      const at = newEnd - start.offset!;
      if (last.type !== 'heading' || last.position!.start.offset !== at || last.position!.end.offset !== at + sentinel) return undefined;
    }
    // A new definition would change how references elsewhere parse.
    if (hasDefinitions(parsed)) return undefined;
    const lineDelta = countLines(after, start.offset!, newEnd) - countLines(before, start.offset!, oldEnd);
    for (const node of parsed) shift(node, start.line - 1, start.offset!);
    for (let i = next; i < nodes.length; i++) shift(nodes[i], lineDelta, delta);
    this.lastParse = 'incremental';
    return {
      ...root,
      children: [...nodes.slice(0, Math.max(first, 0)), ...parsed, ...nodes.slice(next)],
      position: { start: root.position!.start, end: endOf(after) },
    };
  }
}

function hasDefinitions(nodes: RootContent[]): boolean {
  const stack: { type: string; children?: unknown[] }[] = [...nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'definition' || n.type === 'footnoteDefinition') return true;
    if (n.children) for (const c of n.children) stack.push(c as typeof n);
  }
  return false;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function endOf(text: string): Point {
  const lines = countLines(text, 0, text.length);
  let lineStart = text.length;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return { line: lines + 1, column: text.length - lineStart + 1, offset: text.length };
}

/** Moves a subtree's positions; iterative, as hostile documents nest deeply. */
function shift(node: RootContent, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: { position?: { start: Point; end: Point }; children?: unknown[] }[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.position) {
      n.position.start.line += lines;
      n.position.end.line += lines;
      n.position.start.offset! += offset;
      n.position.end.offset! += offset;
    }
    if (n.children) for (const c of n.children) stack.push(c as typeof n);
  }
}
