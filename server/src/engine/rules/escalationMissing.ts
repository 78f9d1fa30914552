import { appendBlock } from '../fixes/edits';
import { escalationSection } from '../fixes/templates';
import { defineRule } from './rule';

export default defineRule({
  id: 'escalation-missing',
  defaultSeverity: 'warning',
  description: 'Co-managed with no escalation section.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    noSection: 'This co-managed SOW has no escalation section: when the two teams disagree or a target is missed, nobody knows whom to call next.',
  },
  check(context) {
    const { model } = context;
    if (model.frontMatter.model !== 'co-managed' || model.sections.some((s) => s.kind === 'escalation')) return;
    context.report({
      messageId: 'noSection',
      range: model.documentAnchor,
      // The steps and their times are terms for the parties to agree, so a person picks them.
      suggestions: [{ title: 'Add an escalation section with a standard three-step path', edits: [appendBlock(context, escalationSection(model))] }],
    });
  },
});
