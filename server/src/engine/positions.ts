import type { RootContent } from 'mdast';

export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** The offset where the line starting at `from` ends (before its line break). */
export function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Line breaks in text[from, to): \n, \r\n and a lone \r each count once, as the parser counts them. */
export function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** The point just past the text's last character, as the parser gives its root. */
export function endOf(text: string): Point {
  const lines = countLines(text, 0, text.length);
  let lineStart = text.length;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return { line: lines + 1, column: text.length - lineStart + 1, offset: text.length };
}

/** Moves a subtree's positions; iterative, as hostile documents nest deeply. */
export function shift(node: RootContent, lines: number, offset: number): void {
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

/** Whether a definition is among the nodes: references anywhere in the document resolve against it. */
export function hasDefinitions(nodes: RootContent[]): boolean {
  const stack: { type: string; children?: unknown[] }[] = [...nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'definition' || n.type === 'footnoteDefinition') return true;
    if (n.children) for (const c of n.children) stack.push(c as typeof n);
  }
  return false;
}
