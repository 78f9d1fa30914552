import rule from '../../server/src/engine/rules/conflicting-ownership';
import { testRule } from '../helpers/ruleTester';
import { lineOf, sow } from '../helpers/sow';

/** A SOW declaring a third party, Fabrikam, in its front matter. */
const withFabrikam = (body: string) => sow(body, { extra: 'parties: [Fabrikam]' });

// Documents whose expected messages name a line of their own.
const MATRIX_THEN_OWNER = sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | C | R/A |

| Function | Owner |
| --- | --- |
| Patch Management | Contoso |
`);
const HELP_DESK_TWICE = sow(`
| Function | MSP | Client |
| --- | --- | --- |
| Help desk | - | R |
| Help-desk | R/A | I |
`);

testRule(rule, {
  valid: [
    {
      name: 'one name under two categories is two functions: monitoring of the network and of servers',
      text: sow(`
| Layer | Task | Contoso | Northwind |
| --- | --- | --- | --- |
| Network | Monitoring | R | A |
| Server | Monitoring | A | R |
`),
    },
    {
      name: 'an owner cell naming teams or jobs only names no second party: someone of a party it does not say',
      text: sow(`
| Activity | Owner |
| --- | --- |
| Password resets | Service Desk / Tier 2 |
| Patching | Network Engineer, Project Manager |
`),
    },
    {
      name: 'an owner cell with a primary and a secondary party names the primary one; a party escalated to owns nothing',
      text: sow(`
| Activity | Owner |
| --- | --- |
| Scanners | Northwind (primary), Contoso (secondary) |
| Laptops | Northwind; escalation to Contoso |
`),
    },
    {
      name: 'a party that supports, assists or stands in as backup beside the owner owns nothing',
      text: sow(`
| Activity | Owner |
| --- | --- |
| User onboarding | Contoso, supported by Northwind |
| Server support | Northwind primary, Contoso backup |
| Printers | Northwind, Contoso secondary |
| Firewall | Northwind, assisted by Contoso |
`),
    },
    {
      name: 'one name in tables under two sibling headings is two functions: a heading scopes its table as a group row does',
      text: sow(`
## Servers

| Function | Northwind | Contoso |
| --- | --- | --- |
| Monitoring | R/A | I |

## Workstations

| Function | Northwind | Contoso |
| --- | --- | --- |
| Monitoring | I | R/A |
`),
    },
    {
      name: 'tables under two sibling headings are two scopes however deep each table stands below its own',
      text: sow(`
## Transition phase

| Function | Northwind | Contoso |
| --- | --- | --- |
| Patching | C | R/A |

## Steady state

### Ongoing services

| Function | Northwind | Contoso |
| --- | --- | --- |
| Patching | R/A | I |
`),
    },
    {
      name: 'tables in one section under two captions are two scopes: "During onboarding:", "After go-live:"',
      text: sow(`
## Responsibilities

During onboarding:

| Function | Northwind | Contoso |
| --- | --- | --- |
| Patching | C | R/A |

After go-live:

| Function | Northwind | Contoso |
| --- | --- | --- |
| Patching | R/A | I |
`),
    },
    {
      name: 'one name under two group rows is two functions',
      text: sow(`
