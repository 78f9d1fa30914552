// How the engine reads the dialect's words, tested on the vocabulary directly: each spelling a SOW
// may use, and near-misses that must not be read.
import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/engine';
import { parseDuration, saysBusinessTime } from '../../server/src/engine/vocabulary/duration';
import { parsePriority, readsAsOutage } from '../../server/src/engine/vocabulary/priority';
import { parseRaci } from '../../server/src/engine/vocabulary/raci';
import { isSharedWord, resolveParty } from '../../server/src/engine/vocabulary/parties';
import { describeOwnership, readingAt } from '../../server/src/engine';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Harbor & Vine LLP\nprovider: Northwind\n---\n';

describe('reading the dialect', () => {
  it('parts the words a hard line break stands between (a Word line break imported as one)', () => {
    const scope = analyse(`${FM}We monitor systems\\\nand back up data daily.\n`).model!.scope.map((s) => s.text);
    assert.deepEqual(scope, ['We monitor systems\nand back up data daily.']);
  });

  it('reads list items whose tier label stands last, set off by a dash, colon or bracket', () => {
    const levels = (body: string) =>
      analyse(`${FM}## Support\n\n${body}`).model!.serviceLevels.flatMap((t) => t.rows.map((r) => [r.priority, r.response?.minutes]));
    assert.deepEqual(levels('- Response within 1 hour — Critical\n- Response within 4 hours — High\n- Response within 2 days (Low)\n'), [
      [1, 60],
      [2, 240],
      [3, 2880],
    ]);
    // A tier word ending a sentence without a dash, colon or bracket is no label: the time is every request's.
    const every = analyse(`${FM}## Support\n\n- We respond within 1 hour to all requests, including critical\n`).model!.serviceLevels;
    assert.deepEqual(
      every.flatMap((t) => t.rows.map((r) => r.priorityCell.text)),
      ['every request'],
    );
  });

  it('reads every P1 spelling as priority 1, and the next one as 2', () => {
    for (const p1 of ['P1', 'Priority 1', 'Severity 1', 'Sev 1', 'S1', 'Critical', 'P1 - Critical', 'urgent', '1'])
      assert.equal(parsePriority(p1), 1, p1);
    for (const p2 of ['P2', 'Priority 2', 'Sev 2', 'High', '2']) assert.equal(parsePriority(p2), 2, p2);
    for (const low of ['Low', 'Routine', 'P4']) assert.equal(parsePriority(low), 4, low);
    for (const none of ['Level 1', 'Tier 3', 'Service not available'])
      assert.equal(parsePriority(none), undefined, `${none} is not a priority`);
  });

  it('reads a full outage as the P1 of a table ranked by impact, and nothing short of one', () => {
    for (const yes of ['Service is unavailable', 'System down', 'Complete outage', 'Network is inaccessible'])
      assert.equal(readsAsOutage(yes), true, yes);
    for (const no of ['Service is affected (intermittent errors)', 'Partial outage', 'Service is functioning', 'Printer down the hall'])
      assert.equal(readsAsOutage(no), false, no);
    const table = (rows: string) => `${FM}\n| Issue | Initial response |\n| --- | --- |\n${rows}`;
    const impact = table('| Service is unavailable | 8 hours, during regular business hours |\n| Service is affected | 1 business day |\n');
    const slow = analyse(impact).findings.filter((f) => f.ruleId === 'p1-response-slow');
    assert.deepEqual(
      slow.map((f) => f.range.start.line),
      [9],
    );
    // Two rows reading as outages give no single P1: the table stays unread, and says so.
    const twoOutages = table('| Service is unavailable | 8 hours |\n| System down | 1 hour |\n');
    assert.deepEqual(
      analyse(twoOutages)
        .findings.filter((f) => /p1-|table-not/.test(f.ruleId))
        .map((f) => f.ruleId),
      ['table-not-understood'],
    );
  });

  it('reads service levels written as labelled lines and clauses, whatever the number style', () => {
    const p1 = (body: string) =>
      analyse(`${FM}\n${body}\n`).model!.serviceLevels.flatMap((t) =>
        t.rows.filter((r) => r.priority === 1).map((r) => r.response?.minutes),
      );
    assert.deepEqual(p1('## SLA\n\nP1: 1 hour\nP2: 4 hours'), [60]);
    assert.deepEqual(p1('## Support\n\nSeverity 1 incidents will be responded to within one (1) hour.'), [60]);
    assert.deepEqual(p1('## Service levels\n\nEmergency requests: 15-minute response.'), [15]);
  });

  it('holds a SOW with no service-level table to a response it promises every request in a sentence', () => {
    const p1 = (body: string) =>
      analyse(`${FM}\n## Support\n\n${body}\n`)
        .findings.filter((f) => f.ruleId.startsWith('p1-'))
        .map((f) => `${f.ruleId}@${f.range.start.line}`);
    assert.deepEqual(p1('Ops team to notify receipt of ticket to requestor within 2 hrs\nOther work is queued.'), ['p1-response-slow@9']);
    assert.deepEqual(p1('We respond to all support requests within 30 minutes.'), []);
    // A response written as a label and its value is promised to whatever the service answers.
    assert.deepEqual(p1('- **Initial Response:** Within 30 minutes\n- **On-site Dispatch:** Within 2 hours'), []);
    assert.deepEqual(p1('- **Initial Response:** Within 1 business day'), ['p1-response-slow@9']);
    assert.deepEqual(p1('- Response time for service requests: 2 business days'), ['p1-response-missing@2']);
    // Not a promise to every request: the client's duty, a time that is not a response.
    for (const other of [
      'Harbor & Vine LLP shall respond to Northwind requests within 5 business days.',
      'Invoices for requests are sent within 30 days.',
    ])
      assert.deepEqual(p1(other), ['p1-response-missing@2'], other);
    // A priority's own time in a sentence is that priority's service level, beside a blanket time or alone.
    assert.deepEqual(p1('Critical incidents get a response within 4 hours.'), ['p1-response-slow@9']);
    assert.deepEqual(p1('We respond to all tickets within 2 hours; critical tickets within 30 minutes.'), []);
  });

  it('reads every RACI spelling of the dialect, and rejects repeated or unknown letters', () => {
    const read = (v: string) => parseRaci(v).roles.join('/');
    const cases: [string, string][] = [
      ['R', 'R'],
      ['A', 'A'],
      ['R/A', 'R/A'],
      ['A/R', 'R/A'],
      ['RA', 'R/A'],
      ['R, A', 'R/A'],
      ['R+A', 'R/A'],
      ['Responsible', 'R'],
      ['Accountable', 'A'],
      ['consulted', 'C'],
      ['Informed', 'I'],
      ['C/I', 'C/I'],
      ['r', 'R'],
      ['-', ''],
    ];
    for (const [v, roles] of cases) {
      assert.equal(parseRaci(v).valid, true, v);
      assert.equal(read(v), roles, v);
    }
    for (const v of ['RR', 'R/X', 'maybe', '(note only)']) assert.equal(parseRaci(v).valid, false, v);
    for (const v of ['A (Hands-on)', 'R (Enforces Ops Policies)', 'C - technical input']) assert.equal(parseRaci(v).valid, true, v);
    for (const v of ['X', '✓', '✔', '✔️', '√', '●', 'Yes', 'Primary', 'Lead']) assert.equal(parseRaci(v).form, 'mark', `${v} is a mark`);
    // Matrices written in words: Joint or Shared is shared ownership (R and A); a condition where a mark would be is a qualified R.
    for (const v of ['Joint', 'Shared', 'jointly']) assert.deepEqual(parseRaci(v), { roles: ['R', 'A'], valid: true, form: 'shared' }, v);
    for (const v of ['Only as overflow', 'When the internal team is away', 'As needed', 'After-hours only', 'Supports'])
      assert.deepEqual(parseRaci(v), { roles: ['R'], valid: true, form: 'condition' }, v);
    for (const v of ['Pending', 'Monthly report']) assert.equal(parseRaci(v).valid, false, v);
  });

  it('recognises exit headings as people write them, and not onboarding transitions', () => {
    for (const h of [
      'Termination and exit',
      'Exit plan',
      'Transition assistance',
      'Offboarding',
      'Cancellation',
      'Expiry',
      'Handover at the end of the Agreement',
      'Disengagement',
      'Return of Client Data',
      'Phase-Out Period',
    ]) {
      const model = analyse(`${FM}\n## ${h}\n\n- Data returned.\n`).model!;
      assert.equal(model.sections[0].kind, 'exit', h);
    }
    for (const h of ['Onboarding and transition', 'Transition-in plan', 'Scope'])
      assert.equal(analyse(`${FM}\n## ${h}\n\nText.\n`).model!.sections[0].kind, undefined, h);
  });

  it('covers the baseline services in common wording', () => {
    const text = `${FM}\n| Function | Harbor & Vine LLP | Northwind |\n| --- | --- | --- |\n| EDR and antivirus | I | R/A |\n| OS patching | R | A |\n| DR testing | C | R/A |\n| 24/7 monitoring | R/A | I |\n`;
    assert.deepEqual(
      analyse(text).findings.filter((f) => f.ruleId === 'baseline-service-missing'),
      [],
    );
  });

  it('resolves a party name containing "&" in an owner cell as one party', () => {
    const text = `${FM}\n| Function | Owner |\n| --- | --- |\n| Security monitoring | Harbor & Vine LLP |\n| Patch management | Northwind |\n`;
    const { model, findings } = analyse(text);
    assert.deepEqual(
      model!.functions[0].owner?.parties.map((p) => p.name),
      ['Harbor & Vine LLP'],
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'unknown-party' || f.ruleId === 'conflicting-ownership'),
      [],
    );
  });

  it('resolves the headers people write over a party column, and keeps teams and other organisations unresolved', () => {
    const parties = analyse(FM).model!.parties;
    const named = (h: string) => resolveParty(h, parties)?.name ?? '-';
    for (const h of ['Managed by MSP', 'Responsibility of the Provider', "Vendor's Role", 'Northwind Support', 'Northwind Duties'])
      assert.equal(named(h), 'Northwind', h);
    for (const h of ['Provided by Client', 'Customer Obligations', 'Client Tasks']) assert.equal(named(h), 'Harbor & Vine LLP', h);
    for (const h of ['Customer Support', 'Service Desk', 'Microsoft']) assert.equal(named(h), '-', h);
    assert.ok(isSharedWord('Shared Responsibility'));
    const aws = [{ name: 'Amazon Web Services, Inc.', role: 'provider' as const, aliases: [] }];
    assert.equal(resolveParty('AWS', aws)?.name, 'Amazon Web Services, Inc.');
    assert.equal(named('Harbor IT Department'), 'Harbor & Vine LLP');
    // A company form after the name names the same party: "Harbor & Vine" for "Harbor & Vine LLP", "Northwind Ltd." for Northwind.
    for (const [h, party] of [
      ['Harbor & Vine', 'Harbor & Vine LLP'],
      ['Northwind Ltd.', 'Northwind'],
      ['Northwind, Inc.', 'Northwind'],
    ])
      assert.equal(named(h), party, h);
    assert.equal(named('Acme Ltd'), '-');
  });

  it('skips a label over the rows of its group as a group heading: bold over rows not in bold, or empty over a filled row', () => {
    const names = (table: string) => analyse(`${FM}\n${table}`).model!.functions.map((f) => `${f.name}: ${f.status}`);
    assert.deepEqual(
      names('| Activity | Northwind | Harbor & Vine LLP |\n| --- | --- | --- |\n| **Network** | | |\n| Patching | R/A | I |\n'),
      ['Patching: assigned'],
    );
    assert.deepEqual(
      names(
        '| Activity | Northwind | Harbor & Vine LLP |\n| --- | --- | --- |\n| **Network** | | |\n| **Patching** | R/A | I |\n| **Printers** | | |\n',
      ),
      ['Patching: assigned', 'Printers: unassigned'],
    );
    // Written plainly (a conversion lost the label's shading): empty right over a filled row, it labels that row's
    // group; over another empty row or at the end, it is a function nobody owns.
    assert.deepEqual(
      names(
        '| Activity | Northwind | Harbor & Vine LLP |\n| --- | --- | --- |\n| Network services | | |\n| Patching | R/A | I |\n| Vendor management | | |\n| Security services | | |\n| Antivirus | R | A |\n| Printers | | |\n',
      ),
      ['Patching: assigned', 'Vendor management: unassigned', 'Antivirus: assigned', 'Printers: unassigned'],
    );
    // An HTML table says it with <strong> or <b>, around the text or inside a paragraph: read alike.
    assert.deepEqual(
      names(
        '<table>\n<tr><th>Activity</th><th>Northwind</th><th>Harbor &amp; Vine LLP</th></tr>\n<tr><td><p><b>Network</b></p></td><td></td><td></td></tr>\n<tr><td>Patching</td><td>R/A</td><td>I</td></tr>\n<tr><td>Printers <strong>only</strong></td><td></td><td></td></tr>\n</table>\n',
      ),
      ['Patching: assigned', 'Printers only: unassigned'],
    );
  });

  it('gives every column of a recognised table a role, whatever the order', () => {
    const model = analyse(
      `${FM}\n| Response | Notes | Sev | Resolution |\n| --- | --- | --- | --- |\n| 1 hour | x | 2 | 8 hours |\n`,
    ).model!;
    assert.deepEqual(model.serviceLevels[0].columns, ['response', 'other', 'priority', 'resolution']);
    const tools = analyse(
      `${FM}\n| Access | Tool | On exit | Owner |\n| --- | --- | --- | --- |\n| read-write | Datto RMM | removed | Northwind |\n`,
    ).model!;
    assert.deepEqual(tools.toolTables[0].columns, ['access', 'tool', 'exit', 'owner']);
    const matrix = analyse(
      `${FM}\n| Function | Notes | Northwind | Harbor & Vine LLP |\n| --- | --- | --- | --- |\n| Backup | daily | R/A | I |\n`,
    ).model!;
    assert.deepEqual(matrix.matrices[0].columns, ['function', 'free-text', 'party', 'party']);
  });
});

