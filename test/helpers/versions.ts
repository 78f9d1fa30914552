// Two versions of one SOW for the comparison's tests: a base, and edits that each make one change of one kind.
import type { ChangeKind } from '../../server/src/engine';

export const BASE = `---
sow: 1
model: co-managed
client: Contoso
provider: Northwind
title: Co-managed IT for Contoso
---

# Statement of work

## Responsibilities

| Function | Contoso | Northwind | Notes |
| --- | --- | --- | --- |
| Help desk L1 | R/A | I | Business hours |
| Security monitoring | I | R/A | 24/7 SOC |
| Patch management | C | R/A | Monthly cycle |
| Backup and disaster recovery | C | R/A | Quarterly restore tests |
| Network monitoring | R | A | |
| Compliance documentation | A | R | Northwind drafts, Contoso approves |

## Service levels

| Priority | Response | Resolution |
| --- | --- | --- |
| P1 | 15 minutes | 4 hours |
| P2 | 1 hour | 8 hours |
| P3 | 4 hours | 2 business days |

## Tools

| Tool | Kind | Owner | Access | On exit |
| --- | --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | read-write | Agents removed within 30 days |
| Autotask | PSA | Northwind | read-write | Tickets exported as CSV |
| IT Glue | Documentation | Northwind | read-only | Full export within 10 days |

## Escalation

1. Service desk lead: within 30 minutes.
2. Service delivery manager: within 2 hours.

## Termination and exit

- Either party may end the agreement with 90 days' notice.
- Northwind returns all Contoso data and credentials within 30 days of the end of the term.
- Northwind delivers a transition plan within 15 business days of notice.
`;

/** Replaces text that must be there, so an edit that no longer matches fails loudly instead of changing nothing. */
export function replace(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

export interface Edit {
  kind: ChangeKind;
  edit: (text: string) => string;
  /** The one change it makes. */
  subject: string;
  from?: string;
  to?: string;
  weakens: boolean;
}

/** One edit per kind of change, each making exactly that change. */
export const EDITS: Edit[] = [
  {
    kind: 'party-changed',
    edit: (t) => t.replace(/Northwind/g, 'Northwind Managed Services'),
    subject: 'Provider',
    from: 'Northwind',
    to: 'Northwind Managed Services',
    weakens: false,
  },
  {
    kind: 'model-changed',
    edit: (t) => replace(t, 'model: co-managed', 'model: managed'),
    subject: 'Engagement model',
    from: 'co-managed',
    to: 'managed',
    weakens: false,
  },
  {
    kind: 'function-added',
    edit: (t) => replace(t, '| Network monitoring |', '| Firewall changes | C | R/A | Change window Tuesdays |\n| Network monitoring |'),
    subject: 'Firewall changes',
    to: 'Contoso: C, Northwind: R/A',
    weakens: false,
  },
  {
    kind: 'function-removed',
    edit: (t) => replace(t, '| Backup and disaster recovery | C | R/A | Quarterly restore tests |\n', ''),
    subject: 'Backup and disaster recovery',
    from: 'Contoso: C, Northwind: R/A',
    weakens: true,
  },
  {
    kind: 'function-renamed',
    edit: (t) => replace(t, '| Patch management |', '| Patching of servers and workstations |'),
    subject: 'Patching of servers and workstations',
    from: 'Patch management',
    to: 'Patching of servers and workstations',
    weakens: false,
  },
  {
    kind: 'accountable-changed',
    edit: (t) => replace(t, '| Compliance documentation | A | R |', '| Compliance documentation | C | R/A |'),
    subject: 'Compliance documentation',
    from: 'Contoso',
    to: 'Northwind',
    weakens: false,
  },
  {
    kind: 'responsible-changed',
    edit: (t) => replace(t, '| Network monitoring | R | A |', '| Network monitoring | I | R/A |'),
    subject: 'Network monitoring',
    from: 'Contoso',
    to: 'Northwind',
    weakens: false,
  },
  {
    kind: 'response-changed',
    edit: (t) => replace(t, '| P1 | 15 minutes |', '| P1 | 4 business hours |'),
    subject: 'P1',
    from: '15 minutes',
    to: '4 business hours',
    weakens: true,
  },
  {
    kind: 'resolution-changed',
    edit: (t) => replace(t, '| P2 | 1 hour | 8 hours |', '| P2 | 1 hour | 4 hours |'),
    subject: 'P2',
    from: '8 hours',
    to: '4 hours',
    weakens: false,
  },
  {
    kind: 'priority-added',
    edit: (t) =>
      replace(t, '| P3 | 4 hours | 2 business days |', '| P3 | 4 hours | 2 business days |\n| P4 | 1 business day | 5 business days |'),
    subject: 'P4',
    to: 'response 1 business day, resolution 5 business days',
    weakens: false,
  },
  {
    kind: 'priority-removed',
    edit: (t) => replace(t, '| P3 | 4 hours | 2 business days |\n', ''),
    subject: 'P3',
    from: 'response 4 hours, resolution 2 business days',
    weakens: true,
  },
  {
    kind: 'tool-added',
    edit: (t) => replace(t, '| IT Glue |', '| SentinelOne | EDR | Northwind | read-only | Licences transferred at cost |\n| IT Glue |'),
    subject: 'SentinelOne',
    to: 'client access read-only; exit terms stated',
    weakens: false,
  },
  {
    kind: 'tool-removed',
    edit: (t) => replace(t, '| IT Glue | Documentation | Northwind | read-only | Full export within 10 days |\n', ''),
    subject: 'IT Glue',
    from: 'client access read-only; exit terms stated',
    weakens: true,
  },
  {
    kind: 'access-changed',
    edit: (t) => replace(t, '| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Northwind | read-only |'),
    subject: 'Datto RMM',
    from: 'read-write',
    to: 'read-only',
    weakens: true,
  },
  {
    kind: 'exit-terms-removed',
    edit: (t) => replace(t, '- Northwind returns all Contoso data and credentials within 30 days of the end of the term.\n', ''),
    subject: 'Termination and exit',
    from: 'Northwind returns all Contoso data and credentials within 30 days of the end of the term.',
    weakens: true,
  },
  {
    kind: 'exit-terms-added',
    edit: (t) => `${t}- Northwind hands over network diagrams and documentation at the end of the term.\n`,
    subject: 'Termination and exit',
    to: 'Northwind hands over network diagrams and documentation at the end of the term.',
    weakens: false,
  },
  {
    kind: 'section-added',
    edit: (t) => `${t}\n## Transition assistance\n\nNorthwind supports a successor provider for up to 60 days.\n`,
    subject: 'Transition assistance',
    to: 'exit section',
    weakens: false,
  },
  {
    kind: 'section-removed',
    edit: (t) =>
      replace(t, /## Escalation\n\n1\. Service desk lead: within 30 minutes\.\n2\. Service delivery manager: within 2 hours\.\n\n/, ''),
    subject: 'Escalation',
    from: 'escalation section',
    weakens: true,
  },
];
