import rule from '../../server/src/engine/rules/unassigned-function';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A SOW declaring a third party, Fabrikam, with no column of its own in the matrices below. */
const withFabrikam = (body: string) => sow(body, { extra: 'parties: [Fabrikam]' });

testRule(rule, {
  valid: [
    {
      name: 'RACI written as role columns: a row with nobody accountable but a party responsible has someone doing the work',
      text: sow(`
| Task | Responsible | Accountable | Consulted | Informed |
| --- | --- | --- | --- | --- |
| Patching | Northwind | Northwind | Contoso | Contoso |
| Onboarding | Contoso | | Northwind | |
`),
    },
    {
      name: 'a row whose cells Demarc could not read as roles ("P", "See note", "Vendor"): invalid-raci says so, nobody is said to own nothing',
      text: sow(`
| Activity | Northwind | Contoso |
| --- | --- | --- |
| Firewall management | R | A |
| Printers | See note | |
| Scanners | Vendor | Vendor |
| Backups | P | S |
`),
    },
    {
      name: 'party columns repeated per variant: a variant whose cells on a row are all empty does not include that work',
      text: sow(`
| Activity | Northwind | Contoso | Northwind | Contoso |
| --- | --- | --- | --- | --- |
| Patching | A/R | I | | |
| Backups | – | n/a | A/R | C |
`),
    },
    {
      name: 'work marked under a column whose party is not declared is held by someone (unknown-party reports the column)',
      text: sow(`
| Responsibility Matrix | Northwind | Authorized User |
| --- | --- | --- |
| Purchase licences | | X |
| Training material | X | |
`),
    },
    {
      name: 'a row every party marks as not applicable is left out of the contract, not left unowned',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk L1 | R/A | I |
| Mainframe | N/A | N/A |
| Fax lines | Out of scope | Not applicable. |
`),
    },
    {
      name: 'R/A held by one party',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk L1 | R/A | I |
`),
    },
    {
      name: 'A/R written the other way round',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk L1 | C | A/R |
`),
    },
    {
      name: 'R without A is still an assignment',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Asset management | R | C |
`),
    },
    {
      name: 'A alone is an assignment',
      text: sow(`
| Service | Contoso | Northwind |
| --- | --- | --- |
| Licence management | I | A |
`),
    },
    {
      name: 'role words as party columns, party columns after a Notes column',
      text: sow(`
| Function | Notes | MSP | Client |
| --- | --- | --- | --- |
| Backups | TBD | R/A | I |
`),
    },
    {
      name: 'owner form naming the provider by role word, a placeholder in Notes',
      text: sow(`
| Function | Notes | Owner |
| --- | --- | --- |
| Firewall changes | TBD | MSP |
`),
    },
    {
      name: "an owner naming an undeclared party is unknown-party's finding, not this one",
      text: sow(`
| Function | Owner |
| --- | --- |
| Internet circuits | Fabrikam |
`),
    },
    {
      name: 'a row with no function name is not a function',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk L1 | R/A | I |
|  | - | - |
`),
    },
  ],
  invalid: [
    {
      name: 'RACI written as role columns: a row with nobody accountable and nobody responsible is owned by nobody',
      text: sow(`
| Task | Responsible | Accountable | Consulted | Informed |
| --- | --- | --- | --- | --- |
| Patching | Northwind | Northwind | Contoso | Contoso |
| Onboarding | | | Northwind | |
`),
      findings: [
        {
          messageId: 'emptyOwner',
          at: '| Onboarding | | | Northwind | |',
          // The owner is written where the table says it stands: the accountable column.
          suggestions: [
            {
              title: 'Make Contoso the owner of "Onboarding"',
              output: { replace: '| Onboarding | | | Northwind | |', by: '| Onboarding | | Contoso | Northwind | |' },
            },
            {
              title: 'Make Northwind the owner of "Onboarding"',
              output: { replace: '| Onboarding | | | Northwind | |', by: '| Onboarding | | Northwind | Northwind | |' },
            },
          ],
        },
      ],
    },
    {
      name: 'party columns repeated per variant: a row empty in every variant is still work nobody owns',
      text: sow(`
| Activity | Northwind | Contoso | Northwind | Contoso |
| --- | --- | --- | --- | --- |
| Patching | A/R | I | A/R | I |
| Backups | | | | |
`),
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          at: '| Backups | | | | |',
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Backups"',
              output: { replace: '| Backups | | | | |', by: '| Backups | | R/A | | |' },
            },
            {
              title: 'Make Northwind responsible and accountable for "Backups"',
              output: { replace: '| Backups | | | | |', by: '| Backups | R/A | | | |' },
            },
          ],
        },
      ],
    },
    {
      name: "one party's N/A beside the other's blank says nothing of the other: the row is still unowned",
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Mainframe | N/A | |
`),
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          at: '| Mainframe | N/A | |',
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Mainframe"',
              output: { replace: '| Mainframe | N/A | |', by: '| Mainframe | R/A | |' },
            },
            {
              title: 'Make Northwind responsible and accountable for "Mainframe"',
              output: { replace: '| Mainframe | N/A | |', by: '| Mainframe | N/A | R/A |' },
            },
          ],
        },
      ],
    },
    {
      name: 'TBD and C only: one suggestion per party column, in front-matter order',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Vendor management | TBD | C |
`),
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          at: '| Vendor management | TBD | C |',
          message: 'Nobody is responsible or accountable for "Vendor management": no party holds R or A, so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Vendor management"',
              output: { replace: '| Vendor management | TBD | C |', by: '| Vendor management | R/A | C |' },
            },
            {
              title: 'Make Northwind responsible and accountable for "Vendor management"',
              output: { replace: '| Vendor management | TBD | C |', by: '| Vendor management | TBD | R/A |' },
            },
          ],
        },
      ],
    },
    {
      name: 'R/A in a Notes column is free text; party columns in provider-first order; a third party without a column',
      text: withFabrikam(`
| Function | Notes | Northwind | Contoso |
| --- | --- | --- | --- |
| Help desk L1 | Business hours | I | R/A |
| Printer support | R/A |  | - |
`),
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          at: '| Printer support | R/A |  | - |',
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Printer support"',
              output: { replace: '| Printer support | R/A |  | - |', by: '| Printer support | R/A |  | R/A |' },
            },
            {
              title: 'Make Northwind responsible and accountable for "Printer support"',
              output: { replace: '| Printer support | R/A |  | - |', by: '| Printer support | R/A | R/A | - |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a ragged row: only the party with a cell is offered',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk L2 | I |
`),
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          at: '| Help desk L2 | I |',
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Help desk L2"',
              output: { replace: '| Help desk L2 | I |', by: '| Help desk L2 | R/A |' },
            },
          ],
        },
      ],
    },
    {
      name: 'owner form with an empty owner cell before the Notes column',
      text: sow(`
| Function | Owner | Notes |
| --- | --- | --- |
| Firewall changes |  | Change window Tuesdays |
`),
      findings: [
        {
          messageId: 'emptyOwner',
          at: '| Firewall changes |  | Change window Tuesdays |',
          message: 'Nobody owns "Firewall changes": its owner cell is empty, so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso the owner of "Firewall changes"',
              output: {
                replace: '| Firewall changes |  | Change window Tuesdays |',
                by: '| Firewall changes | Contoso | Change window Tuesdays |',
              },
            },
            {
              title: 'Make Northwind the owner of "Firewall changes"',
              output: {
                replace: '| Firewall changes |  | Change window Tuesdays |',
                by: '| Firewall changes | Northwind | Change window Tuesdays |',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'owner form, aligned, owner after Notes, TBD: the replacement keeps the column width',
      text: sow(`
| Task              | Notes         | Owner         |
| ----------------- | ------------- | ------------- |
| Vendor management | Quarterly     | TBD           |
`),
      findings: [
        {
          messageId: 'placeholderOwner',
          at: '| Vendor management | Quarterly     | TBD           |',
          message: 'Nobody owns "Vendor management": its owner cell is "TBD", so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso the owner of "Vendor management"',
              output: {
                replace: '| Vendor management | Quarterly     | TBD           |',
                by: '| Vendor management | Quarterly     | Contoso       |',
              },
            },
            {
              title: 'Make Northwind the owner of "Vendor management"',
              output: {
                replace: '| Vendor management | Quarterly     | TBD           |',
                by: '| Vendor management | Quarterly     | Northwind     |',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'owner N/A, every declared party offered (including one from parties:)',
      text: withFabrikam(`
| Area | Owned by |
| --- | --- |
| Compliance documentation | N/A |
`),
      findings: [
        {
          messageId: 'placeholderOwner',
          at: '| Compliance documentation | N/A |',
          message: 'Nobody owns "Compliance documentation": its owner cell is "N/A", so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso the owner of "Compliance documentation"',
              output: { replace: '| Compliance documentation | N/A |', by: '| Compliance documentation | Contoso |' },
            },
            {
              title: 'Make Northwind the owner of "Compliance documentation"',
              output: { replace: '| Compliance documentation | N/A |', by: '| Compliance documentation | Northwind |' },
            },
            {
              title: 'Make Fabrikam the owner of "Compliance documentation"',
              output: { replace: '| Compliance documentation | N/A |', by: '| Compliance documentation | Fabrikam |' },
            },
          ],
        },
      ],
    },
    {
      name: 'owner form, a row with no owner cell at all: flagged, nothing to replace',
      text: sow(`
| Function | Owner |
| --- | --- |
| Backups |
`),
      findings: [{ messageId: 'emptyOwner', at: '| Backups |' }],
    },
  ],
});
