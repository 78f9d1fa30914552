import rule from '../../server/src/engine/rules/termination-missing';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });

const TITLE = 'Add a termination and exit section with standard terms';
const CLAUSE = 'Provider removes agents within 30 days; licences end or transfer at term; data exported to the client in a standard format';
const EXIT = `## Termination and exit

- Either party may terminate with 90 days' written notice.
- Northwind provides transition assistance to Contoso or a successor provider for up to 60 days.
- Northwind returns all Contoso data, documentation and credentials within 30 days of termination.
`;

testRule(rule, {
  valid: [
    ...[
      "Either party can opt out of this agreement with 30 days' notice.",
      "To leave the service, give us one month's notice; we will then delete your data.",
    ].map((line) => ({ name: `how the contract ends, in plainer words: ${line}`, text: sow(`\n## Fees\n\n${line}\n`) })),
    {
      name: "a party's right to cancel at any time, and a contract ended by either party on notice, say how it ends",
      text: sow(`
## Fees

Services are billed monthly. Clients may cancel at any time; cancellation takes effect at the end of the billing month.
`),
    },
    {
      name: 'a term that may be ended by either party on notice',
      text: sow(`
## Contract Period

The initial term is 36 months. Thereafter it continues month to month and may be ended by either party on 90 days notice.
`),
    },
    {
      name: "a notice period of a month or more for cancellation, in a FAQ's answer, is how the contract ends",
      text: managed(`
## Frequently asked questions

**Q: Can we cancel anytime?**
A: Annual contracts required (1-year minimum). 90-day notice for cancellation.
`),
    },
    {
      name: 'ending the service and decommissioning what it ran, under a heading without an exit word',
      text: managed(`
## Ending your hub

We will end the service at the end of the month, send you a final invoice, and then coordinate with you to decommission your hub.
`),
    },
    {
      name: 'the documented passing example',
      text: managed(`
## Termination and exit

- Either party may terminate with 90 days' notice.
- The provider returns all data and credentials within 30 days.
`),
    },
    {
      name: 'how a client leaves, under a heading that says so: off-board, leaving, the service withdrawn',
      text: managed(`
## Off-board an account

Submit the form; after the termination date the account is closed.
`),
    },
    {
      name: 'a heading that starts with Leaving',
      text: managed(`
## 12. Leaving the platform

Tell us by email and we close your account.
`),
    },
    {
      name: 'a notice of service deprecation',
      text: managed(`
### Notice of service deprecation

We give clients two months' notice and help them keep their data.
`),
    },
    {
      name: 'a heading that says Exit',
      text: sow(`
## Exit

See the master agreement.
`),
    },
    {
      name: 'transition services',
      text: sow(`
# Transition services

Northwind helps a successor for 60 days.
`),
    },
    {
      name: 'a nested offboarding heading',
      text: sow(`
## Services

### Offboarding

Accounts are closed within 5 days.
`),
    },
    {
      name: 'end of contract',
      text: managed(`
## End of contract

Data is returned within 30 days.
`),
    },
    {
      name: 'a clause saying how the term runs out: renewed yearly unless termination is requested with notice',
      text: managed(`
## Scope

The agreement will be in effect and be renewed on an annual basis on July 1 unless termination is requested in writing at least 90 days in advance.
`),
    },
    {
      name: 'a right to terminate the agreement on notice',
      text: managed(`
## Fees

Either party may terminate this Agreement on 30 days' written notice.
`),
    },
    {
      name: 'a notice of non-renewal before the end of the term',
      text: managed(`
## Term

Unless either party gives notice of non-renewal at least 30 days before the end of the then-current term, each Order renews for one month.
`),
    },
    {
      name: "the contract's end in other plain words: a notice period beside an end word, ending or withdrawing, renewal unless notice",
      text: managed(`
## Fees

Termination: 30 days' written notice by either party.
`),
    },
    {
      name: 'the services discontinued on notice',
      text: managed(`
The Customer may discontinue the Services at any time upon 30 days prior written notice.
`),
    },
    {
      name: 'a party withdrawing from the agreement',
      text: managed(`
Either party may withdraw from this agreement with 60 days notice.
`),
    },
    {
      name: 'the term renewing unless either party gives notice',
      text: managed(`
The term of this SOW is 12 months and it renews automatically unless either party gives 60 days written notice.
`),
    },
    {
      name: 'what happens when the contract ends',
      text: managed(`
When the contract ends, Northwind returns all client data within 30 days.
`),
    },
    {
      name: 'a key-terms table whose row says it across its cells',
      text: managed(`
| Item | Detail |
| --- | --- |
| Termination | 30 days' written notice |
| Minimum term | 12 months |
`),
    },
    {
      name: 'a bold line standing for a heading, as Word documents converted to Markdown write one, is an exit section',
      text: managed(`
**9. Term and Termination**

This Agreement shall remain in force for 12 months.
`),
    },
    {
      name: 'a bold heading numbered in roman numerals, as a clause of a schedule, is an exit section too',
      text: managed(`
**iv. Termination:**

This Agreement shall remain in force for 12 months.
`),
    },
    {
      name: 'an offboarding subsection under an "Onboarding and Offboarding" title is the exit section',
      text: managed(`
# Onboarding and Offboarding Policy

## Offboarding

Accounts are closed within 5 days.
`),
    },
    ...[
      'Should Northwind find exceptions to this policy, Northwind has the right to cancel this service after consultation with the customer.',
      'If the User does not accept the changes, this service subscription can be terminated.',
    ].map((line) => ({
      name: `a party's right to end the service says how it ends: ${line}`,
      text: managed(`\n## Changes\n\n${line}\n`),
    })),
    {
      name: 'what happens to data upon cancellation is an exit term, though no section is called exit',
      text: managed(`
## Backups

Upon cancellation, all data and backups of a managed server are deleted in 30 days.
`),
    },
  ],
  invalid: [
    ...[
      'Cancellation of a scheduled on-site visit requires 48 hours notice.',
      'After cancellation of a visit, the ticket is removed.',
      'Customers can cancel a service request at any time before work starts.',
      'Cancelled tickets are decommissioned after 30 days.',
      'Customers can cancel a ticket at any time.',
      'Please leave the service desk a voicemail and we will end the request.',
    ].map((line) => ({
      name: `not the contract's end: ${line}`,
      text: managed(`\n## Visits\n\n${line}\n`),
      findings: [{ messageId: 'noSection', at: 'model: managed', suggestions: [{ title: TITLE, output: { append: `\n${EXIT}` } }] }],
    })),
    {
      name: 'leaving written inside a heading about something else is no exit',
      text: managed(`
## Staff leaving and joining

Accounts of leavers are disabled on their last day.
`),
      findings: [{ messageId: 'noSection', at: 'model: managed', suggestions: [{ title: TITLE, output: { append: `\n${EXIT}` } }] }],
    },
    {
      name: 'a title naming onboarding and offboarding is not itself the exit terms',
      text: managed(`
# Client Onboarding and Offboarding Policy

## Onboarding

Accounts are created on day one.
`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: managed',
          suggestions: [{ title: TITLE, output: { append: `\n${EXIT}` } }],
        },
      ],
    },
    {
      name: 'no exit heading (the documented failing example)',
      text: managed(`
## Fees

Monthly, in advance.
`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: managed',
          message:
            'This SOW has no termination or exit section: nothing says how the contract ends or what happens to tools, licences, agents and data.',
          suggestions: [{ title: TITLE, output: { append: `\n${EXIT}` } }],
        },
      ],
    },
    {
      name: 'an exit item is offered for each tool without exit terms, none for a tool with them',
      text: sow(`
| Tool | Owner | On exit |
| --- | --- | --- |
| Datto RMM | Northwind |  |
| Autotask | Northwind | Tickets exported |
`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: co-managed',
          suggestions: [{ title: TITLE, output: { append: `\n${EXIT}- Datto RMM: ${CLAUSE}.\n` } }],
        },
      ],
    },
    {
      name: '"Existing" is not "exit", and exit words in prose are no section',
      text: sow(`
## Existing systems

On termination the parties will agree exit terms.
`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: co-managed',
          suggestions: [{ title: TITLE, output: { append: `\n${EXIT}` } }],
        },
      ],
    },
    {
      name: 'a term whose end is left to a provision the SOW does not hold, or the end of something else, says nothing of how it ends',
      text: managed(`
## Term

All agreements automatically renew for a term of three (3) years unless canceled within the provisions of the Termination paragraph below.

## Accounts

A user's access is terminated when they leave, with notice to the service desk.
`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: managed',
          suggestions: [{ title: TITLE, output: { append: `\n${EXIT}` } }],
        },
      ],
    },
    {
      name: 'a bold sentence is no heading; a notice period beside no end word, or beside the end of something else, ends nothing',
      text: managed(`
**Either party must give the other notice of a change of address.** Contact details are in the schedule.

Password resets need 2 days' notice.

A user's access is terminated on 5 days' notice. We may stop the services for maintenance with 48 hours' notice.
`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: managed',
          suggestions: [{ title: TITLE, output: { append: `\n${EXIT}` } }],
        },
      ],
    },
    {
      name: 'an HTML comment left open at the end is closed before the section',
      text: managed(`
## Fees

<!-- draft: notice period`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: managed',
          suggestions: [{ title: TITLE, output: { append: `\n-->\n\n${EXIT}` } }],
        },
      ],
    },
  ],
});
