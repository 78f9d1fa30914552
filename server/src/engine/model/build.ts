import type { List, Root, RootContent, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceText } from '../source';
import { readFrontMatter } from './frontMatter';
import { gridOfTable, gridsOfHtml, type Grid, type TableReading } from './grid';
import { readMatrix } from './matrix';
import { closerOfOpenBlock } from './openBlock';
import { SectionBuilder } from './sections';
import { readServiceLevelList, readServiceLevels } from './serviceLevels';
import { genericExitTerms, readToolTable } from './tools';
import type { Range } from '../types';
import { resolveParty } from '../vocabulary/parties';
import { TOOL_MENTIONS } from '../vocabulary/tools';
import { words } from '../vocabulary/words';
import type { Party, SowModel, TableKind, ToolMention } from './types';

/** Words that take something out of scope: an exclusions heading, or "backup is not included". */
const EXCLUDED =
  /\b(not included|not covered|excluded|exclusions?|out of scope|outside (?:the )?scope|not (?:part of|provided|supported)|does not (?:include|cover|provide))\b/i;

/** Exit-term places kept per tool. */
const MAX_EXIT_TERMS = 5;

// Tables may stand inside quotes and lists; deeper than this is hostile input, not a contract.
const MAX_CONTAINER_DEPTH = 16;

