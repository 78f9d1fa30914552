import rule from '../../server/src/engine/rules/unassigned-function';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
/** A third declared party, with no column of its own in the matrices below. */
const FM3 = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\nparties: [Fabrikam]\n---\n';

testRule(rule, {
  valid: [
    { name: 'R/A held by one party', text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk L1 | R/A | I |\n` },
    {
      name: 'A/R written the other way round',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk L1 | C | A/R |\n`,
    },
    {
      name: 'R without A is still an assignment',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Asset management | R | C |\n`,
    },
    {
      name: 'A alone is an assignment',
      text: `${FM}\n| Service | Contoso | Northwind |\n| --- | --- | --- |\n| Licence management | I | A |\n`,
    },
    {
      name: 'role words as party columns, party columns after a Notes column',
      text: `${FM}\n| Function | Notes | MSP | Client |\n| --- | --- | --- | --- |\n| Backups | TBD | R/A | I |\n`,
    },
    {
      name: 'owner form naming the provider by role word, a placeholder in Notes',
      text: `${FM}\n| Function | Notes | Owner |\n| --- | --- | --- |\n| Firewall changes | TBD | MSP |\n`,
    },
    {
      name: "an owner naming an undeclared party is unknown-party's finding, not this one",
      text: `${FM}\n| Function | Owner |\n| --- | --- |\n| Internet circuits | Fabrikam |\n`,
    },
    {
      name: 'a row with no function name is not a function',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk L1 | R/A | I |\n|  | - | - |\n`,
    },
  ],
  invalid: [
    {
      name: 'TBD and C only: one suggestion per party column, in front-matter order',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Vendor management | TBD | C |\n`,
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 32,
          message: 'Nobody is responsible or accountable for "Vendor management": no party holds R or A, so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Vendor management"',
              output: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Vendor management | R/A | C |\n`,
            },
            {
              title: 'Make Northwind responsible and accountable for "Vendor management"',
              output: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Vendor management | TBD | R/A |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'R/A in a Notes column is free text; party columns in provider-first order; a third party without a column',
      text: `${FM3}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Help desk L1 | Business hours | I | R/A |\n| Printer support | R/A |  | - |\n`,
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 33,
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Printer support"',
              output: `${FM3}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Help desk L1 | Business hours | I | R/A |\n| Printer support | R/A |  | R/A |\n`,
            },
            {
              title: 'Make Northwind responsible and accountable for "Printer support"',
              output: `${FM3}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Help desk L1 | Business hours | I | R/A |\n| Printer support | R/A | R/A | - |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a ragged row: only the party with a cell is offered',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk L2 | I |\n`,
      findings: [
        {
          messageId: 'noResponsibleOrAccountable',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 21,
          suggestions: [
            {
              title: 'Make Contoso responsible and accountable for "Help desk L2"',
              output: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk L2 | R/A |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'owner form with an empty owner cell before the Notes column',
      text: `${FM}\n| Function | Owner | Notes |\n| --- | --- | --- |\n| Firewall changes |  | Change window Tuesdays |\n`,
      findings: [
        {
          messageId: 'emptyOwner',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 49,
          message: 'Nobody owns "Firewall changes": its owner cell is empty, so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso the owner of "Firewall changes"',
              output: `${FM}\n| Function | Owner | Notes |\n| --- | --- | --- |\n| Firewall changes | Contoso | Change window Tuesdays |\n`,
            },
            {
              title: 'Make Northwind the owner of "Firewall changes"',
              output: `${FM}\n| Function | Owner | Notes |\n| --- | --- | --- |\n| Firewall changes | Northwind | Change window Tuesdays |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'owner form, aligned, owner after Notes, TBD: the replacement keeps the column width',
      text: `${FM}\n| Task              | Notes         | Owner         |\n| ----------------- | ------------- | ------------- |\n| Vendor management | Quarterly     | TBD           |\n`,
      findings: [
        {
          messageId: 'placeholderOwner',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 54,
          message: 'Nobody owns "Vendor management": its owner cell is "TBD", so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso the owner of "Vendor management"',
              output: `${FM}\n| Task              | Notes         | Owner         |\n| ----------------- | ------------- | ------------- |\n| Vendor management | Quarterly     | Contoso       |\n`,
            },
            {
              title: 'Make Northwind the owner of "Vendor management"',
              output: `${FM}\n| Task              | Notes         | Owner         |\n| ----------------- | ------------- | ------------- |\n| Vendor management | Quarterly     | Northwind     |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'owner N/A, every declared party offered (including one from parties:)',
      text: `${FM3}\n| Area | Owned by |\n| --- | --- |\n| Compliance documentation | N/A |\n`,
      findings: [
        {
          messageId: 'placeholderOwner',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 35,
          message: 'Nobody owns "Compliance documentation": its owner cell is "N/A", so the work may not get done.',
          suggestions: [
            {
              title: 'Make Contoso the owner of "Compliance documentation"',
              output: `${FM3}\n| Area | Owned by |\n| --- | --- |\n| Compliance documentation | Contoso |\n`,
            },
            {
              title: 'Make Northwind the owner of "Compliance documentation"',
              output: `${FM3}\n| Area | Owned by |\n| --- | --- |\n| Compliance documentation | Northwind |\n`,
            },
            {
              title: 'Make Fabrikam the owner of "Compliance documentation"',
              output: `${FM3}\n| Area | Owned by |\n| --- | --- |\n| Compliance documentation | Fabrikam |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'owner form, a row with no owner cell at all: flagged, nothing to replace',
      text: `${FM}\n| Function | Owner |\n| --- | --- |\n| Backups |\n`,
      findings: [{ messageId: 'emptyOwner', line: 10, column: 1, endLine: 10, endColumn: 12 }],
    },
  ],
});
