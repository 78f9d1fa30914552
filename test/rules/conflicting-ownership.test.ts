import rule from '../../server/src/engine/rules/conflicting-ownership';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const FM3 = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\nparties: [Fabrikam]\n---\n';

const GRID = `${FM}\n| Resource | Operations | Change |\n| --- | --- | --- |\n| Data | Contoso | Contoso |\n| Logging | Shared | Both |\n| Nodes | Northwind | Shared |\n`;
const JOINT = `${FM3}\n| Resource | Operations | Change |\n| --- | --- | --- |\n| Data | Contoso | Contoso |\n| Nodes | Northwind and Fabrikam | Northwind and Fabrikam |\n| Storage | Northwind and Fabrikam | Contoso |\n`;

testRule(rule, {
  valid: [
    {
      name: 'one A, the other party R',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Patch management | R | A |\n`,
    },
    {
      name: 'A/R written the other way round beside C',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Patch management | C | A/R |\n`,
    },
    {
      name: 'an A in a Notes column between the party columns is free text',
      text: `${FM}\n| Function | Contoso | Notes | Northwind |\n| --- | --- | --- | --- |\n| Patching | C | A | R/A |\n`,
    },
    {
      name: 'the same function in two tables with the same owner, once by name and once by role word',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Patch management | C | R/A |\n\n| Function | Owner |\n| --- | --- |\n| Patch Management | MSP |\n`,
    },
    {
      name: 'an owner whose own name contains "&"',
      text: '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Harbor & Vine\n---\n\n| Function | Owner |\n| --- | --- |\n| Firewall changes | Harbor & Vine |\n| Vendor management | Client |\n',
    },
    {
      name: 'an earlier row that nobody owns is no conflicting owner',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Vendor management | - | C |\n| Vendor Management | R/A | I |\n`,
    },
    {
      name: "an A in an undeclared party's column is unknown-party's finding",
      text: `${FM}\n| Function | Northwind | Fabrikam |\n| --- | --- | --- |\n| Internet circuits | R/A | A |\n`,
    },
  ],
  invalid: [
    {
      name: 'two parties hold A: keep one, the other becomes R (the cell keeps its width)',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Patch management | A | R/A |\n`,
      findings: [
        {
          messageId: 'manyAccountable',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 31,
          message:
            '"Patch management" has 2 accountable parties (Contoso and Northwind): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Contoso accountable for "Patch management" (others become R)',
              output: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Patch management | A | R   |\n`,
            },
            {
              title: 'Keep Northwind accountable for "Patch management" (others become R)',
              output: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Patch management | R | R/A |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Notes first, the provider\'s column before the client\'s, A/R and "A, C": C is kept beside the new R',
      text: `${FM}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Backups | Nightly | A/R | A, C |\n`,
      findings: [
        {
          messageId: 'manyAccountable',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 35,
          message:
            '"Backups" has 2 accountable parties (Northwind and Contoso): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Northwind accountable for "Backups" (others become R)',
              output: `${FM}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Backups | Nightly | A/R | R/C  |\n`,
            },
            {
              title: 'Keep Contoso accountable for "Backups" (others become R)',
              output: `${FM}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Backups | Nightly | R   | A, C |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'three accountable parties, one from parties:',
      text: `${FM3}\n| Function | Contoso | Northwind | Fabrikam |\n| --- | --- | --- | --- |\n| Circuits | A | A | R/A |\n`,
      findings: [
        {
          messageId: 'manyAccountable',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 27,
          message:
            '"Circuits" has 3 accountable parties (Contoso and Northwind and Fabrikam): exactly one party should be accountable, or each will assume the other is.',
          suggestions: [
            {
              title: 'Keep Contoso accountable for "Circuits" (others become R)',
              output: `${FM3}\n| Function | Contoso | Northwind | Fabrikam |\n| --- | --- | --- | --- |\n| Circuits | A | R | R   |\n`,
            },
            {
              title: 'Keep Northwind accountable for "Circuits" (others become R)',
              output: `${FM3}\n| Function | Contoso | Northwind | Fabrikam |\n| --- | --- | --- | --- |\n| Circuits | R | A | R   |\n`,
            },
            {
              title: 'Keep Fabrikam accountable for "Circuits" (others become R)',
              output: `${FM3}\n| Function | Contoso | Northwind | Fabrikam |\n| --- | --- | --- | --- |\n| Circuits | R | R | R/A |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'owner "Both": every declared party is offered as the only owner',
      text: `${FM}\n| Function | Owner |\n| --- | --- |\n| Firewall changes | Both |\n`,
      findings: [
        {
          messageId: 'ownerNotOne',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 28,
          message: 'The owner of "Firewall changes" is "Both": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Firewall changes"',
              output: `${FM}\n| Function | Owner |\n| --- | --- |\n| Firewall changes | Contoso |\n`,
            },
            {
              title: 'Make Northwind the only owner of "Firewall changes"',
              output: `${FM}\n| Function | Owner |\n| --- | --- |\n| Firewall changes | Northwind |\n`,
            },
          ],
        },
      ],
    },
    {
      name: "owner after Notes naming a role word and an undeclared party: padded to the cell's width",
      text: `${FM}\n| Function | Notes | Owner |\n| --- | --- | --- |\n| Firewall changes | Tuesdays | Client and Fabrikam |\n`,
      findings: [
        {
          messageId: 'ownerNotOne',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 54,
          message: 'The owner of "Firewall changes" is "Client and Fabrikam": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Firewall changes"',
              output: `${FM}\n| Function | Notes | Owner |\n| --- | --- | --- |\n| Firewall changes | Tuesdays | Contoso             |\n`,
            },
            {
              title: 'Make Northwind the only owner of "Firewall changes"',
              output: `${FM}\n| Function | Notes | Owner |\n| --- | --- | --- |\n| Firewall changes | Tuesdays | Northwind           |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'owner naming two declared parties: offer each of them as the only owner',
      text: `${FM}\n| Function | Owner |\n| --- | --- |\n| Vendor management | Contoso / Northwind |\n`,
      findings: [
        {
          messageId: 'ownerNotOne',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 44,
          message: 'The owner of "Vendor management" is "Contoso / Northwind": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Vendor management"',
              output: `${FM}\n| Function | Owner |\n| --- | --- |\n| Vendor management | Contoso             |\n`,
            },
            {
              title: 'Make Northwind the only owner of "Vendor management"',
              output: `${FM}\n| Function | Owner |\n| --- | --- |\n| Vendor management | Northwind           |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'owned by the provider in the matrix, by the client in an owner table: reported on the later row',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Patch management | C | R/A |\n\n| Function | Owner |\n| --- | --- |\n| Patch Management | Contoso |\n`,
      findings: [
        {
          messageId: 'ownedDifferently',
          line: 14,
          column: 1,
          endLine: 14,
          endColumn: 31,
          message: '"Patch Management" is owned by Contoso here but by Northwind on line 10: one function needs one accountable owner.',
        },
      ],
    },
    {
      name: 'two rows of one table with role-word columns, the earlier owner known only by R',
      text: `${FM}\n| Function | MSP | Client |\n| --- | --- | --- |\n| Help desk | - | R |\n| Help-desk | R/A | I |\n`,
      findings: [
        {
          messageId: 'ownedDifferently',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 24,
          message: '"Help-desk" is owned by Northwind here but by Contoso on line 10: one function needs one accountable owner.',
        },
      ],
    },
    {
      name: 'an owner grid (owners in the cells under columns of areas): a row with two shared cells is one finding, offering each party for each cell',
      text: GRID,
      findings: [
        {
          messageId: 'ownersNotOne',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 28,
          message:
            'The row "Logging" has 2 owner cells that name no single party (Logging (Operations): "Shared"; Logging (Change): "Both"): each owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Logging (Operations)"',
              output: GRID.replace('| Shared | Both |', '| Contoso | Both |'),
            },
            {
              title: 'Make Northwind the only owner of "Logging (Operations)"',
              output: GRID.replace('| Shared | Both |', '| Northwind | Both |'),
            },
            {
              title: 'Make Contoso the only owner of "Logging (Change)"',
              output: GRID.replace('| Shared | Both |', '| Shared | Contoso |'),
            },
            {
              title: 'Make Northwind the only owner of "Logging (Change)"',
              output: GRID.replace('| Shared | Both |', '| Shared | Northwind |'),
            },
          ],
        },
        {
          messageId: 'ownerNotOne',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 31,
          message: 'The owner of "Nodes (Change)" is "Shared": an owner cell must name exactly one party.',
          suggestions: [
            {
              title: 'Make Contoso the only owner of "Nodes (Change)"',
              output: GRID.replace('| Northwind | Shared |', '| Northwind | Contoso |'),
            },
            {
              title: 'Make Northwind the only owner of "Nodes (Change)"',
              output: GRID.replace('| Northwind | Shared |', '| Northwind | Northwind |'),
            },
          ],
        },
      ],
    },
    {
      name: 'the same two parties owning together in several rows of a table: one finding on its header row',
      text: JOINT,
      findings: [
        {
          messageId: 'jointOwner',
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 35,
          message:
            '"Northwind and Fabrikam" own 3 functions in this table together: name the one party accountable for each, or declare them as one party.',
        },
      ],
    },
  ],
});
