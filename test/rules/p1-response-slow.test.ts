import rule from '../../server/src/engine/rules/p1-response-slow';
import { testRule } from '../helpers/ruleTester';
import { lineOf, sow } from '../helpers/sow';

/** Support hours stated in a section of their own, below the table; the expected message names its line. */
const HOURS_BELOW = sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |

## Support hours

Unless you buy the on-call add-on, support is provided during business hours (9 AM - 5 PM).
`);

/** A service-level table whose P1 is answered in time, beside which other tables are read. */
const P1_IN_30_MINUTES = `| Priority | Response |
| --- | --- |
| P1 | 30 minutes |
| P2 | 2 hours |
`;

testRule(rule, {
  valid: [
    {
      name: 'a patching time "of critical vulnerabilities" answers no tier: no P1 read from it',
      text: sow(`
- Regular security patching within 24 hours of critical vulnerabilities
`),
    },
    {
      name: 'hours a sentence opens with govern its later clauses: "Outside these hours, the on-call engineer responds to P1 calls within 1 hour"',
      text: sow(`
Normal support hours are 8:30 to 17:30, Monday to Friday. Outside these hours, the on-call engineer responds to P1 calls within 1 hour.

| Priority | Response |
| --- | --- |
| P1 | 30 minutes |
| P2 | 4 hours |
`),
    },
    {
      name: "a caption that keeps business days but has the top tier answered after hours does not put the table's times in business time",
      text: sow(`
Our service desk is open 8:00–18:00 on business days. Emergency after-hours support is available for Priority 1 issues by phone.

| Priority | Response |
| --- | --- |
| P1 | 1 hour |
| P2 | 4 hours |
`),
    },
    {
      name: 'tiers run together with semicolons after a lead-in: the first tier keeps its label, so Emergency is the P1',
      text: sow(`
Response times: Emergency - 1 hour; Urgent - 4 hours; Routine - next business day.
`),
    },
    {
      name: 'text in a language whose service-level words Demarc lacks: "every 2h until resolution" is not read as a response',
      text: sow(`
${'Zgłoszenie jest przyjmowane przez dział wsparcia oraz obsługiwane w dni robocze, a klient jest informowany o postępie. '.repeat(6)}

