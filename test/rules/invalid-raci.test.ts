import rule from '../../server/src/engine/rules/invalid-raci';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const MATRIX = '| Function | Contoso | Northwind |\n| --- | --- | --- |\n';

/**
 * The six suggestions of a cell, in order R/A, R, A, C, I, -: `cells` are the exact texts between the
 * cell's pipes after each one (padded to the old width), `before` and `after` the rest of the document.
 */
function changes(before: string, cells: string[], after: string): { title: string; output: string }[] {
  return ['R/A', 'R', 'A', 'C', 'I', '-'].map((value, i) => ({ title: `Change to ${value}`, output: `${before}${cells[i]}${after}` }));
}

testRule(rule, {
  valid: [
    {
      name: 'a check-mark matrix: marks say who does and owns each function',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk | ✓ |  |\n| Backups |  | X |\n| Patching |  | Yes |\n`,
    },
    {
      name: 'roles with a note after them',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk | C (Technical input) | A (Hands-on) |\n`,
    },
    {
      name: 'letters and their combinations',
      text: `${FM}\n${MATRIX}| Help desk | R/A | I |\n| Backups | A/R | C |\n| Patching | R, A | R+A |\n| Printers | ra | CI |\n| Licences | RACI | - |\n`,
    },
    {
      name: 'the words, alone and joined',
      text: `${FM}\n${MATRIX}| Help desk | Responsible | Accountable |\n| Backups | Accountable and responsible | Consulted & informed |\n`,
    },
    {
      name: 'every empty marker',
      text: `${FM}\n${MATRIX}| Help desk |  | - |\n| Backups | — | N/A |\n| Patching | TBD | TBC |\n| Printers | ? | none |\n`,
    },
    {
      name: 'Yes in a Notes column, role-word party columns',
      text: `${FM}\n| Function | Notes | MSP | Client |\n| --- | --- | --- | --- |\n| Help desk | Yes | R/A | I |\n`,
    },
    {
      name: 'owner cells are not RACI cells',
      text: `${FM}\n| Function | Owner | Notes |\n| --- | --- | --- |\n| Help desk | Northwind | Yes |\n`,
    },
  ],
  invalid: [
    {
      name: 'Yes in a party column (the documented failing example)',
      text: `${FM}\n${MATRIX}| Help desk | Yes | R/A |\n`,
      findings: [
        {
          messageId: 'notRaci',
          line: 10,
          column: 15,
          endLine: 10,
          endColumn: 18,
          message: '"Yes" is not a RACI value (Contoso, "Help desk"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes(`${FM}\n${MATRIX}| Help desk |`, [' R/A ', ' R   ', ' A   ', ' C   ', ' I   ', ' -   '], '| R/A |\n'),
        },
      ],
    },
    {
      name: 'Notes first, provider column before client column; a stray letter and a repeated letter',
      text: `${FM}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Backups | Yes, nightly | Z | RR |\n`,
      findings: [
        {
          messageId: 'notRaci',
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 29,
          message: '"Z" is not a RACI value (Northwind, "Backups"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes(
            `${FM}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Backups | Yes, nightly |`,
            [' R/A ', ' R ', ' A ', ' C ', ' I ', ' - '],
            '| RR |\n',
          ),
        },
        {
          messageId: 'notRaci',
          line: 10,
          column: 32,
          endLine: 10,
          endColumn: 34,
          message: '"RR" is not a RACI value (Contoso, "Backups"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes(
            `${FM}\n| Function | Notes | Northwind | Contoso |\n| --- | --- | --- | --- |\n| Backups | Yes, nightly | Z |`,
            [' R/A ', ' R  ', ' A  ', ' C  ', ' I  ', ' -  '],
            '|\n',
          ),
        },
      ],
    },
    {
      name: "a word with a qualifier, and a cell in an undeclared party's column (named by its header)",
      text: `${FM}\n| Function | Contoso | Globex | Northwind |\n| --- | --- | --- | --- |\n| Circuits | Informed only | Lead | R/A |\n`,
      findings: [
        {
          messageId: 'notRaci',
          line: 10,
          column: 14,
          endLine: 10,
          endColumn: 27,
          message:
            '"Informed only" is not a RACI value (Contoso, "Circuits"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes(
            `${FM}\n| Function | Contoso | Globex | Northwind |\n| --- | --- | --- | --- |\n| Circuits |`,
            [' R/A           ', ' R             ', ' A             ', ' C             ', ' I             ', ' -             '],
            '| Lead | R/A |\n',
          ),
        },
        {
          messageId: 'notRaci',
          line: 10,
          column: 30,
          endLine: 10,
          endColumn: 34,
          message: '"Lead" is not a RACI value (Globex, "Circuits"): use R, A, C or I, a combination such as R/A, or - for no role.',
          suggestions: changes(
            `${FM}\n| Function | Contoso | Globex | Northwind |\n| --- | --- | --- | --- |\n| Circuits | Informed only |`,
            [' R/A  ', ' R    ', ' A    ', ' C    ', ' I    ', ' -    '],
            '| R/A |\n',
          ),
        },
      ],
    },
  ],
});
