import rule from '../../server/src/engine/rules/tool-access-missing';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });

const TITLE = 'Add a tool table with RMM and ticketing access';
const CLAUSE = 'Provider removes agents within 30 days; licences end or transfer at term; data exported to the client in a standard format';
const TOOL_SECTION = `## Tools and access

| Tool | Kind | Owner | Access | On exit |
| ---- | ---- | ----- | ------ | ------- |
| RMM platform | RMM | Northwind | read-write | ${CLAUSE} |
| PSA and ticketing | PSA | Northwind | read-write | ${CLAUSE} |
`;

testRule(rule, {
  valid: [
    {
      name: "the client's own ticketing system: its team's access is not a term of the deal",
      text: sow(`
| Tool | Purpose | Owner |
| --- | --- | --- |
| Jira Service Management | Tickets | Contoso |
| Datto RMM | Devices | Contoso |
`),
    },
    {
      name: "managed: the client team's access is not the question, so a TBD access cell is not flagged",
      text: managed(`
| Access | Platform | Owner |
| --- | --- | --- |
| TBD | Datto RMM | Northwind |
| read-only | Autotask PSA | Northwind |
`),
    },
    {
      name: 'an RMM and a PSA with access terms',
      text: sow(`
| Tool | Kind | Owner | Access | On exit |
| --- | --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | read-write | Agents removed |
| Autotask | PSA | Northwind | read-write | Tickets exported |
`),
    },
    {
      name: 'a managed SOW needs no tool table',
      text: managed(`
## Services

Northwind runs everything.
`),
    },
    {
      name: "co-managed in the front matter, but the body never speaks of co-managed IT (a platform's shared responsibilities)",
      text: sow(`
## Shared responsibilities

Northwind runs the hosting platform; Contoso runs its applications on it.
`),
    },
    {
      name: 'a cover line restating the model is the front matter again, not the body speaking of co-managed IT',
      text: sow(`
Engagement model: co-managed

## Shared responsibilities

Northwind runs the hosting platform; Contoso runs its applications on it.
`),
    },
    {
      name: 'access column first; "none" is stated access; kinds named in words',
      text: sow(`
| Access | Platform | Type | Owner |
| --- | --- | --- | --- |
| none | NinjaOne | Remote monitoring | Northwind |
| Full admin | Halo | Service desk | Northwind |
`),
    },
    {
      name: 'one tool that is both RMM and PSA',
      text: sow(`
| Tool | Access |
| --- | --- |
| ConnectWise (RMM and PSA) | read-only |
`),
    },
    {
      name: 'a managed tool table needs no RMM or ticketing system',
      text: managed(`
| Tool | Owner | Access |
| --- | --- | --- |
| IT Glue | Northwind | read-only |
`),
    },
  ],
  invalid: [
    {
      name: 'a co-managed SOW with no tool table: a standard table is offered, never written by --fix',
      text: sow(`
Contoso's internal IT team works beside Northwind. No tools are listed here.
`),
      findings: [
        {
          messageId: 'noToolTable',
          at: 'model: co-managed',
          severity: 'error',
          message:
            "This co-managed SOW has no tool table, so it never says what access the internal IT team gets to the provider's RMM and ticketing tools.",
          suggestions: [{ title: TITLE, output: { append: `\n${TOOL_SECTION}` } }],
        },
      ],
    },
    {
      name: "a subprocessor list is the provider's own vendors: no access asked of its support desk, and still no tool table",
      text: sow(`
Contoso's internal IT team works beside Northwind.

## Subprocessors

These Subprocessors manage email and support communications with users.

| Name | Purpose | Processing location |
| --- | --- | --- |
| Help Scout PBC | Customer support ticketing system | United States |
| Doist Inc. | Company-wide internal communication | United States |
`),
      findings: [
        {
          messageId: 'noToolTable',
          at: 'model: co-managed',
          severity: 'error',
          suggestions: [{ title: TITLE, output: { append: `\n${TOOL_SECTION}` } }],
        },
      ],
    },
    {
      name: 'the level set in config applies to every finding',
      text: sow(`
Contoso's internal IT team works beside Northwind. No tools are listed here.`),
      config: { rules: { 'tool-access-missing': 'info' } },
      findings: [
        {
          messageId: 'noToolTable',
          at: 'model: co-managed',
          severity: 'info',
          suggestions: [{ title: TITLE, output: { append: `\n\n${TOOL_SECTION}` } }],
        },
      ],
    },
    {
      name: 'a documentation tool with an empty access cell: no RMM, no ticketing, no access terms',
      text: sow(`
| Tool | Owner | Access |
| --- | --- | --- |
| IT Glue | Northwind |  |
`),
      findings: [
        {
          messageId: 'noRmm',
          at: '| Tool | Owner | Access |',
          severity: 'warning',
          message:
            'The tool table names no RMM (remote monitoring and management) platform: in a co-managed deal both teams need to know whose RMM manages the devices.',
        },
        {
          messageId: 'noTicketing',
          at: '| Tool | Owner | Access |',
          severity: 'warning',
          message:
            'The tool table names no ticketing system (PSA or service desk): in a co-managed deal both teams must work tickets in one shared queue.',
        },
        {
          messageId: 'noAccessTerms',
          at: '| IT Glue | Northwind |  |',
          severity: 'warning',
          message: '"IT Glue" has no access terms: say what access the client gets (read-write, read-only or none).',
          suggestions: [
            {
              title: "Set the client's access to IT Glue to read-write",
              output: { replace: '| IT Glue | Northwind |  |', by: '| IT Glue | Northwind | read-write |' },
            },
            {
              title: "Set the client's access to IT Glue to read-only",
              output: { replace: '| IT Glue | Northwind |  |', by: '| IT Glue | Northwind | read-only |' },
            },
            {
              title: "Set the client's access to IT Glue to none",
              output: { replace: '| IT Glue | Northwind |  |', by: '| IT Glue | Northwind | none |' },
            },
          ],
        },
      ],
    },
    {
      name: 'no Access column at all: flagged per tool, with no cell to fill',
      text: sow(`
| Tool | Kind | On exit |
| --- | --- | --- |
| NinjaOne | RMM | Agents removed |
| HaloPSA | PSA | Tickets exported |
`),
      findings: [
        {
          messageId: 'noAccessTerms',
          at: '| NinjaOne | RMM | Agents removed |',
          severity: 'warning',
          message: '"NinjaOne" has no access terms: say what access the client gets (read-write, read-only or none).',
        },
        { messageId: 'noAccessTerms', at: '| HaloPSA | PSA | Tickets exported |', severity: 'warning' },
      ],
    },
  ],
});
