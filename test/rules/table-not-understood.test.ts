import rule from '../../server/src/engine/rules/table-not-understood';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';
const REASON_PRIORITY = 'Demarc found no priority column: put P1, P2… (or Critical, High…) in a column headed "Priority" or "Severity".';

testRule(rule, {
  valid: [
    { name: 'a service-level table Demarc reads', text: `${FM}\n| Priority | Response |\n| --- | --- |\n| P1 - Outage | 1 hour |\n` },
    {
      name: 'a price list headed "Service" is not a matrix, and not reported',
      text: `${FM}\n| Service | Monthly fee |\n| --- | --- |\n| Help desk | $95 per device |\n`,
    },
    { name: 'a contact list', text: `${FM}\n| Name | Phone |\n| --- | --- |\n| Service desk | 555-0100 |\n` },
    {
      name: 'a check-mark matrix is read, not reported',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Backups |  | ✓ |\n`,
    },
  ],
  invalid: [
    {
      name: 'response times with no priority column: reported on the header, saying how to write it',
      text: `${FM}\n| Ticket | Response |\n| --- | --- |\n| Printer jam | 1 hour |\n| Password reset | 1 business day |\n`,
      findings: [
        {
          messageId: 'tableNotUnderstood',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 22,
          message: `This table looks like a service-level table, but Demarc could not read it. ${REASON_PRIORITY} Until it can, no rule checks what it says.`,
        },
      ],
    },
    {
      name: 'priorities written as columns (an HTML table, as Word exports write it)',
      text: `${FM}\n<table>\n<tr><th>Critical</th><th>High</th><th>Normal</th></tr>\n<tr><td>1 hour</td><td>4 hours</td><td>1 business day</td></tr>\n</table>\n`,
      findings: [
        {
          messageId: 'tableNotUnderstood',
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 55,
          message:
            'This table looks like a service-level table, but Demarc could not read it. Its priorities are written as columns with no row labelled Response: label the row of response times "Response", or write one row per priority with a Response column. Until it can, no rule checks what it says.',
        },
      ],
    },
    {
      name: 'parties over sentences describing their duties',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Backups | Reviews the monthly restore report | Runs nightly backups and quarterly restore tests |\n`,
      findings: [{ messageId: 'tableNotUnderstood', line: 8, column: 1, endLine: 8, endColumn: 35 }],
    },
    {
      name: 'parties written as rows',
      text: `${FM}\n| Party | Help desk | Backups |\n| --- | --- | --- |\n| Contoso | R | I |\n| Northwind | A | R/A |\n`,
      findings: [
        {
          messageId: 'tableNotUnderstood',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 32,
          message:
            'This table looks like a responsibility matrix, but Demarc could not read it. Its parties are written as rows: Demarc reads one row per function, with a column per party (or an Owner column). Until it can, no rule checks what it says.',
        },
      ],
    },
    {
      name: 'parties written as rows, each label going on past the name',
      text: `${FM}\n| Teams | Security | Technology |\n| --- | --- | --- |\n| Contoso - Applications & Data | Access reviews | App lifecycle |\n| Northwind - Platform | Central logging | Provisioning |\n`,
      findings: [{ messageId: 'tableNotUnderstood', line: 8, column: 1, endLine: 8, endColumn: 34 }],
    },
  ],
});
