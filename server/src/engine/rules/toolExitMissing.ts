import { insertLinesAfter, replaceCell } from '../fixes/edits';
import { TOOL_EXIT_CLAUSE, exitItem } from '../fixes/templates';
import type { Fix } from '../types';
import type { SowModel, Tool } from '../model/types';
import type { SourceText } from '../source';
import { defineRule } from './rule';

export default defineRule({
  id: 'tool-exit-missing',
  defaultSeverity: 'warning',
  description: 'A tool with no exit terms: what happens to it, its licences, agents, access and data when the contract ends.',
  fixable: true,
  check(context) {
    for (const tool of context.model.tools) {
      if (tool.exitTerms.length > 0) continue;
      context.report({
        message: `"${tool.name}" has no exit terms: the SOW does not say what happens to its licences, agents, access and data when the contract ends.`,
        range: tool.row,
        fix: exitFix(context.model, context.source, tool),
      });
    }
  },
});

/** Fills the row's exit cell, or else adds an item to the exit section. */
function exitFix(model: SowModel, source: SourceText, tool: Tool): Fix | undefined {
  const title = `Add standard exit terms for ${tool.name}`;
  if (tool.exitCell) return { title, edits: [replaceCell(source, tool.exitCell, TOOL_EXIT_CLAUSE)] };
  const section = model.sections.find((s) => s.kind === 'exit' && s.listItems.length > 0);
  if (!section) return undefined;
  const last = section.listItems[section.listItems.length - 1];
  return { title, edits: [insertLinesAfter(source, last.range.end.line, [exitItem(tool)])] };
}
