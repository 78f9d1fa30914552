import rule from '../../server/src/engine/rules/p1-response-slow';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const TABLE = '| Priority | Response |\n| --- | --- |\n';

testRule(rule, {
  valid: [
    {
      name: 'a list of times with no priorities and no stated order is no service-level list',
      text: `${FM}\nOur targets:\n\n- For outages: within 3 business hours.\n- For everything else: within five business days.\n`,
    },
    {
      name: 'support in business hours, but P1 incidents answered 24x7',
      text: `${FM}\n${TABLE}| P1 | 30 minutes |\n\nSupport is provided during business hours. P1 incidents: 24x7.\n`,
    },
    {
      name: 'support in business hours, but critical issues addressed after hours',
      text: `${FM}\n${TABLE}| P1 | 30 minutes |\n\nSupport is provided during business hours. Our after-hours support ensures critical issues are addressed.\n`,
    },
    {
      name: 'a business-hours passage that states its own time speaks only for it',
      text: `${FM}\n${TABLE}| P1 | 30 minutes |\n\nStandard requests get a response within 4 business hours.\n`,
    },
    { name: 'a 30 minute P1 response', text: `${FM}\n${TABLE}| P1 | 30 minutes |\n| P2 | 4 hours |\n` },
    { name: 'exactly the default limit', text: `${FM}\n${TABLE}| P1 | 1 hour |\n` },
    {
      name: 'sixty minutes is the limit, not over it',
      text: `${FM}\n| Severity | Response |\n| --- | --- |\n| Priority 1 | 60 minutes |\n`,
    },
    {
      name: 'business time on P2 only',
      text: `${FM}\n${TABLE}| P1 | 15 minutes |\n| P2 | 4 business hours |\n| P3 | next business day |\n`,
    },
    {
      name: 'a next-business-day resolution beside a clock-time response, response column first',
      text: `${FM}\n| Response | Priority | Resolution |\n| --- | --- | --- |\n| 15m | P1 | next business day |\n`,
    },
    { name: 'a response inside text', text: `${FM}\n| Sev | Initial response |\n| --- | --- |\n| Sev 1 | Within 15 minutes, 24/7 |\n` },
    { name: "an unmeasurable P1 response is p1-response-missing's finding", text: `${FM}\n${TABLE}| P1 | ASAP |\n` },
    {
      name: 'a 2 hour response under a 4h limit',
      text: `${FM}\n${TABLE}| P1 | 2 hours |\n`,
      config: { rules: { 'p1-response-slow': ['warning', { maxP1Response: '4h' }] } },
    },
  ],
  invalid: [
    {
      name: 'a list ranked by the passage before it ("in the following order"): its first item is the P1',
      text: `${FM}\nWe prioritize communication in the following order:\n\n- For outages: within 3 business hours.\n- For everything else: within five business days.\n`,
      findings: [
        {
          messageId: 'businessTime',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 40,
          message:
            'The P1 response "For outages: within 3 business hours." is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
        },
      ],
    },
    {
      name: 'a support-hours passage far from the table governs a P1 time that says nothing of its hours',
      text: `${FM}\n${TABLE}| P1 | 30 minutes |\n\n## Support hours\n\nUnless you buy the on-call add-on, support is provided during business hours (9 AM - 5 PM).\n`,
      findings: [
        {
          messageId: 'businessTime',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 20,
          message:
            'The P1 response "30 minutes" is counted in business time (read from "support is provided during business hours (9 AM - 5 PM)" on line 14), so a critical incident raised at night or at the weekend may wait until the next working day.',
        },
      ],
    },
    {
      name: 'priorities written as columns, with labels in the first column: reported on the Response row',
      text: `${FM}\n| Target | P1 | P2 |\n| --- | --- | --- |\n| Response | 4 hours | 1 day |\n| Resolution | 1 day | 3 days |\n`,
      findings: [
        {
          messageId: 'overLimit',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 31,
          message: 'The P1 response of 4 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: `${FM}\n| Target | P1 | P2 |\n| --- | --- | --- |\n| Response | 1 hour  | 1 day |\n| Resolution | 1 day | 3 days |\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a P1 covered in business hours only, by the row's Hours column: mended by 24/7 cover",
      text: `${FM}\n| Priority | Response   | Resolution | Hours          |\n| -------- | ---------- | ---------- | -------------- |\n| P1       | 30 minutes | 4 hours    | Business hours |\n`,
      findings: [
        {
          messageId: 'businessTime',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 56,
          message:
            'The P1 response "30 minutes" is counted in business time (read from the Hours column: "Business hours"), so a critical incident raised at night or at the weekend may wait until the next working day.',
          suggestions: [
            {
              title: 'Cover P1 incidents around the clock (24/7)',
              output: `${FM}\n| Priority | Response   | Resolution | Hours          |\n| -------- | ---------- | ---------- | -------------- |\n| P1       | 30 minutes | 4 hours    | 24/7           |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a 4 hour P1 response over the default 1 hour',
      text: `${FM}\n${TABLE}| P1 | 4 hours |\n`,
      findings: [
        {
          messageId: 'overLimit',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 17,
          message: 'The P1 response of 4 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: `${FM}\n${TABLE}| P1 | 1 hour  |\n` }],
        },
      ],
    },
    {
      name: 'a P1 response in business hours, however short',
      text: `${FM}\n${TABLE}| P1 | 4 business hours |\n| P2 | 8 hours |\n`,
      findings: [
        {
          messageId: 'businessTime',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 26,
          message:
            'The P1 response "4 business hours" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: `${FM}\n${TABLE}| P1 | 1 hour           |\n| P2 | 8 hours |\n` }],
        },
      ],
    },
    {
      name: 'Resolution, Response, Severity order; the duration inside text',
      text: `${FM}\n| Resolution | Response | Severity |\n| --- | --- | --- |\n| 8 hours | Within 2 hours | Sev 1 |\n`,
      findings: [
        {
          messageId: 'overLimit',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 37,
          message: 'The P1 response of 2 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: `${FM}\n| Resolution | Response | Severity |\n| --- | --- | --- |\n| 8 hours | 1 hour         | Sev 1 |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'Critical with NBD in a Level / Response time table',
      text: `${FM}\n| Level | Response time |\n| --- | --- |\n| Critical | NBD |\n`,
      findings: [
        {
          messageId: 'businessTime',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 19,
          message:
            'The P1 response "NBD" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
          suggestions: [
            { title: 'Set the P1 response to 1 hour', output: `${FM}\n| Level | Response time |\n| --- | --- |\n| Critical | 1 hour |\n` },
          ],
        },
      ],
    },
    {
      name: 'maxP1Response 30m at error: 45 minutes is too slow, and the level applies',
      text: `${FM}\n${TABLE}| P1 | 45 minutes |\n`,
      config: { rules: { 'p1-response-slow': ['error', { maxP1Response: '30m' }] } },
      findings: [
        {
          messageId: 'overLimit',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 20,
          severity: 'error',
          message: 'The P1 response of 45 minutes is slower than the 30 minutes limit for critical incidents.',
          suggestions: [{ title: 'Set the P1 response to 30 minutes', output: `${FM}\n${TABLE}| P1 | 30 minutes |\n` }],
        },
      ],
    },
    {
      name: 'maxP1Response 4h: one day is over it, and business time is flagged even within it',
      text: `${FM}\n${TABLE}| P1 | 1 day |\n\n${TABLE}| P1 | 4 working hours |\n`,
      config: { rules: { 'p1-response-slow': ['warning', { maxP1Response: '4h' }] } },
      findings: [
        {
          messageId: 'overLimit',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 15,
          message: 'The P1 response of 1 day is slower than the 4 hours limit for critical incidents.',
          suggestions: [
            { title: 'Set the P1 response to 4 hours', output: `${FM}\n${TABLE}| P1 | 4 hours |\n\n${TABLE}| P1 | 4 working hours |\n` },
          ],
        },
        {
          messageId: 'businessTime',
          line: 14,
          column: 1,
          endLine: 14,
          endColumn: 25,
          suggestions: [
            { title: 'Set the P1 response to 4 hours', output: `${FM}\n${TABLE}| P1 | 1 day |\n\n${TABLE}| P1 | 4 hours         |\n` },
          ],
        },
      ],
    },
    {
      name: 'a table written without outer pipes, the response cell first on its line',
      text: `${FM}\nResponse | Priority\n--- | ---\n4 hours | P1\n`,
      findings: [
        {
          messageId: 'overLimit',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 13,
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: `${FM}\nResponse | Priority\n--- | ---\n1 hour  | P1\n` }],
        },
      ],
    },
  ],
});
