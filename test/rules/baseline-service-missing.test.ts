import rule from '../../server/src/engine/rules/baseline-service-missing';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A SOW declaring a third party, Fabrikam, in its front matter. */
const withFabrikam = (body: string) => sow(body, { extra: 'parties: [Fabrikam]' });

/** The one finding of a co-managed SOW missing a service, with its suggestion: the row added after `after`. */
const notCovered = (service: string, row: string, after: string, cells: string) => ({
  messageId: 'notCovered',
  at: 'model: co-managed',
  message: `Nothing in this SOW covers ${service}: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.`,
  suggestions: [{ title: `Add "${row}" to the matrix, owned by Northwind`, output: { after, insert: `| ${row} | ${cells} |\n` } }],
});

/** A matrix covering every service but security, and the finding that says so. */
const NO_SECURITY = `| Function | Contoso | Northwind |
| --- | --- | --- |
| Patching | I | R/A |
| Backups | C | R/A |
| Network monitoring | R | A |
`;
/** A matrix covering every service but monitoring. */
const NO_MONITORING = `| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| OS patches | C | R/A |
| Backups | I | R/A |
`;
/** A matrix covering every service but backup. */
const NO_BACKUP = `| Function | Contoso | Northwind |
| --- | --- | --- |
| Security monitoring | I | R/A |
| Patching | R | A |
| Network monitoring | R | A |
`;
/** A matrix covering every service but patching. */
const NO_PATCHING = `| Function | Contoso | Northwind |
| --- | --- | --- |
| Security monitoring | I | R/A |
| Backups | C | R/A |
| Network monitoring | R | A |
`;
const SECURITY_MISSING = notCovered(
  'security',
  'Security monitoring and endpoint protection',
  '| Network monitoring | R | A |\n',
  'I | R/A',
);

