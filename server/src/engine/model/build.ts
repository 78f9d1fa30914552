import type { List, Root, RootContent, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceText } from '../source';
import { readFrontMatter } from './frontMatter';
import { gridOfTable, gridsOfHtml, type Grid, type TableReading } from './grid';
import { readMatrix } from './matrix';
import { readPromisedResponse } from './promisedResponse';
import { closerOfOpenBlock } from './openBlock';
import { SectionBuilder } from './sections';
import { applyServiceHours, readServiceLevelList, readServiceLevels, serviceHoursOf } from './serviceLevels';
import { readToolTable } from './tools';
import { linkExitTerms, toolMentions } from './toolMentions';
import type { Range } from '../types';
import type { Party, SowModel, TableKind } from './types';

/** Words that take something out of scope: an exclusions heading, or "backup is not included". */
const EXCLUDED =
  /\b(not included|not covered|excluded|exclusions?|out of scope|outside (?:the )?scope|not (?:part of|provided|supported)|does not (?:include|cover|provide))\b/i;

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
  const paragraphs: { text: string; range: Range }[] = [];

  const scope = (text: string, range: Range): void => {
    if (text.trim() === '') return;
    model.scope.push({ text, range, excluded: EXCLUDED.test(text) || sections.titles().some((t) => EXCLUDED.test(t)) });
  };
  const scopeOf = (node: RootContent): { text: string; range: Range } => {
    const start = node.position?.start.offset ?? 0;
    const passage = { text: toString(node), range: source.rangeOf(start, node.position?.end.offset ?? start) };
    scope(passage.text, passage.range);
    return passage;
  };
  // Each reader says whether a grid is its kind of table, read or not understood; the first reading wins,
  // and a table no reader reads is reported with the first reason given.
  const visitGrid = (grid: Grid): void => {
    const scopeBefore = model.scope.length;
    const serviceLevelsBefore = model.serviceLevels.length;
    for (const cell of [...grid.header, ...grid.rows.flatMap((r) => r.cells)]) if (cell) scope(cell.text, cell.range);
    let unread: { kind: TableKind; reason: string } | undefined;
    const attempt = <T>(kind: TableKind, reading: () => TableReading<T> | undefined, keep: (table: T) => void): boolean => {
      const r = reading();
      if (r && 'read' in r) keep(r.read);
      else if (r) unread ??= { kind, reason: r.unread };
      return r !== undefined && 'read' in r;
    };
    const read =
      attempt(
        'service-levels',
        () => readServiceLevels(grid, [...sections.titles(), lastParagraph]),
        (t) => model.serviceLevels.push(t),
      ) ||
      attempt(
        'tools',
        () => readToolTable(grid, parties),
        (t) => model.toolTables.push(t),
      ) ||
      attempt(
        'matrix',
        () => readMatrix(grid, parties),
        (t) => model.matrices.push(t),
      );
    if (!read && unread) model.unreadTables.push({ ...unread, headerRow: grid.headerRow });
    // A service-level table's cells define priorities by the incidents they cover ("Security breach", "New
    // ticket created in Freshdesk"): they state no scope of work and name no tool the provider brings.
    if (model.serviceLevels.length > serviceLevelsBefore)
      for (let i = scopeBefore; i < model.scope.length; i++) model.scope[i].serviceLevel = true;
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
      const passage = scopeOf(node);
      if (node.type === 'paragraph') paragraphs.push(passage);
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
  // Only a SOW with no service-level table, read or not, is held to a response promised in a sentence.
  if (model.serviceLevels.length === 0 && !model.unreadTables.some((t) => t.kind === 'service-levels')) {
    const promised = readPromisedResponse(paragraphs, source, parties);
    if (promised) model.serviceLevels.push(promised);
  }
  const serviceHours = model.serviceLevels.length > 0 ? serviceHoursOf(model.scope) : undefined;
  if (serviceHours) for (const table of model.serviceLevels) applyServiceHours(table, serviceHours);
  model.toolMentions = toolMentions(model, source);
  linkExitTerms(model);
  return model;
}
