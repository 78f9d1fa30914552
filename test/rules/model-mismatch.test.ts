import rule from '../../server/src/engine/rules/model-mismatch';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });

testRule(rule, {
  valid: [
    {
      name: 'managed: the client owning work under a column for another way of running the service (Self-hosted, Hybrid) is that option, not this deal',
      text: managed(`
| Control Area | Self-hosted | Managed | Hybrid |
|---|---|---|---|
| Host and network patching | Customer | Provider | Customer |
| Backup/restore operations | Customer | Provider | Customer |
`),
    },
    {
      name: "co-managed: rows whose cells Demarc could not read as roles may hold either side's work, so nothing is said of it",
      text: sow(`
| Activity | Northwind | Contoso |
| --- | --- | --- |
| Firewall management | Included | |
| Printers | Optional | |
`),
    },
    {
      name: "co-managed: duties written out under a column Demarc cannot name may be the client's, so nothing is said of it",
      text: sow(`
| Issue | Northwind | Departments and other suppliers |
| --- | --- | --- |
| Switches | Manage the core switches and the network backbone. | Responsible for design and operation of the local networks. |
| Servers | Help with assessment, planning and design when asked. | Responsible for design and operation of all equipment. |
`),
    },
    {
      name: 'co-managed: nothing said of a side that holds no work in the read matrix when another matrix could not be read',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | I | R/A |

| Party | Printers | Laptops |
| --- | --- | --- |
| Contoso | Every week | Daily |
| Northwind | Never | Monthly |
`),
    },
    {
      name: "a managed deal's obligations of the client (approvals, insurance, compliance) are not IT work it keeps",
      text: managed(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Approve the monthly maintenance window | R/A | C |
| Maintain insurance for colocated equipment | R/A | - |
| Comply with the provider's acceptable use policy | R/A | I |
| Patch management | I | R/A |
`),
    },
    {
      name: 'managed: the client is only consulted and informed (the documented passing example)',
      text: managed(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Printer support | I | R/A |
| Vendor management | C | R/A |
`),
    },
    {
      name: 'managed: an R in a Notes column is free text',
      text: managed(`
| Function | Contoso | Notes | Northwind |
| --- | --- | --- | --- |
| Printer support | I | R | R/A |
`),
    },
    {
      name: 'managed: a third party may hold R',
      text: `---
sow: 1
model: managed
client: Contoso
provider: Northwind
parties: [Fabrikam]
---

| Function | Fabrikam | Northwind | Contoso |
| --- | --- | --- | --- |
| Internet circuits | R | A | I |
`,
    },
    {
      name: 'co-managed: both sides hold R or A somewhere, by role words',
      text: sow(`
| Function | MSP | Internal IT |
| --- | --- | --- |
| Help desk L1 | I | R/A |
| Security monitoring | R/A | I |
`),
    },
    {
      name: 'co-managed: R alone counts, in the owner form too',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk L1 | R | A |

| Function | Owner |
| --- | --- |
| Backups | MSP |
`),
    },
    {
      name: 'no matrix: nothing to compare',
      text: managed(`
## Services

Northwind runs everything.
`),
    },
    {
      name: "an invalid model is invalid-front-matter's finding",
      text: `---
sow: 1
model: outsourced
client: Contoso
provider: Northwind
---

| Function | Contoso | Northwind |
| --- | --- | --- |
| Printer support | R/A | I |
`,
    },
    {
      name: 'co-managed: work held under columns of teams Demarc cannot name may be either side\'s, so neither "holds none"',
      text: sow(`
| Activity | Service Desk | Network Team | CIO |
| --- | --- | --- | --- |
| Patch management | A | R | I |
| User onboarding | R/A | C | I |
`),
    },
  ],
  invalid: [
    {
      name: 'managed, the client holds R (the documented failing example)',
      text: managed(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Printer support | R | A |
`),
      findings: [
        {
          messageId: 'clientHoldsWork',
          at: '| Printer support | R | A |',
          message:
            'This is a managed SOW, but Contoso (the client) holds R for "Printer support": in a managed deal the provider does and owns the work. Make it co-managed or move the role to Northwind.',
        },
      ],
    },
    {
      name: 'managed, role-word columns with the client last, A/R; and an owner cell naming the client',
      text: managed(`
| Function | MSP | Customer |
| --- | --- | --- |
| Backups | R/A | C |
| Help desk L1 | I | A/R |

| Function | Owner |
| --- | --- |
| Vendor management | Client |
`),
      findings: [
        {
          messageId: 'clientHoldsWork',
          at: '| Help desk L1 | I | A/R |',
          message:
            'This is a managed SOW, but Contoso (the client) holds R/A for "Help desk L1": in a managed deal the provider does and owns the work. Make it co-managed or move the role to Northwind.',
        },
        {
          messageId: 'clientHoldsWork',
          at: '| Vendor management | Client |',
          message:
            'This is a managed SOW, but Contoso (the client) holds R/A for "Vendor management": in a managed deal the provider does and owns the work. Make it co-managed or move the role to Northwind.',
        },
      ],
    },
    {
      name: 'co-managed, the client holds only C and I',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Backups | I | R/A |
| Patching | C | R/A |
`),
      findings: [
        {
          messageId: 'sideHoldsNothing',
          at: 'model: co-managed',
          message:
            'This is a co-managed SOW, but Contoso (the client) is not responsible or accountable for any function: the split reads like a fully managed deal.',
        },
      ],
    },
    {
      name: 'co-managed, the provider holds nothing; an R/A in Notes does not count',
      text: sow(`
| Function | Notes | Northwind | Contoso |
| --- | --- | --- | --- |
| Printers | R/A | I | R |
`),
      findings: [
        {
          messageId: 'sideHoldsNothing',
          at: 'model: co-managed',
          message:
            'This is a co-managed SOW, but Northwind (the provider) is not responsible or accountable for any function: the split reads like a self-managed deal.',
        },
      ],
    },
    {
      name: 'co-managed, neither side holds anything',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Printers | C | I |
`),
      findings: [
        {
          messageId: 'sideHoldsNothing',
          at: 'model: co-managed',
          message:
            'This is a co-managed SOW, but Contoso (the client) is not responsible or accountable for any function: the split reads like a fully managed deal.',
        },
        {
          messageId: 'sideHoldsNothing',
          at: 'model: co-managed',
          message:
            'This is a co-managed SOW, but Northwind (the provider) is not responsible or accountable for any function: the split reads like a self-managed deal.',
        },
      ],
    },
  ],
});
