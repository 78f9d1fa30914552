import rule from '../../server/src/engine/rules/p1-response-missing';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });

/** Every order of the columns a service-level table commonly has, each without a P1 row: header, P2 row, the P1 row --fix writes. */
const ORDERS: [string, string, string][] = [
  ['| Priority | Response | Resolution |', '| P2 | 1 hour | 8 hours |', '| P1 | TBD |  |'],
  ['| Response | Priority | Resolution |', '| 1 hour | P2 | 8 hours |', '| TBD | P1 |  |'],
  ['| Resolution | Response | Priority |', '| 8 hours | 1 hour | P2 |', '|  | TBD | P1 |'],
  ['| Hours | Resolution | Priority | Response |', '| 24/7 | 8 hours | P2 | 1 hour |', '|  |  | P1 | TBD |'],
];

/** The standard P1 row the suggestion writes for a header, cell by cell. */
function standardRow(header: string): string {
  const cells = header
    .split('|')
    .slice(1, -1)
    .map((h) => h.trim().toLowerCase());
  const value = (h: string) => ({ priority: 'P1', response: '30 minutes', resolution: '4 hours', hours: '24/7' })[h] ?? '';
  return `| ${cells.map(value).join(' | ')} |`;
}

const STANDARD_LEVELS = `## Service levels

| Priority | Response   | Resolution      | Hours |
| -------- | ---------- | --------------- | ----- |
| P1       | 30 minutes | 4 hours         | 24/7  |
| P2       | 1 hour     | 8 hours         | 24/7  |
| P3       | 4 hours    | 3 business days | Business hours |
| P4       | 1 business day | 10 business days | Business hours |
`;

