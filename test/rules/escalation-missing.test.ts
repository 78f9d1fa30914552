import rule from '../../server/src/engine/rules/escalation-missing';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const MANAGED = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';
const TITLE = 'Add an escalation section with a standard three-step path';
const STEPS = [
  '## Escalation',
  '',
  '1. Service desk lead (Northwind): within 30 minutes of a missed response target.',
  '2. Service delivery manager (Northwind) and IT manager (Contoso): within 2 hours.',
  '3. Account executive (Northwind) and IT director (Contoso): within 1 business day.',
];
const SECTION = `${STEPS.join('\n')}\n`;

testRule(rule, {
  valid: [
    {
      name: 'a real path under another heading',
      text: `${FM}\n## Support and communication\n\nUnresolved P1 incidents escalate to the Northwind service delivery manager within 2 hours, then to the Contoso IT director.\n`,
    },
    {
      name: 'the documented passing example',
      text: `${FM}\n## Escalation\n\n1. Service desk lead: within 30 minutes.\n2. Service delivery manager: within 2 hours.\n`,
    },
    { name: 'a managed SOW needs none', text: `${MANAGED}\n## Support\n\nContact the service desk.\n` },
    {
      name: 'a nested heading that mentions escalation',
      text: `${FM}\n## Support\n\n### Incident escalation path\n\nCall the duty manager.\n`,
    },
    { name: 'a setext heading', text: `${FM}\nEscalations\n-----------\n\nCall the duty manager.\n` },
    { name: 'escalating is escalation', text: `${FM}\n# Escalating disputes\n\nThe account managers meet within 5 days.\n` },
  ],
  invalid: [
    {
      name: 'an Escalation heading over a placeholder: a heading alone is no path',
      text: `${FM}\n## Escalation\n\nTBD.\n`,
      findings: [
        {
          messageId: 'placeholderOnly',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 14,
          message:
            'The escalation section says nothing but a placeholder: when the two teams disagree or a target is missed, nobody knows whom to call next.',
        },
      ],
    },
    {
      name: 'no escalation heading (the documented failing example)',
      text: `${FM}\n## Support\n\nContact the service desk.\n`,
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'This co-managed SOW has no escalation section: when the two teams disagree or a target is missed, nobody knows whom to call next.',
          suggestions: [{ title: TITLE, output: `${FM}\n## Support\n\nContact the service desk.\n\n${SECTION}` }],
        },
      ],
    },
    {
      name: 'escalation in prose and in bold is not a heading; no final line break',
      text: `${FM}\n## Support\n\n**Escalation:** see the escalation contacts in the portal.`,
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            { title: TITLE, output: `${FM}\n## Support\n\n**Escalation:** see the escalation contacts in the portal.\n\n${SECTION}` },
          ],
        },
      ],
    },
    {
      name: 'a document already ending in a blank line gets no second one',
      text: `${FM}\n## Support\n\nContact the service desk.\n\n`,
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [{ title: TITLE, output: `${FM}\n## Support\n\nContact the service desk.\n\n${SECTION}` }],
        },
      ],
    },
    {
      name: 'CRLF line breaks are kept',
      text: '---\r\nsow: 1\r\nmodel: co-managed\r\nclient: Contoso\r\nprovider: Northwind\r\n---\r\n\r\n## Support\r\n',
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              title: TITLE,
              output: `---\r\nsow: 1\r\nmodel: co-managed\r\nclient: Contoso\r\nprovider: Northwind\r\n---\r\n\r\n## Support\r\n\r\n${STEPS.join('\r\n')}\r\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a code fence left open at the end is closed before the section',
      text: `${FM}\n## Notes\n\n\`\`\`\nraw text`,
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [{ title: TITLE, output: `${FM}\n## Notes\n\n\`\`\`\nraw text\n\`\`\`\n\n${SECTION}` }],
        },
      ],
    },
  ],
});
