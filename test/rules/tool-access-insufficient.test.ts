import rule from '../../server/src/engine/rules/tool-access-insufficient';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });
/** A SOW declaring a third party, Fabrikam, in its front matter. */
const withFabrikam = (body: string) => sow(body, { extra: 'parties: [Fabrikam]' });

testRule(rule, {
  valid: [
    {
      name: "read-write to the provider's RMM and PSA",
      text: sow(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | read-write |
| Autotask | PSA | MSP | read-write |
`),
    },
    {
      name: 'read-write in other words',
      text: sow(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | Read and write |
| Autotask | PSA | Northwind | Full admin |
| Halo | Service desk | Provider | RW |
`),
    },
    {
      name: "the client's own RMM may be read-only to it",
      text: sow(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| NinjaOne | RMM | Internal IT | read-only |
| Autotask | PSA | Contoso | none |
`),
    },
    {
      name: 'a managed SOW may give read-only access',
      text: managed(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | read-only |
`),
    },
    {
      name: "a tool owned by an undeclared party is unknown-party's finding",
      text: sow(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| Datto RMM | RMM | Fabrikam | read-only |
`),
    },
    {
      name: "a tool owned by a third declared party is not the provider's",
      text: withFabrikam(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| Datto RMM | RMM | Fabrikam | read-only |
`),
    },
    {
      name: 'a documentation tool is neither RMM nor ticketing',
      text: sow(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| IT Glue | Documentation | Northwind | read-only |
`),
    },
    {
      name: "no access terms is tool-access-missing's finding",
      text: sow(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| Datto RMM | RMM | Northwind |  |
| Autotask | PSA | Northwind | TBD |
`),
    },
  ],
  invalid: [
    {
      name: "read-only to the provider's RMM",
      text: sow(`
| Tool | Kind | Owner | Access | On exit |
| --- | --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | read-only | Agents removed |
`),
      findings: [
        {
          messageId: 'lessThanReadWrite',
          at: '| Datto RMM | RMM | Northwind | read-only | Agents removed |',
          message:
            'The internal IT team gets "read-only" access to Datto RMM, the provider\'s RMM: in a co-managed deal they need read-write access to work alongside the provider.',
          suggestions: [
            {
              title: 'Give the client read-write access to Datto RMM',
              output: {
                replace: '| Datto RMM | RMM | Northwind | read-only | Agents removed |',
                by: '| Datto RMM | RMM | Northwind | read-write | Agents removed |',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'Access first, owner by role word, no access to the ticketing system',
      text: sow(`
| Access | Tool | Kind | Owner |
| --- | --- | --- | --- |
| none | HaloPSA | Ticketing | MSP |
`),
      findings: [
        {
          messageId: 'lessThanReadWrite',
          at: '| none | HaloPSA | Ticketing | MSP |',
          message:
            'The internal IT team gets "none" access to HaloPSA, the provider\'s ticketing system: in a co-managed deal they need read-write access to work alongside the provider.',
          suggestions: [
            {
              title: 'Give the client read-write access to HaloPSA',
              output: { replace: '| none | HaloPSA | Ticketing | MSP |', by: '| read-write | HaloPSA | Ticketing | MSP |' },
            },
          ],
        },
      ],
    },
    {
      name: "no Owner column (taken to be the provider's) and free-text access that grants no write",
      text: sow(`
| Access | Platform |
| --- | --- |
| View dashboards | Autotask (PSA) |
`),
      findings: [
        {
          messageId: 'lessThanReadWrite',
          at: '| View dashboards | Autotask (PSA) |',
          message:
            'The internal IT team gets "View dashboards" access to Autotask (PSA), the provider\'s ticketing system: in a co-managed deal they need read-write access to work alongside the provider.',
          suggestions: [
            {
              title: 'Give the client read-write access to Autotask (PSA)',
              output: { replace: '| View dashboards | Autotask (PSA) |', by: '| read-write | Autotask (PSA) |' },
            },
          ],
        },
      ],
    },
    {
      name: 'read-only that mentions admin rights only to deny them',
      text: sow(`
| Tool | Kind | Owner | Access |
| --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | Read-only, no admin rights |
`),
      findings: [
        {
          messageId: 'lessThanReadWrite',
          at: '| Datto RMM | RMM | Northwind | Read-only, no admin rights |',
          suggestions: [
            {
              title: 'Give the client read-write access to Datto RMM',
              output: {
                replace: '| Datto RMM | RMM | Northwind | Read-only, no admin rights |',
                by: '| Datto RMM | RMM | Northwind | read-write |',
              },
            },
          ],
        },
      ],
    },
  ],
});
