import rule from '../../server/src/engine/rules/table-not-understood';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';
import { CHANGE_CLASSES } from '../helpers/tables';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });

testRule(rule, {
  valid: [
    {
      name: 'classes of change with the approval each needs and its lead time are change management: not reported as a service-level table',
      text: managed(`
${CHANGE_CLASSES}`),
    },
    {
      name: 'a price list of response times to book (each time beside a price, no tiers) is of another kind',
      text: sow(`
| Maximum response time on working days, 10:00 to 20:00 | Monthly fee |
| --- | --- |
| One hour | 300.00 Euro |
| Four hours | 170.00 Euro |
| Twelve hours | 60.00 Euro |
`),
    },
    {
      name: 'an availability table ranking systems by criticality, with the downtime each may have a month, is of another kind',
      text: sow(`
| System | Criticality | Availability target | Max. downtime/month |
| --- | --- | --- | --- |
| payments | Critical | 99.95 % | ~ 22 min |
| shop | High | 99.9 % | ~ 43 min |
| internal tools | Low | 99.0 % | ~ 7.3 hrs |
`),
    },
    {
      name: "a subprocessor list is read as the provider's vendors, a tool table of its operation, not reported",
      text: sow(`
## Infrastructure

These Subprocessors provide the foundational infrastructure for our Services.

| Name | Purpose | Provider location |
| --- | --- | --- |
| GitHub, Inc. | Codebase version control | United States |
| Hetzner Online GmbH | Server hosting | Germany |
| Functional Software, Inc. | Error monitoring | United States |
`),
    },
    {
      name: 'a schedule of reports with the party responsible for each is not an owner grid to report',
      text: managed(`
| Report | Interval | Responsible Party |
| --- | --- | --- |
| Ticket summary | Monthly | Service desk lead |
| Availability | Quarterly | Operations manager |
`),
    },
    {
      name: 'a column headed "Tool" over marks (which role may use which tool) is an entitlement table, not reported',
      text: managed(`
| Tool | Admin | Staff |
| --- | --- | --- |
| Portal | Yes | Yes |
| Reports | Yes | No |
`),
    },
    {
      name: 'a legend of the RACI letters defines them and assigns nothing, even under an empty header row',
      text: sow(`
| | | |
| --- | --- | --- |
| R | Responsible | Does the work |
| A | Accountable | Owns the outcome (one per task) |
| C | Consulted | Asked before a decision |
| I | Informed | Told after a decision |
`),
    },
    {
      name: 'a contact list names people of each party, not who does what',
      text: sow(`
| Role | Name | Timezone |
| --- | --- | --- |
| Northwind lead | TBD | CET |
| Contoso lead | TBD | TBD |
`),
    },
    {
      name: 'parties over the people to call on each side (an escalation ladder, placeholders in brackets) is no matrix, and not reported',
      text: sow(`
| Contoso Side | Northwind Side |
| --- | --- |
| [Contoso Service Owner] | [Northwind Service Manager] |
| [Contoso Executive] | [Northwind Director] |
`),
    },
    {
      name: 'a list of what the service includes, naming the products it manages, is a table of another kind (found on a real MSA)',
      text: sow(`
| Component | Included | Notes |
| --- | --- | --- |
| Server Management | Yes | Including performance and availability |
| Patch Management (Servers) | Yes | Scheduled as per standard windows |
| Backup Monitoring | Yes | Daily checks |
| SIEM Management (SOC 24/7) | Yes | Included via RocketCyber |
| Microsoft 365 General Management | Yes | User and license admin |
| Microsoft Intune Management | Yes | Device onboarding and policy enforcement |
| Microsoft Azure Management | Yes | For migrated workloads only |
| Hardware/Software Upgrades | No | Outside scope unless specified in project |
`),
    },
    {
      name: 'areas over sentences, under headers that name no party: a description of scope, not a matrix',
      text: managed(`
| Function | Operations | Change |
| --- | --- | --- |
| Backups | Reviews the monthly restore report | Runs nightly backups and quarterly restore tests |
`),
    },
    {
      name: 'parties over sentences describing their duties: read as duties, each party doing part of the work',
      text: managed(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Backups | Reviews the monthly restore report | Runs nightly backups and quarterly restore tests |
`),
    },
    {
      name: 'parties written as rows with roles in the cells: read as the matrix turned round',
      text: managed(`
| Party | Help desk | Backups |
| --- | --- | --- |
| Contoso | C | I |
| Northwind | R/A | R/A |
`),
    },
    {
      name: 'a service-level table Demarc reads',
      text: managed(`
| Priority | Response |
| --- | --- |
| P1 - Outage | 1 hour |
`),
    },
    {
      name: 'a price list headed "Service" is not a matrix, and not reported',
      text: managed(`
| Service | Monthly fee |
| --- | --- |
| Help desk | $95 per device |
`),
    },
    {
      name: 'a contact list',
      text: managed(`
| Name | Phone |
| --- | --- |
| Service desk | 555-0100 |
`),
    },
    {
      name: 'a check-mark matrix is read, not reported',
      text: managed(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Backups |  | ✓ |
`),
    },
  ],
  invalid: [
    {
      name: 'tiers as group rows over rows of the hours each time holds in: the hours column holds no tiers, so the table is reported once, not read',
      text: managed(`
| | Preferred form of Contact | Response Time | Resolution Goal |
| --- | --- | --- | --- |
| **Level One** | | | |
| M-F Standard Support Hours | Email support. | Within Two Hours | 2 Business Days |
| After Hours, Weekends and Holidays | Email support. | Next Business Day | 2 Business Days |
| **Level Three** | | | |
| M-F Standard Support Hours | Call support line. | Within 15 Minutes | ASAP |
| After Hours, Weekends and Holidays | Call support line. | Within 15 Minutes | ASAP |
`),
      findings: [{ messageId: 'tableNotUnderstood', at: '| | Preferred form of Contact | Response Time | Resolution Goal |' }],
    },
    {
      name: 'an Owner column naming people the SOW does not declare: reported once as a matrix Demarc could not read',
      text: managed(`
| Object | Owner |
| --- | --- |
| Architecture | Ruán |
| DNS and proxies | MJ |
`),
      findings: [
        {
          messageId: 'tableNotUnderstood',
          at: '| Object | Owner |',
          message:
            'This table looks like a responsibility matrix, but Demarc could not read it. Demarc could not tell how to read it, though its column headed "Owner" names an owner for each row ("Ruán", "MJ"). Name a party the SOW declares (in its front matter or its parties section) in each Owner cell. Until it can, no rule checks what it says.',
        },
      ],
    },
    {
      name: 'a first column headed "Tool" over names Demarc does not know: reported once, not ignored',
      text: managed(`
| Tool | Platform | Description |
| --- | --- | --- |
| Ninite.com | PC | Installs and updates many programs at once |
| MacApps | Mac | The same for Macs |
`),
      findings: [
        {
          messageId: 'tableNotUnderstood',
          at: '| Tool | Platform | Description |',
          message:
            'This table looks like a tool table, but Demarc could not read it. Demarc could not tell how to read it, though its first column, headed "Tool", lists "Ninite.com", "MacApps". Head the column of tool names "Tool", beside columns headed "Owner", "Access" and "On exit". Until it can, no rule checks what it says.',
        },
      ],
    },
    {
      name: 'response times with no priority column: reported on the header, saying how to write it',
      text: managed(`
| Ticket | Response |
| --- | --- |
| Printer jam | 1 hour |
| Password reset | 1 business day |
`),
      findings: [
        {
          messageId: 'tableNotUnderstood',
          at: '| Ticket | Response |',
          message:
            'This table looks like a service-level table, but Demarc could not read it. Demarc found no priority column: put P1, P2… (or Critical, High…) in a column headed "Priority" or "Severity". Until it can, no rule checks what it says.',
        },
      ],
    },
    {
      name: 'priorities written as columns (an HTML table, as Word exports write it)',
      text: managed(`
<table>
<tr><th>Critical</th><th>High</th><th>Normal</th></tr>
<tr><td>1 hour</td><td>4 hours</td><td>1 business day</td></tr>
</table>
`),
      findings: [
        {
          messageId: 'tableNotUnderstood',
          at: '<tr><th>Critical</th><th>High</th><th>Normal</th></tr>',
          message:
            'This table looks like a service-level table, but Demarc could not read it. Its priorities are written as columns with no row labelled Response: label the row of response times "Response", or write one row per priority with a Response column. Until it can, no rule checks what it says.',
        },
      ],
    },
    {
      name: 'parties written as rows, each label going on past the name',
      text: managed(`
| Teams | Security | Technology |
| --- | --- | --- |
| Contoso - Applications & Data | Access reviews | App lifecycle |
| Northwind - Platform | Central logging | Provisioning |
`),
      findings: [
        {
          messageId: 'tableNotUnderstood',
          at: '| Teams | Security | Technology |',
          message:
            'This table looks like a responsibility matrix, but Demarc could not read it. Its parties are written as rows, but its cells are not roles: write R, A, C or I (or a mark) where each party meets each function. Until it can, no rule checks what it says.',
        },
      ],
    },
  ],
});
