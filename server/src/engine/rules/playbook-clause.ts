import { reportUnmet } from './playbook';
import { defineRule } from './rule';

export default defineRule({
  id: 'playbook-clause',
  defaultSeverity: 'warning',
  description: 'A clause the playbook requires is missing: no heading or passage mentions it.',
  fixable: false,
  hasSuggestions: false,
  messages: {
    missing: 'This SOW has no "{{clause}}" clause, which the playbook "{{playbook}}" requires: nothing mentions {{mentions}}.',
  },
  absence: { messages: ['missing'], topic: 'playbook terms' },
  check(context) {
    reportUnmet(context, 'playbook-clause');
  },
});
