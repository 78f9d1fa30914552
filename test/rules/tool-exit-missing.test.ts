import rule from '../../server/src/engine/rules/tool-exit-missing';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A managed SOW (sow() writes a co-managed one). */
const managed = (body: string) => sow(body, { model: 'managed' });

const CLAUSE = 'Provider removes agents within 30 days; licences end or transfer at term; data exported to the client in a standard format';

/** A tool named outside a tool table with no exit terms, reported on its mention (`at`). */
const named = (name: string, kind: string, at: string) => ({
  messageId: 'namedNoExitTerms',
  at,
  message: `"${name}" (read as its ${kind}) has no exit terms: the SOW names it but not what happens to its agents, licences and data when the contract ends.`,
});

testRule(rule, {
  valid: [
    {
      name: 'products named as training or certificates ("Required Training": "Jamf 300") are no tools anyone brings',
      text: managed(`
| Role | Required Training | Frequency | Provider |
|------|------------------|-----------|----------|
| IT Admin | Jamf 300 | Annual | Northwind |
| IT Admin | GitHub Actions | Initial | Northwind |
`),
    },
    {
      name: 'exit terms written as a table in the exit section cover the tools its rows name',
      text: managed(`
| Tool | Owner | Access |
| --- | --- | --- |
| Datto RMM | Northwind | read-only |

Northwind logs every request in HaloPSA.

## Exit

| Item | At exit |
| --- | --- |
| RMM agents | Removed within 30 days |
| HaloPSA ticket history | Exported as CSV |
`),
    },
    {
      name: "a product under a heading of its kind that the client owns stays the client's",
      text: managed(`
### Contoso's RMM

- **Primary Platform:** Datto RMM
`),
    },
    {
      name: '"its" is a pronoun for the party named before it, not the IT services department ITS',
      text: managed(`
Contoso logs its staff's requests in its own ticketing system.
`),
    },
    {
      name: "remote access software the client installs is the client's own",
      text: managed(`
Customers can install any remote access software they choose on their computers.

Contoso installs its own remote access software on its laptops, and deploys SentinelOne on every server.
`),
    },
    {
      name: 'a catalogue of services beside their purposes names services, not tools',
      text: managed(`
## How we deliver support

| Offering | Purpose |
| --- | --- |
| Managed Backup | Backup of servers |
| Network Monitoring | Monitoring of the network |
`),
    },
    {
      name: 'words on two lines make no tool: "monitoring" ending one item and "Software updates" starting the next',
      text: managed(`
✓ Hardware health monitoring  
✓ Software updates and patch management
`),
    },
    {
      name: "a cloud tenant's own monitoring (Amazon CloudWatch, Azure Monitor) stays with the client's account",
      text: managed(`
Northwind will monitor your workloads via Amazon CloudWatch and Azure Monitor alarms.
`),
    },
    {
      name: "monitoring of the provider's own platform leaves nothing of the client's to settle: a generic noun, an observability service, on-call paging",
      text: managed(`
Downtime is the minutes the Customer's website is unreachable through Northwind's fault, as verified by our monitoring systems.

Northwind runs its hosting platform with Datadog dashboards.

Our engineers are paged through PagerDuty around the clock.
`),
    },
    {
      name: "in a list tied to the provider, a platform's own observability and status page are no tools to exit",
      text: managed(`
## Tools we use

| Tool | Purpose |
| --- | --- |
| New Relic | Application performance of the platform |
| Statuspage | Incident communication |
`),
    },
    {
      name: "a stack heading the text gives to the client lists the client's own software",
      text: managed(`
### Contoso's current technology stack

- SentinelOne
- Datto RMM
`),
    },
    {
      name: 'notes recorded with a Jira item: "with" a named thing says what goes together, not who runs it',
      text: managed(`
Notes from the analysis will be recorded with the Jira item for tracking and future reference.
`),
    },
    {
      name: 'platforms the work integrates with, under a "Platform" header, are no tools the provider brings',
      text: sow(`
| Platform | Priority | Owner |
| --- | --- | --- |
| Facebook | MVP | Northwind |
| YouTube | Later | Northwind |
`),
    },
    {
      name: "a matrix row the client owns names the client's SIEM: nothing for the provider to hand back",
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Cybersecurity monitoring / SIEM | R/A | C |
`),
    },
    {
      name: 'a note beside a row the provider owns says what the work covers, not whose tool it is',
      text: sow(`
| Function | Contoso | Northwind | Notes |
| --- | --- | --- | --- |
| Security monitoring | I | R/A | Includes EDR alert triage |
`),
    },
    {
      name: 'a SIEM named in prose with nothing saying whose it is asks for no exit terms',
      text: sow(`
Alerts from the SIEM are reviewed weekly.
`),
    },
    {
      name: 'a list of tools with nothing saying the provider brings them (software a client may choose) asks for no exit terms',
      text: managed(`
## Recommended software

| Tool | Description | Link |
| --- | --- | --- |
| TeamViewer | A free choice for one or two computers. | https://www.teamviewer.com/ |
| IT Glue | Documentation, if the client wants it. | https://www.itglue.com/ |
`),
    },
    {
      name: 'a tool the client owns stays with the client: no exit terms to ask for',
      text: sow(`
| Tool | Purpose | Owner |
| --- | --- | --- |
| Linear | Project management | Contoso |
| 1Password | Secrets | Contoso |
`),
    },
    {
      name: 'a blank form to fill in (every cell beside the names empty) lists software to ask about, not tools to exit',
      text: sow(`
| Software | Purpose | Subscription Owner | Login Access? | Renewal Date |
| --- | --- | --- | --- | --- |
| Antivirus/EDR |  |  |  |  |
| Backup Solution |  |  |  |  |
| Password Manager |  |  |  |  |
`),
    },
    {
      name: "an exit sentence that takes the provider's software off the client's systems settles every tool, named or not",
      text: managed(`
| Tool | Owner |
| --- | --- |
| Datto RMM | Northwind |
| IT Glue | Northwind |

## Termination

On termination Northwind will remove its software and monitoring agents from all Client devices within 30 days.
`),
    },
    {
      name: 'a tool named in prose, removed in a paragraph of the exit section',
      text: sow(`
Northwind deploys its NinjaOne agents on every endpoint.

## Termination

On termination Northwind will uninstall the NinjaOne agents and export the ticket history.
`),
    },
    {
      name: "the client's own ticketing system is not the provider's tool",
      text: sow(`
Tickets are logged in the Contoso ticketing system.
`),
    },
    {
      name: "the client's name before a word describing its ticketing system still makes it the client's",
      text: sow(`
Issues are routed via the Contoso trouble ticketing system.
`),
    },
    {
      name: 'agent software covered by an exit item about all agents',
      text: managed(`
Northwind will deploy agent software on your endpoints.

## Termination

- Northwind removes all agents within 30 days.
`),
    },
    {
      name: 'agents that are people (support agents, service desk agents) are no software, installed or not',
      text: managed(`
Our service desk agents install printers and deploy laptops on request.

Support agents are deployed to site for major incidents.
`),
    },
    {
      name: 'agents an EDR of the tool table puts on devices are its own, and its row has exit terms',
      text: managed(`
| Tool | Purpose | Exit |
| --- | --- | --- |
| SentinelOne | EDR | Northwind removes the agent within 30 days of termination |

Agents will be deployed to every workstation.
`),
    },
    {
      name: 'installed agents covered by an exit item about agents',
      text: managed(`
- Installation of necessary agents

## Termination

- Northwind removes its agents from every device within 30 days.
`),
    },
    {
      name: "a tool of the organisation both parties belong to is not the provider's",
      text: `---
sow: 1
model: managed
client: OSG Stakeholders
provider: OSG Operations
---

Requests are tracked in the OSG ticketing system.
`,
    },
    {
      name: 'an exit cell filled in',
      text: sow(`
| Tool | Owner | Access | On exit |
| --- | --- | --- | --- |
| Datto RMM | Northwind | read-write | Agents removed within 30 days |
`),
    },
    {
      name: 'an exit column headed Termination, before the tool column',
      text: sow(`
| Termination | Platform | Owner |
| --- | --- | --- |
| Tickets exported as CSV | HaloPSA | Northwind |
`),
    },
    {
      name: 'a clean exit section naming the tool (the documented passing example)',
      text: managed(`
| Tool | Owner | Access |
| --- | --- | --- |
| Kaseya VSA | Northwind | none |

## Termination

- Either party may end this SOW with 60 days' notice.
- Kaseya VSA agents are removed from every device within 30 days.
`),
    },
    {
      name: 'exit items naming tools by kind, under a nested heading of an Offboarding section',
      text: sow(`
| Tool | Kind | Access |
| --- | --- | --- |
| NinjaOne | RMM | read-write |
| Halo | PSA | read-write |

## Offboarding

### Tools

- RMM agents are uninstalled within 30 days.
- PSA ticket history is exported as CSV.
`),
    },
    {
      name: 'a placeholder exit cell is mended by an exit section item',
      text: sow(`
| Tool | Access | Exit |
| --- | --- | --- |
| Liongard | read-only | TBD |

## Exit

- Liongard: the client's data is exported, then deleted.
`),
    },
    {
      name: 'a maturity mapping whose levels start with a product name that is also a word ("Level") lists no tools',
      text: managed(`
| Essential 8 Control | Maturity Level Supported | How We Deliver |
| --- | --- | --- |
| Application Control | Level 1-2 | Datto EDR application blocking, controlled folders |
| Patch Applications | Level 1-3 | VSA X automated third-party patching, 14-day window |
| Regular Backups | Level 1-3 | Spanning backups three times a day |
`),
    },
    {
      name: 'an abbreviation the document defines as an agreement keeps that meaning where it is used again',
      text: managed(`
Award a professional services agreement (PSA) to Northwind for managed IT services.

Authorize the City Clerk to execute the PSA, in a form acceptable to the City Attorney.
`),
    },
    {
      name: 'a log collection system is no ticketing system: "the call logging system" is, "a shared logging system" is not',
      text: managed(`
Logs are collected per site in a shared logging system run by Northwind.
`),
    },
  ],
  invalid: [
    {
      name: "endpoint protection the provider's service includes is its EDR, on the client's endpoints: it needs exit terms",
      text: managed(`
The managed endpoints service includes patch management, reporting, and managed next-generation endpoint protection technology to guard against viruses and malware.
`),
      findings: [
        named(
          'endpoint protection technology',
          'EDR',
          'The managed endpoints service includes patch management, reporting, and managed next-generation endpoint protection technology to guard against viruses and malware.',
        ),
      ],
    },
    {
      name: 'a heading only titles a tool: the finding stands where the text under it names it',
      text: managed(`
### RMM

Northwind's Remote Management and Monitoring (RMM) solution provides monitoring of desktop and server assets.
`),
      findings: [
        named(
          'RMM',
          'RMM',
          "Northwind's Remote Management and Monitoring (RMM) solution provides monitoring of desktop and server assets.",
        ),
      ],
    },
    {
      name: "a link's attribute list (MkDocs, kramdown) is no part of the tool's name",
      text: managed(`
| Tool | Owner |
| --- | --- |
| [Tailscale](https://tailscale.com/){target=\\_blank} | Northwind |
`),
      findings: [
        {
          messageId: 'noExitTerms',
          at: '| [Tailscale](https://tailscale.com/){target=\\_blank} | Northwind |',
          message:
            '"Tailscale" has no exit terms: the SOW does not say what happens to its licences, agents, access and data when the contract ends.',
        },
      ],
    },
    {
      name: 'a generic tool noun in the plural names the same kind: "ticketing platforms"; the item\'s label says the SIEM is a tool of the service too',
      text: managed(`
- **Enterprise-Grade Tools** — Advanced monitoring, SIEM, and ticketing platforms scaled for SMB teams.
`),
      findings: [
        named('SIEM', 'SIEM', '- **Enterprise-Grade Tools** — Advanced monitoring, SIEM, and ticketing platforms scaled for SMB teams.'),
        named(
          'ticketing platforms',
          'ticketing system',
          '- **Enterprise-Grade Tools** — Advanced monitoring, SIEM, and ticketing platforms scaled for SMB teams.',
        ),
      ],
    },
    {
      name: 'a trouble ticket system is a ticketing system, named outright',
      text: managed(`
- Quick and Easy access to an online Trouble Ticket Support system (allows creation of new tickets)
`),
      findings: [
        named(
          'Ticket Support system',
          'ticketing system',
          '- Quick and Easy access to an online Trouble Ticket Support system (allows creation of new tickets)',
        ),
      ],
    },
    {
      name: '"its" after the provider\'s name makes the tool the provider\'s',
      text: managed(`
Northwind logs every request in its ticketing system.
`),
      findings: [named('ticketing system', 'ticketing system', 'Northwind logs every request in its ticketing system.')],
    },
    {
      name: "remote access software installed on the client's computers, by the provider or by no one named",
      text: managed(`
Remote access software is installed on all of the client servers and end-user computers.
`),
      findings: [
        named(
          'Remote access software',
          'remote access tool',
          'Remote access software is installed on all of the client servers and end-user computers.',
        ),
      ],
    },
    {
      name: 'a product the provider monitors the client\'s servers with: "your" before "servers via" owns the servers, not the tool',
      text: managed(`
We monitor your servers via Nagios.
`),
      findings: [named('Nagios', 'monitoring tool', 'We monitor your servers via Nagios.')],
    },
    {
      name: 'a tool the gazetteer does not know, in a table headed as tools with the provider as owner, needs exit terms',
      text: sow(`
| Tool | Owner |
| --- | --- |
| FleetWatch Pro | Northwind |
`),
      findings: [{ messageId: 'noExitTerms', at: '| FleetWatch Pro | Northwind |' }],
    },
    {
      name: "a matrix row the provider alone owns names the provider's tool, as a tool table's owner cell would",
      text: sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| Cybersecurity monitoring / SIEM | — | ✓ |
| EDR management / response | — | ✓ |
| Patch management | ✓ | — |
`),
      findings: [
        named('SIEM', 'SIEM', '| Cybersecurity monitoring / SIEM | — | ✓ |'),
        named('EDR', 'EDR', '| EDR management / response | — | ✓ |'),
      ],
    },
    {
      name: 'logging a package includes, through a linked product, is a tool the provider brings',
      text: managed(`
All packages include logging through [Papertrail](https://papertrailapp.com/).
`),
      findings: [
        named('Papertrail', 'observability tool', 'All packages include logging through [Papertrail](https://papertrailapp.com/).'),
      ],
    },
    {
      name: "a monitoring system that watches the client's systems is one to settle at exit",
      text: managed(`
Northwind watches your servers and network devices through our monitoring system.
`),
      findings: [
        named('monitoring system', 'monitoring tool', 'Northwind watches your servers and network devices through our monitoring system.'),
      ],
    },
    {
      name: "an observability service keeping the client's logs, and a monitoring product that sits in the network it watches",
      text: managed(`
We collect the logs of your applications in Datadog.

Network health is tracked in LogicMonitor.
`),
      findings: [
        named('Datadog', 'observability tool', 'We collect the logs of your applications in Datadog.'),
        named('LogicMonitor', 'monitoring tool', 'Network health is tracked in LogicMonitor.'),
      ],
    },
    {
      name: "products listed under a heading naming the provider's stack are its delivery tools, one finding per tool whatever name it goes by",
      text: managed(`
## Security Services

### Technology Stack

- **SentinelOne**: endpoint protection
- **RocketCyber** (Kaseya MDR)
- **KnowBe4**: phishing training

## Cloud Platforms

- **Microsoft Azure**
`),
      findings: [
        named('SentinelOne', 'EDR', '- **SentinelOne**: endpoint protection'),
        named('RocketCyber', 'MDR service', '- **RocketCyber** (Kaseya MDR)'),
      ],
    },
    {
      name: 'products under a heading of the software installed for the service are its delivery tools',
      text: managed(`
### Installed Services/Software

**Macrium Reflect**: Disaster recovery backup software, set to image the internal drive.

**Emsisoft Antimalware**: Security product that protects the customer against threats.
`),
      findings: [
        named(
          'Macrium Reflect',
          'backup system',
          '**Macrium Reflect**: Disaster recovery backup software, set to image the internal drive.',
        ),
        named('Emsisoft', 'EDR', '**Emsisoft Antimalware**: Security product that protects the customer against threats.'),
      ],
    },
    {
      name: 'a kind named generically right under a "Tooling" heading is one of the stack\'s tools; under a product\'s own section it is a feature of that product',
      text: managed(`
## Tooling

- RMM agent
- EDR/XDR

## Security Stack

### RocketCyber Managed SOC

| Feature | What it does |
| --- | --- |
| SIEM Integration | Centralised security event logging |
`),
      findings: [named('RMM agent', 'RMM', '- RMM agent'), named('EDR', 'EDR', '- EDR/XDR')],
    },
    {
      name: 'an item labelled as the provider\'s tools lists them, by bare kind words too; a PSA and a ticketing system named so are one tool, and "Client" in the label is no owner',
      text: managed(`
## Core services

- Client Management Tools – Professional Services Automation, Ticketing, Documentation, CRM, Communication.

## How we work

Ticketing and escalation follow ITIL. Documentation is reviewed yearly.
`),
      findings: [
        named(
          'Documentation',
          'documentation system',
          '- Client Management Tools – Professional Services Automation, Ticketing, Documentation, CRM, Communication.',
        ),
        named(
          'Professional Services Automation',
          'PSA',
          '- Client Management Tools – Professional Services Automation, Ticketing, Documentation, CRM, Communication.',
        ),
      ],
    },
    {
      name: "the ticketing system incidents are logged in is the service's own",
      text: managed(`
- Logging: all incidents are logged in Freshdesk with the date, time and the reporter's details.
`),
      findings: [
        named(
          'Freshdesk',
          'ticketing system',
          "- Logging: all incidents are logged in Freshdesk with the date, time and the reporter's details.",
        ),
      ],
    },
    {
      name: "a section titled by a listed tool describes it as part of the service: reported on that section's heading",
      text: managed(`
## Our stack

### VSA X (Remote Monitoring & Management)

Device monitoring, patching and remote access for every endpoint.

## Stack summary

| Category | Tools |
| --- | --- |
| RMM | VSA X |
| Documentation | IT Glue |
`),
      findings: [{ messageId: 'noExitTerms', at: '### VSA X (Remote Monitoring & Management)' }],
    },
    {
      name: 'a section titled by a tool and a few words of what it is: one finding there, whatever names the tables give it',
      text: managed(`
### Spanning Backup for Microsoft 365

Daily backups of every mailbox.

| Control | Current Tools |
| --- | --- |
| Regular backups | Spanning M365 Backup |

| Category | Tools |
| --- | --- |
| Backup | Spanning |
`),
      findings: [{ messageId: 'noExitTerms', at: '### Spanning Backup for Microsoft 365' }],
    },
    {
      name: 'in a list of tools, the rows that say the provider uses them need exit terms; an alternative, or what a product can do (self-hosting), does not',
      text: managed(`
## Remote support applications

| Tool | Description |
| --- | --- |
| TeamViewer | The remote support application we use (subscription). |
| LogMeIn | Our choice for ten computers or more. |
| AnyDesk | Used if needed. |
| RustDesk | Open-source remote desktop with self-hosting capabilities. |
`),
      findings: [
        { messageId: 'noExitTerms', at: '| TeamViewer | The remote support application we use (subscription). |' },
        { messageId: 'noExitTerms', at: '| LogMeIn | Our choice for ten computers or more. |' },
      ],
    },
    {
      name: 'the headings over a list of tools tie it to the provider',
      text: managed(`
## How we deliver support

### Systems

| System | Purpose |
| --- | --- |
| NinjaOne | Remote monitoring and management |
| IT Glue | Documentation |
`),
      findings: [
        { messageId: 'noExitTerms', at: '| NinjaOne | Remote monitoring and management |' },
        { messageId: 'noExitTerms', at: '| IT Glue | Documentation |' },
      ],
    },
    {
      name: 'products Demarc does not know, in a table whose purpose column says what tools they are',
      text: managed(`
## How we deliver support

| Vendor | Purpose |
| --- | --- |
| Acme Vault | Password manager |
| Zork Watch | Remote monitoring and management |
| Blorp Cloud | Office furniture |
`),
      findings: [
        { messageId: 'noExitTerms', at: '| Acme Vault | Password manager |' },
        { messageId: 'noExitTerms', at: '| Zork Watch | Remote monitoring and management |' },
      ],
    },
    {
      name: 'a sentence elsewhere that ties a listed tool to the provider makes it need exit terms',
      text: managed(`
Northwind installs Datto EDR on every server.

## Stack summary

| Category | Tools |
| --- | --- |
| Endpoint protection | Datto EDR |
| Documentation | IT Glue |
`),
      findings: [{ messageId: 'noExitTerms', at: '| Endpoint protection | Datto EDR |' }],
    },
    {
      name: 'a tool named in a bullet, outside any tool table, with no exit terms',
      text: sow(`
## Services

- Northwind deploys its NinjaOne agents on every endpoint.
`),
      findings: [named('NinjaOne', 'RMM', '- Northwind deploys its NinjaOne agents on every endpoint.')],
    },
    {
      name: 'a product whose name is also a word names the tool alone, before its description, or with a tool word',
      text: managed(`
The tools Northwind uses for this service:

| Tool | Purpose |
| --- | --- |
| Level | Remote monitoring and management |
| Halo (service desk) | Tickets and the client portal |
| Keeper password vault | Credentials for the client's systems |
`),
      findings: [
        { messageId: 'noExitTerms', at: '| Level | Remote monitoring and management |' },
        { messageId: 'noExitTerms', at: '| Halo (service desk) | Tickets and the client portal |' },
        { messageId: 'noExitTerms', at: "| Keeper password vault | Credentials for the client's systems |" },
      ],
    },
    {
      name: 'under a header naming the tools, a product whose name is also a word is that product',
      text: managed(`
| Tool | Owner |
| --- | --- |
| Level workstation fleet | Northwind |
`),
      findings: [{ messageId: 'noExitTerms', at: '| Level workstation fleet | Northwind |' }],
    },
    {
      name: "a heading naming a delivery tool's kind makes the products under it that tool: reported on the product, not the heading",
      text: managed(`
## Technology stack

### Remote Monitoring & Management (RMM)

- **Primary Platform:** Datto RMM
  - Patch management and automation

### Professional Services Automation (PSA)

- **Ticketing & Project Management:** Zoho Desk and Zoho Projects
`),
      findings: [
        named('Datto RMM', 'RMM', '- **Primary Platform:** Datto RMM'),
        named('Zoho Desk', 'ticketing system', '- **Ticketing & Project Management:** Zoho Desk and Zoho Projects'),
      ],
    },
    {
      name: 'a table in the exit section covers only the tools its rows name: the PSA it leaves out still has none',
      text: managed(`
Northwind deploys the Datto RMM agent on every device and logs every request in HaloPSA.

## Exit

| Item | At exit |
| --- | --- |
| Datto RMM agents | Removed within 30 days |
`),
      findings: [named('HaloPSA', 'PSA', 'Northwind deploys the Datto RMM agent on every device and logs every request in HaloPSA.')],
    },
    {
      name: 'a tool is reported where the SOW first names it in its text, though a later sentence ties it to the service; a heading only titles it',
      text: managed(`
## Datto RMM

Datto RMM shows each device's health on one screen.

Northwind deploys the Datto RMM agent on every device.
`),
      findings: [named('Datto RMM', 'RMM', "Datto RMM shows each device's health on one screen.")],
    },
    {
      name: 'an abbreviation defined as a tool stays a tool',
      text: managed(`
Northwind runs its professional services automation (PSA) platform for the client.

Northwind operates the PSA for every ticket.
`),
      findings: [
        { messageId: 'namedNoExitTerms', at: 'Northwind runs its professional services automation (PSA) platform for the client.' },
      ],
    },
    {
      name: 'a term defined as words names no tool; one defined as a tool the provider uses does (found on a real MSP endorsement)',
      text: managed(`
(c) “RMM” shall mean remote monitoring and maintenance subject to the definitions below.

(d) “RMM Platform” shall mean a web-based software tool utilized by Northwind for the delivery of services.
`),
      findings: [
        {
          messageId: 'namedNoExitTerms',
          at: '(d) “RMM Platform” shall mean a web-based software tool utilized by Northwind for the delivery of services.',
        },
      ],
    },
    {
      name: 'a name that is also a word counts in a list beside a product no one mistakes (found on a real MSP terms page)',
      text: managed(`
Northwind connects CWA, Auvik and other systems.

The Halo of the brand is its support.
`),
      findings: [
        {
          messageId: 'namedNoExitTerms',
          at: 'Northwind connects CWA, Auvik and other systems.',
          message:
            '"Auvik" (read as its monitoring tool) has no exit terms: the SOW names it but not what happens to its agents, licences and data when the contract ends.',
        },
        {
          messageId: 'namedNoExitTerms',
          at: 'Northwind connects CWA, Auvik and other systems.',
          message:
            '"CWA" (read as its RMM) has no exit terms: the SOW names it but not what happens to its agents, licences and data when the contract ends.',
        },
      ],
    },
    {
      name: "the nearest party's name before the tool decides whose it is",
      text: sow(`
Contoso staff log issues in the Northwind support ticketing system.
`),
      findings: [
        named('support ticketing system', 'ticketing system', 'Contoso staff log issues in the Northwind support ticketing system.'),
      ],
    },
    {
      name: 'agent software and backup tools the provider deploys are tools with exit terms to state',
      text: managed(`
## Services

Northwind will deploy agent software on your endpoints.

- Deploy approved backup tools.
`),
      findings: [
        named('agent software', 'agent software', 'Northwind will deploy agent software on your endpoints.'),
        named('backup tools', 'backup system', '- Deploy approved backup tools.'),
      ],
    },
    {
      name: "agents installed on the client's systems are a tool to settle at exit, found on a real monitoring service description",
      text: managed(`
The monitoring service checks your servers through installable agents.
`),
      findings: [named('agents', 'agent software', 'The monitoring service checks your servers through installable agents.')],
    },
    {
      name: "agents of no stated kind belong to the tool the SOW names: one finding where they are first put, in that tool's name",
      text: managed(`
- Setup of the monitoring
- Installation of necessary agents

The monitoring system is run by Northwind; data is provided by agents deployed on your servers.
`),
      findings: [named('monitoring system', 'monitoring tool', '- Installation of necessary agents')],
    },
    {
      name: "agents a tool table's RMM puts on devices are that RMM's: its row takes the finding, not the agents",
      text: managed(`
| Tool | Purpose | Owner |
| --- | --- | --- |
| NinjaOne | RMM | Northwind |

Agents will be installed on every workstation.
`),
      findings: [{ messageId: 'noExitTerms', at: '| NinjaOne | RMM | Northwind |' }],
    },
    {
      name: '"IT" before a tool says what it is for, not that it is the client\'s',
      text: managed(`
- IT Auto-Documentation and Management System
`),
      findings: [
        named('Auto-Documentation and Management System', 'documentation system', '- IT Auto-Documentation and Management System'),
      ],
    },
    {
      name: 'a word both party names share but that names no one ("The") does not give the tool away',
      text: `---
sow: 1
model: managed
client: The Client Co
provider: The Provider Co
---

Requests are tracked in the ticketing system.
`,
      findings: [named('ticketing system', 'ticketing system', 'Requests are tracked in the ticketing system.')],
    },
    {
      name: 'an empty exit cell: standard terms offered in the cell',
      text: sow(`
| Tool | Owner | Access | On exit |
| --- | --- | --- | --- |
| Datto RMM | Northwind | read-write |  |
`),
      findings: [
        {
          messageId: 'noExitTerms',
          at: '| Datto RMM | Northwind | read-write |  |',
          message:
            '"Datto RMM" has no exit terms: the SOW does not say what happens to its licences, agents, access and data when the contract ends.',
          suggestions: [
            {
              title: 'Add standard exit terms for Datto RMM',
              output: { replace: '| Datto RMM | Northwind | read-write |  |', by: `| Datto RMM | Northwind | read-write | ${CLAUSE} |` },
            },
          ],
        },
      ],
    },
    {
      name: 'a TBD exit cell in the first column',
      text: sow(`
| Termination | Platform | Owner |
| --- | --- | --- |
| TBD | Kaseya VSA | Northwind |
`),
      findings: [
        {
          messageId: 'noExitTerms',
          at: '| TBD | Kaseya VSA | Northwind |',
          suggestions: [
            {
              title: 'Add standard exit terms for Kaseya VSA',
              output: { replace: '| TBD | Kaseya VSA | Northwind |', by: `| ${CLAUSE} | Kaseya VSA | Northwind |` },
            },
          ],
        },
      ],
    },
    {
      name: "no exit column: an item is offered after the exit section's last item (the documented failing example)",
      text: managed(`
| Tool | Owner | Access |
| --- | --- | --- |
| Kaseya VSA | Northwind | none |

## Termination

- Either party may end this SOW with 60 days' notice.
`),
      findings: [
        {
          messageId: 'noExitTerms',
          at: '| Kaseya VSA | Northwind | none |',
          suggestions: [
            {
              title: 'Add standard exit terms for Kaseya VSA',
              output: { after: "- Either party may end this SOW with 60 days' notice.\n", insert: `- Kaseya VSA: ${CLAUSE}.\n` },
            },
          ],
        },
      ],
    },
    {
      name: 'a tool named only in a list outside the exit section; the other tool is named by kind inside it',
      text: sow(`
| Tool | Kind | Access |
| --- | --- | --- |
| Datto RMM | RMM | read-write |
| IT Glue | Documentation | read-only |

## Notes

- IT Glue data is exported on request.

## Transition and offboarding

- RMM agents are removed within 30 days.
- Licences transfer at term.

## Fees

Monthly.
`),
      findings: [
        {
          messageId: 'noExitTerms',
          at: '| IT Glue | Documentation | read-only |',
          message:
            '"IT Glue" has no exit terms: the SOW does not say what happens to its licences, agents, access and data when the contract ends.',
          suggestions: [
            {
              title: 'Add standard exit terms for IT Glue',
              output: { after: '- Licences transfer at term.\n', insert: `- IT Glue: ${CLAUSE}.\n` },
            },
          ],
        },
      ],
    },
    {
      name: 'no exit column and an exit section in prose: nowhere to put an item',
      text: sow(`
| Tool | Access |
| --- | --- |
| Liongard | read-only |

## Exit

The parties will agree exit terms later.
`),
      findings: [{ messageId: 'noExitTerms', at: '| Liongard | read-only |' }],
    },
  ],
});