testRule(rule, {
  valid: [
    {
      name: 'a best effort only when the service desk is closed leaves the in-hours time promised: no effort-only P1',
      text: sow(`
- Priority 1: a service failure for many people. During open hours this priority has a 30 minute response time.
- Priority 2: degraded service. This priority has a 4 hour response time.

When the IT Service Center or library is closed this priority has a best effort response time.
`),
    },
    {
      name: 'a response promised to every ticket, the client named only in an earlier clause: the SOW promises a time',
      text: sow(`
Unless stated otherwise on a customer contract, the support response time is 30 minutes from the moment a ticket is entered into our support portal.
`),
    },
    {
      name: 'levels of an escalation ladder under an escalation heading are rungs, not priorities: "Immediate" there is no P1',
      text: sow(`
## Service levels

| Priority | Response |
| --- | --- |
| Critical | 30 minutes |
| High | 2 hours |

### Support Escalation

| Level | Response Time | Contact Method | Authority |
| --- | --- | --- | --- |
| Level 1 | Immediate | Phone/Portal | Support Technician |
| Level 2 | 2 hours | Phone/Email | Senior Technician |
`),
    },
    {
      name: 'bare numbers under a header that names their unit are times',
      text: sow(`
| Priority | Response time in minutes |
| --- | --- |
| P1 | 30 |
| P2 | 120 |
`),
    },
    {
      name: 'a plan comparison whose row of response times names the hours it holds in promises every request a response',
      text: sow(`
| Service | Basic | Plus | Pro |
| --- | :-: | :-: | :-: |
| Email support | ✅ | ✅ | ✅ |
| Maximum response time (during normal office hours) | 3 days | 24 hours | 4 hours |
| Cost per month [CHF] | 0 | 80 | 160 |
`),
    },
    {
      name: 'a plan row of "Time to first response" or "Reaction time" is a row of response times too',
      text: sow(`
| | Standard | Premium |
| --- | --- | --- |
| Time to first response | 8 hours | 2 hours |
| Price | $100 | $200 |

| Plan | Bronze | Gold |
| --- | --- | --- |
| Reaction time | 4 hours | 1 hour |
`),
    },
    {
      name: 'a table whose header row is its first tier (converted from HTML) is read as a table with no header',
      text: sow(`
For incoming support requests the following response times apply:

| Fault (service is unavailable or its use is restricted) | < 1 hour |
| --- | --- |
| Service or information request | < 24 hours |
`),
    },
    {
      name: "a table of service metrics promises the P1 a response in its row naming the top tier's response",
      text: sow(`
## Service Guarantees

| Service Metric | Target | Measurement |
| --- | --- | --- |
| Critical Incident Response | ≤ 15 minutes | Time from alert to first contact |
| On-site Deployment | ≤ 4 hours | For critical incidents requiring physical presence |
| Status Updates | Every 4 hours | During active incident response |
`),
    },
    {
      name: 'a best effort outside business hours leaves the in-hours time promised (its hours are another finding)',
      text: managed(`
- Emergency Support will include a maximum one-hour response time during emergencies or service outages between standard business hours.
- Extended Support outside of standard business hours will be on a best-effort response following the on-call procedures.
`),
    },
    {
      name: 'a table of change types with lead times (change management) is no service-level table (found on a real SLA guide)',
      text: managed(`
| Priority | Response |
| --- | --- |
| P1 | 15 minutes |

| Change Type | Primary SLA Metric | Our Standard Timeframe |
| --- | --- | --- |
| Standard | Fulfilment Time | Completed within 2-5 business days of request. |
| Emergency | Incident Resolution Time | Implemented immediately to meet P1 incident resolution SLA. |
`),
    },
    {
      name: 'an effort about something else, with a response word far from it (found on a real MSA)',
      text: managed(`
The Client undertakes to use its reasonable endeavours to procure that its employees shall observe the terms of this clause provided that nothing in this clause shall prevent the Client from making offers of employment in response to unsolicited enquiries.

| Priority | Response |
| --- | --- |
| P1 | 15 minutes |
`),
    },
    {
      name: 'a measurable P1 response',
      text: managed(`
| Priority | Response |
| --- | --- |
| P1 | 15 minutes |
`),
    },
    {
      name: 'P1 written as Severity 1 in a Sev column after the response',
      text: managed(`
| Response | Sev |
| --- | --- |
| 15 minutes | Severity 1 |
`),
    },
    {
      name: 'a bare 1 in a priority column',
      text: managed(`
| Severity | Response |
| --- | --- |
| 1 | 30 minutes |
| 2 | 2 hours |
`),
    },
    {
      name: 'next business day is measurable (slow, but that is p1-response-slow)',
      text: managed(`
| Priority | Response |
| --- | --- |
| P1 | NBD |
`),
    },
  ],
  invalid: [
    {
      name: "a tier's section whose response line gives no time is the top tier promised no measurable response, not a table with no P1",
      text: sow(`
## Urgent

Helpdesk Response: Work until it is resolved.

## Medium

Helpdesk Response: Respond in 2-4 business hours.

## Normal

Helpdesk Response: Respond in 1 business day.
`),
      findings: [{ messageId: 'notMeasurable', at: 'Helpdesk Response: Work until it is resolved.' }],
    },
    {
      name: 'a plan that promises only a best effort beside plans with times: its P1 has no measurable response, said of that plan',
      text: sow(`
| Priority | Built-In | Starter | Pro |
|---|---|---|---|
| P1 | Best-effort | 30 minutes | 15 minutes |
| P2 | Best-effort | 8 hours | 4 hours |
`),
      findings: [
        {
          messageId: 'notMeasurable',
          at: '| P1 | Best-effort | 30 minutes | 15 minutes |',
          message: 'The P1 (Built-In) response "Best-effort" is not measurable: state a time such as 30 minutes.',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: { replace: '| P1 | Best-effort |', by: '| P1 | 30 minutes |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a cell that starts work at once and provides a solution in 8 hours promises no measurable response: the 8 hours are a resolution',
      text: sow(`
| Incident Category | Response |
| --- | --- |
| Urgent | Support desk will start work immediately. Support desk will use reasonable efforts to provide a solution within 8 working hours |
| High | Support desk will provide a manual initial response within one working hour |
`),
      findings: [
        {
          messageId: 'notMeasurable',
          at: '| Urgent | Support desk will start work immediately. Support desk will use reasonable efforts to provide a solution within 8 working hours |',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: {
                replace:
                  'Support desk will start work immediately. Support desk will use reasonable efforts to provide a solution within 8 working hours',
                by: '30 minutes',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a list whose top tier is answered immediately: it is the P1, and its response is no measure',
      text: sow(`
- Critical: Immediate response
- High: 2 hour response
`),
      findings: [{ messageId: 'notMeasurable', at: '- Critical: Immediate response' }],
    },
    {
      name: 'on a scale from P0, the P0 row is the most urgent: its best effort is no time, though P1 has one',
      text: managed(`
| Priority | Response |
| --- | --- |
| P0 - Critical | N/A (best effort) |
| P1 - High | 30 minutes |
`),
      findings: [
        {
          messageId: 'notMeasurable',
          at: '| P0 - Critical | N/A (best effort) |',
          message: 'The P0 - Critical response "N/A (best effort)" is not measurable: state a time such as 30 minutes.',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: { replace: '| P0 - Critical | N/A (best effort) |', by: '| P0 - Critical | 30 minutes |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a P1 time promised only as a best effort',
      text: managed(`
| Priority | Response |
| --- | --- |
| P1 | Best effort, within 1 hour |
`),
      findings: [
        {
          messageId: 'bestEffort',
          at: '| P1 | Best effort, within 1 hour |',
          message:
            'The P1 response is only a best effort ("Best effort, within 1 hour"): promise the time rather than an effort to meet it.',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: { replace: '| P1 | Best effort, within 1 hour |', by: '| P1 | 30 minutes |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a clause elsewhere makes every service level an effort',
      text: managed(`
IT will make every effort to meet the service levels specified below.

| Priority | Response |
| --- | --- |
| P1 | 15 minutes |
`),
      findings: [
        {
          messageId: 'effortElsewhere',
          at: '| P1 | 15 minutes |',
          message:
            'The P1 response of "15 minutes" is only an effort: "IT will make every effort to meet the service levels specified below." on line 8 qualifies every service level. Promise the time rather than an effort to meet it.',
          suggestions: [
            { title: 'Set the P1 response to 30 minutes', output: { replace: '| P1 | 15 minutes |', by: '| P1 | 30 minutes |' } },
          ],
        },
      ],
    },
    {
      name: 'priorities written as columns, with a label row above the response times: reported on the times row',
      text: managed(`
| Critical | High |
| --- | --- |
| *Response Time* | * * |
| N/A | Next business day |
`),
      findings: [
        {
          messageId: 'notMeasurable',
          at: '| N/A | Next business day |',
          message: 'The Critical response "N/A" is not measurable: state a time such as 30 minutes.',
          suggestions: [
            {
              title: 'Set the P1 response to 30 minutes',
              output: { replace: '| N/A | Next business day |', by: '| 30 minutes | Next business day |' },
            },
          ],
        },
      ],
    },
    {
      name: 'no table, but a response promised to every ticket with no measure: reported where it stands, not as absent',
      text: managed(`
## Response and resolution targets

- First Response: Best effort. We aim to acknowledge new tickets as quickly as possible during coverage hours.
- Resolution Time: 24-hour average across all tickets, measured monthly.
`),
      findings: [
        {
          messageId: 'notMeasurableForEvery',
          at: '- First Response: Best effort. We aim to acknowledge new tickets as quickly as possible during coverage hours.',
          message:
            'The only response this SOW promises, "First Response: Best effort.", is not measurable, so a P1 (critical) incident has no promised time: state one such as 30 minutes.',
        },
      ],
    },
    {
      name: 'no table, but the top tier promised a response "immediately": that tier, not measurable; the lower tier with a time ranks below it',
      text: managed(`
Response Time:

All urgent matters during office hours will be responded immediately with the consideration of onsite assistance travel time.

All non-urgent requests will be treated FIFO and receive the first response within 4 hours during office hours.
`),
      findings: [
        {
          messageId: 'notMeasurable',
          at: 'All urgent matters during office hours will be responded immediately with the consideration of onsite assistance travel time.',
        },
      ],
    },
    ...[
      ["a duty in the imperative in a role's list", '## Duties\n\n- Respond promptly to incidents and service interruptions.'],
      ['a best effort only after hours', 'Support is provided 9-5. Calls received after hours will be answered as soon as possible.'],
      ['a lower tier answered as soon as possible', 'Low priority requests will be responded to as soon as possible.'],
      ["the client's own duty to respond", "Contoso will respond to Northwind's tickets as soon as possible."],
      ['service requests, which are no incidents', 'Service requests are acknowledged as soon as possible.'],
    ].map(([what, body]) => ({
      name: `no table, and ${what}: still no response promised to a P1`,
      text: managed(`\n${body}\n`),
      findings: [
        {
          messageId: 'noTable',
          at: 'model: managed',
          suggestions: [{ title: 'Add a service-level table with standard P1 to P4 times', output: { append: `\n${STANDARD_LEVELS}` } }],
        },
      ],
    })),
    {
      name: 'no service-level table: a suggestion offers one, --fix writes none',
      text: managed(`
Service levels are agreed separately.
`),
      findings: [
        {
          messageId: 'noTable',
          at: 'model: managed',
          suggestions: [{ title: 'Add a service-level table with standard P1 to P4 times', output: { append: `\n${STANDARD_LEVELS}` } }],
        },
      ],
    },
    {
      // The table that made --fix write ten P1 rows into the Response column.
      name: 'no P1 row, the response column first and bare numbers as priorities',
      text: managed(`
| Response | Sev |
|---|---|
| 30 minutes | 2 |
| 4 hours | 3 |
`),
      findings: [
        {
          messageId: 'noP1Row',
          at: '| Response | Sev |',
          output: { after: '|---|---|\n', insert: '| TBD | 1 |\n' },
          suggestions: [
            { title: 'Add a P1 row with a 30 minutes response', output: { after: '|---|---|\n', insert: '| 30 minutes | 1 |\n' } },
          ],
        },
      ],
    },
    ...ORDERS.map(([header, p2, p1]) => {
      const delimiter = header.replace(/[^|]+/g, ' --- ');
      return {
        name: `no P1 row in a table ordered ${header}`,
        text: managed(`
${header}
${delimiter}
${p2}
`),
        findings: [
          {
            messageId: 'noP1Row',
            at: header,
            output: { after: `${delimiter}\n`, insert: `${p1}\n` },
            suggestions: [
              { title: 'Add a P1 row with a 30 minutes response', output: { after: `${delimiter}\n`, insert: `${standardRow(header)}\n` } },
            ],
          },
        ],
      };
    }),
    {
      name: 'no P1 row in a table inside a quote: the row keeps the quote marker',
      text: managed(`
> | Priority | Response |
> | --- | --- |
> | P2 | 1 hour |
`),
      findings: [
        {
          messageId: 'noP1Row',
          at: '> | Priority | Response |',
          output: { after: '> | --- | --- |\n', insert: '> | P1 | TBD |\n' },
          suggestions: [
            { title: 'Add a P1 row with a 30 minutes response', output: { after: '> | --- | --- |\n', insert: '> | P1 | 30 minutes |\n' } },
          ],
        },
      ],
    },
    {
      name: 'a P1 row with an empty response',
      text: managed(`
| Priority | Response |
| --- | --- |
| P1 |  |
`),
      findings: [
        {
          messageId: 'emptyResponse',
          at: '| P1 |  |',
          message: 'The P1 response time is empty: state a time such as 30 minutes.',
          suggestions: [{ title: 'Set the P1 response to 30 minutes', output: { replace: '| P1 |  |', by: '| P1 | 30 minutes |' } }],
        },
      ],
    },
    {
      name: "a P1 row whose response is not measurable, in the table's own words",
      text: managed(`
| Severity | Initial response |
| --- | --- |
| Sev 1 | ASAP |
| Sev 2 | 1 hour |
`),
      findings: [
        {
          messageId: 'notMeasurable',
          at: '| Sev 1 | ASAP |',
          message: 'The Sev 1 response "ASAP" is not measurable: state a time such as 30 minutes.',
          suggestions: [
            { title: 'Set the P1 response to 30 minutes', output: { replace: '| Sev 1 | ASAP |', by: '| Sev 1 | 30 minutes |' } },
          ],
        },
      ],
    },
  ],
});
