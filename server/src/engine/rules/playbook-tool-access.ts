import { reportUnmet } from './playbook';
import { defineRule } from './rule';

export default defineRule({
  id: 'playbook-tool-access',
  defaultSeverity: 'warning',
  description: "The client's team gets less access to a tool than the playbook's position, or the tool is not listed.",
  fixable: false,
  hasSuggestions: true,
  messages: {
    missing: 'The playbook "{{playbook}}" wants {{position}} to the {{tool}}, but this SOW lists no {{tool}}.',
    lessAccess: 'The client gets {{said}} access to {{tool}}; the playbook "{{playbook}}" wants {{position}}.',
  },
  absence: { messages: ['missing'], topic: 'playbook terms' },
  check(context) {
    reportUnmet(context, 'playbook-tool-access');
  },
});
