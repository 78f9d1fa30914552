import { analyse, type DemarcConfig, type Finding } from '../../server/src/engine';

export interface FrontMatterFields {
  model?: string;
  client?: string;
  provider?: string;
  extra?: string;
}

/** A SOW with front matter on lines 1-7 (model: on line 3) and the body from line 8. */
export function sow(body: string, fm: FrontMatterFields = {}): string {
  const lines = [
    '---',
    'sow: 1',
    `model: ${fm.model ?? 'co-managed'}`,
    `client: ${fm.client ?? 'Contoso'}`,
    `provider: ${fm.provider ?? 'Northwind'}`,
    fm.extra ?? 'title: Test SOW',
    '---',
  ];
  return `${lines.join('\n')}\n${body.replace(/^\n/, '')}`;
}

/** Sections that keep document-level rules quiet, so a test sees only what it sets up. */
export const COMPLETE = `
## Responsibilities

| Function | Contoso | Northwind |
| --- | --- | --- |
| Security monitoring | I | R/A |
| Patch management | R | A |
| Backup and disaster recovery | C | R/A |
| Network monitoring | R/A | I |

## Service levels

| Priority | Response | Resolution |
| --- | --- | --- |
| P1 | 15 minutes | 4 hours |
| P2 | 1 hour | 8 hours |

## Tools

| Tool | Kind | Owner | Access | On exit |
| --- | --- | --- | --- | --- |
| Datto RMM | RMM | Northwind | read-write | Agents removed within 30 days |
| Autotask | PSA | Northwind | read-write | Tickets exported as CSV |

## Escalation

1. Service desk lead.

## Termination and exit

- Either party may end the agreement with 90 days' notice.
`;

export function findings(text: string, config?: DemarcConfig): Finding[] {
  return analyse(text, { config }).findings;
}

/** Findings of one rule as `line:ruleId` with 1-based lines, for compact assertions. */
export function hits(text: string, ruleId: string, config?: DemarcConfig): number[] {
  return findings(text, config)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.range.start.line + 1);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}
