import type { Heading, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceText } from '../source';
import { mentionsAny } from '../vocabulary/words';
import type { Section, SectionKind } from './types';

const EXIT_WORDS = ['termination', 'terminate', 'exit', 'transition', 'offboarding', 'off boarding', 'end of contract'];

function sectionKind(title: string): SectionKind | undefined {
  if (/escalat/i.test(title)) return 'escalation';
  if (mentionsAny(title, EXIT_WORDS)) return 'exit';
  return undefined;
}

/** Builds sections from the top-level nodes; a section ends where a heading of its level or higher begins. */
export class SectionBuilder {
  readonly sections: Section[] = [];
  private open: Section[] = [];

  constructor(private readonly source: SourceText) {}

  heading(node: Heading): void {
    const line = (node.position?.start.line ?? 1) - 1;
    this.closeUntil(node.depth, line - 1);
    const title = toString(node).trim();
    const heading = this.source.lineRange(line);
    const section: Section = { title, depth: node.depth, heading, range: { ...heading }, kind: sectionKind(title), listItems: [] };
    this.sections.push(section);
    this.open.push(section);
  }

  /** Records list items for every open section, so a nested heading's items count for its parent too. */
  content(node: RootContent): void {
    if (this.open.length === 0 || node.type !== 'list') return;
    const items: ListItem[] = [];
    collectItems(node.children, items, 0);
    for (const item of items) {
      const start = item.position?.start.offset ?? 0;
      const end = item.position?.end.offset ?? start;
      const entry = { text: toString(item), range: this.source.rangeOf(start, end) };
      for (const s of this.open) s.listItems.push(entry);
    }
  }

  finish(lastLine: number): Section[] {
    this.closeUntil(1, lastLine);
    return this.sections;
  }

  private closeUntil(depth: number, endLine: number): void {
    while (this.open.length > 0 && this.open[this.open.length - 1].depth >= depth) {
      const s = this.open.pop() as Section;
      const end = Math.max(endLine, s.heading.start.line);
      s.range = { start: s.heading.start, end: this.source.lineRange(end).end };
    }
  }
}

// Nested lists are bounded so hostile 10,000-level lists cannot blow the stack.
const MAX_LIST_DEPTH = 32;

function collectItems(children: ListItem[], out: ListItem[], depth: number): void {
  for (const item of children) {
    out.push(item);
    if (depth >= MAX_LIST_DEPTH) continue;
    for (const child of item.children) if (child.type === 'list') collectItems(child.children, out, depth + 1);
  }
}
