// The priority vocabulary (server/src/engine/vocabulary/priority.ts): every style a label is read in, how a
// table ranks its tiers, how prose names them, the top label a fix writes, and the grammar made from it.
import * as assert from 'node:assert/strict';
import { analyse, fixAll } from '../../server/src/engine';
import {
  grammarPatterns,
  namesPriority,
  namesTopTier,
  parsePriority,
  PRIORITY_STYLES,
  rankTiers,
  readPriority,
  topLabel,
} from '../../server/src/engine/vocabulary/priority';
import { lineOf, sow } from '../helpers/sow';

const slaTable = (...rows: [string, string][]) =>
  sow(`
| Severity | Response |
| --- | --- |
${rows.map(([label, time]) => `| ${label} | ${time} |`).join('\n')}
`);

describe('priority vocabulary', () => {
  it('reads each style, tier by tier', () => {
    const tiers: [string, number][] = [
      ['P1', 1],
      ['Priority One', 1],
      ['Severity Level 2', 2],
      ['S3', 3],
      ['Severity Level I', 1],
      ['Severity Level II', 2],
      ['Priority III', 3],
      ['sev iv', 4],
      ['Sev A', 1],
      ['Sev B', 2],
      ['Severity C', 3],
      ['1-Critical', 1],
      ['2 - High', 2],
      ['Standard (P3)', 3],
    ];
    for (const [label, tier] of tiers) assert.deepEqual(readPriority(label), { tier, explicit: true }, label);
    assert.deepEqual(readPriority('High'), { tier: 2, explicit: false });
    // A letter or numeral after "P" or "S" is not a label: "PA" is no priority, "S I" nothing.
    for (const none of ['P A', 'S I', 'Level II', 'Tier B', 'Plan A']) assert.equal(parsePriority(none), undefined, none);
    // A price or a figure that starts with a digit is no numbered label.
    for (const none of ['$1,499', '1,500 users', '99,95 %', '€2']) assert.equal(parsePriority(none), undefined, none);
    // A leading number names a tier only beside words of urgency or of something going wrong.
    for (const none of ['1. Shared SaaS', '3. Private tenant', '4 hours']) assert.equal(parsePriority(none), undefined, none);
    for (const [label, tier] of [
      ['1. Outage', 1],
      ['2 - High', 2],
      ['3', 3],
      ['1 – Service down', 1],
    ] as const)
      assert.equal(parsePriority(label), tier, label);
  });

  it('documents every style with examples it reads', () => {
    for (const style of PRIORITY_STYLES)
      for (const example of style.examples) assert.notEqual(parsePriority(example), undefined, `${style.name}: ${example}`);
  });

  it('ranks words within their table, and takes stated tiers as written', () => {
    const word = (w: string) => readPriority(w);
    assert.deepEqual(rankTiers([word('High'), word('Medium'), word('Low')]), [1, 2, 3]);
    assert.deepEqual(rankTiers([word('Sev B'), word('Sev C')]), [2, 3], 'a lettered table without its A has no P1');
    assert.deepEqual(rankTiers([word('Severity Level II'), word('Normal')]), [2, 3]);
  });

  it("ranks a label of the provider's own over the most urgent read one above it, in a column headed as priorities", () => {
    const ranked = (byOrder: boolean, ...labels: string[]) =>
      rankTiers(
        labels.map((l) => readPriority(l)),
        byOrder,
        labels,
      );
    assert.deepEqual(ranked(true, 'Blocker', 'Critical', 'Major', 'Minor'), [1, 2, 3, 4]);
    assert.deepEqual(ranked(true, 'Immediate', 'Urgent', 'Standard'), [1, 2, 3]);
    // Not without a priority header, not a row for every request, and not below the tiers.
    assert.deepEqual(ranked(false, 'Blocker', 'Critical', 'Major'), [undefined, 1, 2]);
    assert.deepEqual(ranked(true, 'All tickets', 'Critical', 'High'), [undefined, 1, 2]);
    assert.deepEqual(ranked(true, 'Critical', 'High', 'Blocker'), [1, 2, undefined]);
  });

  it('ranks words and order together: exactly one top tier, in either direction; requests are no tier', () => {
    const tiers = (...labels: string[]) => {
      const text = slaTable(...labels.map((l, i): [string, string] => [l, `${i + 1} hours`]));
      return analyse(text).model!.serviceLevels[0].rows.map((r) => r.priority);
    };
    assert.deepEqual(tiers('Emergency', 'Critical', 'Severe', 'Low'), [1, 2, 3, 4]);
    assert.deepEqual(tiers('Less urgent', 'Urgent', 'Very urgent', 'Top priority'), [4, 3, 2, 1]);
    assert.deepEqual(tiers('Critical', 'High', 'Service request', 'Low'), [1, 2, undefined, 3]);
    assert.deepEqual(tiers('Severity 1 service requests', 'Severity 2 service requests'), [1, 2]);
    // A column headed as priorities, labels of the provider's own making: ranked by their order.
    assert.deepEqual(tiers('Code Red', 'Code Amber', 'Code Green'), [1, 2, 3]);
    assert.ok(
      analyse(slaTable(['Code Red', '4 hours'], ['Code Amber', '1 hour'])).findings.some((f) => f.ruleId === 'sla-priority-order'),
      'an inverted pair of own labels is flagged',
    );
  });

  it('a list item’s own business time does not leak into the items beside it', () => {
    const text = sow(`
Our response times:

- Medium = 3 business days
- High = 4 hours
- Critical = 1 hour
`);
    const rows = analyse(text).model!.serviceLevels[0].rows;
    assert.deepEqual(
      rows.map((r) => [r.priority, r.response?.business]),
      [
        [3, true],
        [2, false],
        [1, false],
      ],
    );
  });

  it('reads a table lettered Sev A/B/C: its A is the P1, a slow A is flagged, an inverted pair too', () => {
    const text = slaTable(['Sev A', '4 hours'], ['Sev B', '2 hours'], ['Sev C', '1 business day']);
    const found = analyse(text).findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
    assert.ok(found.includes(`${lineOf(text, 'Sev A')} p1-response-slow`), found.join('\n'));
    assert.ok(found.includes(`${lineOf(text, 'Sev B')} sla-priority-order`), found.join('\n'));
  });

  it('reads Roman numerals: Severity Level I is the P1', () => {
    const text = slaTable(['Severity Level I', '2 hours'], ['Severity Level II', '4 hours']);
    const slow = analyse(text).findings.filter((f) => f.ruleId === 'p1-response-slow');
    assert.deepEqual(
      slow.map((f) => f.range.start.line + 1),
      [lineOf(text, 'Severity Level I |')],
    );
  });

  it('the P1 fix writes the top label in the table’s own style', () => {
    for (const [labels, top] of [
      [['Sev B', 'Sev C'], 'Sev A'],
      [['Severity Level II', 'Severity Level III'], 'Severity Level I'],
      [['severity level ii'], 'severity level i'],
      [['Priority 3 (Low)'], 'Priority 1'],
      [['2 - High', '3 - Low'], '1'],
      [['Sev Two'], 'Sev One'],
      [['High', 'Low'], 'P1'],
      // Found by the fix property: "2P0" is a P-label after a stray number; its top tier is written in that style.
      [['2P0'], '2P1'],
    ] as [string[], string][])
      assert.equal(topLabel(labels), top, labels.join(', '));
    for (const labels of [['2P0'], ['P0'], ['Sev 3'], ['x']]) assert.equal(readPriority(topLabel(labels))?.tier, 1, labels.join(', '));
    const fixed = fixAll(slaTable(['Sev B', '2 hours'], ['Sev C', '1 day'])).text;
    assert.match(fixed, /\| Sev A \| TBD \|/);
  });

  it('tells prose that names a priority from prose that does not', () => {
    for (const yes of ['Sev B tickets get a reply in 4 hours', 'P2 incidents', 'high-priority issues', 'Severity Level II faults'])
      assert.ok(namesPriority(yes), yes);
    for (const no of ['We respond to all requests within 4 hours', 'the severity a ticket gets', 'during normal business hours'])
      assert.equal(namesPriority(no) && !/severity/.test(no), false, no);
    assert.ok(namesTopTier('Severity Level I incidents are answered around the clock'));
    assert.ok(namesTopTier('Sev A: 24x7'));
    assert.equal(namesTopTier('a ticket of severity a customer picks'), false);
  });

  it('a business-hours clause yields to urgent incidents named in a new style', () => {
    const text = sow(`
Support is provided during business hours (9 AM - 5 PM).

Sev A incidents are answered 24x7.

| Severity | Response |
| --- | --- |
| Sev A | 30 minutes |
| Sev B | 4 hours |
`);
    assert.deepEqual(
      analyse(text).findings.filter((f) => f.ruleId === 'p1-response-slow'),
      [],
    );
  });

  it('the grammar patterns match each style at the right tier', () => {
    const { top, other } = grammarPatterns();
    const re = (p: string) => new RegExp(p.replace('(?i)', ''), 'i');
    for (const label of ['P1', 'Sev A', 'Severity Level I', 'Priority One', 'Critical']) assert.match(label, re(top), label);
    for (const label of ['P2', 'Sev B', 'Severity Level III', 'High']) {
      assert.match(label, re(other), label);
      assert.doesNotMatch(label, new RegExp(`^(?:${re(top).source})$`, 'i'), label);
    }
  });

  it('reads service levels written outside tables: clauses, label/value blocks, label last, cards, nested bullets', () => {
    const p1 = (body: string) => {
      const m = analyse(sow(body)).model!;
      return m.serviceLevels.flatMap((t) =>
        t.rows.filter((r) => r.priority === 1).map((r) => `${r.response?.minutes}${r.response?.business ? 'b' : ''}`),
      );
    };
    // Numbered clauses.
    assert.deepEqual(
      p1(
        '## 4. Service levels\n\n4.1 Priority 1 incidents will receive a response within 30 minutes.\n\n4.2 Priority 2 incidents will receive a response within 4 hours.\n',
      ),
      ['30'],
    );
    // An indented label/value block.
    assert.deepEqual(p1('## Response times\n\n    P1    30 minutes\n    P2    2 hours\n    P3    1 business day\n'), ['30']);
    // The label last in a list item; the resolution time beside it is not the response.
    assert.deepEqual(
      p1(
        '- Response within 2 hours and resolution within 8 hours for critical issues\n- Response within 8 hours for low priority issues\n',
      ),
      ['120'],
    );
    // The class given last: "for issues classified as High", "for High".
    assert.deepEqual(
      p1(
        '- 0-2 hours (during business hours) for issues classified as High\n- Within 48 hours for issues classified as Medium\n- Within 5 working days for Low\n',
      ),
      ['120'],
    );
    // A paragraph opening with a tier's label over its definition, then a list of its times; the line break
    // after the label is only whitespace, as Word gives it back.
    for (const br of ['\n', ' '])
      assert.deepEqual(
        p1(
          `SEVERITY 1 (URGENT)${br}Site down, or a defect that causes loss of a business-critical function.\n\n- Initial human response: one business hour\n- Resolution or workaround: two business days\n`,
        ),
        ['60b'],
      );
    // Cards: label, description and time as paragraphs of one item.
    assert.deepEqual(
      p1(
        '- **Critical**\n\n  Production down for all users.\n\n  Response: 1 hour\n\n- **High**\n\n  One team affected.\n\n  Response: 4 hours\n',
      ),
      ['60'],
    );
    // A sentence inside a nested bullet.
    assert.deepEqual(p1('- Support\n  - Urgent tickets are acknowledged within 15 minutes.\n'), ['15']);
    // A section per tier: the heading is the label, whatever the section's items say; ranked with its siblings,
    // so "P0 — Critical" is the top tier and "P1 — High" under it is not.
    assert.deepEqual(
      p1(
        '## Priority levels\n\n### P0 — Critical\n\n- **Definition**: Production down\n- **Response Time**: 5 business days\n\n### P1 — High\n\n- **Response Time**: 72 hours\n',
      ),
      ['7200b'],
    );
    assert.deepEqual(
      p1(
        '## Priorities\n\n#### High\n\nExamples: critical systems slow.\n\n**Response time:** 4 business hours\n\n#### Critical\n\n**Response time:** 30 minutes\n',
      ),
      ['30'],
    );
    // Plans are no tiers, and a lone heading that names a tier only in passing is a title: each time is a
    // response to every request, read as before.
    const labels = (body: string) => analyse(sow(body)).model!.serviceLevels.flatMap((t) => t.rows.map((r) => r.priorityCell.text));
    assert.deepEqual(
      labels(
        '## Support plans\n\n### Standard Support\n\nResponse time: 1 week\n\n### Premium Support\n\nResponse time: 5 business days\n',
      ),
      ['every request'],
    );
    assert.deepEqual(
      labels('## Scope\n\n### Critical Infrastructure Support Services\n\nWe respond within 4 hours to every network request.\n'),
      ['every request'],
    );
    // Tiers run together with commas, after a lead-in; a tier's response and resolution are one tier, and a
    // time with no tier of its own makes the parts no tiers.
    assert.deepEqual(p1('Response times: high 4 hours, critical 1 hour, normal next business day.\n'), ['60']);
    assert.deepEqual(p1('Critical: 15 minutes response, 4 hours to resolve.\n'), ['15']);
    assert.deepEqual(labels('Response times: critical 30 minutes, 4 hours otherwise, high 2 hours.\n').includes('high'), false);
    // Requests are not incidents; an allowance of hours is no response time.
    assert.deepEqual(p1('- Service requests: response within 1 business day\n'), []);
    assert.deepEqual(p1('Clients receive the first 2 hours per month of P1 emergency response included.\n'), []);
  });
});
