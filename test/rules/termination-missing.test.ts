import rule from '../../server/src/engine/rules/termination-missing';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const MANAGED = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';
const TITLE = 'Add a termination and exit section with standard terms';
const CLAUSE = 'Provider removes agents within 30 days; licences end or transfer at term; data exported to the client in a standard format';
const EXIT =
  "## Termination and exit\n\n- Either party may terminate with 90 days' written notice.\n" +
  '- Northwind provides transition assistance to Contoso or a successor provider for up to 60 days.\n' +
  '- Northwind returns all Contoso data, documentation and credentials within 30 days of termination.\n';
const ONBOARDING_POLICY = '# Client Onboarding and Offboarding Policy\n\n## Onboarding\n\nAccounts are created on day one.\n';

/** The no-section finding on the model: line, offering the standard exit section appended to the text. */
const noSection = (text: string, endColumn: number) => ({
  messageId: 'noSection',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn,
  suggestions: [{ title: TITLE, output: `${text}\n${EXIT}` }],
});

testRule(rule, {
  valid: [
    {
      name: 'the documented passing example',
      text: `${MANAGED}\n## Termination and exit\n\n- Either party may terminate with 90 days' notice.\n- The provider returns all data and credentials within 30 days.\n`,
    },
    { name: 'a heading that says Exit', text: `${FM}\n## Exit\n\nSee the master agreement.\n` },
    { name: 'transition services', text: `${FM}\n# Transition services\n\nNorthwind helps a successor for 60 days.\n` },
    { name: 'a nested offboarding heading', text: `${FM}\n## Services\n\n### Offboarding\n\nAccounts are closed within 5 days.\n` },
    { name: 'end of contract', text: `${MANAGED}\n## End of contract\n\nData is returned within 30 days.\n` },
    {
      name: 'an offboarding subsection under an "Onboarding and Offboarding" title is the exit section',
      text: `${MANAGED}\n# Onboarding and Offboarding Policy\n\n## Offboarding\n\nAccounts are closed within 5 days.\n`,
    },
  ],
  invalid: [
    {
      name: 'a title naming onboarding and offboarding is not itself the exit terms',
      text: `${MANAGED}\n${ONBOARDING_POLICY}`,
      findings: [noSection(`${MANAGED}\n${ONBOARDING_POLICY}`, 15)],
    },
    {
      name: 'no exit heading (the documented failing example)',
      text: `${MANAGED}\n## Fees\n\nMonthly, in advance.\n`,
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
          message:
            'This SOW has no termination or exit section: nothing says how the contract ends or what happens to tools, licences, agents and data.',
          suggestions: [{ title: TITLE, output: `${MANAGED}\n## Fees\n\nMonthly, in advance.\n\n${EXIT}` }],
        },
      ],
    },
    {
      name: 'an exit item is offered for each tool without exit terms, none for a tool with them',
      text: `${FM}\n| Tool | Owner | On exit |\n| --- | --- | --- |\n| Datto RMM | Northwind |  |\n| Autotask | Northwind | Tickets exported |\n`,
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
              output: `${FM}\n| Tool | Owner | On exit |\n| --- | --- | --- |\n| Datto RMM | Northwind |  |\n| Autotask | Northwind | Tickets exported |\n\n${EXIT}- Datto RMM: ${CLAUSE}.\n`,
            },
          ],
        },
      ],
    },
    {
      name: '"Existing" is not "exit", and exit words in prose are no section',
      text: `${FM}\n## Existing systems\n\nOn termination the parties will agree exit terms.\n`,
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            { title: TITLE, output: `${FM}\n## Existing systems\n\nOn termination the parties will agree exit terms.\n\n${EXIT}` },
          ],
        },
      ],
    },
    {
      name: 'an HTML comment left open at the end is closed before the section',
      text: `${MANAGED}\n## Fees\n\n<!-- draft: notice period`,
      findings: [
        {
          messageId: 'noSection',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
          suggestions: [{ title: TITLE, output: `${MANAGED}\n## Fees\n\n<!-- draft: notice period\n-->\n\n${EXIT}` }],
        },
      ],
    },
  ],
});
