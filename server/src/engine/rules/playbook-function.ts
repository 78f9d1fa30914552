import { reportUnmet } from './playbook';
import { defineRule } from './rule';

export default defineRule({
  id: 'playbook-function',
  defaultSeverity: 'warning',
  description: "A function the playbook requires is missing from the split, or another party than the playbook's is accountable for it.",
  fixable: false,
  hasSuggestions: true,
  messages: {
    missing: 'The playbook "{{playbook}}" requires a "{{function}}" function{{owner}}, but the split has none.',
    wrongOwner: 'This SOW makes {{said}} accountable for "{{function}}"; the playbook "{{playbook}}" wants {{position}}.',
  },
  absence: { messages: ['missing'], topic: 'playbook terms' },
  check(context) {
    reportUnmet(context, 'playbook-function');
  },
});
