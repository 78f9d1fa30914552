import rule from '../../server/src/engine/rules/escalation-missing';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });

const TITLE = 'Add an escalation section with a standard three-step path';
const STEPS = [
  '## Escalation',
  '',
  '1. Service desk lead (Northwind): within 30 minutes of a missed response target.',
  '2. Service delivery manager (Northwind) and IT manager (Contoso): within 2 hours.',
  '3. Account executive (Northwind) and IT director (Contoso): within 1 business day.',
];
const SECTION = `${STEPS.join('\n')}\n`;

testRule(rule, {
  valid: [
    {
      name: 'a table of support lines, each with whom to reach, is a path under any heading',
      text: sow(`
## Support teams

| Team | Responsibility | Contact details |
| --- | --- | --- |
| 1st - 2nd Line | Service desk and triage | Team Leader: Ann Lee, Tel: 0161 496 0000 |
| 3rd Line | Platform engineering | Team Leader: Raj Patel, Email: raj@example.com |
`),
    },
    {
      name: 'a ladder of levels and contacts written as a table under the Escalation heading is a path',
      text: sow(`
## Escalation

| Level | Contact | Phone |
|---|---|---|
| 1 | Service Desk | 555-0100 |
| 2 | Account Manager | 555-0101 |
`),
    },
    {
      name: 'teams one per line, each before what it does, one escalating to the next',
      text: sow(`
- Incident support
  - Service Desk: basic troubleshooting, escalation
  - Product management: verifies the incident, escalates, coordinates
  - Technical operations: level 3 support
`),
    },
    {
      name: 'a real path under another heading',
      text: sow(`
## Support and communication

Unresolved P1 incidents escalate to the Northwind service delivery manager within 2 hours, then to the Contoso IT director.
`),
    },
    {
      name: 'the documented passing example',
      text: sow(`
## Escalation

1. Service desk lead: within 30 minutes.
2. Service delivery manager: within 2 hours.
`),
    },
    {
      name: 'a managed SOW needs none',
      text: managed(`
## Support

Contact the service desk.
`),
    },
    {
      name: 'a nested heading that mentions escalation',
      text: sow(`
## Support

### Incident escalation path

Call the duty manager.
`),
    },
    {
      name: 'a setext heading',
      text: sow(`
Escalations
-----------

Call the duty manager.
`),
    },
    {
      name: 'escalating is escalation',
      text: sow(`
# Escalating disputes

The account managers meet within 5 days.
`),
    },
  ],
  invalid: [
    {
      name: 'support lines with no one to reach at each are levels of support, not a path',
      text: sow(`
## Support teams

| Team | Responsibility |
| --- | --- |
| 1st Line | Service desk and triage |
| 3rd Line | Platform engineering |
`),
      findings: [{ messageId: 'noSection', at: 'model: co-managed', suggestions: [{ title: TITLE, output: { append: `\n${SECTION}` } }] }],
    },
    {
      name: 'a template table of headers over TBD cells under the Escalation heading is still only a placeholder',
      text: sow(`
## Escalation

| Level | Contact |
|---|---|
| TBD | TBD |
`),
      findings: [{ messageId: 'placeholderOnly', at: '## Escalation' }],
    },
    {
      name: 'a definition of escalation names nobody to call next',
      text: sow(`
- Escalation: raising an incident to a higher level of attention.
- Incident: an unplanned interruption of a service.
`),
      findings: [{ messageId: 'noSection', at: 'model: co-managed', suggestions: [{ title: TITLE, output: { append: `\n${SECTION}` } }] }],
    },
    {
      name: 'an Escalation heading over a placeholder: a heading alone is no path',
      text: sow(`
## Escalation

TBD.
`),
      findings: [
        {
          messageId: 'placeholderOnly',
          at: '## Escalation',
          message:
            'The escalation section says nothing but a placeholder: when the two teams disagree or a target is missed, nobody knows whom to call next.',
        },
      ],
    },
    {
      name: 'no escalation heading (the documented failing example)',
      text: sow(`
## Support

Contact the service desk.
`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: co-managed',
          message:
            'This co-managed SOW has no escalation section: when the two teams disagree or a target is missed, nobody knows whom to call next.',
          suggestions: [{ title: TITLE, output: { append: `\n${SECTION}` } }],
        },
      ],
    },
    {
      name: 'escalation in prose and in bold is not a heading; no final line break',
      text: sow(`
## Support

**Escalation:** see the escalation contacts in the portal.`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: co-managed',
          suggestions: [{ title: TITLE, output: { append: `\n\n${SECTION}` } }],
        },
      ],
    },
    {
      name: 'a document already ending in a blank line gets no second one',
      text: sow(`
## Support

Contact the service desk.

`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: co-managed',
          suggestions: [{ title: TITLE, output: { append: SECTION } }],
        },
      ],
    },
    {
      name: 'CRLF line breaks are kept',
      text: sow(`
## Support
`).replace(/\n/g, '\r\n'),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: co-managed',
          suggestions: [{ title: TITLE, output: { append: `\r\n${STEPS.join('\r\n')}\r\n` } }],
        },
      ],
    },
    {
      name: 'a code fence left open at the end is closed before the section',
      text: sow(`
## Notes

\`\`\`
raw text`),
      findings: [
        {
          messageId: 'noSection',
          at: 'model: co-managed',
          suggestions: [{ title: TITLE, output: { append: `\n\`\`\`\n\n${SECTION}` } }],
        },
      ],
    },
  ],
});
