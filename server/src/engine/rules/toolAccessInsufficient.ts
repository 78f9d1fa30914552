import { replaceCell } from '../fixes/edits';
import type { Tool } from '../model/types';
import { defineRule } from './rule';

export default defineRule({
  id: 'tool-access-insufficient',
  defaultSeverity: 'warning',
  description: "Co-managed: the client's internal team gets less than read-write access to the provider's RMM or ticketing system.",
  fixable: true,
  check(context) {
    if (context.model.frontMatter.model !== 'co-managed') return;
    for (const tool of context.model.tools) {
      if (!(tool.isRmm || tool.isTicketing) || !isProviders(tool)) continue;
      if (tool.access === 'read-write' || tool.access === 'missing') continue;
      const kind = tool.isRmm ? 'RMM' : 'ticketing system';
      const cell = tool.accessCell;
      context.report({
        message: `The internal IT team gets "${cell?.text}" access to ${tool.name}, the provider's ${kind}: in a co-managed deal they need read-write access to work alongside the provider.`,
        range: tool.row,
        fix: cell ? { title: `Give the client read-write access to ${tool.name}`, edits: [replaceCell(context.source, cell, 'read-write')] } : undefined,
      });
    }
  },
});

/** A tool with no owner stated is taken to be the provider's, as RMM and PSA usually are. */
function isProviders(tool: Tool): boolean {
  return tool.owner ? tool.owner.role === 'provider' : !tool.ownerUnknown;
}
