import { appendBlock } from '../fixes/edits';
import { exitSection } from '../fixes/templates';
import { statesTerminationIn } from '../model/sections';
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
  absence: { messages: ['noSection'], topic: 'termination and exit terms' },
  check(context) {
    const { model } = context;
    // An exit section, or termination terms written under another heading ("Term and fees").
    if (model.sections.some((s) => s.kind === 'exit')) return;
    if (statesTerminationIn(model.scope)) return;
    context.report({
      messageId: 'noSection',
      range: model.documentAnchor,
      // Notice periods and deadlines are commercial terms: offered, never written by --fix.
      suggestions: [{ title: 'Add a termination and exit section with standard terms', edits: [appendBlock(context, exitSection(model))] }],
    });
  },
});