describe('reading scope outside the matrix', () => {
  const baseline = (text: string) =>
    analyse(text)
      .findings.filter((f) => f.ruleId === 'baseline-service-missing')
      .map((f) => f.message.match(/covers ([a-z ]+):/)![1]);
  const matrix =
    '| Function | Harbor & Vine LLP | Northwind |\n| --- | --- | --- |\n| Security monitoring | I | R/A |\n| Patching | R | A |\n| Monitoring | R/A | I |\n';
  it('reads no service from another sense of its word: backup power, physical security, dual monitors', () => {
    const services = (body: string) =>
      analyse(`${FM}\n${body}`)
        .findings.filter((f) => f.ruleId === 'baseline-service-missing')
        .map((f) => /covers ([a-z ]+):/.exec(f.message)?.[1]);
    const table = (row: string) =>
      `| Function | Harbor & Vine LLP | Northwind |\n| --- | --- | --- |\n| Patching | I | R/A |\n| ${row} | I | R/A |\n`;
    assert.deepEqual(services(table('Backup power, physical security and dual monitors')).sort(), [
      'backup and disaster recovery',
      'monitoring',
      'security',
    ]);
    assert.deepEqual(services(table('Server backups, security monitoring')), []);
    const alone = (row: string) => `| Function | Harbor & Vine LLP | Northwind |\n| --- | --- | --- |\n| ${row} | I | R/A |\n`;
    assert.deepEqual(services(alone('Manage updates of the platform, backups, security monitoring')), []);
    assert.deepEqual(services(alone('Post updates to the ticket system, backups, security monitoring')), ['patching']);
  });

  it('counts a service named in a bullet, a paragraph or another table', () => {
    assert.deepEqual(baseline(`${FM}\n${matrix}\n- Nightly backups, tested quarterly.\n`), []);
    assert.deepEqual(baseline(`${FM}\n${matrix}\nNorthwind restores any file within a day.\n`), []);
  });
  it('does not count a service the SOW excludes', () => {
    assert.deepEqual(baseline(`${FM}\n${matrix}\n## Exclusions\n\n- Backup and disaster recovery.\n`), ['backup and disaster recovery']);
    assert.deepEqual(baseline(`${FM}\n${matrix}\nBackups are not included in this agreement.\n`), ['backup and disaster recovery']);
  });
});

