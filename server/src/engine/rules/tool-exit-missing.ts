import { insertLinesAfter, replaceCell } from '../fixes/edits';
import { exitItem, TOOL_EXIT_CLAUSE } from '../fixes/templates';
import type { SowModel, Tool } from '../model/types';
import { needsExitTerms } from '../model/tools';
import type { SourceText } from '../source';
import type { Fix } from '../types';
import { defineRule } from './rule';

export default defineRule({
  id: 'tool-exit-missing',
  defaultSeverity: 'warning',
  description: 'A tool with no exit terms in its row or in the exit section.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    noExitTerms:
      '"{{tool}}" has no exit terms: the SOW does not say what happens to its licences, agents, access and data when the contract ends.',
    namedNoExitTerms:
      '"{{tool}}" (read as its {{kind}}) has no exit terms: the SOW names it but not what happens to its agents, licences and data when the contract ends.',
  },
  absence: { messages: ['noExitTerms', 'namedNoExitTerms'], topic: 'tool terms' },
  check(context) {
    // A section describes one tool, whatever the tables call it ("Spanning", "Spanning M365 Backup"): one finding on it.
    const onSections = new Set<number>();
    for (const tool of context.model.tools) {
      if (tool.exitTerms.length > 0 || !needsExitTerms(tool)) continue;
      const suggestion = exitSuggestion(context.model, context.source, tool);
      // Where a reader meets the tool: its row when the row has an exit cell to fill, else its own section if it has one.
      const range = tool.exitCell ? tool.row : (tool.section ?? tool.row);
      if (range === tool.section) {
        if (onSections.has(range.start.line)) continue;
        onSections.add(range.start.line);
      }
      context.report({ messageId: 'noExitTerms', data: { tool: tool.name }, range, suggestions: suggestion ? [suggestion] : [] });
    }
    // A tool named in prose or a list is a tool all the same: its agents and data need exit terms too.
    for (const tool of context.model.toolMentions) {
      if (tool.exitTerms.length === 0)
        context.report({ messageId: 'namedNoExitTerms', data: { tool: tool.name, kind: tool.kind }, range: tool.row });
    }
  },
});

/** Standard terms in the row's exit cell, or else as an item of the exit section. */
function exitSuggestion(model: SowModel, source: SourceText, tool: Tool): Fix | undefined {
  const title = `Add standard exit terms for ${tool.name}`;
  if (tool.exitCell) return { title, edits: replaceCell({ source, model }, tool.exitCell, TOOL_EXIT_CLAUSE) };
  const section = model.sections.find((s) => s.kind === 'exit' && s.listItems.length > 0);
  if (!section) return undefined;
  const last = section.listItems[section.listItems.length - 1];
  return { title, edits: [insertLinesAfter(source, last.range.end.line, [exitItem(tool)])] };
}
