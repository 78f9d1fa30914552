import { appendBlock, replaceCell } from '../fixes/edits';
import { toolSection } from '../fixes/templates';
import { defineRule } from './rule';

export default defineRule({
  id: 'tool-access-missing',
  defaultSeverity: 'error',
  description: 'Tool access not written down: no tool table in a co-managed SOW, a tool without access terms, or no RMM or ticketing system named.',
  fixable: true,
  check(context) {
    const { model, source } = context;
    const coManaged = model.frontMatter.model === 'co-managed';
    if (model.toolTables.length === 0) {
      if (coManaged) {
        context.report({
          message: 'This co-managed SOW has no tool table, so it never says what access the internal IT team gets to the provider\'s RMM and ticketing tools.',
          range: model.documentAnchor,
          severity: 'error',
          fix: { title: 'Add a tool table with RMM and ticketing access', edits: [appendBlock(context, toolSection(model))] },
        });
      }
      return;
    }
    for (const tool of model.tools) {
      if (tool.access !== 'missing') continue;
      const cell = tool.accessCell;
      context.report({
        message: `"${tool.name}" has no access terms: say what access the client gets (read-write, read-only or none).`,
        range: tool.row,
        severity: 'warning',
        suggestions: cell
          ? ['read-write', 'read-only', 'none'].map((level) => ({ title: `Set the client's access to ${tool.name} to ${level}`, edits: [replaceCell(source, cell, level)] }))
          : [],
      });
    }
    if (!coManaged) return;
    const anchor = model.toolTables[0].headerRow;
    if (!model.tools.some((t) => t.isRmm)) {
      context.report({
        message: 'The tool table names no RMM (remote monitoring and management) platform: in a co-managed deal both teams need to know whose RMM manages the devices.',
        range: anchor,
        severity: 'warning',
      });
    }
    if (!model.tools.some((t) => t.isTicketing)) {
      context.report({
        message: 'The tool table names no ticketing system (PSA or service desk): in a co-managed deal both teams must work tickets in one shared queue.',
        range: anchor,
        severity: 'warning',
      });
    }
  },
});