| Task | Contoso | Northwind |
| --- | --- | --- |
| **Network** | | |
| Monitoring | R | A |
| **Server** | | |
| Monitoring | A | R |
`),
    },
    {
      name: 'one A, the other party R',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | R | A |
`),
    },
    {
      name: 'A/R written the other way round beside C',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | C | A/R |
`),
    },
    {
      name: 'an A in a Notes column between the party columns is free text',
      text: sow(`
| Function | Contoso | Notes | Northwind |
| --- | --- | --- | --- |
| Patching | C | A | R/A |
`),
    },
    {
      name: 'the same function in two tables with the same owner, once by name and once by role word',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | C | R/A |

| Function | Owner |
| --- | --- |
| Patch Management | MSP |
`),
    },
    {
      name: 'an owner whose own name contains "&"',
      text: `---
sow: 1
model: co-managed
client: Contoso
provider: Harbor & Vine
---

| Function | Owner |
| --- | --- |
| Firewall changes | Harbor & Vine |
| Vendor management | Client |
`,
    },
    {
      name: 'an earlier row that nobody owns is no conflicting owner',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Vendor management | - | C |
| Vendor Management | R/A | I |
`),
    },
    {
      name: 'party columns written once per variant of the service: each set of columns owns the row on its own',
      text: sow(`
| Activity | Northwind | Contoso | Northwind | Contoso |
| --- | --- | --- | --- | --- |
| Patching | A/R | I | I | A/R |
| Backups | A/R | C | C | A/R |
`),
    },
  ],
  invalid: [
    {
      name: 'an onboarding checklist of steps and their owners is an owner matrix: "Joint" there is a conflict, a party\'s team is that party',
      text: sow(`
| Step | Owner | Definition of done |
|------|-------|--------------------|
| Decide the sign-in path | Joint (customer IT + Northwind) | Documented in the runbook |
| Configure sign-in | Northwind Customer Success | Keys documented |
| Segregation-of-duties review | Procurement + security reviewer | Signed off |
`),
      findings: [
        {
          messageId: 'ownerNotOne',
          at: '| Decide the sign-in path | Joint (customer IT + Northwind) | Documented in the runbook |',
          message:
            'The owner of "Decide the sign-in path" is "Joint (customer IT + Northwind)": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Decide the sign-in path"',
              output: { replace: 'Joint (customer IT + Northwind) |', by: 'Contoso |' },
            },
            {
              title: 'Make Northwind the only owner of "Decide the sign-in path"',
              output: { replace: 'Joint (customer IT + Northwind) |', by: 'Northwind |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a variant with two accountable parties is a conflict in that variant, named by the heading over its columns',
      text: sow(`
<table>
<tr><th rowspan="2">Activity</th><th colspan="2">Fully managed</th><th colspan="2">Co-managed</th></tr>
<tr><th>Northwind</th><th>Contoso</th><th>Northwind</th><th>Contoso</th></tr>
<tr><td>Patching</td><td>A/R</td><td>I</td><td>A</td><td>A/R</td></tr>
</table>
`),
      findings: [
        {
          messageId: 'manyAccountable',
          at: '<tr><td>Patching</td><td>A/R</td><td>I</td><td>A</td><td>A/R</td></tr>',
          message:
            '"Patching (Co-managed)" has 2 accountable parties (Northwind and Contoso): exactly one party should be accountable, or each will assume the other is.',
          // Only the variant's own cells change: Fully managed keeps its A/R.
          suggestions: [
            {
              title: 'Keep Northwind accountable for "Patching (Co-managed)" (others become R)',
              output: { replace: '<td>A</td><td>A/R</td>', by: '<td>A</td><td>R</td>' },
            },
            {
              title: 'Keep Contoso accountable for "Patching (Co-managed)" (others become R)',
              output: { replace: '<td>A</td><td>A/R</td>', by: '<td>R</td><td>A/R</td>' },
            },
          ],
        },
      ],
    },
    {
      name: 'owners written as the codes a legend gives the parties ("**N** = Northwind"), per deployment model: "N+C" names two',
      text: sow(`
Who does what, per model. **N** = Northwind, **C** = Contoso, **N+C** = shared.

| Responsibility | 1. Shared SaaS | 2. Private tenant |
|---|---|---|
| Provision database | N | N |
| Register the app in your IdP | n/a | C |
| Network design and firewall rules | N | N+C |
`),
      findings: [
        {
          messageId: 'ownerNotOne',
          at: '| Network design and firewall rules | N | N+C |',
          message:
            'The owner of "Network design and firewall rules (2. Private tenant)" is "N+C": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Northwind the only owner of "Network design and firewall rules (2. Private tenant)"',
              output: { replace: '| N | N+C |', by: '| N | Northwind |' },
            },
            {
              title: 'Make Contoso the only owner of "Network design and firewall rules (2. Private tenant)"',
              output: { replace: '| N | N+C |', by: '| N | Contoso |' },
            },
          ],
        },
      ],
    },
    {
      name: "a column no declared party heads still holds its A: two A's on a row are two owners, whoever the second is",
      text: sow(`
| Task | Northwind | Contoso | Acme Telecom |
| --- | --- | --- | --- |
| WAN circuits | A | C | A |
| LAN | A | C | R |
`),
      findings: [
        {
          messageId: 'manyAccountable',
          at: '| WAN circuits | A | C | A |',
          message:
            '"WAN circuits" has 2 accountable parties (Northwind and Acme Telecom): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Northwind accountable for "WAN circuits" (others become R)',
              output: { replace: '| WAN circuits | A | C | A |', by: '| WAN circuits | A | C | R |' },
            },
            {
              title: 'Keep Acme Telecom accountable for "WAN circuits" (others become R)',
              output: { replace: '| WAN circuits | A | C | A |', by: '| WAN circuits | R | C | A |' },
            },
          ],
        },
      ],
    },
    {
      name: 'in an HTML table too, two columns no declared party heads each holding A conflict',
      text: sow(`
<table>
<tr><th>Task</th><th>Network Team</th><th>Service Desk</th></tr>
<tr><td>Firewall rules</td><td>A</td><td>A</td></tr>
</table>
`),
      findings: [
        {
          messageId: 'manyAccountable',
          at: '<tr><td>Firewall rules</td><td>A</td><td>A</td></tr>',
          message:
            '"Firewall rules" has 2 accountable parties (Network Team and Service Desk): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Network Team accountable for "Firewall rules" (others become R)',
              output: {
                replace: '<tr><td>Firewall rules</td><td>A</td><td>A</td></tr>',
                by: '<tr><td>Firewall rules</td><td>A</td><td>R</td></tr>',
              },
            },
            {
              title: 'Keep Service Desk accountable for "Firewall rules" (others become R)',
              output: {
                replace: '<tr><td>Firewall rules</td><td>A</td><td>A</td></tr>',
                by: '<tr><td>Firewall rules</td><td>R</td><td>A</td></tr>',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'two parties hold A: keep one, the other becomes R (written unpadded: the table is not aligned)',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | A | R/A |
`),
      findings: [
        {
          messageId: 'manyAccountable',
          at: '| Patch management | A | R/A |',
          message:
            '"Patch management" has 2 accountable parties (Contoso and Northwind): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Contoso accountable for "Patch management" (others become R)',
              output: { replace: '| Patch management | A | R/A |', by: '| Patch management | A | R |' },
            },
            {
              title: 'Keep Northwind accountable for "Patch management" (others become R)',
              output: { replace: '| Patch management | A | R/A |', by: '| Patch management | R | R/A |' },
            },
          ],
        },
      ],
    },
    {
      name: 'Notes first, the provider\'s column before the client\'s, A/R and "A, C": C is kept beside the new R',
      text: sow(`
| Function | Notes | Northwind | Contoso |
| --- | --- | --- | --- |
| Backups | Nightly | A/R | A, C |
`),
      findings: [
        {
          messageId: 'manyAccountable',
          at: '| Backups | Nightly | A/R | A, C |',
          message:
            '"Backups" has 2 accountable parties (Northwind and Contoso): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Northwind accountable for "Backups" (others become R)',
              output: { replace: '| Backups | Nightly | A/R | A, C |', by: '| Backups | Nightly | A/R | R/C |' },
            },
            {
              title: 'Keep Contoso accountable for "Backups" (others become R)',
              output: { replace: '| Backups | Nightly | A/R | A, C |', by: '| Backups | Nightly | R | A, C |' },
            },
          ],
        },
      ],
    },
    {
      name: 'three accountable parties, one from parties:',
      text: withFabrikam(`
| Function | Contoso | Northwind | Fabrikam |
| --- | --- | --- | --- |
| Circuits | A | A | R/A |
`),
      findings: [
        {
          messageId: 'manyAccountable',
          at: '| Circuits | A | A | R/A |',
          message:
            '"Circuits" has 3 accountable parties (Contoso and Northwind and Fabrikam): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Contoso accountable for "Circuits" (others become R)',
              output: { replace: '| Circuits | A | A | R/A |', by: '| Circuits | A | R | R |' },
            },
            {
              title: 'Keep Northwind accountable for "Circuits" (others become R)',
              output: { replace: '| Circuits | A | A | R/A |', by: '| Circuits | R | A | R |' },
            },
            {
              title: 'Keep Fabrikam accountable for "Circuits" (others become R)',
              output: { replace: '| Circuits | A | A | R/A |', by: '| Circuits | R | R | R/A |' },
            },
          ],
        },
      ],
    },
    {
      name: 'owner "Both": every declared party is offered as the only owner',
      text: sow(`
| Function | Owner |
| --- | --- |
| Firewall changes | Both |
`),
      findings: [
        {
          messageId: 'ownerNotOne',
          at: '| Firewall changes | Both |',
          message: 'The owner of "Firewall changes" is "Both": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Firewall changes"',
              output: { replace: '| Firewall changes | Both |', by: '| Firewall changes | Contoso |' },
            },
            {
              title: 'Make Northwind the only owner of "Firewall changes"',
              output: { replace: '| Firewall changes | Both |', by: '| Firewall changes | Northwind |' },
            },
          ],
        },
      ],
    },
    {
      name: 'owner after Notes naming a role word and an undeclared party: written unpadded in a table that is not aligned',
      text: sow(`
| Function | Notes | Owner |
| --- | --- | --- |
| Firewall changes | Tuesdays | Client and Fabrikam |
`),
      findings: [
        {
          messageId: 'ownerNotOne',
          at: '| Firewall changes | Tuesdays | Client and Fabrikam |',
          message: 'The owner of "Firewall changes" is "Client and Fabrikam": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Firewall changes"',
              output: {
                replace: '| Firewall changes | Tuesdays | Client and Fabrikam |',
                by: '| Firewall changes | Tuesdays | Contoso |',
              },
            },
            {
              title: 'Make Northwind the only owner of "Firewall changes"',
              output: {
                replace: '| Firewall changes | Tuesdays | Client and Fabrikam |',
                by: '| Firewall changes | Tuesdays | Northwind |',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'owner naming two declared parties: offer each of them as the only owner',
      text: sow(`
| Function | Owner |
| --- | --- |
| Vendor management | Contoso / Northwind |
`),
      findings: [
        {
          messageId: 'ownerNotOne',
          at: '| Vendor management | Contoso / Northwind |',
          message: 'The owner of "Vendor management" is "Contoso / Northwind": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Vendor management"',
              output: { replace: '| Vendor management | Contoso / Northwind |', by: '| Vendor management | Contoso |' },
            },
            {
              title: 'Make Northwind the only owner of "Vendor management"',
              output: { replace: '| Vendor management | Contoso / Northwind |', by: '| Vendor management | Northwind |' },
            },
          ],
        },
      ],
    },
    {
      name: 'one name twice in the same group is one function owned twice',
      text: sow(`
| Layer | Task | Contoso | Northwind |
| --- | --- | --- | --- |
| Network | Monitoring | R | A |
| Network | Monitoring | A | R |
`),
      findings: [
        {
          messageId: 'ownedDifferently',
          at: '| Network | Monitoring | A | R |',
          message: '"Monitoring" is owned by Contoso here but by Northwind on line 10: one function needs one accountable owner.',
        },
      ],
    },
    {
      name: 'a table in a subsection restates its parent section: one function owned differently there conflicts',
      text: sow(`
## Responsibilities

| Function | Contoso | Northwind |
| --- | --- | --- |
| Patch management | C | R/A |

### Third parties

| Function | Owner |
| --- | --- |
| Patch Management | Contoso |
`),
      findings: [
        {
          messageId: 'ownedDifferently',
          at: '| Patch Management | Contoso |',
          message: '"Patch Management" is owned by Contoso here but by Northwind on line 12: one function needs one accountable owner.',
        },
      ],
    },
    {
      name: 'owned by the provider in the matrix, by the client in an owner table: reported on the later row',
      text: MATRIX_THEN_OWNER,
      findings: [
        {
          messageId: 'ownedDifferently',
          at: '| Patch Management | Contoso |',
          message: `"Patch Management" is owned by Contoso here but by Northwind on line ${lineOf(MATRIX_THEN_OWNER, '| Patch management | C | R/A |')}: one function needs one accountable owner.`,
        },
      ],
    },
    {
      name: 'two rows of one table with role-word columns, the earlier owner known only by R',
      text: HELP_DESK_TWICE,
      findings: [
        {
          messageId: 'ownedDifferently',
          at: '| Help-desk | R/A | I |',
          message: `"Help-desk" is owned by Northwind here but by Contoso on line ${lineOf(HELP_DESK_TWICE, '| Help desk | - | R |')}: one function needs one accountable owner.`,
        },
      ],
    },
    {
      name: 'an owner grid (owners in the cells under columns of areas): a row with two shared cells is one finding, offering each party for each cell',
      text: sow(`
| Resource | Operations | Change |
| --- | --- | --- |
| Data | Contoso | Contoso |
| Logging | Shared | Both |
| Nodes | Northwind | Shared |
`),
      findings: [
        {
          messageId: 'ownersNotOne',
          at: '| Logging | Shared | Both |',
          message:
            'The row "Logging" has 2 owner cells that name no single party (Logging (Operations): "Shared"; Logging (Change): "Both"): each owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Logging (Operations)"',
              output: { replace: '| Logging | Shared | Both |', by: '| Logging | Contoso | Both |' },
            },
            {
              title: 'Make Northwind the only owner of "Logging (Operations)"',
              output: { replace: '| Logging | Shared | Both |', by: '| Logging | Northwind | Both |' },
            },
            {
              title: 'Make Contoso the only owner of "Logging (Change)"',
              output: { replace: '| Logging | Shared | Both |', by: '| Logging | Shared | Contoso |' },
            },
            {
              title: 'Make Northwind the only owner of "Logging (Change)"',
              output: { replace: '| Logging | Shared | Both |', by: '| Logging | Shared | Northwind |' },
            },
          ],
        },
        {
          messageId: 'ownerNotOne',
          at: '| Nodes | Northwind | Shared |',
          message: 'The owner of "Nodes (Change)" is "Shared": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Nodes (Change)"',
              output: { replace: '| Nodes | Northwind | Shared |', by: '| Nodes | Northwind | Contoso |' },
            },
            {
              title: 'Make Northwind the only owner of "Nodes (Change)"',
              output: { replace: '| Nodes | Northwind | Shared |', by: '| Nodes | Northwind | Northwind |' },
            },
          ],
        },
      ],
    },
    {
      name: 'the same two parties owning together in several rows of a table: one finding on its header row',
      text: withFabrikam(`
| Resource | Operations | Change |
| --- | --- | --- |
| Data | Contoso | Contoso |
| Nodes | Northwind and Fabrikam | Northwind and Fabrikam |
| Storage | Northwind and Fabrikam | Contoso |
`),
      findings: [
        {
          messageId: 'jointOwner',
          at: '| Resource | Operations | Change |',
          message:
            '"Northwind and Fabrikam" own 3 functions in this table together: name the one party accountable for each, or declare them as one party.',
        },
      ],
    },
  ],
});
