import { appendBlock } from '../fixes/edits';
import { escalationSection } from '../fixes/templates';
import { defineRule } from './rule';

export default defineRule({
  id: 'escalation-missing',
  defaultSeverity: 'warning',
  description: 'A co-managed SOW with no escalation section.',
  fixable: true,
  check(context) {
    const { model } = context;
    if (model.frontMatter.model !== 'co-managed' || model.sections.some((s) => s.kind === 'escalation')) return;
    context.report({
      message: 'This co-managed SOW has no escalation section: when the two teams disagree or a target is missed, nobody knows whom to call next.',
      range: model.documentAnchor,
      fix: { title: 'Add an escalation section', edits: [appendBlock(context, escalationSection(model))] },
    });
  },
});
