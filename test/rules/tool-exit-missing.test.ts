import rule from '../../server/src/engine/rules/tool-exit-missing';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const MANAGED = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';
const CLAUSE = 'Provider removes agents within 30 days; licences end or transfer at term; data exported to the client in a standard format';

/** A tool named outside a tool table with no exit terms, reported on the line of its mention. */
const named = (name: string, kind: string, line: number, endColumn: number) => ({
  messageId: 'namedNoExitTerms',
  line,
  column: 1,
  endLine: line,
  endColumn,
  message: `The SOW names "${name}" (read as its ${kind}) but has no exit terms for it: nothing says what happens to its agents, licences and data when the contract ends.`,
});

testRule(rule, {
  valid: [
    {
      name: 'a tool named in prose, removed in a paragraph of the exit section',
      text: `${FM}\nNorthwind deploys its NinjaOne agents on every endpoint.\n\n## Termination\n\nOn termination Northwind will uninstall the NinjaOne agents and export the ticket history.\n`,
    },
    {
      name: "the client's own ticketing system is not the provider's tool",
      text: `${FM}\nTickets are logged in the Contoso ticketing system.\n`,
    },
    {
      name: "the client's name before a word describing its ticketing system still makes it the client's",
      text: `${FM}\nIssues are routed via the Contoso trouble ticketing system.\n`,
    },
    {
      name: 'agent software covered by an exit item about all agents',
      text: `${MANAGED}\nNorthwind will deploy agent software on your endpoints.\n\n## Termination\n\n- Northwind removes all agents within 30 days.\n`,
    },
    {
      name: "a tool of the organisation both parties belong to is not the provider's",
      text: '---\nsow: 1\nmodel: managed\nclient: OSG Stakeholders\nprovider: OSG Operations\n---\n\nRequests are tracked in the OSG ticketing system.\n',
    },
    {
      name: 'an exit cell filled in',
      text: `${FM}\n| Tool | Owner | Access | On exit |\n| --- | --- | --- | --- |\n| Datto RMM | Northwind | read-write | Agents removed within 30 days |\n`,
    },
    {
      name: 'an exit column headed Termination, before the tool column',
      text: `${FM}\n| Termination | Platform | Owner |\n| --- | --- | --- |\n| Tickets exported as CSV | HaloPSA | Northwind |\n`,
    },
    {
      name: 'a clean exit section naming the tool (the documented passing example)',
      text: `${MANAGED}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| Kaseya VSA | Northwind | none |\n\n## Termination\n\n- Either party may end this SOW with 60 days' notice.\n- Kaseya VSA agents are removed from every device within 30 days.\n`,
    },
    {
      name: 'exit items naming tools by kind, under a nested heading of an Offboarding section',
      text: `${FM}\n| Tool | Kind | Access |\n| --- | --- | --- |\n| NinjaOne | RMM | read-write |\n| Halo | PSA | read-write |\n\n## Offboarding\n\n### Tools\n\n- RMM agents are uninstalled within 30 days.\n- PSA ticket history is exported as CSV.\n`,
    },
    {
      name: 'a placeholder exit cell is mended by an exit section item',
      text: `${FM}\n| Tool | Access | Exit |\n| --- | --- | --- |\n| Liongard | read-only | TBD |\n\n## Exit\n\n- Liongard: the client's data is exported, then deleted.\n`,
    },
  ],
  invalid: [
    {
      name: 'a tool named in a bullet, outside any tool table, with no exit terms',
      text: `${FM}\n## Services\n\n- Northwind deploys its NinjaOne agents on every endpoint.\n`,
      findings: [named('NinjaOne', 'RMM', 10, 59)],
    },
    {
      name: "the nearest party's name before the tool decides whose it is",
      text: `${FM}\nContoso staff log issues in the Northwind support ticketing system.\n`,
      findings: [named('ticketing system', 'ticketing system', 8, 68)],
    },
    {
      name: 'agent software and backup tools the provider deploys are tools with exit terms to state',
      text: `${MANAGED}\n## Services\n\nNorthwind will deploy agent software on your endpoints.\n\n- Deploy approved backup tools.\n`,
      findings: [named('agent software', 'agent software', 10, 56), named('backup tools', 'backup system', 12, 32)],
    },
    {
      name: '"IT" before a tool says what it is for, not that it is the client\'s',
      text: `${MANAGED}\n- IT Auto-Documentation and Management System\n`,
      findings: [named('Auto-Documentation and Management System', 'documentation system', 8, 46)],
    },
    {
      name: 'a word both party names share but that names no one ("The") does not give the tool away',
      text: '---\nsow: 1\nmodel: managed\nclient: The Client Co\nprovider: The Provider Co\n---\n\nRequests are tracked in the ticketing system.\n',
      findings: [named('ticketing system', 'ticketing system', 8, 46)],
    },
    {
      name: 'an empty exit cell: standard terms offered in the cell',
      text: `${FM}\n| Tool | Owner | Access | On exit |\n| --- | --- | --- | --- |\n| Datto RMM | Northwind | read-write |  |\n`,
      findings: [
        {
          messageId: 'noExitTerms',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 42,
          message:
            '"Datto RMM" has no exit terms: the SOW does not say what happens to its licences, agents, access and data when the contract ends.',
          suggestions: [
            {
              title: 'Add standard exit terms for Datto RMM',
              output: `${FM}\n| Tool | Owner | Access | On exit |\n| --- | --- | --- | --- |\n| Datto RMM | Northwind | read-write | ${CLAUSE} |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a TBD exit cell in the first column',
      text: `${FM}\n| Termination | Platform | Owner |\n| --- | --- | --- |\n| TBD | Kaseya VSA | Northwind |\n`,
      findings: [
        {
          messageId: 'noExitTerms',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 33,
          suggestions: [
            {
              title: 'Add standard exit terms for Kaseya VSA',
              output: `${FM}\n| Termination | Platform | Owner |\n| --- | --- | --- |\n| ${CLAUSE} | Kaseya VSA | Northwind |\n`,
            },
          ],
        },
      ],
    },
    {
      name: "no exit column: an item is offered after the exit section's last item (the documented failing example)",
      text: `${MANAGED}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| Kaseya VSA | Northwind | none |\n\n## Termination\n\n- Either party may end this SOW with 60 days' notice.\n`,
      findings: [
        {
          messageId: 'noExitTerms',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 34,
          suggestions: [
            {
              title: 'Add standard exit terms for Kaseya VSA',
              output: `${MANAGED}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| Kaseya VSA | Northwind | none |\n\n## Termination\n\n- Either party may end this SOW with 60 days' notice.\n- Kaseya VSA: ${CLAUSE}.\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a tool named only in a list outside the exit section; the other tool is named by kind inside it',
      text: `${FM}\n| Tool | Kind | Access |\n| --- | --- | --- |\n| Datto RMM | RMM | read-write |\n| IT Glue | Documentation | read-only |\n\n## Notes\n\n- IT Glue data is exported on request.\n\n## Transition and offboarding\n\n- RMM agents are removed within 30 days.\n- Licences transfer at term.\n\n## Fees\n\nMonthly.\n`,
      findings: [
        {
          messageId: 'noExitTerms',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 40,
          message:
            '"IT Glue" has no exit terms: the SOW does not say what happens to its licences, agents, access and data when the contract ends.',
          suggestions: [
            {
              title: 'Add standard exit terms for IT Glue',
              output: `${FM}\n| Tool | Kind | Access |\n| --- | --- | --- |\n| Datto RMM | RMM | read-write |\n| IT Glue | Documentation | read-only |\n\n## Notes\n\n- IT Glue data is exported on request.\n\n## Transition and offboarding\n\n- RMM agents are removed within 30 days.\n- Licences transfer at term.\n- IT Glue: ${CLAUSE}.\n\n## Fees\n\nMonthly.\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'no exit column and an exit section in prose: nowhere to put an item',
      text: `${FM}\n| Tool | Access |\n| --- | --- |\n| Liongard | read-only |\n\n## Exit\n\nThe parties will agree exit terms later.\n`,
      findings: [{ messageId: 'noExitTerms', line: 10, column: 1, endLine: 10, endColumn: 25 }],
    },
  ],
});