describe('showing the reading', () => {
  const at = (text: string, needle: string, offset = 1) => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    return readingAt(analyse(text).model!, { line, character: lines[line].indexOf(needle) + offset });
  };
  it('names the party a role word stands for', () => {
    const text = `${FM}\n| Service | Customer IT | Vendor |\n| --- | --- | --- |\n| Backups | I | ✓ |\n`;
    assert.equal(at(text, 'Vendor'), '"Vendor" = **Northwind**: the provider (the MSP)');
  });
  it('says where business time was read from', () => {
    const text = `${FM}\n| Severity | Response | Coverage |\n| --- | --- | --- |\n| Severity 1 | four (4) hours | Business hours (Mon–Fri 8–5) |\n`;
    assert.match(
      at(text, 'four')!,
      /^Read as \*\*P1\*\* \("Severity 1"\) · response \*\*4 hours of business time\*\*, business time read from the Coverage column: "Business hours \(Mon–Fri 8–5\)"/,
    );
  });
  it("names the plan of the time under the cursor in a table with a column per plan, and every plan's elsewhere on the row", () => {
    const text = `${FM}\n| | Bronze | Gold |\n| --- | --- | --- |\n| *Response times* | | |\n| P1 | 8 hours | 1 hour |\n| P2 | 1 day | 4 hours |\n`;
    assert.match(at(text, '1 hour')!, /^Read as \*\*P1\*\* \("P1"\) on the Gold plan · response \*\*1 hour\*\*/);
    const both = at(text, '| P1', 2)!.split('\n\n');
    assert.deepEqual(
      both.map((r) => r.match(/on the (\w+) plan/)?.[1]),
      ['Bronze', 'Gold'],
    );
  });
  it('says a sentence answering every request only in business hours is read as such', () => {
    const text = `${FM}\nAll tickets will be responded to within SLA Business Hours.\n`;
    assert.match(at(text, 'All tickets')!, /^Read as every request answered only in business hours/);
  });
  it('reads a tool row and an unread table', () => {
    const tools = `${FM}\n| Software | Permissions | Owner |\n| --- | --- | --- |\n| NinjaOne | Technician role | Vendor |\n`;
    assert.equal(
      at(tools, 'NinjaOne'),
      'Read **NinjaOne** as RMM · owner Northwind · client access **read-write** · no exit terms, and it needs them: its owner cell reads "Vendor"',
    );
    const unread = `${FM}\n| Ticket | Response |\n| --- | --- |\n| Printer jam | 1 hour |\n`;
    assert.match(at(unread, 'Ticket')!, /^Demarc could not read this table\. Demarc found no priority column/);
  });

  it('reads a matrix turned round: parties as rows, functions as columns, findings on the header', () => {
    const text = `${FM}\n| Party | Help desk | Backups | Patching |\n| --- | --- | --- | --- |\n| Harbor & Vine LLP | R | A | - |\n| Northwind | A | R | - |\n`;
    const m = analyse(text).model!;
    assert.equal(m.matrices.length, 1);
    assert.deepEqual(
      m.functions.map((f) => [f.name, f.status, [...f.roles].map(([p, r]) => `${p}:${r.join('/')}`).join(' ')]),
      [
        ['Help desk', 'assigned', 'Harbor & Vine LLP:R Northwind:A'],
        ['Backups', 'assigned', 'Harbor & Vine LLP:A Northwind:R'],
        ['Patching', 'unassigned', ''],
      ],
    );
    const found = analyse(text).findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
    assert.ok(found.includes('8 unassigned-function'), found.join('\n'));
  });

  it('reads Joint in two party cells as shared ownership, and no table of marks under non-party headers as a matrix', () => {
    const joint = `${FM}\n| Function | Harbor & Vine LLP | Northwind |\n| --- | --- | --- |\n| Patching | Joint | Joint |\n`;
    const found = analyse(joint).findings.map((f) => f.ruleId);
    assert.deepEqual(
      found.filter((r) => /raci|unassigned|conflicting/.test(r)),
      ['conflicting-ownership'],
    );
    for (const other of [
      '| Feature | Basic | Pro | Enterprise |\n| --- | --- | --- | --- |\n| Patching | ✓ | ✓ | ✓ |\n| SOC | | ✓ | ✓ |\n',
      '| Permission | Admin | Editor | Viewer |\n| --- | --- | --- | --- |\n| Edit tickets | Y | Y | N |\n| View reports | Y | Y | Y |\n',
      '| Component | Details | Alignment |\n| --- | --- | --- |\n| Safe Links | URL scanning | User Application Hardening |\n| Spam Filtering | Multi-layer | - |\n',
    ]) {
      const a = analyse(`${FM}\n${other}`);
      assert.deepEqual([a.model?.matrices.length, a.model?.toolTables.length, a.model?.unreadTables.length], [0, 0, 0], other);
    }
  });

  it('reads shared-responsibility matrices as providers write them: You | Us, marks under parties, a Shared column, prose duties', () => {
    const roles = (table: string) =>
      analyse(`${FM}\n${table}`).model!.functions.map((f) => `${f.name}: ${describeOwnership(f) || f.status}`);
    assert.deepEqual(
      roles('| | Northwind | Customer-managed | Shared |\n| --- | --- | --- | --- |\n| Patching | ✓ | | |\n| Backups | | | ✓ |\n'),
      ['Patching: Northwind: R/A', 'Backups: Harbor & Vine LLP: R/A, Northwind: R/A'],
    );
    assert.deepEqual(
      roles(
        '| Task | Our responsibilities | Your responsibilities |\n| --- | --- | --- |\n| Backups | Runs nightly backups | Tests a restore each quarter |\n| Printers | | |\n',
      ),
      ['Backups: assigned', 'Printers: unassigned'],
    );
    // A column of vendors under "Provider" is no party column: no matrix.
    const leases = analyse(
      `${FM}\n| Equipment | Provider | Monthly cost |\n| --- | --- | --- |\n| Firewall | Acme Leasing | 120 |\n| Copier | Canon | 80 |\n`,
    );
    assert.equal(leases.model!.matrices.length, 0);
  });

  it('reads columns of duties headed by parties, with no function column: each cell a duty of its party, in no stated role', () => {
    const text = `${FM}\n| Northwind will | Harbor & Vine LLP will |\n| --- | --- |\n| Apply security patches each month and report on them. | Approve the reboot windows. |\n| Run nightly backups of every server | |\n`;
    const a = analyse(text);
    assert.deepEqual(
      a.model!.functions.map((f) => [f.name, f.described?.map((p) => p.name), f.status]),
      [
        ['Apply security patches each month and report on them', ['Northwind'], 'assigned'],
        ['Approve the reboot windows', ['Harbor & Vine LLP'], 'assigned'],
        ['Run nightly backups of every server', ['Northwind'], 'assigned'],
      ],
    );
    assert.deepEqual(
      a.findings.filter((f) => /raci|unassigned|conflicting|unknown-party/.test(f.ruleId)),
      [],
    );
    assert.equal(
      at(text, 'Approve'),
      'A duty of Harbor & Vine LLP, the client (the customer; its internal IT team), written out rather than as a role: it does part of *Approve the reboot windows*',
    );
    // No row is offered to a matrix with no function column to name it in.
    assert.ok(a.findings.filter((f) => f.ruleId === 'baseline-service-missing').every((f) => (f.suggestions ?? []).length === 0));
  });

  it("reads a matrix's letters as the SOW's own legend defines them, and no title as a legend", () => {
    const matrix = (legend: string) =>
      analyse(
        `${FM}\n${legend}\n\n| Activity | Northwind | Harbor & Vine LLP |\n| --- | --- | --- |\n| Patching | P | S |\n| Backups | R/A | A |\n`,
      );
    const roles = (legend: string) => matrix(legend).model!.functions.map((f) => f.assignments.map((a) => a.roles.join('')).join(' '));
    const rules = (legend: string) =>
      matrix(legend)
        .findings.filter((f) => /raci|ownership|unassigned/.test(f.ruleId))
        .map((f) => f.ruleId);
    // No legend: P is no role, and A beside R/A is a second accountable party.
    assert.deepEqual(rules(''), ['invalid-raci', 'conflicting-ownership']);
    const legend = 'Legend: P = Primary, S = Secondary, R = Responsible, A = Assists';
    assert.deepEqual(roles(legend), ['RA R', 'R R']);
    assert.deepEqual(rules(legend), []);
    // A letter named in a title ("Appendix A - Support") or alone is no legend.
    assert.deepEqual(rules('See Appendix A - Support Services.'), ['invalid-raci', 'conflicting-ownership']);
  });

  it('reads matrices as people write them: verbs, yes/no and RASCI, role columns, owner columns, teams and header phrases', () => {
    const read = (v: string) => parseRaci(v).roles.join('/');
    for (const [v, roles] of [
      ['Performs', 'R'],
      ['Approves', 'A'],
      ['Reviews', 'C'],
      ['Notified', 'I'],
      ['No', ''],
      ['N', ''],
      ['S', 'R'],
      ['○', 'R'],
      ['R*', 'R'],
      ['A¹', 'A'],
      ['❌', ''],
      [':x:', ''],
      [':white_check_mark:', 'R/A'],
    ])
      assert.deepEqual([parseRaci(v).valid, read(v)], [true, roles], v);
    // Footnote marks are taken off once: a cell of nothing but marks is invalid, not a recursion per three marks.
    assert.equal(parseRaci('*'.repeat(200_000)).valid, false);
    // Words are looked up as the table's own: a cell reading "constructor" is no role.
    assert.equal(parseRaci('constructor').valid, false);
    const table = (t: string) => {
      const a = analyse(`${FM}\n${t}`);
      return {
        matrices: a.model!.matrices.length,
        functions: a.model!.functions.map((f) => `${f.name}: ${describeOwnership(f) || f.status}`),
        findings: a.findings
          .filter((f) => /raci|unassigned|conflicting|unknown-party/.test(f.ruleId))
          .map((f) => `${f.range.start.line + 1} ${f.ruleId}`),
      };
    };
    // Letters under teams: the first column holds the functions, though neither its header nor the teams say so.
    // A team or a job is someone of a party the table does not name: no unknown-party, and no finding on work it holds.
    assert.deepEqual(table('| Requirement | Helpdesk | Security Team |\n| --- | --- | --- |\n| Patching | R | A |\n| Resets | | |\n'), {
      matrices: 1,
      functions: ['Patching: assigned', 'Resets: unassigned'],
      findings: ['11 unassigned-function'],
    });
    assert.deepEqual(table('| Task | Owner |\n| --- | --- |\n| Patching | Service Desk |\n| Resets | Project Manager |\n').findings, []);
    // RACI as role columns: the Accountable column names the owner, so two names there are a conflict.
    assert.deepEqual(
      table(
        '| Activity | Responsible | Accountable | Consulted |\n| --- | --- | --- | --- |\n| Patching | Northwind | Harbor & Vine LLP | |\n| Firewall | Northwind | Northwind, Harbor & Vine LLP | |\n',
      ).findings,
      ['11 conflicting-ownership'],
    );
    // One column of party names, whatever its header, is the owner column.
    assert.deepEqual(table('| Service | Responsibility |\n| --- | --- |\n| Patching | Provider |\n| Resets | Customer |\n'), {
      matrices: 1,
      functions: ['Patching: Northwind: R/A', 'Resets: Harbor & Vine LLP: R/A'],
      findings: [],
    });
    // The function column after a number and a category; a header that says whose duties stand under it.
    assert.deepEqual(
      table('| # | Area | Task | Northwind |\n| --- | --- | --- | --- |\n| 1 | Servers | Patching | R/A |\n| 2 | Users | Resets | |\n')
        .findings,
      ['11 unassigned-function'],
    );
    // Teams over marks: who does what, though not which party; user roles over marks stay an entitlement table.
    assert.deepEqual(
      table('| Activity | Desktop Support | Service Desk |\n| --- | --- | --- |\n| Patching | X | |\n| Resets | | X |\n| Printers | | |\n'),
      {
        matrices: 1,
        functions: ['Patching: assigned', 'Resets: assigned', 'Printers: unassigned'],
        findings: ['12 unassigned-function'],
      },
    );
    assert.equal(
      table('| Capability | Standard User | Power User |\n| --- | --- | --- |\n| Edit | X | X |\n| Delete | | X |\n').matrices,
      0,
    );
    // Roles noted after the names in one cell: the accountable one owns it. Verbs and "Nothing" beside marks.
    assert.deepEqual(
      table('| Activity | Responsibility |\n| --- | --- |\n| Patching | Northwind (R), Customer (A) |\n| Backups | Northwind |\n').findings,
      [],
    );
    assert.deepEqual(
      table('| Task | Northwind | Customer |\n| --- | --- | --- |\n| Patching | Performs | Approves |\n| Backups | Primary | Nothing |\n')
        .findings,
      [],
    );
    // Owners under columns of packages, the first column headed by no function word: an owner grid by its cells.
    assert.deepEqual(
      table(
        '| Areas of Responsibility | Standard | Plus |\n| --- | --- | --- |\n| Updates | Northwind | Northwind |\n| Restores | Northwind | Customer |\n',
      ).functions,
      [
        'Updates (Standard): Northwind: R/A',
        'Updates (Plus): Northwind: R/A',
        'Restores (Standard): Northwind: R/A',
        'Restores (Plus): Harbor & Vine LLP: R/A',
      ],
    );
    // A description column beside the owner columns describes the row; a header naming a party's offerings heads its duties.
    assert.deepEqual(
      table(
        '| Layer | Content | Hosted | On premises |\n| --- | --- | --- | --- |\n| Platform | Clusters, monitoring and logging | Northwind | Customer |\n',
      ).functions,
      ['Platform (Hosted): Northwind: R/A', 'Platform (On premises): Harbor & Vine LLP: R/A'],
    );
    assert.deepEqual(
      table('| Item | Scope of Northwind Offerings |\n| --- | --- |\n| Orchestration | Provides automated deployment and scaling |\n')
        .functions,
      ['Orchestration: assigned'],
    );
    // Two parties owning together on a few rows of a longer table: a conflict on each of those rows; on half the
    // rows or more, the table's own convention, reported once on its header.
    const owners = (pairRows: number) =>
      table(
        `| Function | Owner |\n| --- | --- |\n${['Patching', 'Backups', 'Printers', 'Laptops', 'Email', 'Wi-Fi']
          .map((f, i) => `| ${f} | ${i < pairRows ? 'Northwind / Customer' : 'Northwind'} |`)
          .join('\n')}\n`,
      ).findings;
    assert.deepEqual(owners(2), ['10 conflicting-ownership', '11 conflicting-ownership']);
    assert.deepEqual(owners(3), ['8 conflicting-ownership']);
    // The party headers written again over a group of rows label the group.
    assert.deepEqual(
      table(
        '| Task | Customer | Northwind |\n| --- | --- | --- |\n| Patching | I | R/A |\n| **Security** | **Customer** | **Northwind** |\n| Antivirus | I | R/A |\n',
      ).findings,
      [],
    );
    assert.deepEqual(
      table('| Task | What Northwind does |\n| --- | --- |\n| Patching | Deploys the monthly patches to every server |\n| Printers | |\n')
        .functions,
      ['Patching: assigned', 'Printers: unassigned'],
    );
  });

  it('reads a clause heading inside a numbered list item as a section, and exit terms under another heading', () => {
    const clause = `${FM}\n18. ### Fees\n\n    Monthly.\n\n19. ### Termination\n\n    Either party may end this SOW on 90 days' notice.\n`;
    assert.deepEqual(
      analyse(clause).model!.sections.map((s) => [s.title, s.kind]),
      [
        ['Fees', undefined],
        ['Termination', 'exit'],
      ],
    );
    const rule = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'termination-missing').length;
    assert.equal(rule(`${FM}\n## Term and fees\n\nOn termination, Northwind returns all client data within 30 days.\n`), 0);
    // A right to terminate the agreement on notice says how it ends: "nothing says how the contract ends" would be false.
    assert.equal(rule(`${FM}\n## Term\n\nEither party may terminate this agreement on 30 days' notice.\n`), 0);
    // One whose end is left to a section the SOW does not hold, or the end of something else, does not.
    assert.equal(rule(`${FM}\n## Term\n\nThe agreement remains in effect until terminated in accordance with Section 12.\n`), 1);
    assert.equal(rule(`${FM}\n## Accounts\n\nA user's access is terminated on 5 days' notice.\n`), 1);
    // Plainer words for the same right: cancel the agreement, end the service, a party's right to terminate for breach.
    for (const clause of [
      'Either party may cancel this agreement with 30 days written notice.',
      'You can end the service at any time by giving us one month notice.',
      '**Termination.** Either party may terminate for material breach.',
    ])
      assert.equal(rule(`${FM}\n## General\n\n${clause}\n`), 0, clause);
    // Not the end of a ticket or of a call.
    for (const clause of ['Cancelled tickets are removed after 30 days.', 'The engineer will end the service call once the user confirms.'])
      assert.equal(rule(`${FM}\n## General\n\n${clause}\n`), 1, clause);
  });

  it('takes the header from the first row when the header row is empty, as exported tables have it', () => {
    const text = `${FM}\n| | |\n| --- | --- |\n| Tool | Owner |\n| NinjaOne | Northwind |\n| Autotask PSA | Northwind |\n`;
    const m = analyse(text).model!;
    assert.deepEqual(
      m.tools.map((t) => [t.name, t.kind]),
      [
        ['NinjaOne', 'rmm'],
        ['Autotask PSA', 'psa'],
      ],
    );
    assert.equal(m.toolTables[0].headerRow.start.line, 7, 'the table is still known by its first line');
  });

  it('reads a header of two rows, a group heading over the party columns, and numbered group rows', () => {
    const text = `${FM}
| **Service** | **Responsibility** | |
| - | - | - |
| **Service** | **Northwind** | **Harbor & Vine LLP** |
| **1. Call Registration and Logging** | | |
| 1.1 Provide and maintain the logging system | **√** | |
| 1.2 Provide the customer database | | **√** |
| **2. Reporting** | | |
| 2.1 Report monthly call volumes | ✔️ | |
| 3. Unassigned work | | |
`;
    const m = analyse(text).model!;
    assert.equal(m.matrices.length, 1);
    assert.equal(m.matrices[0].headerRow.start.line, 7, 'the table is still known by its first line');
    assert.deepEqual(
      m.matrices[0].functions.map((f) => [f.name, f.accountable.map((p) => p.role).join()]),
      [
        ['1.1 Provide and maintain the logging system', 'provider'],
        ['1.2 Provide the customer database', 'client'],
        ['2.1 Report monthly call volumes', 'provider'],
        ['3. Unassigned work', ''],
      ],
    );
    // Exported with the merged cell written once, above: the row below leaves it empty.
    const once = analyse(
      `${FM}\n| Activity | Responsibility | |\n| --- | --- | --- |\n| | Northwind | Harbor & Vine LLP |\n| Patching | R/A | I |\n| Printers | I | R/A |\n`,
    );
    assert.deepEqual(
      once.model!.functions.map((f) => [f.name, f.accountable.map((p) => p.role).join()]),
      [
        ['Patching', 'provider'],
        ['Printers', 'client'],
      ],
    );
    assert.deepEqual(
      once.findings.filter((f) => f.ruleId === 'unknown-party'),
      [],
    );
    // An empty corner over the function names is a one-row header: its first row is a function.
    const corner = analyse(`${FM}\n| | Northwind | Harbor & Vine LLP |\n| --- | --- | --- |\n| Help desk | R/A | I |\n`).model!;
    assert.deepEqual(
      corner.matrices[0]?.functions.map((f) => f.name),
      ['Help desk'],
    );
  });

  it('lays out HTML tables as a browser does: merged header cells, cells merged down rows, a row across the table', () => {
    const text = `${FM}
<table>
<tr><th rowspan="2">Service</th><th colspan="2">Responsibility</th></tr>
<tr><th>Northwind</th><th>Harbor &amp; Vine LLP</th></tr>
<tr><td colspan="3">Service desk</td></tr>
<tr><td>Password resets</td><td rowspan="2">✓</td><td></td></tr>
<tr><td>Account changes</td><td></td></tr>
<tr><td>Printer fleet</td><td></td><td>✓</td></tr>
</table>
`;
    const m = analyse(text).model!;
    assert.deepEqual(
      m.matrices[0]?.functions.map((f) => [f.name, f.accountable.map((p) => p.role).join()]),
      [
        ['Password resets', 'provider'],
        ['Account changes', 'provider'],
        ['Printer fleet', 'client'],
      ],
    );
    assert.deepEqual(
      analyse(text).findings.filter((f) => /raci|unassigned/.test(f.ruleId)),
      [],
    );
  });

  it('takes a row led by its own header cell for a row, not the header: a table of row labels keeps its first row', () => {
    const rows = (body: string) => {
      const a = analyse(`${FM}\n<table>\n${body}</table>\n`);
      return {
        levels: a.model!.serviceLevels.flatMap((t) => t.rows.map((r) => [r.priority, r.response?.minutes])),
        findings: a.findings.filter((f) => /p1|table-not|raci|unassigned/.test(f.ruleId)).map((f) => f.ruleId),
      };
    };
    // No header row at all: every row a label and its time.
    assert.deepEqual(
      rows(
        '<tr><th>P1 - Critical</th><td>Response within 30 minutes</td></tr>\n<tr><th>P2 - High</th><td>Response within 2 hours</td></tr>\n',
      ),
      {
        levels: [
          [1, 30],
          [2, 120],
        ],
        findings: [],
      },
    );
    // A header row written in plain cells over rows led by header cells: the plain row heads the table.
    assert.deepEqual(
      rows(
        '<tr><td>Priority</td><td>Response</td></tr>\n<tr><th>P1 - Critical</th><td>30 minutes</td></tr>\n<tr><th>P2 - High</th><td>2 hours</td></tr>\n',
      ),
      {
        levels: [
          [1, 30],
          [2, 120],
        ],
        findings: [],
      },
    );
    // Owners beside row labels, no header: nothing read, so nothing asserted about roles.
    assert.deepEqual(
      rows('<tr><th>Patching</th><td>Northwind</td></tr>\n<tr><th>Backups</th><td>Harbor &amp; Vine LLP</td></tr>\n').findings,
      ['p1-response-missing'],
    );
    // A pipe table with an empty header over a first row that states a time keeps that row.
    const pipe = analyse(`${FM}\n| | |\n| --- | --- |\n| P1 - Critical | 30 minutes |\n| P2 - High | 2 hours |\n`).model!;
    assert.deepEqual(
      pipe.serviceLevels[0]?.rows.map((r) => r.priority),
      [1, 2],
    );
  });

  it('reads a service-level table written long: a column says whether each row is a response or a resolution', () => {
    const table = (respond: string) => `${FM}
| Item | Priority Level | Metric |
| --- | --- | --- |
| Respond | Critical | ${respond} |
| Respond | High | 8 business hours |
| Resolve | Critical | 4 hours |
| Resolve | High | 32 hours |
`;
    const m = analyse(table('1 hour')).model!;
    assert.deepEqual(
      m.serviceLevels[0].rows.map((r) => [r.priority, r.response?.minutes, r.resolution?.minutes]),
      [
        [1, 60, undefined],
        [2, 480, undefined],
        [1, undefined, 240],
        [2, undefined, 1920],
      ],
    );
    const rules = (text: string) =>
      analyse(text)
        .findings.map((f) => f.ruleId)
        .filter((id) => id.startsWith('p1') || id === 'table-not-understood');
    assert.deepEqual(rules(table('1 hour')), []);
    assert.deepEqual(rules(table('8 business hours')), ['p1-response-slow']);
  });

  it("reads a header naming someone of a party's (its IT manager, engineer, service desk) as that party's column", () => {
    const text = `${FM}
| Activity | Harbor IT Manager | Northwind Engineer | Client IT Lead | MSP Service Desk | Customer Service Manager |
| --- | --- | --- | --- | --- | --- |
| Patch management | A | R | I | C | I |
`;
    const m = analyse(text).model!;
    assert.deepEqual(
      m.matrices[0].partyColumns.map((c) => c.party?.role ?? 'unknown'),
      ['client', 'provider', 'client', 'provider', 'unknown'],
    );
  });

  it('reads "Support Level 1" as a tier under a header of levels, beside a response column', () => {
    const text = `${FM}\n| Support Level | Description | Estimated Response Time |\n| --- | --- | --- |\n| Support Level 1 | Loss of network access | Within 1 business hour |\n| Support Level 2 | One user affected | Within 4 business hours |\n`;
    const a = analyse(text);
    assert.deepEqual(
      a.model!.serviceLevels[0]?.rows.map((r) => r.priority),
      [1, 2],
    );
    assert.deepEqual(
      a.findings.filter((f) => f.ruleId.startsWith('p1-')).map((f) => `${f.range.start.line + 1} ${f.ruleId}`),
      ['10 p1-response-slow'],
    );
  });

  it('reads times under a header of its own before the resolution column as responses; never a Resolution column as a plan', () => {
    const read = (header: string) => {
      const a = analyse(
        `${FM}\n| Priority | Description | ${header} | Resolution |\n| --- | --- | --- | --- |\n| P1 | Outage | 30 minutes | 4 hours |\n| P2 | Degraded | 2 hours | 1 day |\n`,
      );
      const p1 = a.model!.serviceLevels[0]?.rows.find((r) => r.priority === 1);
      return `${p1?.response?.minutes ?? '-'} ${a.findings.filter((f) => f.ruleId.startsWith('p1-') || f.ruleId === 'table-not-understood').map((f) => f.ruleId)}`;
    };
    for (const header of ['First Contact', 'Callback', 'Remote', 'Engineer Assigned']) assert.equal(read(header), '30 ', header);
    // Times of another measure are no response: the table is said not understood, once, and no time is taken from Resolution.
    assert.equal(read('Escalation Threshold'), '- table-not-understood');
  });

  it('reads fractions of a unit, and a pair of times written as one at its first', () => {
    const minutes = (t: string) => parseDuration(t)?.minutes;
    assert.equal(minutes('1/2 hour'), 30);
    assert.equal(minutes('½ day'), 720);
    assert.equal(minutes('1½ hours'), 90);
    assert.equal(minutes('3/4 hour'), 45);
    assert.equal(minutes('1/4 hours'), 60);
    // A label and its time, set apart, are no fraction.
    assert.equal(minutes('P1 / 2 hours'), 120);
    // Within the day, on the clock or in working days.
    assert.equal(minutes('Same day'), 1440);
    assert.equal(parseDuration('same working day')?.business, true);
    assert.equal(parseDuration('Same day')?.business, false);
  });

  it('reads a working day written as a window of the clock, and no other span, as business time', () => {
    for (const yes of ['Standard support hours are 9am to 5pm EST', '08:00–18:00', '9:00 a.m. to 5:30 p.m.', '8:00 - 5:00', 'M-F 8-5'])
      assert.ok(saysBusinessTime(yes), yes);
    for (const no of ['1-2 hours', 'maintenance window 01:00-05:00', '00:00-24:00', '12am-11:59pm', '24/7 8:00-17:00', 'version 1.2-3.4'])
      assert.equal(saysBusinessTime(no), false, no);
  });

  it('takes no hours said of lower tiers, requests or planned work for the P1', () => {
    const slow = (caption: string) =>
      analyse(`${FM}\n${caption}\n\n| Priority | Response |\n| --- | --- |\n| P1 | 30 minutes |\n| P2 | 2 hours |\n`).findings.filter(
        (f) => f.ruleId === 'p1-response-slow',
      ).length;
    assert.equal(slow('Standard support is provided during business hours.'), 1);
    for (const lesser of [
      'Support for non-critical issues is provided during business hours.',
      'Service requests are handled during business hours (8am to 6pm, Monday to Friday).',
      'P3 and P4 tickets are responded to during business hours only.',
      'Low priority tickets will be answered during normal business hours.',
      'Project work and scheduled changes are carried out during business hours.',
    ])
      assert.equal(slow(lesser), 0, lesser);
  });

  it('reads the hours a P1 response holds in from its own cell, a note under its table and a table of terms', () => {
    const slow = (text: string) =>
      analyse(`${FM}\n${text}`)
        .findings.filter((f) => f.ruleId === 'p1-response-slow')
        .map((f) => f.message.replace(/.*read from /, ''));
    const table = '| Priority | Response |\n| --- | --- |\n| P1 | 30 minutes |\n| P2 | 2 hours |\n';
    assert.deepEqual(slow(table), []);
    assert.deepEqual(slow(table.replace('30 minutes', '30 minutes (M-F 8-5)')), ['"30 minutes (M-F 8-5)").']);
    assert.deepEqual(slow(`${table}\n\\* All times are measured during business hours.\n`), [
      '"All times are measured during business hours" on line 13).',
    ]);
    // A note about resolutions says nothing of responses; one that answers after hours keeps the clock.
    assert.deepEqual(slow(`${table}\nResolution times are in business hours.\n`), []);
    assert.deepEqual(slow(`${table}\nBusiness hours apply, but P1 incidents are answered 24/7.\n`), []);
    const terms = (label: string, value: string) =>
      `| Term | Detail |\n| --- | --- |\n| ${label} | ${value} |\n| Channels | Phone, email |\n\n${table}`;
    assert.deepEqual(slow(terms('Support hours', '8x5')), ['"Support hours: 8x5" on line 10).']);
    assert.deepEqual(slow(terms('Support hours', '24x7')), []);
    assert.deepEqual(slow(terms('Channels', 'Mon-Fri')), []);
    // Logging at any hour answers nobody; logging and working at any hour answers.
    const hours = 'Support is provided Monday to Friday, 9am to 5pm.';
    assert.equal(slow(`Tickets can be logged 24/7 in our portal. ${hours}\n\n${table}`).length, 1);
    assert.deepEqual(slow(`Critical issues can be logged 24/7 and are worked around the clock. ${hours}\n\n${table}`), []);
  });

  it('reads responses under the hours they hold in: none out of hours, or one in business time, is business time; a time there is on the clock', () => {
    const table = (p1After: string) =>
      analyse(
        `${FM}\n| Priority | In hours | Out of hours |\n| --- | --- | --- |\n| P1 | Respond: 20 min | ${p1After} |\n| P2 | Respond: 2 hr | n/a |\n`,
      );
    const slow = (a: ReturnType<typeof analyse>) =>
      a.findings.filter((f) => f.ruleId === 'p1-response-slow').map((f) => f.range.start.line + 1);
    assert.deepEqual(slow(table('n/a')), [10]);
    assert.deepEqual(slow(table('Respond: 30 min')), []);
    assert.deepEqual(slow(table('Respond: 2 hours')), [10]);
    // The P1 raised at night waits for the working day.
    assert.deepEqual(slow(table('Next business day')), [10]);
  });

  it('ranks a table of only middling or low labels below the top tier, and asks no P1 of it when another table holds one', () => {
    const sl = (rows: string) => `| Priority | First Response |\n| --- | --- |\n${rows}`;
    const p1 = (text: string) =>
      analyse(`${FM}\n${text}`)
        .findings.filter((f) => f.ruleId.startsWith('p1-'))
        .map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
    assert.deepEqual(p1(sl('| Low | 8 hours |\n')), ['8 p1-response-missing']);
    assert.deepEqual(p1(`${sl('| Low | 8 hours |\n')}\n${sl('| Urgent | 30 minutes |\n| Low | 8 hours |\n')}`), []);
    assert.deepEqual(p1(sl('| High | 2 hours |\n| Low | 8 hours |\n')), ['10 p1-response-slow']);
  });

  it('ranks "Production down" over "Urgent" in priorities written as columns; an entitlement table naming tools is of another kind', () => {
    const a = analyse(
      `${FM}\n| | Production down | Urgent | Normal |\n| --- | --- | --- | --- |\n| Maximum response time | < 30 minutes 24/7 | 1 business hour | 1 business day |\n`,
    );
    assert.deepEqual(
      a.model!.serviceLevels[0]?.rows.map((r) => `${r.priorityCell.text}: ${r.priority}`),
      ['Production down: 1', 'Urgent: 2', 'Normal: 3'],
    );
    assert.deepEqual(
      a.findings.filter((f) => f.ruleId.startsWith('p1-')),
      [],
    );
    const roles = analyse(
      `${FM}\n| Access | Lead | User |\n| --- | --- | --- |\n| VPN access | Y | Y |\n| GitHub Issues | Y | N |\n| Slack channel | Y | N |\n| 24/7 escalation | Y | N |\n| Pull requests | Y | N |\n`,
    );
    assert.deepEqual([roles.model!.toolTables.length, roles.model!.unreadTables.length], [0, 0]);
  });

  it('reads a cell as a reader sees it: a <br> is a space, other inline tags are not text', () => {
    const text = `${FM}\n| Priority | Response |\n| --- | --- |\n| <b>P1</b> | During business hours.<br>Initial response within 4 hours |\n`;
    const slow = analyse(text).findings.filter((f) => f.ruleId === 'p1-response-slow');
    assert.equal(slow.length, 1);
    assert.ok(slow[0].message.includes('"During business hours. Initial response within 4 hours"'), slow[0].message);
  });
});
