import { appendBlock } from '../fixes/edits';
import { exitSection } from '../fixes/templates';
import { statesTermination } from '../model/sections';
import { defineRule } from './rule';

export default defineRule({
  id: 'termination-missing',
  defaultSeverity: 'warning',
  description: 'No termination, exit or transition section, and no clause anywhere saying how the contract ends.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    noSection:
      'This SOW has no termination or exit section: nothing says how the contract ends or what happens to tools, licences, agents and data.',
  },
  check(context) {
    const { model } = context;
    // An exit section, or termination terms written under another heading ("Term and fees").
    if (model.sections.some((s) => s.kind === 'exit')) return;
    const read = model.scope.filter((s) => !s.excluded && !s.serviceLevel && !s.heading);
    if (read.some((s) => statesTermination(s.text))) return;
    // A row of a key-terms table says it across its cells ("| Termination | 30 days' written notice |").
    const rows = new Map<number, string[]>();
    for (const s of read) (rows.get(s.range.start.line) ?? rows.set(s.range.start.line, []).get(s.range.start.line)!).push(s.text);
    if ([...rows.values()].some((cells) => cells.length > 1 && statesTermination(cells.join(': ')))) return;
    context.report({
      messageId: 'noSection',
      range: model.documentAnchor,
      // Notice periods and deadlines are commercial terms: offered, never written by --fix.
      suggestions: [{ title: 'Add a termination and exit section with standard terms', edits: [appendBlock(context, exitSection(model))] }],
    });
  },
});
