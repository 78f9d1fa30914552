import { reportUnmet } from './playbook';
import { defineRule } from './rule';

export default defineRule({
  id: 'playbook-service-level',
  defaultSeverity: 'warning',
  description: "A priority's response is slower than the playbook's position, counted in business time where it says 24x7, or not stated.",
  fixable: false,
  hasSuggestions: true,
  messages: {
    missing: 'The playbook "{{playbook}}" wants a {{priority}} response {{position}}, but this SOW states no {{priority}} response.',
    slower: 'The {{priority}} response of {{said}} is slower than the playbook "{{playbook}}" allows: {{position}}.',
    unmeasurable: 'The {{priority}} response {{said}} is not a time Demarc can hold against the playbook "{{playbook}}": {{position}}.',
    businessTime: 'The {{priority}} response of {{said}} is counted in business time; the playbook "{{playbook}}" wants it {{position}}.',
  },
  absence: { messages: ['missing'], topic: 'playbook terms' },
  check(context) {
    reportUnmet(context, 'playbook-service-level');
  },
});