/** Builds the SOW model from mdast in a single walk over the tree. */
export function buildModel(root: Root, source: SourceText): SowModel {
  const first = root.children[0];
  const frontMatter = readFrontMatter(first?.type === 'yaml' ? (first as Yaml) : undefined, source);
  const parties: Party[] = [frontMatter.client, frontMatter.provider, ...frontMatter.others].filter((p): p is Party => p !== undefined);
  const model: SowModel = {
    frontMatter,
    parties,
    matrices: [],
    functions: [],
    serviceLevels: [],
    toolTables: [],
    tools: [],
    unreadTables: [],
    scope: [],
    toolMentions: [],
    sections: [],
    comments: [],
    documentAnchor: frontMatter.keys.model ?? source.lineRange(0),
    openBlockCloser: closerOfOpenBlock(root, source),
  };
  const sections = new SectionBuilder(source);
  let lastParagraph = '';

  const scope = (text: string, range: Range): void => {
    if (text.trim() === '') return;
    model.scope.push({ text, range, excluded: EXCLUDED.test(text) || sections.titles().some((t) => EXCLUDED.test(t)) });
  };
  const scopeOf = (node: RootContent): void => {
    const start = node.position?.start.offset ?? 0;
    scope(toString(node), source.rangeOf(start, node.position?.end.offset ?? start));
  };
  // Each reader says whether a grid is its kind of table, read or not understood; the first reading wins.
  const visitGrid = (grid: Grid): void => {
    for (const cell of [...grid.header, ...grid.rows.flatMap((r) => r.cells)]) if (cell) scope(cell.text, cell.range);
    const readings: [TableKind, TableReading<unknown> | undefined][] = [];
    const sla = readServiceLevels(grid, [...sections.titles(), lastParagraph]);
    if (sla && 'read' in sla) return void model.serviceLevels.push(sla.read);
    readings.push(['service-levels', sla]);
    const tools = readToolTable(grid, parties);
    if (tools && 'read' in tools) return void model.toolTables.push(tools.read);
    readings.push(['tools', tools]);
    const matrix = readMatrix(grid, parties);
    if (matrix && 'read' in matrix) return void model.matrices.push(matrix.read);
    readings.push(['matrix', matrix]);
    const unread = readings.find(([, r]) => r !== undefined);
    if (unread?.[1] && 'unread' in unread[1])
      model.unreadTables.push({ kind: unread[0], headerRow: grid.headerRow, reason: unread[1].unread });
  };
  /** A list of priorities with times is a service-level table written as bullets. */
  const readList = (list: List): void => {
    const table = readServiceLevelList(list, source, [...sections.titles(), lastParagraph]);
    if (table) model.serviceLevels.push(table);
  };
  const visit = (node: RootContent, depth: number): void => {
    if (node.type === 'table') {
      const grid = gridOfTable(node, source);
      if (grid) visitGrid(grid);
    } else if (node.type === 'html') {
      if (node.value.startsWith('<!--')) {
        const start = node.position?.start.offset ?? 0;
        model.comments.push({ text: node.value, range: source.rangeOf(start, node.position?.end.offset ?? start) });
      } else gridsOfHtml(node, source).forEach(visitGrid);
    } else if (node.type === 'paragraph' || node.type === 'heading') {
      scopeOf(node);
    } else if (
      depth < MAX_CONTAINER_DEPTH &&
      'children' in node &&
      (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem')
    ) {
      if (node.type === 'list') readList(node);
      for (const child of node.children as RootContent[]) visit(child, depth + 1);
    }
  };
  for (const node of root.children) {
    if (node.type === 'heading') sections.heading(node);
    else sections.content(node);
    visit(node, 0);
    // The paragraph right before a table is its caption ("Response times during business hours:").
    lastParagraph = node.type === 'paragraph' ? toString(node).slice(0, 300) : '';
  }
  model.sections = sections.finish(source.lineCount - 1);
  model.functions = model.matrices.flatMap((m) => m.functions);
  model.tools = model.toolTables.flatMap((t) => t.tools);
  model.toolMentions = toolMentions(model, source);
  linkExitTerms(model);
  return model;
}

/**
 * A mention names a tool the provider brings, unless it is part of an address ("help@x.freshdesk.com") or
 * the words before it give it to the client ("FNS trouble ticketing system", "the client's RMM").
 */
function providersTool(text: string, at: number, parties: readonly Party[]): boolean {
  if (/[@/.:]\S*$/.test(text.slice(Math.max(0, at - 40), at))) return false;
  const before = text
    .slice(Math.max(0, at - 40), at)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .slice(-3);
  for (let i = 0; i < before.length; i++) {
    const party = resolveParty(before.slice(i).join(' ').replace(/'s$/, ''), parties);
    if (party) return party.role !== 'client';
  }
  return true;
}

/** The first mention of each kind of tool no tool table lists, on the line where its words stand. */
function toolMentions(model: SowModel, source: SourceText): ToolMention[] {
  const mentions: ToolMention[] = [];
  for (const { kind, rmm, ticketing, pattern } of TOOL_MENTIONS) {
    if (model.tools.some((t) => (rmm && t.isRmm) || (ticketing && t.isTicketing) || pattern.test(`${t.name} ${t.kindCell?.text ?? ''}`)))
      continue;
    for (const block of model.scope) {
      const m = block.excluded ? null : pattern.exec(block.text);
      if (!m || !providersTool(block.text, m.index, model.parties)) continue;
      const from = source.offsetAt(block.range.start);
      const at = source.text.slice(from, source.offsetAt(block.range.end)).toLowerCase().indexOf(m[0].toLowerCase());
      const line = source.positionAt(at < 0 ? from : from + at).line;
      mentions.push({ name: m[0], kind, row: source.lineRange(line), isRmm: rmm === true, isTicketing: ticketing === true, exitTerms: [] });
      break;
    }
  }
  return mentions;
}

/** Items and paragraphs of the exit section that name a tool, its kind or all tools count as its exit terms. */
function linkExitTerms(model: SowModel): void {
  const blocks = model.sections.filter((s) => s.kind === 'exit').flatMap((s) => [...s.listItems, ...s.paragraphs]);
  if (blocks.length === 0) return;
  // Indexed once: which blocks hold each word, and which cover all tools, any RMM or any ticketing system.
  const normalised = blocks.map((b) => ` ${words(b.text)} `);
  const generic = blocks.map((b) => genericExitTerms(b.text));
  const byWord = new Map<string, number[]>();
  normalised.forEach((text, i) => {
    for (const w of new Set(text.trim().split(' '))) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i);
  });
  const kinds = {
    all: generic.flatMap((g, i) => (g.all ? [i] : [])),
    rmm: generic.flatMap((g, i) => (g.rmm ? [i] : [])),
    ticketing: generic.flatMap((g, i) => (g.ticketing ? [i] : [])),
  };
  const phrased = (phrase: string | undefined): number[] => {
    const w = phrase ? words(phrase) : '';
    if (w === '') return [];
    return (byWord.get(w.split(' ')[0]) ?? []).filter((i) => normalised[i].includes(` ${w} `));
  };
  for (const tool of [...model.tools, ...model.toolMentions]) {
    const kind = 'kind' in tool ? tool.kind : tool.kindCell?.text;
    const found = new Set([
      ...kinds.all,
      ...(tool.isRmm ? kinds.rmm : []),
      ...(tool.isTicketing ? kinds.ticketing : []),
      ...phrased(tool.name),
      ...phrased(kind),
    ]);
    // A few places are enough to show where a tool's exit terms are; thousands would only grow the model.
    tool.exitTerms.push(
      ...[...found]
        .sort((x, y) => x - y)
        .slice(0, MAX_EXIT_TERMS)
        .map((i) => blocks[i].range),
    );
  }
}
