import { replaceCell } from '../fixes/edits';
import type { Tool } from '../model/types';
import { defineRule } from './rule';

export default defineRule({
  id: 'tool-access-insufficient',
  defaultSeverity: 'warning',
  description: "Co-managed: less than read-write client access to the provider's RMM or ticketing system.",
  fixable: false,
  hasSuggestions: true,
  messages: {
    lessThanReadWrite:
      'The internal IT team gets "{{access}}" access to {{tool}}, the provider\'s {{kind}}: in a co-managed deal they need read-write access to work alongside the provider.',
  },
  check(context) {
    if (context.model.frontMatter.engagementModel !== 'co-managed') return;
    for (const tool of context.model.tools) {
      if (!(tool.isRmm || tool.isTicketing) || !isProviders(tool)) continue;
      if (tool.access === 'read-write' || tool.access === 'missing') continue;
      const cell = tool.accessCell;
      context.report({
        messageId: 'lessThanReadWrite',
        data: { access: cell?.text ?? '', tool: tool.name, kind: tool.isRmm ? 'RMM' : 'ticketing system' },
        range: tool.row,
        // Access is a commercial term: the change is offered, never made by --fix.
        suggestions: cell
          ? [{ title: `Give the client read-write access to ${tool.name}`, edits: replaceCell(context, cell, 'read-write') }]
          : [],
      });
    }
  },
});

/** A tool with no owner stated is taken to be the provider's, as RMM and PSA usually are. */
function isProviders(tool: Tool): boolean {
  return tool.owner ? tool.owner.role === 'provider' : !tool.ownerUnknown;
}