- **P1 (Krytyczny)**: Co 2h do rozwiązania
- **P2 (Wysoki)**: Co 8h do rozwiązania
`),
    },
    {
      name: 'the first answer of a cell that gives each way its time: remote in an hour, on site in four',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 4 hours onsite, 1 hour remote |
| P2 | 8 hours |
`),
    },
    {
      name: 'a column of on-site times beside the response column is attendance, not the response',
      text: sow(`
| Priority | On-site Response | Remote Response |
| --- | --- | --- |
| P1 | 4 hours | 30 minutes |
| P2 | Next business day | 2 hours |
`),
    },
    {
      name: 'an immediate response with a restoration time: the restoration is not the response',
      text: sow(`
| Priority | Response |
| --- | --- |
| Critical | Immediate response; 2 hour restoration |
| High | 2 hour response; 8 hour restoration |
`),
    },
    {
      name: 'a list whose top tier is answered immediately: the next tier is not the P1',
      text: sow(`
- Critical: Immediate response
- High: 2 hour response
- Medium: 8 hour response
`),
    },
    {
      name: 'support on weekdays and weekends is no business-hours limit',
      text: sow(`${P1_IN_30_MINUTES}\nSupport is available on weekdays and weekends.\n`),
    },
    {
      name: "a paragraph's sentences each name their tier: the 24 hours for minor issues is not the critical issues' reply",
      text: sow(`
## Support

For critical issues that affect the availability of our services, we will reply
within the limits set by our SLA. For non-critical and minor issues, please allow
up to 24 hours for replies.
`),
    },
    {
      name: 'metric labels say what their time measures: "P1 resolution" is no slow P1 response',
      text: sow(`
| Metric | Target |
| --- | --- |
| P1 response | 30 minutes |
| P1 resolution | 4 hours |
`),
    },
    {
      name: 'two metric rows beside the SOW\'s service-level table: "Critical bug response" is a KPI, not the P1\'s service level',
      text: sow(`
${P1_IN_30_MINUTES}
| Metric | Target |
| --- | --- |
| PR review time | < 24 hours |
| Critical bug response | < 4 hours |
`),
    },
    {
      name: 'a table of service metrics beside the SOW\'s service-level table says nothing of the P1: a KPI\'s "Critical bug response" measures something else',
      text: sow(`
${P1_IN_30_MINUTES}
| Metric | Target |
| --- | --- |
| PR review time | < 24 hours |
| On-schedule delivery | > 90% |
| Critical bug response | < 4 hours |
`),
    },
    {
      name: 'a table of service metrics whose critical response row is within the limit',
      text: sow(`
| Service Metric | Target | Measurement |
| --- | --- | --- |
| Critical Incident Response | ≤ 15 minutes | Time from alert to first contact |
| On-site Deployment | ≤ 4 hours | For critical incidents requiring physical presence |
`),
    },
    {
      name: "a plan comparison's response row says nothing where the SOW has a service-level table of priorities",
      text: sow(`
| Feature | Essential | Professional |
|---------|-----------|--------------|
| Response Time | 4 hours | 2 hours |

| Priority | Response |
| --- | --- |
| P1 | 30 minutes |
| P2 | 2 hours |
`),
    },
    {
      name: 'times that measure no response: notice given ahead, a frequency, how long an incident lasts',
      text: sow(`
- Critical Infrastructure Tier: Weekly (1 day/week)
- Emergency maintenance: Announced 24h in advance (if possible)

**Escalation Triggers:**

- P1 incident lasting >8 hours
- P2 incident lasting >24 hours
`),
    },
    {
      name: 'a time that measures a charge is no response',
      text: sow(`
- For any tickets opened outside of our standard support hours, the SLA will begin at the start of the next business day.
- Emergency Support – Emergency support is available by email with a 1-hour minimum charge.
`),
    },
    {
      name: 'bare times under a lead-in that names another measure (restore, detect) are not responses',
      text: sow(`
**Mean Time to Restore:**

- P1: 8 hours
- P2: 24 hours
`),
    },
    {
      name: "a list under the client's own responsibilities says what the client does, not what the provider promises",
      text: sow(`
## Your Responsibilities

- Answer the phone within SLA (P1: 4 hours, P2: 8 hours)
`),
    },
    {
      name: 'service requests answered in business hours say nothing of incidents',
      text: sow(`
All service requests will be responded to within business hours.
`),
    },
    {
      name: "a table's times take the business hours a sentence gives every request: its rows are reported, not the sentence",
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 15 minutes, 24/7 |

All tickets will be responded to within SLA Business Hours.
`),
    },
    {
      name: 'times under a header that names neither, whose cells say the requests are solved in them, are resolutions',
      text: sow(`
| Degree of importance | Execution time |
| --- | --- |
| Critical | 95% of critical priority requests are solved in 2h. |
| High | 95% of high priority requests are solved in 12h. |
`),
    },
    {
      name: 'a list of times with no priorities and no stated order is no service-level list',
      text: sow(`
Our targets:

- For outages: within 3 business hours.
- For everything else: within five business days.
`),
    },
    {
      name: 'support in business hours, but P1 incidents answered 24x7',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |

Support is provided during business hours. P1 incidents: 24x7.
`),
    },
    {
      name: 'support in business hours, but critical issues addressed after hours',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |

Support is provided during business hours. Our after-hours support ensures critical issues are addressed.
`),
    },
    {
      name: 'a business-hours passage that states its own time speaks only for it',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |

Standard requests get a response within 4 business hours.
`),
    },
    {
      name: 'a 30 minute P1 response',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |
| P2 | 4 hours |
`),
    },
    {
      name: 'exactly the default limit',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 1 hour |
`),
    },
    {
      name: 'sixty minutes is the limit, not over it',
      text: sow(`
| Severity | Response |
| --- | --- |
| Priority 1 | 60 minutes |
`),
    },
    {
      name: 'business time on P2 only',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 15 minutes |
| P2 | 4 business hours |
| P3 | next business day |
`),
    },
    {
      name: 'a next-business-day resolution beside a clock-time response, response column first',
      text: sow(`
| Response | Priority | Resolution |
| --- | --- | --- |
| 15m | P1 | next business day |
`),
    },
    {
      name: 'a response inside text',
      text: sow(`
| Sev | Initial response |
| --- | --- |
| Sev 1 | Within 15 minutes, 24/7 |
`),
    },
    {
      name: "an unmeasurable P1 response is p1-response-missing's finding",
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | ASAP |
`),
    },
    {
      name: 'a 2 hour response under a 4h limit',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 2 hours |
`),
      config: { rules: { 'p1-response-slow': ['warning', { maxP1Response: '4h' }] } },
    },
  ],
  invalid: [
    {
      name: "a table written long under a target's header, with a column of ticket kinds: only the incident response row is the P1's",
      text: sow(`
| Priority | Ticket Type | Action | Commitment |
| --- | --- | --- | --- |
| Priority 1 | Incident | Resolve | 1 Day |
| Priority 2 | Incident | Resolve | 2 Days |
| Priority 1 | Incident | Response | 3 Hours |
| Priority 2 | Incident | Response | 5 Hours |
| Priority 1 | Request | Response | 3 Hours |
| Priority 2 | Request | Response | 5 Hours |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Priority 1 | Incident | Response | 3 Hours |',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: '| Priority 1 | Incident | Response | 3 Hours |', by: '| Priority 1 | Incident | Response | 1 hour |' },
            },
          ],
        },
      ],
    },
    {
      name: 'beside an Acknowledge column the Respond column is the response: a receipt in 15 minutes does not make a 2-hour response fast',
      text: sow(`
| Severity | Acknowledge | Respond | Resolve |
| --- | --- | --- | --- |
| Sev 1 | 15 min | 2 hours | 4 hours |
| Sev 2 | 30 min | 4 hours | 1 day |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Sev 1 | 15 min | 2 hours | 4 hours |',
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: { replace: '| 2 hours |', by: '| 1 hour |' } }],
        },
      ],
    },
    {
      name: 'the top tier as what is answered: "respond to emergencies within 1 hour", "respond in 1 hour of an emergency"',
      text: sow(`
Support is available weekdays from 8AM to 5PM. We respond to emergencies within 1 hour and to all other requests within 1 business day.
`),
      findings: [
        {
          messageId: 'businessTime',
          at: 'Support is available weekdays from 8AM to 5PM. We respond to emergencies within 1 hour and to all other requests within 1 business day.',
        },
      ],
    },
    {
      name: "one tier in two sections by hours, each written in labelled parts: the off-hours section's response is the tier's",
      text: sow(`
## Problem Severity & Response Time

### LEVEL 1 (NORMAL BUSINESS HOURS)

**Definition**

Major Business Impact: the call center is down.

**Communications**

Respond to the customer within 1 hour of notification.

### LEVEL 1 (OFF HOURS)

**Definition**

Major Business Impact: the call center is down.

**Communications**

Respond to the customer within 2 hours of notification.
`),
      findings: [{ messageId: 'overLimit', at: 'Respond to the customer within 2 hours of notification.' }],
    },
    {
      name: 'levels under a Classification header are tiers: "Level 1" answered in business hours is slow',
      text: sow(`
| Classification | Details | Time to first response for issues |
|---|---|---|
| Level 1 | Critical loss of functionality. | Reported during business hours (Mon – Fri 9:00AM – 17:00PM CEST) within 4 hours |
| Level 2 | Moderate loss of functionality. | within 1 business day |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| Level 1 | Critical loss of functionality. | Reported during business hours (Mon – Fri 9:00AM – 17:00PM CEST) within 4 hours |',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: ' Reported during business hours (Mon – Fri 9:00AM – 17:00PM CEST) within 4 hours |', by: ' 1 hour |' },
            },
          ],
        },
      ],
    },
    {
      name: "tiers over columns and a plan on each row, under a caption saying the times are responses: each plan's slow P1 on its own row",
      text: sow(`
We would like to achieve the following service-level objectives for our responses.

| Support Program | Severity 1 | Severity 2 | Severity 3 |
|---|---|---|---|
| Premium | 1 hour | 2 hours | 8 hours |
| Enterprise Subscription | 24 hours | 48 hours | 72 hours |
| Legacy | 48 hours | 72 hours | 96 hours |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Enterprise Subscription | 24 hours | 48 hours | 72 hours |',
          message: 'The P1 response of 24 hours (Enterprise Subscription) is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the Enterprise Subscription P1 response to 1 hour',
              output: {
                replace: '| Enterprise Subscription | 24 hours | 48 hours | 72 hours |',
                by: '| Enterprise Subscription | 1 hour | 48 hours | 72 hours |',
              },
            },
          ],
        },
        {
          messageId: 'overLimit',
          at: '| Legacy | 48 hours | 72 hours | 96 hours |',
          message: 'The P1 response of 48 hours (Legacy) is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the Legacy P1 response to 1 hour',
              output: { replace: '| Legacy | 48 hours | 72 hours | 96 hours |', by: '| Legacy | 1 hour | 72 hours | 96 hours |' },
            },
          ],
        },
      ],
    },
    {
      name: "a card over a list of the lower tiers states the top tier: its label line and its time line are the list's P1",
      text: sow(`
### Standard

Severity 1 (full outage) response time
1 business hour
Business hours coverage

- Severity 2 (High) 2 business hours
- Severity 3 (Medium) 4 business hours

### Enterprise

Severity 1 (full outage) response time
1 hour
24×7 coverage

- Severity 2 (High) 2 hours 24×7
- Severity 3 (Medium) 4 business hours
`),
      findings: [{ messageId: 'businessTime', at: 'Severity 1 (full outage) response time' }],
    },
    {
      name: 'after hours answered "the next business day" is no one answering after hours: the P1 time is counted in business time',
      text: sow(`
Support hours are 8am to 6pm on weekdays. Outside business hours, tickets are answered the next business day.

## Service levels

| Priority | Response |
| --- | --- |
| P1 | 30 minutes |
| P2 | 4 hours |
`),
      findings: [{ messageId: 'businessTime', at: '| P1 | 30 minutes |' }],
    },
    {
      name: 'a sentence opened by a condition that names after hours ("Unless you have the After-Hours add-on, …") keeps its business hours',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |

## Support hours

Unless you have the After-Hours On-Call add-on, standard support is provided during business hours (9 AM - 5 PM).
`),
      findings: [{ messageId: 'businessTime', at: '| P1 | 30 minutes |' }],
    },
    {
      name: 'a header row that is the first tier, though its words could head columns ("target turn around"): Emergency is the P1',
      text: sow(`
| Emergency | 4 hour target turn around |
| --- | --- |
| High | 9 hour turn around |
| Medium | 24 hour target turnaround |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Emergency | 4 hour target turn around |',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: '| Emergency | 4 hour target turn around |', by: '| Emergency | 1 hour |' },
            },
          ],
        },
      ],
    },
    {
      name: 'an unmeasured top tier in a SOW whose support keeps office hours waits for them; a 24/7 logging application answers nobody',
      text: sow(`
Support calls can be logged via our 24/7 Helpdesk Management Application.

| Priority | Response |
| --- | --- |
| 1. Outage | Immediate |
| 2. High | Within 2 hours |

The IT Support Department is available between the hours of 8am - 4pm Monday to Friday.
`),
      findings: [{ messageId: 'hoursOnly', at: '| 1. Outage | Immediate |' }],
    },
    {
      name: 'a description after the time says nothing of what it measures: "Within 1 business hour: Catastrophic inability to complete job duties"',
      text: sow(`
- Critical – Within 1 business hour: Catastrophic inability to complete job duties.
- High – Within 3 business hours: Loss of a major job duty.
`),
      findings: [{ messageId: 'businessTime', at: '- Critical – Within 1 business hour: Catastrophic inability to complete job duties.' }],
    },
    {
      name: "cards: a tier's response label in a paragraph and its time in the next; on-site attendance beside the remote response is no second one",
      text: sow(`
Remote Emergency Response Time

2 hours

On-Site Emergency Response Time

4 hours
`),
      findings: [{ messageId: 'overLimit', at: 'Remote Emergency Response Time' }],
    },
    {
      name: 'a table by kind of ticket: its one row of incidents answers every incident, the P1 too',
      text: sow(`
| Ticket type | Response time |
| --- | --- |
| Incident | 4 hours |
| Service request | 1 business day |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Incident | 4 hours |',
          suggestions: [
            { title: 'Set the P1 response to 1 hour', output: { replace: '| Incident | 4 hours |', by: '| Incident | 1 hour |' } },
          ],
        },
      ],
    },
    {
      name: 'the response time as a sentence\'s subject answers every request, a P1 included: "Our standard response time is 4 business hours"',
      text: sow(`
Our standard response time is 4 business hours.
`),
      findings: [{ messageId: 'businessTime', at: 'Our standard response time is 4 business hours.' }],
    },
    {
      name: 'the top tier named as its incidents, and given a time in its own sentence: "Response time for emergencies: 4 hours"',
      text: sow(`
Response time for emergencies: 4 hours. Response time for all other requests: next business day.
`),
      findings: [
        { messageId: 'overLimit', at: 'Response time for emergencies: 4 hours. Response time for all other requests: next business day.' },
      ],
    },
    {
      name: "a table of service metrics: the row that names the top tier's response is the P1's service level; the others measure something else",
      text: sow(`
| Service Metric | Target | Measurement |
| --- | --- | --- |
| Critical Incident Response | ≤ 4 hours | Time from alert to first contact |
| On-site Deployment | ≤ 8 hours | For critical incidents requiring physical presence |
| Initial Assessment | ≤ 2 hours | Preliminary findings |
| Status Updates | Every 4 hours | During active incident response |
| Critical Incident Resolution | 24 hours | Service restored |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Critical Incident Response | ≤ 4 hours | Time from alert to first contact |',
          message: 'The P1 response of 4 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: '| Critical Incident Response | ≤ 4 hours |', by: '| Critical Incident Response | 1 hour |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a plan whose name holds a priority word ("Critical Infrastructure Tier") is still a plan column',
      text: sow(`
| Severity | Professional Tier | Enterprise Tier | Critical Infrastructure Tier |
| --- | --- | --- | --- |
| P1 - Critical | 4 hours | 1 hour | 30 minutes |
| P2 - High | 24 hours | 8 hours | 4 hours |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| P1 - Critical | 4 hours | 1 hour | 30 minutes |',
          message: 'The P1 response of 4 hours (Professional Tier) is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the Professional Tier P1 response to 1 hour',
              output: { replace: '| P1 - Critical | 4 hours |', by: '| P1 - Critical | 1 hour |' },
            },
          ],
        },
      ],
    },
    {
      name: 'on a scale from P0, P0 is the most urgent tier: its time is the one held to the limit',
      text: sow(`
| Priority | Response |
| --- | --- |
| P0 - Critical | 4 hours |
| P1 - High | 30 minutes |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| P0 - Critical | 4 hours |',
          message: 'The P1 response of 4 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: '| P0 - Critical | 4 hours |', by: '| P0 - Critical | 1 hour |' },
            },
          ],
        },
      ],
    },
    {
      name: 'no service-level table, and the urgent tier answered only during office hours, with no time: a P1 at night waits',
      text: sow(`
All urgent matters during office hours will be responded immediately. Other requests are handled first in, first out.
`),
      findings: [
        {
          messageId: 'hoursOnly',
          at: 'All urgent matters during office hours will be responded immediately. Other requests are handled first in, first out.',
        },
      ],
    },
    {
      name: 'no service-level table, and every ticket answered only within business hours: a P1 at night waits too',
      text: sow(`
Standard SLA Business Hours are 8:00 AM to 5:00 PM, Monday through Friday.

All tickets will be responded to within SLA Business Hours. Tickets received after hours count from the next business open.
`),
      findings: [
        {
          messageId: 'hoursOnly',
          at: 'All tickets will be responded to within SLA Business Hours. Tickets received after hours count from the next business open.',
          message:
            'Requests are answered only in business hours ("All tickets will be responded to within SLA Business Hours."), so a critical incident raised at night or at the weekend may wait until the next working day.',
        },
      ],
    },
    {
      name: 'a column per plan under a row saying what the times are (found on a real support offer): one finding on the P1 row, naming the slow plans',
      text: sow(`
| | Base | Plus | Enterprise |
| --- | --- | --- | --- |
| Monthly cost | £1000 | £2500 | £5000 |
| *Response times* | | | |
| P1 - Business critical | 5 business hours | 2 business hours | 1 hour |
| P2 - Degraded service | 8 business hours | 4 business hours | 2 hours |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| P1 - Business critical | 5 business hours | 2 business hours | 1 hour |',
          message:
            'The P1 response "5 business hours" (Base; Plus likewise) is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
          suggestions: [
            {
              title: 'Set the Base P1 response to 1 hour',
              output: {
                replace: '| P1 - Business critical | 5 business hours | 2 business hours | 1 hour |',
                by: '| P1 - Business critical | 1 hour | 2 business hours | 1 hour |',
              },
            },
            {
              title: 'Set the Plus P1 response to 1 hour',
              output: {
                replace: '| P1 - Business critical | 5 business hours | 2 business hours | 1 hour |',
                by: '| P1 - Business critical | 5 business hours | 1 hour | 1 hour |',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a plan comparison with one row of response times and no priorities: every request, a P1 included, waits that long on each plan',
      text: sow(`
| Feature | Essential | Professional | Enterprise |
|---------|-----------|--------------|------------|
| Monthly Price | $799 | $1,499 | $2,999 |
| Response Time | 4 hours | 2 hours | 1 hour |
| After-Hours Support | No | On-call | 24/7 |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Response Time | 4 hours | 2 hours | 1 hour |',
          message: 'The P1 response of 4 hours (Essential; Professional likewise) is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the Essential P1 response to 1 hour',
              output: { replace: '| Response Time | 4 hours | 2 hours | 1 hour |', by: '| Response Time | 1 hour | 2 hours | 1 hour |' },
            },
            {
              title: 'Set the Professional P1 response to 1 hour',
              output: { replace: '| Response Time | 4 hours | 2 hours | 1 hour |', by: '| Response Time | 4 hours | 1 hour | 1 hour |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a table of terms and their values: its response time answers every request, in the hours another row gives',
      text: sow(`
| Item | Detail |
| --- | --- |
| Support hours | 8am-6pm Monday to Friday |
| Response time | 4 hours |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| Response time | 4 hours |',
        },
      ],
    },
    {
      name: 'a label/value block in one paragraph: the response time is read on its own line',
      text: sow(`
**Support hours:** 24x7
**Response time:** 4 hours
`),
      findings: [{ messageId: 'overLimit', at: '**Response time:** 4 hours' }],
    },
    {
      name: 'an impact-by-urgency grid of times: the P1 is the cell most urgent on both scales',
      text: sow(`
| Impact | High | Medium | Low |
| --- | --- | --- | --- |
| High | 2 hours | 4 hours | 8 hours |
| Medium | 4 hours | 8 hours | 1 day |
| Low | 8 hours | 1 day | 2 days |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| High | 2 hours | 4 hours | 8 hours |',
          message: 'The P1 response of 2 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: '| High | 2 hours | 4 hours | 8 hours |', by: '| High | 1 hour | 4 hours | 8 hours |' },
            },
          ],
        },
      ],
    },
    {
      name: 'a list ranked by the passage before it ("in the following order"): its first item is the P1',
      text: sow(`
We prioritize communication in the following order:

- For outages: within 3 business hours.
- For everything else: within five business days.
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '- For outages: within 3 business hours.',
          message:
            'The P1 response "For outages: within 3 business hours." is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
        },
      ],
    },
    {
      name: 'a support-hours passage far from the table governs a P1 time that says nothing of its hours',
      text: HOURS_BELOW,
      findings: [
        {
          messageId: 'businessTime',
          at: '| P1 | 30 minutes |',
          message: `The P1 response "30 minutes" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day (read from "support is provided during business hours (9 AM - 5 PM)" on line ${lineOf(HOURS_BELOW, 'support is provided')}).`,
        },
      ],
    },
    // Service hours as people write them: weekdays, office hours, a service desk or helpdesk that is open.
    ...[
      'Our helpdesk is open 9:00-17:00 on weekdays.',
      'Support hours: 08:00 - 18:00 CET (weekdays).',
      'The service desk is staffed between 8:00 and 17:00, Monday through Friday.',
      'Support is provided during normal office hours.',
      'Support runs Mon.-Fri., 8-18.',
      // ITIL's word for the hours a service runs, and British "working days".
      'Service hours: 08:00–18:00 Mon–Fri excluding public holidays.',
      'The helpdesk is staffed from 8am to 6pm on working days.',
      // A note under the table that points at its times.
      '***Note: All hours and days listed above are exclusively business hours.',
      // No one answers after hours.
      'Technician dispatches are done from 8am to 8pm. Out of hours calls are not an on demand service we offer.',
      'After-hours support is not included.',
      // The SOW's own definition of its business hours, as a label.
      '**Business hours:** Monday to Friday, 9:00 AM to 5:00 PM Pacific Time.',
    ].map((hours) => ({
      name: `service hours written "${hours}" govern a P1 time that says nothing of its hours`,
      text: sow(`${P1_IN_30_MINUTES}\n${hours}\n`),
      findings: [{ messageId: 'businessTime', at: '| P1 | 30 minutes |' }],
    })),
    {
      name: "a response promised to a problem that affects the whole system is the top tier's, not the time for all calls",
      text: sow(`
Help Desk Services Levels are as follows:

- Any major technical problems with the server which affects the whole system will be responded to within 24 hours.
- All calls will be responded to within 48 hours.
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '- Any major technical problems with the server which affects the whole system will be responded to within 24 hours.',
          message: 'The P1 response of 24 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [],
        },
      ],
    },
    {
      name: 'an urgent tier answered immediately but only during office hours, beside a timed tier: it waits too',
      text: sow(`
Response Time:

All urgent matters during office hours will be responded immediately.

All non-urgent requests will receive the first response within 4 hours during office hours.
`),
      findings: [{ messageId: 'hoursOnly', at: 'All urgent matters during office hours will be responded immediately.' }],
    },
    {
      name: 'a cell with a time in business hours and another outside them: on the clock, the slower',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 1 hour during business hours; 2 hours outside business hours |
| P2 | 4 hours |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| P1 | 1 hour during business hours; 2 hours outside business hours |',
          message: 'The P1 response of 2 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: {
                replace: '| P1 | 1 hour during business hours; 2 hours outside business hours |',
                by: '| P1 | 1 hour |',
              },
            },
          ],
        },
      ],
    },
    {
      name: "24/7 cover sold as an option, and a monitor watching response times, leave the contract's business hours; the option's own times are not the P1's",
      text: sow(`
We provide 24/7 automated monitoring of application health, response times, and error rates.

| Severity | First Response |
| --- | --- |
| Sev 1 - Critical | 60 minutes |
| Sev 2 - High | 8 hours |

**Business hours:** Monday to Friday, 9:00 AM to 5:00 PM Pacific Time.

### 24/7 Support Option

24/7 response coverage is available as an optional add-on. This provides:

- Sev 1 response target reduced to 2 hours
- Weekend and holiday coverage
`),
      findings: [{ messageId: 'businessTime', at: '| Sev 1 - Critical | 60 minutes |' }],
    },
    {
      name: 'plans named as vendors name them ("Standard", "Premium") are plans; the passage before says the times are first responses',
      text: sow(`
The SLA times listed are the time frames in which you can expect the first response. Support will make a best effort to resolve any issues as quickly as possible.

| Severity | Standard | Premium |
| --- | --- | --- |
| Urgent | 2h | 1h |
| High | 4h | 2h |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Urgent | 2h | 1h |',
          message: 'The P1 response of 2 hours (Standard) is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the Standard P1 response to 1 hour',
              output: { replace: '| Urgent | 2h | 1h |', by: '| Urgent | 1 hour | 1h |' },
            },
          ],
        },
      ],
    },
    // Times as bare numbers, in the unit their column header or the passage before the table names.
    {
      name: 'bare numbers under "Response (hours)" are hours',
      text: sow(`
| Priority | Response (hours) | Resolution (hours) |
| --- | --- | --- |
| P1 | 2 | 8 |
| P2 | 4 | 24 |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| P1 | 2 | 8 |',
          message: 'The P1 response of 2 hours is slower than the 1 hour limit for critical incidents.',
          // Mended in the column's unit.
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: { replace: '| P1 | 2 | 8 |', by: '| P1 | 1 | 8 |' } }],
        },
      ],
    },
    {
      name: 'bare numbers counted in the business hours the passage before the table names',
      text: sow(`
The following table details how many business hours it will take for the different phases of your ticket.

| Priority | Respond Within | Resolved Within |
| --- | --- | --- |
| 1 – Critical | 0.25 | 4 |
| 2 – High | 1 | 8 |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| 1 – Critical | 0.25 | 4 |',
          message:
            'The P1 response "0.25" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
          // The unit is the passage's: no number in the cell mends it.
          suggestions: [],
        },
      ],
    },
    {
      name: 'the column of times, not the column of urgency words, is the response; its header says its hours',
      text: sow(`
| Priority code | Urgency of response | Target response (within core hours) |
| --- | --- | --- |
| P1 | Immediate, sustained effort using all available resources | Immediate response, action within 1 hour |
| P2 | Staff may be taken away from other jobs | Immediate response, action within 2 hours |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| P1 | Immediate, sustained effort using all available resources | Immediate response, action within 1 hour |',
          message:
            'The P1 response "Immediate response, action within 1 hour" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day (read from the Target response (within core hours) column).',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a column headed "Service Level" holds the times promised',
      text: sow(`
| Priority | Definition | Service Level |
| --- | --- | --- |
| 1 Critical | Complete outage of a critical service | 2 Hours |
| 2 High | Major degradation for a team | 8 Hours |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| 1 Critical | Complete outage of a critical service | 2 Hours |',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: {
                replace: '| 1 Critical | Complete outage of a critical service | 2 Hours |',
                by: '| 1 Critical | Complete outage of a critical service | 1 hour |',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'priorities written as columns, with labels in the first column: reported on the Response row',
      text: sow(`
| Target | P1 | P2 |
| --- | --- | --- |
| Response | 4 hours | 1 day |
| Resolution | 1 day | 3 days |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| Response | 4 hours | 1 day |',
          message: 'The P1 response of 4 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: '| Response | 4 hours | 1 day |', by: '| Response | 1 hour | 1 day |' },
            },
          ],
        },
      ],
    },
    {
      name: "a P1 covered in business hours only, by the row's Hours column: mended by 24/7 cover",
      text: sow(`
| Priority | Response   | Resolution | Hours          |
| -------- | ---------- | ---------- | -------------- |
| P1       | 30 minutes | 4 hours    | Business hours |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| P1       | 30 minutes | 4 hours    | Business hours |',
          message:
            'The P1 response "30 minutes" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day (read from the Hours column: "Business hours").',
          suggestions: [
            {
              title: 'Cover P1 incidents around the clock (24/7)',
              // The table is as the formatter writes it, and 24/7 narrows its widest column: the table is re-aligned.
              output: {
                replace: `| Priority | Response   | Resolution | Hours          |
| -------- | ---------- | ---------- | -------------- |
| P1       | 30 minutes | 4 hours    | Business hours |`,
                by: `| Priority | Response   | Resolution | Hours |
| -------- | ---------- | ---------- | ----- |
| P1       | 30 minutes | 4 hours    | 24/7  |`,
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a 4 hour P1 response over the default 1 hour',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 4 hours |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| P1 | 4 hours |',
          message: 'The P1 response of 4 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: { replace: '| P1 | 4 hours |', by: '| P1 | 1 hour |' } }],
        },
      ],
    },
    {
      name: 'a P1 response in business hours, however short',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 4 business hours |
| P2 | 8 hours |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| P1 | 4 business hours |',
          message:
            'The P1 response "4 business hours" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
          suggestions: [
            { title: 'Set the P1 response to 1 hour', output: { replace: '| P1 | 4 business hours |', by: '| P1 | 1 hour |' } },
          ],
        },
      ],
    },
    {
      name: 'Resolution, Response, Severity order; the duration inside text',
      text: sow(`
| Resolution | Response | Severity |
| --- | --- | --- |
| 8 hours | Within 2 hours | Sev 1 |
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '| 8 hours | Within 2 hours | Sev 1 |',
          message: 'The P1 response of 2 hours is slower than the 1 hour limit for critical incidents.',
          suggestions: [
            {
              title: 'Set the P1 response to 1 hour',
              output: { replace: '| 8 hours | Within 2 hours | Sev 1 |', by: '| 8 hours | 1 hour | Sev 1 |' },
            },
          ],
        },
      ],
    },
    {
      name: 'Critical with NBD in a Level / Response time table',
      text: sow(`
| Level | Response time |
| --- | --- |
| Critical | NBD |
`),
      findings: [
        {
          messageId: 'businessTime',
          at: '| Critical | NBD |',
          message:
            'The P1 response "NBD" is counted in business time, so a critical incident raised at night or at the weekend may wait until the next working day.',
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: { replace: '| Critical | NBD |', by: '| Critical | 1 hour |' } }],
        },
      ],
    },
    {
      name: 'maxP1Response 30m at error: 45 minutes is too slow, and the level applies',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 45 minutes |
`),
      config: { rules: { 'p1-response-slow': ['error', { maxP1Response: '30m' }] } },
      findings: [
        {
          messageId: 'overLimit',
          at: '| P1 | 45 minutes |',
          severity: 'error',
          message: 'The P1 response of 45 minutes is slower than the 30 minutes limit for critical incidents.',
          suggestions: [
            { title: 'Set the P1 response to 30 minutes', output: { replace: '| P1 | 45 minutes |', by: '| P1 | 30 minutes |' } },
          ],
        },
      ],
    },
    {
      name: 'maxP1Response 4h: one day is over it, and business time is flagged even within it',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 1 day |

| Priority | Response |
| --- | --- |
| P1 | 4 working hours |
`),
      config: { rules: { 'p1-response-slow': ['warning', { maxP1Response: '4h' }] } },
      findings: [
        {
          messageId: 'overLimit',
          at: '| P1 | 1 day |',
          message: 'The P1 response of 1 day is slower than the 4 hours limit for critical incidents.',
          suggestions: [{ title: 'Set the P1 response to 4 hours', output: { replace: '| P1 | 1 day |', by: '| P1 | 4 hours |' } }],
        },
        {
          messageId: 'businessTime',
          at: '| P1 | 4 working hours |',
          suggestions: [
            { title: 'Set the P1 response to 4 hours', output: { replace: '| P1 | 4 working hours |', by: '| P1 | 4 hours |' } },
          ],
        },
      ],
    },
    {
      name: 'a table written without outer pipes, the response cell first on its line',
      text: sow(`
Response | Priority
--- | ---
4 hours | P1
`),
      findings: [
        {
          messageId: 'overLimit',
          at: '4 hours | P1',
          suggestions: [{ title: 'Set the P1 response to 1 hour', output: { replace: '4 hours | P1', by: '1 hour | P1' } }],
        },
      ],
    },
  ],
});