testRule(rule, {
  valid: [
    {
      name: 'patching stated in a sentence of its own stays patching beside the downtime it causes',
      text: sow(`
${NO_PATCHING}
Servers are patched monthly by Northwind; patching may cause brief downtime.
`),
    },
    {
      name: 'a tier read as text that states a service keeps its scope: a SOC answering security alerts within a time is security',
      text: sow(`
${NO_SECURITY}
- Critical: our SOC answers security alerts within 15 minutes, around the clock.
- High: within 4 hours.
`),
    },
    {
      name: 'a monitoring service whose sentence names the incident team that answers it is a service, not an example of a tier',
      text: sow(`
${NO_MONITORING}
### Standard Hours of cover

- Our monitoring service runs 24x7x365 and major issues are dealt with by our out-of-hours incident team regardless of your cover.
`),
    },
    {
      name: "the client's own duties under an exclusions heading say who holds the work: backup is covered",
      text: sow(`
${NO_BACKUP}
## Out of Scope

**Customer Responsibilities:**

- Backup management
`),
    },
    {
      name: 'update management is patching',
      text: sow(`
${NO_PATCHING}
- Update management for the hosted sites.
`),
    },
    {
      name: 'updates to hardware, firmware and the hypervisor are patching',
      text: sow(`
${NO_PATCHING}
- Responsible for configuration and updates to hardware, firmware, and the hypervisor.
`),
    },
    {
      name: 'alerts set up for events are monitoring',
      text: sow(`
${NO_MONITORING}
- Set up SIEM alerts for events and potential incidents upon request.
`),
    },
    {
      name: 'monitoring named only in a Notes column: scope is read wherever it is written',
      text: withFabrikam(`
| Function | Notes | Northwind | Contoso | Fabrikam |
| --- | --- | --- | --- | --- |
| Patching | monitored monthly | R/A | I | - |
| EDR |  | R/A | I | - |
| Nightly backups |  | R | A | - |
`),
    },
    {
      name: 'backup in a bullet list, not the matrix',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Security monitoring | I | R/A |
| Patching | R | A |
| Monitoring | R/A | I |

## Services

- Nightly backups of all servers, tested quarterly.
`),
    },
    {
      name: 'the documented passing example',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Help desk | R | A |
| Security monitoring | I | R/A |
| Patch management | C | R/A |
| Network monitoring | I | R/A |
| Backup and disaster recovery | C | R/A |
`),
    },
    {
      name: 'services in other words',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| SOC 24/7 | I | R/A |
| Patching | C | R/A |
| BCDR | C | R/A |
| Server monitoring | I | R/A |
`),
    },
    {
      name: "a numbered section's heading names no tier: work described under it is scope, failures and all",
      text: sow(`
${NO_SECURITY}
## 1. Identification and Logging

- Security incidents are detected, logged and contained by Northwind.
`),
    },
    {
      name: 'patching by its other names: upgrades, software updates, updates to approved software',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| Backups | C | R/A |
| Monitoring | I | R/A |

- Northwind schedules platform upgrades.
`),
    },
    {
      name: 'patching as updates beside the upkeep they go with, or to the devices: "monitoring and updates for all devices", "security audits and updates"',
      text: sow(`
${NO_PATCHING}
- Regular security audits and updates will be conducted to mitigate potential vulnerabilities.
`),
    },
    {
      name: 'patching as updates to the devices',
      text: sow(`
${NO_PATCHING}
- Northwind pushes updates to all devices each month.
`),
    },
    {
      name: 'a term defined in a list of definitions ends at the next term: "**Excluded Causes**:" does not make the next definitions exclusions',
      text: sow(`
${NO_BACKUP}
**Excluded Causes**:

(a) misuse of the system.

**Managed IT Services**: any managed IT support services specified in the Order, including back-up support and management.
`),
    },
    {
      name: 'patching as the updates of an operating system: Windows updates rolled out each month',
      text: sow(`
| Function | Contoso | Northwind | Notes |
| --- | --- | --- | --- |
| EDR | I | R/A | |
| Backups | C | R/A | |
| Monitoring | I | R/A | |
| Windows updates | I | R/A | Rolled out each month |
`),
    },
    {
      name: 'patching as minor updates to approved software',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| Backups | C | R/A |
| Monitoring | I | R/A |
| Perform minor updates to approved software | I | R/A |
`),
    },
    {
      name: 'more synonyms: anti-virus, vulnerability, restores, monitor',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Anti-virus | I | R/A |
| Vulnerability scanning | I | R/A |
| OS patches | C | R/A |
| File restores | C | R/A |
| Monitor alerts | I | R/A |
`),
    },
    {
      name: 'security spelled out as the service it is: Endpoint Detection Response & Management',
      text: sow(`
Northwind's services include Endpoint Detection Response & Management, patch management, backups and monitoring.
`),
    },
    {
      name: 'an alerting system watching the platform is monitoring',
      text: sow(`
${NO_MONITORING}
We have an internal alerting system that tells us when the platform has technical issues.
`),
    },
    {
      name: 'security written as one word, and patching as installing updates on software, in prose',
      text: sow(`
Northwind provides managed IT and cybersecurity services to Contoso.

- Northwind installs updates on all standard software during off-hours.
- Northwind backs up every server nightly and monitors the network.
`),
    },
    {
      name: 'services spread over two matrices, one of them in owner form',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| Patch management | C | R/A |

| Area | Owner |
| --- | --- |
| Back-ups | MSP |
| Network monitoring | Client |
`),
    },
  ],
  invalid: [
    {
      name: 'an example given as such ("Example: Monitor showing b/w instead of color") is what a ticket may be, not a monitoring service',
      text: sow(`
${NO_MONITORING}
- Severity Level 3: a single user is affected. Example: Monitor showing b/w instead of color.
`),
      findings: [notCovered('monitoring', 'Monitoring and alerting', '| Backups | I | R/A |\n', 'I | R/A')],
    },
    {
      name: 'what stands under a tier\'s own heading, in its sub-parts too, defines the tier: "monitoring changes" there is no monitoring service',
      text: sow(`
${NO_MONITORING}
## Medium Priority

**Description**

- Passwords changes, monitoring changes.
`),
      findings: [notCovered('monitoring', 'Monitoring and alerting', '| Backups | I | R/A |\n', 'I | R/A')],
    },
    {
      name: "upgrades named only as the cause of the provider's own downtime or outages are no patching service",
      text: sow(`
${NO_PATCHING}
Downtimes caused due to upgrades for fixing critical security issues are not considered SLA violations.

Outages do not include scheduled downtime, which we announce 3 days in advance to perform system maintenance, upgrades, and testing.
`),
      findings: [notCovered('patching', 'Patch management', '| Network monitoring | R | A |\n', 'I | R/A')],
    },
    {
      name: "a supervisor monitoring the service desk, or a call monitor system, watches staff and calls, not the client's systems",
      text: sow(`
${NO_MONITORING}
The supervisor will monitor the service desk and receive data on its performance. The client provides the Call Monitor System.
`),
      findings: [notCovered('monitoring', 'Monitoring and alerting', '| Backups | I | R/A |\n', 'I | R/A')],
    },
    {
      name: 'a backup answer phone service is a telephone, not a backup',
      text: sow(`
${NO_BACKUP}
Calls out of hours go to a backup answer phone service.
`),
      findings: [notCovered('backup and disaster recovery', 'Backup and disaster recovery', '| Network monitoring | R | A |\n', 'I | R/A')],
    },
    {
      name: 'no patching: a provider-owned row offered at the end of the matrix',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Security monitoring | I | R/A |
| Backups | C | R/A |
| Network monitoring | R | A |
`),
      findings: [notCovered('patching', 'Patch management', '| Network monitoring | R | A |\n', 'I | R/A')],
    },
    {
      name: 'a tier written as text lists its incidents: a firewall failure or a security breach as a Critical example is no security service',
      text: sow(`
${NO_SECURITY}
## Response Times

Critical

Target Response Time: 1 Hour
  • Server is down, preventing remote workers from accessing company systems.
  • Office router/firewall failure causes a complete loss of internet access.
  • Security breach affecting critical business operations.

High

Target Response Time: 4 Hours
  • A single user cannot print.
`),
      findings: [SECURITY_MISSING],
    },
    {
      name: "a service-level table's priority definitions name incidents, not services: a security breach as a P1 is no security service",
      text: sow(`
${NO_SECURITY}
| Priority | Definition | Response |
| --- | --- | --- |
| P1 | Security breach | 30 minutes |
`),
      findings: [SECURITY_MISSING],
    },
    {
      name: "incidents listed under a tier's heading are examples of that tier, not services: a breach as an Urgent ticket is no security service",
      text: sow(`
${NO_SECURITY}
## Priority definitions

### IT – Urgent

Examples:

- Major system outage
- Security incident or suspected breach
`),
      findings: [SECURITY_MISSING],
    },
    {
      name: 'a web address is where a link goes: "/secure/" in it covers no security',
      text: sow(`
${NO_SECURITY}
Raise tickets on https://example.atlassian.net/secure/RapidBoard.jspa
`),
      findings: [SECURITY_MISSING],
    },
    {
      name: 'a breach, a policy and its requirements, and security beside integrity are no security service',
      text: sow(`
${NO_SECURITY}
- Problem appears to be related to a security breach.
- Devices follow the client's security policies and the onboarding security requirements.
- A defect that poses a material risk to the security or integrity of data is Severity 1.
`),
      findings: [SECURITY_MISSING],
    },
    {
      name: 'secure as a quality of other work is no security service: a secure connection, secure troubleshooting',
      text: sow(`
${NO_SECURITY}
- Offices must have a secure connection to the state network.
- Secure troubleshooting over an encrypted session.
`),
      findings: [SECURITY_MISSING],
    },
    {
      name: 'a monitored inbox, phone line or e-mails, a monitoring plan or method for the contract, backup cover for staff and business continuity as a goal are no monitoring or backup service',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| OS patches | C | R/A |

Email support: Monitored 8:30 A.M. to 6:00 P.M. Monday to Friday. The support phone line is monitored after hours.

## Performance Work Statement and Monitoring Plan

- After-hours and vacation backup coverage
- Monitoring Method: random monitoring of Help Desk e-mails
- Critical: the system is stopped and there is no workaround to achieve business continuity.
`),
      findings: [
        notCovered('backup and disaster recovery', 'Backup and disaster recovery', '| OS patches | C | R/A |\n', 'I | R/A'),
        notCovered('monitoring', 'Monitoring and alerting', '| OS patches | C | R/A |\n', 'I | R/A'),
      ],
    },
    {
      name: 'updates to documents are not patching',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| Backups | C | R/A |
| Monitoring | I | R/A |
| Updates to the system security plan | I | R/A |
`),
      findings: [notCovered('patching', 'Patch management', '| Updates to the system security plan | I | R/A |\n', 'I | R/A')],
    },
    {
      name: 'updates given to people are not patching: "incident monitoring and updates to the customer"',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| Backups | C | R/A |
| Monitoring | I | R/A |
| Incident monitoring and updates to the customer | I | R/A |
`),
      findings: [notCovered('patching', 'Patch management', '| Incident monitoring and updates to the customer | I | R/A |\n', 'I | R/A')],
    },
    {
      name: "watching a ticket through or the desk's own quality is no monitoring service",
      text: sow(`
${NO_MONITORING}
- Tier 1 monitors the ticket from beginning to end, with quality monitoring built in.
`),
      findings: [notCovered('monitoring', 'Monitoring and alerting', '| Backups | I | R/A |\n', 'I | R/A')],
    },
    {
      name: 'restoring services after an incident is no backup',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| EDR | I | R/A |
| OS patches | C | R/A |
| Monitoring | I | R/A |
| Workarounds that restore services while a fix is developed | I | R/A |
`),
      findings: [
        notCovered(
          'backup and disaster recovery',
          'Backup and disaster recovery',
          '| Workarounds that restore services while a fix is developed | I | R/A |\n',
          'I | R/A',
        ),
      ],
    },
    {
      name: 'owner form with Notes before Owner: no backup',
      text: sow(`
| Service | Notes | Owner |
| --- | --- | --- |
| Firewalls |  | MSP |
| Patch management | Tuesdays | MSP |
| Monitoring |  | Client |
`),
      findings: [
        notCovered('backup and disaster recovery', 'Backup and disaster recovery', '| Monitoring |  | Client |\n', ' | Northwind'),
      ],
    },
    {
      name: 'no matrix at all: four findings and no matrix to add rows to',
      text: sow(`
## Services

Northwind keeps everything running.
`),
      findings: [
        {
          messageId: 'notCovered',
          at: 'model: co-managed',
          message:
            'Nothing in this SOW covers backup and disaster recovery: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
        {
          messageId: 'notCovered',
          at: 'model: co-managed',
          message:
            'Nothing in this SOW covers monitoring: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
        {
          messageId: 'notCovered',
          at: 'model: co-managed',
          message:
            'Nothing in this SOW covers patching: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
        {
          messageId: 'notCovered',
          at: 'model: co-managed',
          message:
            'Nothing in this SOW covers security: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
      ],
    },
    {
      name: 'a matrix with no rows yet: the row goes after the delimiter row',
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |

| Function | Owner |
| --- | --- |
| Patching | MSP |
| EDR | MSP |
| Monitoring | MSP |
`),
      findings: [
        {
          messageId: 'notCovered',
          at: 'model: co-managed',
          suggestions: [
            {
              title: 'Add "Backup and disaster recovery" to the matrix, owned by Northwind',
              output: { after: '| --- | --- | --- |\n', insert: '| Backup and disaster recovery | I | R/A |\n' },
            },
          ],
        },
      ],
    },
    {
      name: 'a matrix inside a quote: the new row keeps the quote marker',
      text: sow(`
> | Function | Contoso | Northwind |
> | --- | --- | --- |
> | Security monitoring | I | R/A |
> | Backups | C | R/A |
`),
      findings: [
        {
          messageId: 'notCovered',
          at: 'model: co-managed',
          suggestions: [
            {
              title: 'Add "Patch management" to the matrix, owned by Northwind',
              output: { after: '> | Backups | C | R/A |\n', insert: '> | Patch management | I | R/A |\n' },
            },
          ],
        },
      ],
    },
  ],
});
