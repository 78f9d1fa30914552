import rule from '../../server/src/engine/rules/baseline-service-missing';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const FM3 = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\nparties: [Fabrikam]\n---\n';
const MATRIX = '| Function | Contoso | Northwind |\n| --- | --- | --- |\n';

const BREACH_ROWS = '| Patching | I | R/A |\n| Backups | C | R/A |\n| Network monitoring | R | A |\n';
const BREACH_SLA = '\n| Priority | Definition | Response |\n| --- | --- | --- |\n| P1 | Security breach | 30 minutes |\n';
const PLAN_ROWS = '| EDR | I | R/A |\n| Backups | C | R/A |\n| Monitoring | I | R/A |\n| Updates to the system security plan | I | R/A |\n';

/** The finding on the model: line for a service nothing covers, offering its row after `before` (and before `after`). */
const notCovered = (service: string, row: string, before: string, after = '') => ({
  messageId: 'notCovered',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 18,
  message: `Nothing in this SOW covers ${service}: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.`,
  suggestions: [{ title: `Add "${row}" to the matrix, owned by Northwind`, output: `${before}| ${row} | I | R/A |\n${after}` }],
});

testRule(rule, {
  valid: [
    {
      name: 'monitoring named only in a Notes column: scope is read wherever it is written',
      text: `${FM3}\n| Function | Notes | Northwind | Contoso | Fabrikam |\n| --- | --- | --- | --- | --- |\n| Patching | monitored monthly | R/A | I | - |\n| EDR |  | R/A | I | - |\n| Nightly backups |  | R | A | - |\n`,
    },
    {
      name: 'backup in a bullet list, not the matrix',
      text: `${FM}\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Security monitoring | I | R/A |\n| Patching | R | A |\n| Monitoring | R/A | I |\n\n## Services\n\n- Nightly backups of all servers, tested quarterly.\n`,
    },
    {
      name: 'the documented passing example',
      text: `${FM}\n${MATRIX}| Help desk | R | A |\n| Security monitoring | I | R/A |\n| Patch management | C | R/A |\n| Network monitoring | I | R/A |\n| Backup and disaster recovery | C | R/A |\n`,
    },
    {
      name: 'services in other words',
      text: `${FM}\n${MATRIX}| SOC 24/7 | I | R/A |\n| Patching | C | R/A |\n| BCDR | C | R/A |\n| Server monitoring | I | R/A |\n`,
    },
    {
      name: 'patching by its other names: upgrades, software updates, updates to approved software',
      text: `${FM}\n${MATRIX}| EDR | I | R/A |\n| Backups | C | R/A |\n| Monitoring | I | R/A |\n\n- Northwind schedules platform upgrades.\n`,
    },
    {
      name: 'patching as minor updates to approved software',
      text: `${FM}\n${MATRIX}| EDR | I | R/A |\n| Backups | C | R/A |\n| Monitoring | I | R/A |\n| Perform minor updates to approved software | I | R/A |\n`,
    },
    {
      name: 'more synonyms: anti-virus, vulnerability, restores, monitor',
      text: `${FM}\n${MATRIX}| Anti-virus | I | R/A |\n| Vulnerability scanning | I | R/A |\n| OS patches | C | R/A |\n| File restores | C | R/A |\n| Monitor alerts | I | R/A |\n`,
    },
    {
      name: 'services spread over two matrices, one of them in owner form',
      text: `${FM}\n${MATRIX}| EDR | I | R/A |\n| Patch management | C | R/A |\n\n| Area | Owner |\n| --- | --- |\n| Back-ups | MSP |\n| Network monitoring | Client |\n`,
    },
  ],
  invalid: [
    {
      name: 'no patching: a provider-owned row offered at the end of the matrix',
      text: `${FM}\n${MATRIX}| Security monitoring | I | R/A |\n| Backups | C | R/A |\n| Network monitoring | R | A |\n`,
      findings: [
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'Nothing in this SOW covers patching: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
          suggestions: [
            {
              title: 'Add "Patch management" to the matrix, owned by Northwind',
              output: `${FM}\n${MATRIX}| Security monitoring | I | R/A |\n| Backups | C | R/A |\n| Network monitoring | R | A |\n| Patch management | I | R/A |\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a service-level table's priority definitions name incidents, not services: a security breach as a P1 is no security service",
      text: `${FM}\n${MATRIX}${BREACH_ROWS}${BREACH_SLA}`,
      findings: [notCovered('security', 'Security monitoring and endpoint protection', `${FM}\n${MATRIX}${BREACH_ROWS}`, BREACH_SLA)],
    },
    {
      name: 'updates to documents are not patching',
      text: `${FM}\n${MATRIX}${PLAN_ROWS}`,
      findings: [notCovered('patching', 'Patch management', `${FM}\n${MATRIX}${PLAN_ROWS}`)],
    },
    {
      name: 'owner form with Notes before Owner: no backup',
      text: `${FM}\n| Service | Notes | Owner |\n| --- | --- | --- |\n| Firewalls |  | MSP |\n| Patch management | Tuesdays | MSP |\n| Monitoring |  | Client |\n`,
      findings: [
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'Nothing in this SOW covers backup and disaster recovery: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
          suggestions: [
            {
              title: 'Add "Backup and disaster recovery" to the matrix, owned by Northwind',
              output: `${FM}\n| Service | Notes | Owner |\n| --- | --- | --- |\n| Firewalls |  | MSP |\n| Patch management | Tuesdays | MSP |\n| Monitoring |  | Client |\n| Backup and disaster recovery |  | Northwind |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'no matrix at all: four findings and no matrix to add rows to',
      text: `${FM}\n## Services\n\nNorthwind keeps everything running.\n`,
      findings: [
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'Nothing in this SOW covers backup and disaster recovery: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'Nothing in this SOW covers monitoring: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'Nothing in this SOW covers patching: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          message:
            'Nothing in this SOW covers security: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
        },
      ],
    },
    {
      name: 'a matrix with no rows yet: the row goes after the delimiter row',
      text: `${FM}\n${MATRIX}\n| Function | Owner |\n| --- | --- |\n| Patching | MSP |\n| EDR | MSP |\n| Monitoring | MSP |\n`,
      findings: [
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              title: 'Add "Backup and disaster recovery" to the matrix, owned by Northwind',
              output: `${FM}\n${MATRIX}| Backup and disaster recovery | I | R/A |\n\n| Function | Owner |\n| --- | --- |\n| Patching | MSP |\n| EDR | MSP |\n| Monitoring | MSP |\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a matrix inside a quote: the new row keeps the quote marker',
      text: `${FM}\n> | Function | Contoso | Northwind |\n> | --- | --- | --- |\n> | Security monitoring | I | R/A |\n> | Backups | C | R/A |\n`,
      findings: [
        {
          messageId: 'notCovered',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              title: 'Add "Patch management" to the matrix, owned by Northwind',
              output: `${FM}\n> | Function | Contoso | Northwind |\n> | --- | --- | --- |\n> | Security monitoring | I | R/A |\n> | Backups | C | R/A |\n> | Patch management | I | R/A |\n`,
            },
          ],
        },
      ],
    },
  ],
});
