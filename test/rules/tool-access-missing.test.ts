import rule from '../../server/src/engine/rules/tool-access-missing';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const MANAGED = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';
const CLAUSE = 'Provider removes agents within 30 days; licences end or transfer at term; data exported to the client in a standard format';
const TOOL_SECTION =
  '## Tools and access\n\n| Tool | Kind | Owner | Access | On exit |\n| ---- | ---- | ----- | ------ | ------- |\n' +
  `| RMM platform | RMM | Northwind | read-write | ${CLAUSE} |\n| PSA and ticketing | PSA | Northwind | read-write | ${CLAUSE} |\n`;

testRule(rule, {
  valid: [
    {
      name: "managed: the client team's access is not the question, so a TBD access cell is not flagged",
      text: `${MANAGED}\n| Access | Platform | Owner |\n| --- | --- | --- |\n| TBD | Datto RMM | Northwind |\n| read-only | Autotask PSA | Northwind |\n`,
    },
    {
      name: 'an RMM and a PSA with access terms',
      text: `${FM}\n| Tool | Kind | Owner | Access | On exit |\n| --- | --- | --- | --- | --- |\n| Datto RMM | RMM | Northwind | read-write | Agents removed |\n| Autotask | PSA | Northwind | read-write | Tickets exported |\n`,
    },
    { name: 'a managed SOW needs no tool table', text: `${MANAGED}\n## Services\n\nNorthwind runs everything.\n` },
    {
      name: "co-managed in the front matter, but the body never speaks of co-managed IT (a platform's shared responsibilities)",
      text: `${FM}\n## Shared responsibilities\n\nNorthwind runs the hosting platform; Contoso runs its applications on it.\n`,
    },
    {
      name: 'a cover line restating the model is the front matter again, not the body speaking of co-managed IT',
      text: `${FM}\nEngagement model: co-managed\n\n## Shared responsibilities\n\nNorthwind runs the hosting platform; Contoso runs its applications on it.\n`,
    },
    {
      name: 'access column first; "none" is stated access; kinds named in words',
      text: `${FM}\n| Access | Platform | Type | Owner |\n| --- | --- | --- | --- |\n| none | NinjaOne | Remote monitoring | Northwind |\n| Full admin | Halo | Service desk | Northwind |\n`,
    },
    {
      name: 'one tool that is both RMM and PSA',
      text: `${FM}\n| Tool | Access |\n| --- | --- |\n| ConnectWise (RMM and PSA) | read-only |\n`,
    },
    {
      name: 'a managed tool table needs no RMM or ticketing system',
      text: `${MANAGED}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| IT Glue | Northwind | read-only |\n`,
    },
  ],
  invalid: [
    {
      name: 'a co-managed SOW with no tool table: a standard table is offered, never written by --fix',
      text: `${FM}\nContoso's internal IT team works beside Northwind. No tools are listed here.\n`,
      findings: [
        {
          messageId: 'noToolTable',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          severity: 'error',
          message:
            "This co-managed SOW has no tool table, so it never says what access the internal IT team gets to the provider's RMM and ticketing tools.",
          suggestions: [
            {
              title: 'Add a tool table with RMM and ticketing access',
              output: `${FM}\nContoso's internal IT team works beside Northwind. No tools are listed here.\n\n${TOOL_SECTION}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the level set in config applies to every finding',
      text: `${FM}\nContoso's internal IT team works beside Northwind. No tools are listed here.`,
      config: { rules: { 'tool-access-missing': 'info' } },
      findings: [
        {
          messageId: 'noToolTable',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          severity: 'info',
          suggestions: [
            {
              title: 'Add a tool table with RMM and ticketing access',
              output: `${FM}\nContoso's internal IT team works beside Northwind. No tools are listed here.\n\n${TOOL_SECTION}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a documentation tool with an empty access cell: no RMM, no ticketing, no access terms',
      text: `${FM}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| IT Glue | Northwind |  |\n`,
      findings: [
        {
          messageId: 'noRmm',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 26,
          severity: 'warning',
          message:
            'The tool table names no RMM (remote monitoring and management) platform: in a co-managed deal both teams need to know whose RMM manages the devices.',
        },
        {
          messageId: 'noTicketing',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 26,
          severity: 'warning',
          message:
            'The tool table names no ticketing system (PSA or service desk): in a co-managed deal both teams must work tickets in one shared queue.',
        },
        {
          messageId: 'noAccessTerms',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 27,
          severity: 'warning',
          message: '"IT Glue" has no access terms: say what access the client gets (read-write, read-only or none).',
          suggestions: [
            {
              title: "Set the client's access to IT Glue to read-write",
              output: `${FM}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| IT Glue | Northwind | read-write |\n`,
            },
            {
              title: "Set the client's access to IT Glue to read-only",
              output: `${FM}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| IT Glue | Northwind | read-only |\n`,
            },
            {
              title: "Set the client's access to IT Glue to none",
              output: `${FM}\n| Tool | Owner | Access |\n| --- | --- | --- |\n| IT Glue | Northwind | none |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'no Access column at all: flagged per tool, with no cell to fill',
      text: `${FM}\n| Tool | Kind | On exit |\n| --- | --- | --- |\n| NinjaOne | RMM | Agents removed |\n| HaloPSA | PSA | Tickets exported |\n`,
      findings: [
        {
          messageId: 'noAccessTerms',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 36,
          severity: 'warning',
          message: '"NinjaOne" has no access terms: say what access the client gets (read-write, read-only or none).',
        },
        { messageId: 'noAccessTerms', line: 11, column: 1, endLine: 11, endColumn: 37, severity: 'warning' },
      ],
    },
  ],
});
