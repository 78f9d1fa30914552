import rule from '../../server/src/engine/rules/unknown-party';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';
import { PLAN_COLUMN_MATRIX } from '../helpers/tables';

/** A SOW declaring a third party, Fabrikam, in its front matter. */
const withFabrikam = (body: string) => sow(body, { extra: 'parties: [Fabrikam]' });

testRule(rule, {
  valid: [
    {
      name: 'a table of what to do when, and whom to inform, is no matrix: "Action" heads no function column',
      text: sow(`
| When... | Action | Inform |
|---------|--------|--------|
| New image requested | Build and test | Security (for validation) |
| New Dev Box needed | Submit request | Infrastructure, Finance |
`),
    },
    {
      name: "a party's own team names that party, and departments and reviewers are someone's people: nothing to declare",
      text: sow(`
| Step | Owner |
| --- | --- |
| Configure sign-in | Northwind Customer Success |
| Review access | Procurement + security reviewer |
| Triage tickets | Service Desk Agent |
`),
    },
    {
      name: 'beside columns headed by parties, a column of plans ("Self Service", "On request") describes the row: no party to declare',
      text: sow(`
${PLAN_COLUMN_MATRIX}`),
    },
    {
      name: "an owner with a footnote's mark ('Contoso¹', 'Northwind*') is the declared party",
      text: sow(`
| Activity | Owner |
| --- | --- |
| Password resets | Northwind* |
| Patching | Contoso¹ |
`),
    },
    {
      name: 'owner cells that describe rather than name, teams and jobs, and a shared note name no party to declare',
      text: sow(`
| Function | Owner |
| --- | --- |
| Video storage | Managed service |
| Password resets | Service Desk |
| Firewall changes | Network Engineer |
| Backups | Shared (usage) |
`),
    },
    {
      name: 'a tool owned by two declared parties, or by Both, names no undeclared party',
      text: sow(`
| Tool | Owner | Access |
| --- | --- | --- |
| Microsoft 365 | Contoso / Northwind | read-write |
| Datto RMM | Both | read-write |
`),
    },
    {
      name: 'a third party declared in parties:',
      text: `---
sow: 1
model: co-managed
client: Contoso
provider: Northwind
parties: [Fabrikam Telecom]
---

| Function | Contoso | Northwind | Fabrikam Telecom |
| --- | --- | --- | --- |
| Internet circuits | I | A | R |
`,
    },
    {
      name: "a unit of a declared party, named by the party's whole name among other words",
      text: sow(`
| Activity | Contoso Business Units | Northwind Cloud Operations |
| --- | --- | --- |
| Help desk L1 | R/A | I |
`),
    },
    {
      name: 'role words for both parties',
      text: sow(`
| Function | Internal IT | Service Provider |
| --- | --- | --- |
| Help desk L1 | R/A | I |

| Function | Customer | MSP |
| --- | --- | --- |
| Backups | I | R/A |

| Function | In-house | Provider |
| --- | --- | --- |
| Printers | R/A | - |
`),
    },
    {
      name: 'a role word with the name in brackets',
      text: sow(`
| Function | Client (Contoso) | MSP (Northwind) |
| --- | --- | --- |
| Help desk L1 | R/A | I |
`),
    },
    {
      name: 'vendors named in Notes, Comments, Scope and Description columns',
      text: sow(`
| Function | Notes | Contoso | Comments | Northwind | Scope | Description |
| --- | --- | --- | --- | --- | --- | --- |
| Circuits | Fabrikam | I | Fabrikam | R/A | Fabrikam | Fabrikam |
`),
    },
    {
      name: 'owner cells with role words, placeholders and Both are not unknown names',
      text: sow(`
| Function | Owner |
| --- | --- |
| Firewall changes | MSP |
| Vendor management | TBD |
| Onboarding | Both |
| Printers | Northwind (MSP) |
`),
    },
    {
      name: 'tool owners by name, role word, or not stated',
      text: sow(`
| Tool | Owner | Access |
| --- | --- | --- |
| Datto RMM | Northwind | read-write |
| Microsoft 365 | Client | read-write |
| IT Glue |  | read-only |
`),
    },
    {
      name: 'without a provider every name would be unknown: invalid-front-matter says why',
      text: `---
sow: 1
model: co-managed
client: Contoso
---

| Function | Contoso | Fabrikam |
| --- | --- | --- |
| Circuits | I | R/A |
`,
    },
  ],
  invalid: [
    {
      name: 'one undeclared party column: reported on its header cell (the documented failing example)',
      text: sow(`
| Function | Contoso | Northwind | Fabrikam Telecom |
| --- | --- | --- | --- |
| Internet circuits | I | A | R |
`),
      findings: [
        {
          messageId: 'notDeclared',
          at: 'Fabrikam Telecom',
          message:
            '"Fabrikam Telecom" is not a declared party (Contoso, Northwind): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
    {
      name: 'two undeclared columns among role words and Notes: one finding on the header row',
      text: sow(`
| Function | Fabrikam | Notes | Client | Vendor X | MSP |
| --- | --- | --- | --- | --- | --- |
| Circuits | R | carrier | I | C | A |
`),
      findings: [
        {
          messageId: 'notDeclaredMany',
          at: '| Function | Fabrikam | Notes | Client | Vendor X | MSP |',
          message:
            '"Fabrikam", "Vendor X" are not declared parties (Contoso, Northwind): add them to `parties:` in the front matter or use declared names or role words.',
        },
      ],
    },
    {
      name: 'seven undeclared columns: the list is cut at five',
      text: sow(`
| Function | V1 | V2 | V3 | V4 | V5 | V6 | V7 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Circuits | R | - | - | - | - | - | A |
`),
      findings: [
        {
          messageId: 'notDeclaredMany',
          at: '| Function | V1 | V2 | V3 | V4 | V5 | V6 | V7 |',
          message:
            '"V1", "V2", "V3", "V4", "V5" and 2 more are not declared parties (Contoso, Northwind): add them to `parties:` in the front matter or use declared names or role words.',
        },
      ],
    },
    {
      name: 'an owner cell naming an undeclared party',
      text: sow(`
| Function | Notes | Owner |
| --- | --- | --- |
| Firewall changes | Tuesdays | Fabrikam |
`),
      findings: [
        {
          messageId: 'notDeclared',
          at: '| Firewall changes | Tuesdays | Fabrikam |',
          message:
            '"Fabrikam" is not a declared party (Contoso, Northwind): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
    {
      name: 'an owner cell naming a role word and an undeclared party: only the unknown name is reported',
      text: sow(`
| Function | Owner |
| --- | --- |
| Vendor management | Client / Fabrikam |
`),
      findings: [
        {
          messageId: 'notDeclared',
          at: '| Vendor management | Client / Fabrikam |',
          message:
            '"Fabrikam" is not a declared party (Contoso, Northwind): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
    {
      name: "someone outside a party named beside it is not that party (Northwind's subcontractors)",
      text: sow(`
| Activity | Contoso | Northwind Subcontractors |
| --- | --- | --- |
| Cabling | I | R/A |
`),
      findings: [{ messageId: 'notDeclared', at: 'Northwind Subcontractors' }],
    },
    {
      name: 'a tool owner that is not declared, the declared list including parties:',
      text: withFabrikam(`
| Tool | Owner | Access |
| --- | --- | --- |
| Datto RMM | Litware MSP | read-only |
`),
      findings: [
        {
          messageId: 'notDeclared',
          at: '| Datto RMM | Litware MSP | read-only |',
          message:
            '"Litware MSP" is not a declared party (Contoso, Northwind, Fabrikam): add it to `parties:` in the front matter or use a declared name or role word.',
        },
      ],
    },
  ],
});
