import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import { describeOwnership, readTables, type Range, type SourceText, type SowModel } from '../../engine';

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange = range, detail?: string): DocumentSymbol {
  return { name: name || '(untitled)', kind, range, selectionRange, detail, children: [] };
}

/** Sections nested by heading level; under each, its functions, priorities and tools. */
export function documentSymbols(model: SowModel): DocumentSymbol[] {
  const leaves: { line: number; symbol: DocumentSymbol }[] = [
    ...model.functions.map((f) => ({
      line: f.row.start.line,
      symbol: symbol(f.name, SymbolKind.Function, f.row, f.nameCell.range, f.status === 'assigned' ? describeOwnership(f) : f.status),
    })),
    ...model.serviceLevels.flatMap((t) =>
      t.rows.map((r) => ({
        line: r.row.start.line,
        symbol: symbol(
          r.plan ? `${r.priorityCell.text} · ${r.plan}` : r.priorityCell.text,
          SymbolKind.EnumMember,
          r.row,
          r.priorityCell.range,
          r.responseCell?.text,
        ),
      })),
    ),
    ...model.tools.map((t) => ({ line: t.row.start.line, symbol: symbol(t.name, SymbolKind.Object, t.row, t.nameCell.range, t.access) })),
  ];
  const roots: DocumentSymbol[] = [];
  // Each section with its parent, in document order, so a row's section is found by binary search.
  const placed: { start: number; end: number; symbol: DocumentSymbol; parent?: number }[] = [];
  const stack: { depth: number; index: number }[] = [];
  // The outline is the Markdown's headings, as VS Code's own: a bold line standing for one is not among them.
  for (const section of model.sections.filter((s) => !s.bold)) {
    while (stack.length && stack[stack.length - 1].depth >= section.depth) stack.pop();
    const sym = symbol(section.title, SymbolKind.Module, section.range, section.heading);
    const parent = stack[stack.length - 1]?.index;
    (parent === undefined ? roots : placed[parent].symbol.children!).push(sym);
    placed.push({ start: section.range.start.line, end: section.range.end.line, symbol: sym, parent });
    stack.push({ depth: section.depth, index: placed.length - 1 });
  }
  for (const leaf of leaves) {
    const owner = deepestContaining(placed, leaf.line);
    (owner ? owner.children! : roots).push(leaf.symbol);
  }
  // Document order everywhere: a section's own rows before its subsections when they come first.
  const order = (list: DocumentSymbol[]): void => {
    list.sort((x, y) => x.range.start.line - y.range.start.line);
    for (const s of list) order(s.children ?? []);
  };
  order(roots);
  return roots;
}

/** The innermost section containing a line: the last one starting at or before it, or its nearest ancestor that still runs. */
function deepestContaining(
  placed: { start: number; end: number; symbol: DocumentSymbol; parent?: number }[],
  line: number,
): DocumentSymbol | undefined {
  let lo = 0;
  let hi = placed.length - 1;
  if (hi < 0 || placed[0].start > line) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (placed[mid].start <= line) lo = mid;
    else hi = mid - 1;
  }
  for (let i: number | undefined = lo; i !== undefined; i = placed[i].parent) if (placed[i].end >= line) return placed[i].symbol;
  return undefined;
}

/** Front matter, sections and tables fold. */
export function foldingRanges(model: SowModel, source: SourceText): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fm = model.frontMatter.range;
  if (fm && fm.end.line > fm.start.line) ranges.push({ startLine: fm.start.line, endLine: fm.end.line, kind: FoldingRangeKind.Imports });
  for (const s of model.sections.filter((x) => !x.bold)) {
    let end = s.range.end.line;
    // Sections end on the line before the next heading; trailing blank lines need not fold.
    while (end > s.heading.start.line && source.lineText(end).trim() === '') end--;
    if (end > s.heading.start.line) ranges.push({ startLine: s.heading.start.line, endLine: end, kind: FoldingRangeKind.Region });
  }
  for (const t of readTables(model)) {
    if (t.lastRow.start.line > t.headerRow.start.line) ranges.push({ startLine: t.headerRow.start.line, endLine: t.lastRow.start.line });
  }
  return ranges;
}
