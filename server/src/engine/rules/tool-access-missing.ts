import { appendBlock, replaceCell } from '../fixes/edits';
import { toolSection } from '../fixes/templates';
import { ACCESS_CHOICES } from '../vocabulary/access';
import { oneOrganisation } from '../vocabulary/parties';
import { speaksOfCoManagedIt } from '../vocabulary/tools';
import { defineRule } from './rule';

export default defineRule({
  id: 'tool-access-missing',
  defaultSeverity: 'error',
  description:
    'Co-managed with no tool table (error); a tool without access terms; a co-managed tool table naming no RMM or no ticketing system.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    noToolTable:
      "This co-managed SOW has no tool table, so it never says what access the internal IT team gets to the provider's RMM and ticketing tools.",
    noAccessTerms: '"{{tool}}" has no access terms: say what access the client gets (read-write, read-only or none).',
    noRmm:
      'The tool table names no RMM (remote monitoring and management) platform: in a co-managed deal both teams need to know whose RMM manages the devices.',
    noTicketing:
      'The tool table names no ticketing system (PSA or service desk): in a co-managed deal both teams must work tickets in one shared queue.',
  },
  absence: { messages: ['noToolTable', 'noRmm', 'noTicketing'], topic: 'tool terms' },
  check(context) {
    const { model } = context;
    const coManaged = model.frontMatter.engagementModel === 'co-managed';
    // A subprocessor list is the provider's own vendors: not the tool table a co-managed deal needs.
    const processing = new Set(model.toolTables.filter((t) => t.processing).flatMap((t) => t.tools));
    if (model.toolTables.every((t) => t.processing)) {
      // Asked only where the body speaks of co-managed IT: a cloud platform's shared-responsibility model or a
      // contractor in an agency's own systems has no provider RMM or PSA to grant access to.
      // Two parts of one organisation (a department and central IT) share its tools: no provider's tools to open up.
      if (
        coManaged &&
        !model.unreadTables.some((t) => t.kind === 'tools') &&
        !oneOrganisation(model.parties) &&
        speaksOfCoManagedIt(model.scope)
      ) {
        context.report({
          messageId: 'noToolTable',
          range: model.documentAnchor,
          severity: 'error',
          suggestions: [{ title: 'Add a tool table with RMM and ticketing access', edits: [appendBlock(context, toolSection(model))] }],
        });
      }
      return;
    }
    // What access the internal team gets is a co-managed question; in a managed deal the provider works alone.
    // A table that sets out access (an Access column) is held to it for every tool; a list of tools without one
    // only for its RMM and ticketing system, the tools a co-managed team must work in.
    const withAccess = new Set(model.toolTables.filter((t) => t.columns.includes('access')).flatMap((t) => t.tools));
    for (const tool of coManaged ? model.tools : []) {
      // The client's own tool: its team's access is the client's to give, not a term of this deal.
      if (
        processing.has(tool) ||
        tool.access !== 'missing' ||
        tool.owner?.role === 'client' ||
        !(withAccess.has(tool) || tool.isRmm || tool.isTicketing)
      )
        continue;
      const cell = tool.accessCell;
      context.report({
        messageId: 'noAccessTerms',
        data: { tool: tool.name },
        range: tool.row,
        severity: 'warning',
        suggestions: cell
          ? ACCESS_CHOICES.map(({ value }) => ({
              title: `Set the client's access to ${tool.name} to ${value}`,
              edits: replaceCell(context, cell, value),
            }))
          : [],
      });
    }
    // Which tools a co-managed deal shares is asked of a table that sets out access, not of any list of tools.
    const accessTable = model.toolTables.find((t) => t.columns.includes('access'));
    if (!coManaged || !accessTable) return;
    const anchor = accessTable.headerRow;
    if (!model.tools.some((t) => t.isRmm)) context.report({ messageId: 'noRmm', range: anchor, severity: 'warning' });
    if (!model.tools.some((t) => t.isTicketing)) context.report({ messageId: 'noTicketing', range: anchor, severity: 'warning' });
  },
});
