import { appendBlock } from '../fixes/edits';
import { exitSection } from '../fixes/templates';
import { defineRule } from './rule';

export default defineRule({
  id: 'termination-missing',
  defaultSeverity: 'warning',
  description: 'No termination, exit or transition section.',
  fixable: true,
  check(context) {
    const { model } = context;
    if (model.sections.some((s) => s.kind === 'exit')) return;
    context.report({
      message: 'This SOW has no termination or exit section: nothing says how the contract ends or what happens to tools, licences, agents and data.',
      range: model.documentAnchor,
      fix: { title: 'Add a termination and exit section', edits: [appendBlock(context, exitSection(model))] },
    });
  },
});
