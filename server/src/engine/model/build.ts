import type { Root, RootContent, Table, Yaml } from 'mdast';
import type { SourceText } from '../source';
import { readFrontMatter } from './frontMatter';
import { closerOfOpenBlock } from './openBlock';
import { headerTexts } from './cells';
import { isMatrixHeader, readMatrix } from './matrix';
import { SectionBuilder } from './sections';
import { isServiceLevelHeader, readServiceLevels } from './serviceLevels';
import { isToolHeader, itemNamesTool, readToolTable } from './tools';
import type { Party, SowModel } from './types';

// Tables may stand inside quotes and lists; deeper than this is hostile input, not a contract.
const MAX_CONTAINER_DEPTH = 16;

/** Builds the SOW model from mdast in a single walk over the tree. */
export function buildModel(root: Root, source: SourceText): SowModel {
  const first = root.children[0];
  const frontMatter = readFrontMatter(first?.type === 'yaml' ? (first as Yaml) : undefined, source);
  const parties: Party[] = [frontMatter.client, frontMatter.provider, ...frontMatter.others].filter(
    (p): p is Party => p !== undefined,
  );
  const model: SowModel = {
    frontMatter, parties, matrices: [], functions: [], serviceLevels: [], toolTables: [], tools: [], sections: [], comments: [],
    documentAnchor: frontMatter.keys.model ?? source.lineRange(0),
    openBlockCloser: closerOfOpenBlock(root, source),
  };
  const sections = new SectionBuilder(source);

  const visitTable = (table: Table): void => {
    if (table.children.length === 0) return;
    const headers = headerTexts(table);
    if (isServiceLevelHeader(headers)) model.serviceLevels.push(readServiceLevels(table, headers, source));
    else if (isToolHeader(headers)) model.toolTables.push(readToolTable(table, headers, parties, source));
    else if (isMatrixHeader(headers)) model.matrices.push(readMatrix(table, headers, parties, source));
  };
  const visit = (node: RootContent, depth: number): void => {
    if (node.type === 'table') visitTable(node);
    else if (node.type === 'html' && node.value.startsWith('<!--')) {
      const start = node.position?.start.offset ?? 0;
      model.comments.push({ text: node.value, range: source.rangeOf(start, node.position?.end.offset ?? start) });
    }
    else if (depth < MAX_CONTAINER_DEPTH && 'children' in node && (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem')) {
      for (const child of node.children as RootContent[]) visit(child, depth + 1);
    }
  };
  for (const node of root.children) {
    if (node.type === 'heading') sections.heading(node);
    else sections.content(node);
    visit(node, 0);
  }
  model.sections = sections.finish(source.lineCount - 1);
  model.functions = model.matrices.flatMap((m) => m.functions);
  model.tools = model.toolTables.flatMap((t) => t.tools);
  linkExitTerms(model);
  return model;
}

/** A list item in the exit section that names a tool counts as that tool's exit terms. */
function linkExitTerms(model: SowModel): void {
  const items = model.sections.filter((s) => s.kind === 'exit').flatMap((s) => s.listItems);
  if (items.length === 0) return;
  for (const tool of model.tools) {
    for (const item of items) if (itemNamesTool(item.text, tool)) tool.exitTerms.push(item.range);
  }
}
