import rule from '../../server/src/engine/rules/p1-response-missing';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n';

/** Every order of the columns a service-level table commonly has, each without a P1 row. */
const ORDERS: [string, string, string][] = [
  ['| Priority | Response | Resolution |', '| P2 | 1 hour | 8 hours |', '| P1 | TBD |  |'],
  ['| Response | Priority | Resolution |', '| 1 hour | P2 | 8 hours |', '| TBD | P1 |  |'],
  ['| Resolution | Response | Priority |', '| 8 hours | 1 hour | P2 |', '|  | TBD | P1 |'],
  ['| Hours | Resolution | Priority | Response |', '| 24/7 | 8 hours | P2 | 1 hour |', '|  |  | P1 | TBD |'],
];

testRule(rule, {
  valid: [
    { name: 'a measurable P1 response', text: `${FM}\n| Priority | Response |\n| --- | --- |\n| P1 | 15 minutes |\n` },
    {
      name: 'P1 written as Severity 1 in a Sev column after the response',
      text: `${FM}\n| Response | Sev |\n| --- | --- |\n| 15 minutes | Severity 1 |\n`,
    },
    { name: 'a bare 1 in a priority column', text: `${FM}\n| Severity | Response |\n| --- | --- |\n| 1 | 30 minutes |\n| 2 | 2 hours |\n` },
    {
      name: 'next business day is measurable (slow, but that is p1-response-slow)',
      text: `${FM}\n| Priority | Response |\n| --- | --- |\n| P1 | NBD |\n`,
    },
  ],
  invalid: [
    {
      name: 'a P1 time promised only as a best effort',
      text: `${FM}\n| Priority | Response |\n| --- | --- |\n| P1 | Best effort, within 1 hour |\n`,
      findings: [
        {
          messageId: 'bestEffort',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 36,
          message:
            'The P1 response is only a best effort ("Best effort, within 1 hour"): promise the time rather than an effort to meet it.',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: `${FM}\n| Priority | Response |\n| --- | --- |\n| P1 | 30 minutes                 |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'priorities written as columns, with a label row above the response times: reported on the times row',
      text: `${FM}\n| Critical | High |\n| --- | --- |\n| *Response Time* | * * |\n| N/A | Next business day |\n`,
      findings: [
        {
          messageId: 'notMeasurable',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 28,
          message: 'The Critical response "N/A" is not measurable: state a time such as 30 minutes.',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: `${FM}\n| Critical | High |\n| --- | --- |\n| *Response Time* | * * |\n| 30 minutes | Next business day |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'no service-level table: a suggestion offers one, --fix writes none',
      text: `${FM}\nService levels are agreed separately.\n`,
      findings: [
        {
          messageId: 'noTable',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              title: 'Add a service-level table with standard P1 to P4 times',
              output: `${FM}\nService levels are agreed separately.\n\n## Service levels\n\n| Priority | Response   | Resolution      | Hours |\n| -------- | ---------- | --------------- | ----- |\n| P1       | 30 minutes | 4 hours         | 24/7  |\n| P2       | 1 hour     | 8 hours         | 24/7  |\n| P3       | 4 hours    | 3 business days | Business hours |\n| P4       | 1 business day | 10 business days | Business hours |\n`,
            },
          ],
        },
      ],
    },
    {
      // The table that made --fix write ten P1 rows into the Response column.
      name: 'no P1 row, the response column first and bare numbers as priorities',
      text: `${FM}\n| Response | Sev |\n|---|---|\n| 30 minutes | 2 |\n| 4 hours | 3 |\n`,
      findings: [
        {
          messageId: 'noP1Row',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 19,
          output: `${FM}\n| Response | Sev |\n|---|---|\n| TBD | 1 |\n| 30 minutes | 2 |\n| 4 hours | 3 |\n`,
          suggestions: [
            {
              title: 'Add a P1 row with a 30 minutes response',
              output: `${FM}\n| Response | Sev |\n|---|---|\n| 30 minutes | 1 |\n| 30 minutes | 2 |\n| 4 hours | 3 |\n`,
            },
          ],
        },
      ],
    },
    ...ORDERS.map(([header, p2, p1]) => {
      const delimiter = header.replace(/[^|]+/g, ' --- ');
      const text = `${FM}\n${header}\n${delimiter}\n${p2}\n`;
      return {
        name: `no P1 row in a table ordered ${header}`,
        text,
        findings: [
          {
            messageId: 'noP1Row',
            line: 8,
            column: 1,
            endLine: 8,
            endColumn: header.length + 1,
            output: `${FM}\n${header}\n${delimiter}\n${p1}\n${p2}\n`,
            suggestions: [
              {
                title: 'Add a P1 row with a 30 minutes response',
                output: `${FM}\n${header}\n${delimiter}\n${standardRow(header)}\n${p2}\n`,
              },
            ],
          },
        ],
      };
    }),
    {
      name: 'no P1 row in a table inside a quote: the row keeps the quote marker',
      text: `${FM}\n> | Priority | Response |\n> | --- | --- |\n> | P2 | 1 hour |\n`,
      findings: [
        {
          messageId: 'noP1Row',
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 26,
          output: `${FM}\n> | Priority | Response |\n> | --- | --- |\n> | P1 | TBD |\n> | P2 | 1 hour |\n`,
          suggestions: [
            {
              title: 'Add a P1 row with a 30 minutes response',
              output: `${FM}\n> | Priority | Response |\n> | --- | --- |\n> | P1 | 30 minutes |\n> | P2 | 1 hour |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a P1 row with an empty response',
      text: `${FM}\n| Priority | Response |\n| --- | --- |\n| P1 |  |\n`,
      findings: [
        {
          messageId: 'emptyResponse',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 10,
          message: 'The P1 response time is empty: state a time such as 30 minutes.',
          suggestions: [
            { title: 'Set the P1 response to 30 minutes', output: `${FM}\n| Priority | Response |\n| --- | --- |\n| P1 | 30 minutes |\n` },
          ],
        },
      ],
    },
    {
      name: "a P1 row whose response is not measurable, in the table's own words",
      text: `${FM}\n| Severity | Initial response |\n| --- | --- |\n| Sev 1 | ASAP |\n| Sev 2 | 1 hour |\n`,
      findings: [
        {
          messageId: 'notMeasurable',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 17,
          message: 'The Sev 1 response "ASAP" is not measurable: state a time such as 30 minutes.',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: `${FM}\n| Severity | Initial response |\n| --- | --- |\n| Sev 1 | 30 minutes |\n| Sev 2 | 1 hour |\n`,
            },
          ],
        },
      ],
    },
  ],
});

/** The standard P1 row the suggestion writes for a header, cell by cell. */
function standardRow(header: string): string {
  const cells = header
    .split('|')
    .slice(1, -1)
    .map((h) => h.trim().toLowerCase());
  const value = (h: string) => ({ priority: 'P1', response: '30 minutes', resolution: '4 hours', hours: '24/7' })[h] ?? '';
  return `| ${cells.map(value).join(' | ')} |`;
}
