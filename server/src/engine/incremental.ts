import type { Root, RootContent } from 'mdast';
import { offsetsIndexText, parseMarkdown, parseRegion } from './parse';
import { countLines, endOf, hasDefinitions, lineEndAt, shift, type Point } from './positions';

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
  lastParse: 'full' | 'incremental' | 'row' | 'unchanged' = 'full';

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
    const row = this.reparseRow(before, after, root, prefix, changedEnd);
    if (row) return row;
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
    const sentinelEnd = next < nodes.length ? newEnd + nodes[next].position!.end.offset! - oldEnd : newEnd;
    const parsed = parseRegion(after, start.offset!, newEnd, sentinelEnd, parseMarkdown);
    if (!parsed) return undefined;
    // The region must still open with a one-line (ATX) heading: a setext one would join lines above it.
    const opener = parsed[0]?.position;
    if (first >= 0 && (parsed[0]?.type !== 'heading' || opener!.start.offset !== 0 || opener!.end.line !== 1)) return undefined;
    // A fence that closes only past the region would make front matter of the headings between.
    if (first < 0 && /^\uFEFF?---/.test(after) && parsed[0]?.type !== 'yaml') return undefined;
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
  /**
   * Typing in one body row of a top-level table re-parses that row alone, with the table's header and
   * delimiter lines above it, so a keystroke in a 1,000-row matrix does not parse the matrix again. A line
   * that starts with a pipe stays a row of the table whatever it holds, and with no definitions in the
   * document nothing in a cell depends on text outside it.
   */
  private reparseRow(before: string, after: string, root: Root, prefix: number, changedEnd: number): Root | undefined {
    const lineStart = Math.max(before.lastIndexOf('\n', prefix - 1), before.lastIndexOf('\r', prefix - 1)) + 1;
    const oldEnd = lineEndAt(before, lineStart);
    if (changedEnd > oldEnd) return undefined;
    const delta = after.length - before.length;
    const newEnd = lineEndAt(after, lineStart);
    if (newEnd !== oldEnd + delta) return undefined;
    const line = after.slice(lineStart, newEnd);
    if (before.charCodeAt(lineStart) !== 124 || line.charCodeAt(0) !== 124) return undefined;
    const index = childAt(root.children, lineStart);
    const table = root.children[index];
    if (table?.type !== 'table' || table.position!.start.column !== 1) return undefined;
    const at = table.children.findIndex((r) => r.position!.start.offset === lineStart);
    const old = table.children[at];
    if (at < 1 || old.position!.end.offset !== oldEnd) return undefined;
    // The header and delimiter lines, then the row: parsed as the table would parse it.
    const headerEnd = lineEndAt(before, table.position!.start.offset!);
    const delimiterStart = headerEnd + (before.startsWith('\r\n', headerEnd) ? 2 : 1);
    const head = `${before.slice(table.position!.start.offset!, headerEnd)}\n${before.slice(delimiterStart, lineEndAt(before, delimiterStart))}\n`;
    const parsed = parseMarkdown(head + line).children;
    const mini = parsed[0];
    if (parsed.length !== 1 || mini.type !== 'table' || mini.children.length !== 2) return undefined;
    if (mini.children[0].children.length !== table.children[0].children.length) return undefined;
    const fresh = mini.children[1];
    shift(fresh, old.position!.start.line - 3, lineStart - head.length);
    if (fresh.position!.end.offset !== newEnd) return undefined;
    for (let i = at + 1; i < table.children.length; i++) shift(table.children[i], 0, delta);
    for (let i = index + 1; i < root.children.length; i++) shift(root.children[i], 0, delta);
    const end = table.position!.end;
    const edited = {
      ...table,
      children: [...table.children.slice(0, at), fresh, ...table.children.slice(at + 1)],
      position: {
        start: table.position!.start,
        end: { ...end, column: end.line === old.position!.end.line ? end.column + delta : end.column, offset: end.offset! + delta },
      },
    };
    this.lastParse = 'row';
    return {
      ...root,
      children: [...root.children.slice(0, index), edited, ...root.children.slice(index + 1)],
      position: { start: root.position!.start, end: endOf(after) },
    };
  }
}

/** The index of the top-level node whose span holds `offset`, or -1. */
function childAt(nodes: readonly RootContent[], offset: number): number {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = nodes[mid].position!;
    if (offset < p.start.offset!) hi = mid - 1;
    else if (offset > p.end.offset!) lo = mid + 1;
    else return mid;
  }
  return -1;
}
