import { defineRule } from './rule';

export default defineRule({
  id: 'hidden-content',
  defaultSeverity: 'warning',
  description: 'HTML a reader does not see (the hidden attribute, display:none): Demarc does not read it.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    hidden:
      'This is hidden from a reader (HTML hidden or display:none), so Demarc does not read it: a contract term must be visible to both parties.',
  },
  check(context) {
    // One finding per line, however many hidden elements stand on it.
    const lines = new Set<number>();
    for (const range of context.model.hidden) {
      if (lines.has(range.start.line)) continue;
      lines.add(range.start.line);
      context.report({ messageId: 'hidden', range: context.source.lineRange(range.start.line) });
    }
  },
});
