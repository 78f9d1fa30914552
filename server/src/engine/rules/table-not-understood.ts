import { defineRule } from './rule';

const KIND_WORDS = { matrix: 'responsibility matrix', 'service-levels': 'service-level table', tools: 'tool table' } as const;

export default defineRule({
  id: 'table-not-understood',
  defaultSeverity: 'warning',
  description:
    'A table that looks like a responsibility matrix, service-level table or tool table but could not be read, so no rule checks it.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    tableNotUnderstood:
      'This table looks like a {{kind}}, but Demarc could not read it. {{reason}} Until it can, no rule checks what it says.',
  },
  check(context) {
    for (const table of context.model.unreadTables) {
      context.report({
        messageId: 'tableNotUnderstood',
        data: { kind: KIND_WORDS[table.kind], reason: table.reason },
        range: table.headerRow,
      });
    }
  },
});
