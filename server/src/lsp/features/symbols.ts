import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { Range, SourceText, SowModel } from '../../engine';

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange = range, detail?: string): DocumentSymbol {
  return { name: name || '(untitled)', kind, range, selectionRange, detail, children: [] };
}

/** Sections nested by heading level; under each, its functions, priorities and tools. */
export function documentSymbols(model: SowModel): DocumentSymbol[] {
  const leaves: { line: number; symbol: DocumentSymbol }[] = [
    ...model.functions.map((f) => ({
      line: f.row.start.line,
      symbol: symbol(f.name, SymbolKind.Function, f.row, f.nameCell.range, f.status === 'assigned' ? ownerText(f.roles) : f.status),
    })),
    ...model.serviceLevels.flatMap((t) =>
      t.rows.map((r) => ({
        line: r.row.start.line,
        symbol: symbol(r.priorityCell.text, SymbolKind.EnumMember, r.row, r.priorityCell.range, r.responseCell?.text),
      })),
    ),
    ...model.tools.map((t) => ({ line: t.row.start.line, symbol: symbol(t.name, SymbolKind.Object, t.row, t.nameCell.range, t.access) })),
  ];
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
  const sections = model.sections.map((s) => ({ section: s, symbol: symbol(s.title, SymbolKind.Module, s.range, s.heading) }));
  for (const { section, symbol: sym } of sections) {
    while (stack.length && stack[stack.length - 1].depth >= section.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children! : roots).push(sym);
    stack.push({ depth: section.depth, symbol: sym });
  }
  for (const leaf of leaves) {
    const owner = deepestContaining(roots, leaf.line);
    (owner ? owner.children! : roots).push(leaf.symbol);
  }
  return roots;
}

function deepestContaining(symbols: DocumentSymbol[], line: number): DocumentSymbol | undefined {
  for (const s of symbols) {
    if (s.kind === SymbolKind.Module && line >= s.range.start.line && line <= s.range.end.line)
      return deepestContaining(s.children ?? [], line) ?? s;
  }
  return undefined;
}

function ownerText(roles: ReadonlyMap<string, readonly string[]>): string {
  return [...roles].map(([party, r]) => `${party}: ${r.join('/')}`).join(', ');
}

/** Front matter, sections and tables fold. */
export function foldingRanges(model: SowModel, source: SourceText): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fm = model.frontMatter.range;
  if (fm && fm.end.line > fm.start.line) ranges.push({ startLine: fm.start.line, endLine: fm.end.line, kind: FoldingRangeKind.Imports });
  for (const s of model.sections) {
    let end = s.range.end.line;
    // Sections end on the line before the next heading; trailing blank lines need not fold.
    while (end > s.heading.start.line && source.lineText(end).trim() === '') end--;
    if (end > s.heading.start.line) ranges.push({ startLine: s.heading.start.line, endLine: end, kind: FoldingRangeKind.Region });
  }
  for (const t of [...model.matrices, ...model.serviceLevels, ...model.toolTables]) {
    if (t.lastRow.start.line > t.headerRow.start.line) ranges.push({ startLine: t.headerRow.start.line, endLine: t.lastRow.start.line });
  }
  return ranges;
}
