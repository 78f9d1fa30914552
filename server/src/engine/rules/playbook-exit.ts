import { reportUnmet } from './playbook';
import { defineRule } from './rule';

export default defineRule({
  id: 'playbook-exit',
  defaultSeverity: 'warning',
  description: "An exit term the playbook requires is missing, or its period is longer than the playbook's.",
  fixable: false,
  hasSuggestions: true,
  messages: {
    missingTerm: 'The exit terms say nothing of "{{term}}"; the playbook "{{playbook}}" requires it{{within}}.',
    tooLong: '"{{term}}" is given {{said}}, longer than the playbook "{{playbook}}" allows ({{position}}).',
  },
  absence: { messages: ['missingTerm'], topic: 'playbook terms' },
  check(context) {
    reportUnmet(context, 'playbook-exit');
  },
});
