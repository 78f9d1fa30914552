import rule from '../../server/src/engine/rules/invalid-raci';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';
import { PLAN_COLUMN_MATRIX } from '../helpers/tables';

/**
 * The six suggestions for a cell, in order R/A, R, A, C, I, -: the row `before` + `cell` + `after` with the
 * value in the cell's place, one space either side (these tables are not aligned, so nothing is padded).
 */
function changes(before: string, cell: string, after: string): { title: string; output: { replace: string; by: string } }[] {
  return ['R/A', 'R', 'A', 'C', 'I', '-'].map((value) => ({
    title: `Change to ${value}`,
    output: { replace: `${before}${cell}${after}`, by: `${before} ${value} ${after}` },
  }));
}

testRule(rule, {
  valid: [
    {
      name: 'beside columns headed by parties, a column of plans holds no roles: its cells are not invalid RACI',
      text: sow(`
${PLAN_COLUMN_MATRIX}`),
    },
    {
      name: 'a check-mark matrix: marks say who does and owns each function',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk | ✓ |  |
| Backups |  | X |
| Patching |  | Yes |
`),
    },
    {
      name: 'roles with a note after them',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk | C (Technical input) | A (Hands-on) |
`),
    },
    {
      name: 'letters and their combinations',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk | R/A | I |
| Backups | A/R | C |
| Patching | R, A | R+A |
| Printers | ra | CI |
| Licences | RACI | - |
`),
    },
    {
      name: 'the words, alone and joined',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk | Responsible | Accountable |
| Backups | Accountable and responsible | Consulted & informed |
`),
    },
    {
      name: 'every empty marker',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk |  | - |
| Backups | — | N/A |
| Patching | TBD | TBC |
| Printers | ? | none |
`),
    },
    {
      name: 'Yes in a Notes column, role-word party columns',
      text: sow(`
| Function | Notes | MSP | Client |
| --- | --- | --- | --- |
| Help desk | Yes | R/A | I |
`),
    },
    {
      name: 'owner cells are not RACI cells',
      text: sow(`
| Function | Owner | Notes |
| --- | --- | --- |
| Help desk | Northwind | Yes |
`),
    },
  ],
  invalid: [
    {
      name: 'Yes in a party column (the documented failing example)',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk | Yes | R/A |
`),
      findings: [
        {
          messageId: 'notRaci',
          at: 'Yes',
          message: '"Yes" is not a RACI value (Contoso, "Help desk"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes('| Help desk |', ' Yes ', '| R/A |'),
        },
      ],
    },
    {
      name: 'Notes first, provider column before client column; a stray letter and a repeated letter',
      text: sow(`
| Function | Notes | Northwind | Contoso |
| --- | --- | --- | --- |
| Backups | Yes, nightly | Z | RR |
`),
      findings: [
        {
          messageId: 'notRaci',
          at: 'Z',
          message: '"Z" is not a RACI value (Northwind, "Backups"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes('| Backups | Yes, nightly |', ' Z ', '| RR |'),
        },
        {
          messageId: 'notRaci',
          at: 'RR',
          message: '"RR" is not a RACI value (Contoso, "Backups"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes('| Backups | Yes, nightly | Z |', ' RR ', '|'),
        },
      ],
    },
    {
      name: "a word with a qualifier, and a cell in an undeclared party's column (named by its header)",
      text: sow(`
| Function | Contoso | Globex | Northwind |
| --- | --- | --- | --- |
| Circuits | Informed only | Lead | R/A |
`),
      findings: [
        {
          messageId: 'notRaci',
          at: 'Informed only',
          message:
            '"Informed only" is not a RACI value (Contoso, "Circuits"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes('| Circuits |', ' Informed only ', '| Lead | R/A |'),
        },
        {
          messageId: 'notRaci',
          at: 'Lead',
          message: '"Lead" is not a RACI value (Globex, "Circuits"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes('| Circuits | Informed only |', ' Lead ', '| R/A |'),
        },
      ],
    },
  ],
});
