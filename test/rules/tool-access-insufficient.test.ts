import rule from '../../server/src/engine/rules/tool-access-insufficient';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const FM3 = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\nparties: [Fabrikam]\n---\n';
const MANAGED = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';
const TOOLS = '| Tool | Kind | Owner | Access |\n| --- | --- | --- | --- |\n';

testRule(rule, {
  valid: [
    {
      name: "read-write to the provider's RMM and PSA",
      text: `${FM}\n${TOOLS}| Datto RMM | RMM | Northwind | read-write |\n| Autotask | PSA | MSP | read-write |\n`,
    },
    {
      name: 'read-write in other words',
      text: `${FM}\n${TOOLS}| Datto RMM | RMM | Northwind | Read and write |\n| Autotask | PSA | Northwind | Full admin |\n| Halo | Service desk | Provider | RW |\n`,
    },
    {
      name: "the client's own RMM may be read-only to it",
      text: `${FM}\n${TOOLS}| NinjaOne | RMM | Internal IT | read-only |\n| Autotask | PSA | Contoso | none |\n`,
    },
    { name: 'a managed SOW may give read-only access', text: `${MANAGED}\n${TOOLS}| Datto RMM | RMM | Northwind | read-only |\n` },
    {
      name: "a tool owned by an undeclared party is unknown-party's finding",
      text: `${FM}\n${TOOLS}| Datto RMM | RMM | Fabrikam | read-only |\n`,
    },
    {
      name: "a tool owned by a third declared party is not the provider's",
      text: `${FM3}\n${TOOLS}| Datto RMM | RMM | Fabrikam | read-only |\n`,
    },
    {
      name: 'a documentation tool is neither RMM nor ticketing',
      text: `${FM}\n${TOOLS}| IT Glue | Documentation | Northwind | read-only |\n`,
    },
    {
      name: "no access terms is tool-access-missing's finding",
      text: `${FM}\n${TOOLS}| Datto RMM | RMM | Northwind |  |\n| Autotask | PSA | Northwind | TBD |\n`,
    },
  ],
  invalid: [
    {
      name: "read-only to the provider's RMM",
      text: `${FM}\n| Tool | Kind | Owner | Access | On exit |\n| --- | --- | --- | --- | --- |\n| Datto RMM | RMM | Northwind | read-only | Agents removed |\n`,
      findings: [
        {
          messageId: 'lessThanReadWrite',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 61,
          message:
            'The internal IT team gets "read-only" access to Datto RMM, the provider\'s RMM: in a co-managed deal they need read-write access to work alongside the provider.',
          suggestions: [
            {
              title: 'Give the client read-write access to Datto RMM',
              output: `${FM}\n| Tool | Kind | Owner | Access | On exit |\n| --- | --- | --- | --- | --- |\n| Datto RMM | RMM | Northwind | read-write | Agents removed |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Access first, owner by role word, no access to the ticketing system',
      text: `${FM}\n| Access | Tool | Kind | Owner |\n| --- | --- | --- | --- |\n| none | HaloPSA | Ticketing | MSP |\n`,
      findings: [
        {
          messageId: 'lessThanReadWrite',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 37,
          message:
            'The internal IT team gets "none" access to HaloPSA, the provider\'s ticketing system: in a co-managed deal they need read-write access to work alongside the provider.',
          suggestions: [
            {
              title: 'Give the client read-write access to HaloPSA',
              output: `${FM}\n| Access | Tool | Kind | Owner |\n| --- | --- | --- | --- |\n| read-write | HaloPSA | Ticketing | MSP |\n`,
            },
          ],
        },
      ],
    },
    {
      name: "no Owner column (taken to be the provider's) and free-text access that grants no write",
      text: `${FM}\n| Access | Platform |\n| --- | --- |\n| View dashboards | Autotask (PSA) |\n`,
      findings: [
        {
          messageId: 'lessThanReadWrite',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 37,
          message:
            'The internal IT team gets "View dashboards" access to Autotask (PSA), the provider\'s ticketing system: in a co-managed deal they need read-write access to work alongside the provider.',
          suggestions: [
            {
              title: 'Give the client read-write access to Autotask (PSA)',
              output: `${FM}\n| Access | Platform |\n| --- | --- |\n| read-write      | Autotask (PSA) |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'read-only that mentions admin rights only to deny them',
      text: `${FM}\n${TOOLS}| Datto RMM | RMM | Northwind | Read-only, no admin rights |\n`,
      findings: [
        {
          messageId: 'lessThanReadWrite',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 61,
          suggestions: [
            {
              title: 'Give the client read-write access to Datto RMM',
              output: `${FM}\n${TOOLS}| Datto RMM | RMM | Northwind | read-write                 |\n`,
            },
          ],
        },
      ],
    },
  ],
});
