// The comparison of two versions of a SOW (engine/compare): what it reports, and what it must not.
import * as assert from 'node:assert/strict';
import {
  analyse,
  compareVersions,
  comparisonView,
  renderComparison,
  weakeningFirst,
  type Change,
  type Comparison,
} from '../../server/src/engine';
import { weakens } from '../../server/src/engine/compare/compare';
import { lineOf } from '../helpers/sow';
import { BASE, EDITS, replace } from '../helpers/versions';

function compare(oldText: string, newText: string): Comparison {
  const old = analyse(oldText);
  const now = analyse(newText);
  assert.ok(old.model && now.model);
  return compareVersions({ model: old.model, findings: old.findings }, { model: now.model, findings: now.findings });
}

const brief = (c: Change) => `${c.kind} ${c.subject}`;

describe('comparing two versions of a SOW', () => {
  for (const e of EDITS) {
    it(`reports ${e.kind} as the one change, and whether it weakens a term`, () => {
      const { changes } = compare(BASE, e.edit(BASE));
      assert.deepEqual(
        changes.map((c) => ({ kind: c.kind, subject: c.subject, from: c.from, to: c.to, weakens: c.weakens })),
        [{ kind: e.kind, subject: e.subject, from: e.from, to: e.to, weakens: e.weakens }],
      );
    });
  }

  it('reports nothing for the same version, rows moved, cells reworded to read the same, and an exit heading renamed', () => {
    assert.deepEqual(compare(BASE, BASE), { changes: [], findings: { introduced: [], resolved: [] }, notCompared: [] });
    let moved = replace(BASE, '| Help desk L1 | R/A | I | Business hours |\n', '');
    moved = replace(
      moved,
      '| Compliance documentation | A | R |',
      '| Help desk L1 | R/A | I | Business hours |\n| Compliance documentation | A | R |',
    );
    moved = replace(moved, '| P1 | 15 minutes | 4 hours |\n', '');
    moved = replace(moved, '| P3 | 4 hours |', '| P1 | 15 minutes | 4 hours |\n| P3 | 4 hours |');
    moved = replace(moved, '| Datto RMM | RMM | Northwind | read-write | Agents removed within 30 days |\n', '');
    moved = `${moved}`.replace('| IT Glue |', '| Datto RMM | RMM | Northwind | read-write | Agents removed within 30 days |\n| IT Glue |');
    let reworded = replace(moved, '| Security monitoring | I | R/A |', '| Security monitoring | Informed | A/R |');
    reworded = replace(reworded, '| P1 | 15 minutes |', '| P1 | fifteen (15) minutes |');
    reworded = replace(reworded, '| P2 | 1 hour | 8 hours |', '| P2 | 60 mins | 8 hrs |');
    reworded = replace(
      reworded,
      '| Autotask | PSA | Northwind | read-write | Tickets exported as CSV |',
      '| Autotask | PSA | Northwind | Read/Write | Ticket history exported as CSV |',
    );
    reworded = replace(reworded, '## Termination and exit', '## Exit');
    reworded = replace(
      reworded,
      '- Northwind delivers a transition plan within 15 business days of notice.',
      '- Within 15 business days of notice, Northwind delivers a transition plan.',
    );
    const comparison = compare(BASE, reworded);
    assert.deepEqual(comparison.changes.map(brief), []);
    assert.deepEqual(comparison.findings, { introduced: [], resolved: [] });
  });

  it('gives each change its line in both versions, and a line in the newer one for what was removed', () => {
    const moved = replace(
      replace(BASE, '| Network monitoring | R | A | |\n', ''),
      '| Help desk L1 |',
      '| Network monitoring | R | A | |\n| Help desk L1 |',
    );
    const edited = replace(
      replace(moved, '| Network monitoring | R | A |', '| Network monitoring | I | R/A |'),
      '| IT Glue | Documentation | Northwind | read-only | Full export within 10 days |\n',
      '',
    );
    const [responsible, removed] = compare(BASE, edited).changes;
    assert.deepEqual(
      { kind: responsible.kind, oldLine: responsible.oldLine, newLine: responsible.newLine, line: responsible.line },
      {
        kind: 'responsible-changed',
        oldLine: lineOf(BASE, '| Network monitoring'),
        newLine: lineOf(edited, '| Network monitoring'),
        line: lineOf(edited, '| Network monitoring'),
      },
    );
    // Gone from the newer version: the row that stood above it there is where a reader looks.
    assert.deepEqual(
      { kind: removed.kind, oldLine: removed.oldLine, newLine: removed.newLine, line: removed.line },
      { kind: 'tool-removed', oldLine: lineOf(BASE, '| IT Glue'), newLine: undefined, line: lineOf(edited, '| Autotask') },
    );
  });

  it('calls a renamed row a rename only when its cells read the same', () => {
    // Moved to another place, sharing a word of its name: still the same row.
    const movedAndRenamed = replace(
      replace(BASE, '| Backup and disaster recovery | C | R/A | Quarterly restore tests |\n', ''),
      '| Compliance documentation |',
      '| Backup and DR | C | R/A | Quarterly restore tests |\n| Compliance documentation |',
    );
    assert.deepEqual(compare(BASE, movedAndRenamed).changes.map(brief), ['function-renamed Backup and DR']);
    // Renamed and given to another party: one function went and another came.
    const renamedAndChanged = replace(BASE, '| Patch management | C | R/A |', '| Patching | R/A | C |');
    assert.deepEqual(compare(BASE, renamedAndChanged).changes.map(brief), ['function-removed Patch management', 'function-added Patching']);
    // Same cells, nothing in common with the old name, somewhere else: not the same row.
    const elsewhere = replace(
      replace(BASE, '| Patch management | C | R/A | Monthly cycle |\n', ''),
      '| Compliance documentation |',
      '| Endpoint protection | C | R/A | Monthly cycle |\n| Compliance documentation |',
    );
    assert.deepEqual(compare(BASE, elsewhere).changes.map(brief).sort(), [
      'function-added Endpoint protection',
      'function-removed Patch management',
    ]);
  });

  it('weighs a time by its length and its clock: slower or business time weakens, faster around the clock does not', () => {
    const p1 = (to: string) => compare(BASE, replace(BASE, '| P1 | 15 minutes |', `| P1 | ${to} |`)).changes[0];
    assert.deepEqual({ weakens: p1('10 minutes').weakens, note: p1('10 minutes').note }, { weakens: false, note: 'faster' });
    assert.deepEqual(
      { weakens: p1('10 business minutes').weakens, note: p1('10 business minutes').note },
      { weakens: true, note: 'faster, now counted in business time' },
    );
    assert.deepEqual({ weakens: p1('30 minutes').weakens, note: p1('30 minutes').note }, { weakens: true, note: 'slower' });
    assert.deepEqual(
      { weakens: p1('ASAP').weakens, to: p1('ASAP').to, note: p1('ASAP').note },
      { weakens: true, to: 'ASAP', note: 'no longer a measurable time' },
    );
  });

  it("pairs a plan's times with the same plan's when each plan has a column", () => {
    const table = (gold: string) =>
      `---\nsow: 1\nmodel: managed\nclient: Contoso\nprovider: Northwind\n---\n\n| Priority | Bronze | Gold |\n| --- | --- | --- |\n| Critical | 4 hours | ${gold} |\n| High | 8 hours | 2 hours |\n`;
    assert.deepEqual(
      compare(table('30 minutes'), table('1 hour')).changes.map((c) => `${brief(c)}: ${c.from} -> ${c.to}`),
      ['response-changed Critical (P1) · Gold: 30 minutes -> 1 hour'],
    );
  });

  it('weighs access by what the client can do: lower weakens, higher does not, unreadable is said so', () => {
    const access = (to: string) =>
      compare(BASE, replace(BASE, '| IT Glue | Documentation | Northwind | read-only |', `| IT Glue | Documentation | Northwind | ${to} |`))
        .changes;
    assert.deepEqual(
      access('read-write').map((c) => [c.kind, c.weakens]),
      [['access-changed', false]],
    );
    assert.deepEqual(
      access('none').map((c) => [c.kind, c.weakens]),
      [['access-changed', true]],
    );
    assert.deepEqual(
      access('on request').map((c) => [c.kind, c.weakens, c.note]),
      [['access-changed', false, 'Demarc could not read one of them as an access level']],
    );
  });

  it('reports exit terms per tool, and a clause of the exit section once', () => {
    const cleared = replace(
      BASE,
      '| Autotask | PSA | Northwind | read-write | Tickets exported as CSV |',
      '| Autotask | PSA | Northwind | read-write | |',
    );
    const removed = compare(BASE, cleared).changes;
    assert.deepEqual(
      removed.map((c) => [c.kind, c.subject, c.from, c.weakens]),
      [['exit-terms-removed', 'Autotask', 'Tickets exported as CSV', true]],
    );
    // The clause that gives a tool its exit terms is reported through the tool, not again as a clause.
    const withClause = `${cleared}- Northwind exports the Autotask ticket history as CSV at the end of the term.\n`;
    assert.deepEqual(compare(withClause, cleared).changes.map(brief), ['exit-terms-removed Autotask']);
    assert.deepEqual(compare(cleared, withClause).changes.map(brief), ['exit-terms-added Autotask']);
  });

  it('pairs findings by what they say, not their line: a moved row keeps its finding, a renamed provider changes none', () => {
    const unowned = replace(BASE, '| Network monitoring | R | A |', '| Network monitoring | - | - |');
    const moved = replace(
      replace(unowned, '| Network monitoring | - | - | |\n', ''),
      '| Help desk L1 |',
      '| Network monitoring | - | - | |\n| Help desk L1 |',
    );
    const c = compare(unowned, moved);
    assert.deepEqual(c.findings, { introduced: [], resolved: [] });
    const renamed = compare(unowned, unowned.replace(/Northwind/g, 'Northwind Managed Services'));
    assert.deepEqual(renamed.changes.map(brief), ['party-changed Provider']);
    assert.deepEqual(renamed.findings, { introduced: [], resolved: [] });
    const fixed = compare(unowned, BASE);
    assert.deepEqual(
      fixed.findings.resolved.map((f) => f.ruleId),
      ['unassigned-function'],
    );
    assert.equal(weakens(fixed), false, 'an owner given where there was none weakens nothing');
    const broke = compare(BASE, unowned);
    assert.deepEqual(
      broke.findings.introduced.map((f) => f.ruleId),
      ['unassigned-function'],
    );
    assert.equal(weakens(broke), true, 'a finding introduced weakens the newer version');
  });

  it('says nothing is gone beside a table it could not read, and says which table it could not read', () => {
    // Priorities written as columns, with no row labelled Response: a service-level table Demarc cannot read.
    const unread = replace(
      BASE,
      /\| Priority \| Response \| Resolution \|\n(\|.*\n)+/,
      '<table>\n<tr><th>P1</th><th>P2</th><th>P3</th></tr>\n<tr><td>15 minutes</td><td>1 hour</td><td>4 hours</td></tr>\n</table>\n',
    );
    const c = compare(BASE, unread);
    assert.deepEqual(c.changes.map(brief), []);
    assert.deepEqual(
      c.notCompared.map((n) => [n.version, n.kind, n.line]),
      [['new', 'service-levels', lineOf(unread, '<tr><th>P1</th>')]],
    );
    assert.deepEqual(
      c.findings.introduced.map((f) => f.ruleId),
      ['table-not-understood'],
    );
    // The other way round, nothing is said to be added either.
    assert.deepEqual(compare(unread, BASE).changes.map(brief), []);
  });

  it('lists changes weakening a term first, and renders them inert in every format', () => {
    const edited = replace(
      replace(BASE, '| P2 | 1 hour | 8 hours |', '| P2 | 1 hour | 4 hours |'),
      '| P1 | 15 minutes |',
      '| P1 | 2 hours |',
    );
    const changes = compare(BASE, edited).changes;
    assert.deepEqual(changes.map(brief), ['response-changed P1', 'resolution-changed P2']);
    assert.deepEqual(weakeningFirst([...changes].reverse()).map(brief), ['response-changed P1', 'resolution-changed P2']);

    // Markup as the reader sees it: escaped, so the cell's text holds the tag (a bare tag is not text).
    const hostile = replace(BASE, '| Patch management |', '| \\<img src=x onerror=alert(1)\\> [click](https://evil.example) \\| pipe |');
    const view = comparisonView(compare(BASE, hostile), { old: 'v3.sow.md', new: 'v4 <b>.sow.md' });
    const md = renderComparison(view, 'md');
    assert.ok(!/(^|[^\\])</m.test(md), 'every < is escaped');
    assert.ok(!/\]\(https/.test(md), 'no link survives');
    assert.ok(md.includes('\\<img src=x onerror=alert(1)\\>'), md);
    const html = renderComparison(view, 'html');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'">/);
    assert.ok(!html.includes('<img') && !html.includes('<b>') && !html.includes('<script'), 'no markup from the document');
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'));
    const json = JSON.parse(renderComparison(view, 'json')) as { old: string; new: string; changes: Change[] };
    assert.equal(json.new, 'v4 <b>.sow.md');
    assert.deepEqual(
      Object.keys(json.changes[0]),
      ['kind', 'subject', 'from', 'to', 'oldLine', 'newLine', 'line', 'weakens'],
      'the keys in the order the issue shows them',
    );
  });
});
