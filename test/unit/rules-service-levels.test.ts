import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine';
import { COMPLETE, findings, hits, lineOf, sow } from '../helpers/sow';

const SLA = /\| Priority \| Response \| Resolution \|\n\| --- \| --- \| --- \|\n\| P1 \| 15 minutes \| 4 hours \|\n\| P2 \| 1 hour \| 8 hours \|/;

function withSla(table: string, fm = {}): string {
  return sow(COMPLETE.replace(SLA, table.trim()), fm);
}

describe('p1-response-missing', () => {
  it('flags a SOW without a service-level table at the model line, with a fix that adds one', () => {
    const text = sow(COMPLETE.replace(SLA, 'Service levels are agreed separately.'));
    assert.deepEqual(hits(text, 'p1-response-missing'), [3]);
    const f = findings(text).find((x) => x.ruleId === 'p1-response-missing')!;
    const fixed = applyEdits(text, f.fix!.edits);
    assert.deepEqual(hits(fixed, 'p1-response-missing'), []);
    assert.ok(fixed.startsWith(text), 'the table is appended; nothing else changes');
  });

  it('flags a table without a P1 row on its header, with a fix inserting a well-formed row', () => {
    const text = withSla('| Severity | Initial response | Hours |\n| --- | --- | --- |\n| Sev 2 | 1 hour | 24/7 |\n| Sev 3 | 4 hours | Business hours |');
    assert.deepEqual(hits(text, 'p1-response-missing'), [lineOf(text, '| Severity')]);
    const fixed = applyEdits(text, findings(text).find((x) => x.ruleId === 'p1-response-missing')!.fix!.edits);
    assert.deepEqual(hits(fixed, 'p1-response-missing'), []);
    assert.match(fixed, /\| Severity \| Initial response \| Hours \|\n\| --- \| --- \| --- \|\n\| P1 \| 30 minutes \| 24\/7 \|\n\| Sev 2/);
  });

  it('flags a P1 row whose response is empty or not measurable', () => {
    for (const response of ['', 'ASAP', 'promptly', 'best effort', 'TBD']) {
      const text = withSla(`| Priority | Response |\n| --- | --- |\n| P1 | ${response} |\n| P2 | 1 hour |`);
      assert.deepEqual(hits(text, 'p1-response-missing'), [lineOf(text, '| P1')], response);
    }
  });

  it('recognises every P1 spelling', () => {
    for (const p1 of ['P1', 'Priority 1', 'Severity 1', 'Sev 1', 'S1', 'Critical', 'P1 - Critical']) {
      const text = withSla(`| Priority | Response |\n| --- | --- |\n| ${p1} | 15 min |\n| P2 | 1 hour |`);
      assert.deepEqual(hits(text, 'p1-response-missing'), [], p1);
    }
  });
});

describe('p1-response-slow', () => {
  it('flags a P1 response over 1 hour, on the P1 row', () => {
    const text = withSla('| Priority | Response |\n| --- | --- |\n| P1 | 4 hours |\n| P2 | 8 hours |');
    assert.deepEqual(hits(text, 'p1-response-slow'), [lineOf(text, '| P1')]);
    assert.equal(findings(text).find((f) => f.ruleId === 'p1-response-slow')!.severity, 'warning');
  });

  it('flags a P1 response counted in business time, however short', () => {
    for (const r of ['1 business hour', 'next business day', 'NBD', '1 business day']) {
      const text = withSla(`| Priority | Response |\n| --- | --- |\n| P1 | ${r} |`);
      assert.deepEqual(hits(text, 'p1-response-slow'), [lineOf(text, '| P1')], r);
    }
  });

  it('passes 1 hour and below in every duration spelling', () => {
    for (const r of ['15 minutes', '15 min', '15m', '1 hour', '1 hr', '1h', '60 minutes']) {
      const text = withSla(`| Priority | Response |\n| --- | --- |\n| P1 | ${r} |`);
      assert.deepEqual(hits(text, 'p1-response-slow'), [], r);
    }
  });

  it('honours the maxP1Response option', () => {
    const text = withSla('| Priority | Response |\n| --- | --- |\n| P1 | 1 hour |');
    assert.deepEqual(hits(text, 'p1-response-slow', { rules: { 'p1-response-slow': ['warning', { maxP1Response: '30m' }] } }), [lineOf(text, '| P1')]);
    assert.deepEqual(hits(text, 'p1-response-slow', { rules: { 'p1-response-slow': ['warning', { maxP1Response: '2 hours' }] } }), []);
  });
});

describe('sla-priority-order', () => {
  it('flags a lower priority promised a faster response, on the lower row with the higher related', () => {
    const text = withSla('| Priority | Response |\n| --- | --- |\n| P1 | 30 minutes |\n| P2 | 4 hours |\n| P3 | 2 hours |\n| P4 | 1 business day |');
    assert.deepEqual(hits(text, 'sla-priority-order'), [lineOf(text, '| P3')]);
    const f = findings(text).find((x) => x.ruleId === 'sla-priority-order')!;
    assert.equal(f.related?.[0].range.start.line, lineOf(text, '| P2') - 1);
  });

  it('passes non-decreasing response times, in any row order', () => {
    const text = withSla('| Priority | Response |\n| --- | --- |\n| P3 | 4 hours |\n| P1 | 15 minutes |\n| P2 | 1 hour |\n| P4 | 4 hours |');
    assert.deepEqual(hits(text, 'sla-priority-order'), []);
  });
});
