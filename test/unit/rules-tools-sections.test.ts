import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine';
import { COMPLETE, findings, hits, lineOf, sow } from '../helpers/sow';

const TOOLS = /\| Tool \| Kind[^]*?Tickets exported as CSV \|/;

function withTools(table: string, fm = {}): string {
  return sow(COMPLETE.replace(TOOLS, table.trim()), fm);
}

function fixOf(text: string, ruleId: string): string {
  const f = findings(text).find((x) => x.ruleId === ruleId);
  assert.ok(f?.fix, `${ruleId} has a fix`);
  return applyEdits(text, f.fix.edits);
}

describe('tool-access-missing', () => {
  it('is an error at the model line when a co-managed SOW has no tool table; the fix adds one', () => {
    const text = withTools('Tools are listed in the runbook.');
    const f = findings(text).filter((x) => x.ruleId === 'tool-access-missing');
    assert.deepEqual(f.map((x) => [x.range.start.line + 1, x.severity]), [[3, 'error']]);
    assert.deepEqual(hits(fixOf(text, 'tool-access-missing'), 'tool-access-missing'), []);
  });

  it('does not require a tool table in a managed SOW', () => {
    const text = withTools("Tools are the provider's business.", { model: 'managed' });
    assert.ok(!text.includes('| Tool |'));
    assert.deepEqual(hits(text, 'tool-access-missing'), []);
  });

  it('warns on a tool row with no access terms', () => {
    const text = withTools('| Tool | Kind | Owner | Access | On exit |\n| --- | --- | --- | --- | --- |\n| Datto RMM | RMM | Northwind | read-write | removed |\n| Autotask | PSA | Northwind | read-write | exported |\n| IT Glue | Documentation | Northwind | | exported |');
    const f = findings(text).filter((x) => x.ruleId === 'tool-access-missing');
    assert.deepEqual(f.map((x) => [x.range.start.line + 1, x.severity]), [[lineOf(text, 'IT Glue'), 'warning']]);
  });

  it('warns at the table header when a co-managed tool table names no RMM, and none for ticketing', () => {
    const text = withTools('| Tool | Owner | Access | On exit |\n| --- | --- | --- | --- |\n| IT Glue | Northwind | read-write | exported |');
    const header = lineOf(text, '| Tool | Owner');
    assert.deepEqual(hits(text, 'tool-access-missing'), [header, header]);
  });
});

describe('tool-access-insufficient', () => {
  it("flags read-only client access to the provider's RMM; the fix sets read-write", () => {
    const text = sow(COMPLETE.replace('| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Northwind | read-only  |'));
    assert.deepEqual(hits(text, 'tool-access-insufficient'), [lineOf(text, 'Datto RMM')]);
    const fixed = fixOf(text, 'tool-access-insufficient');
    assert.equal(fixed, sow(COMPLETE), 'only the access cell changes, padding kept');
  });

  it('flags none for a ticketing system found by kind words', () => {
    const text = sow(COMPLETE.replace('| Autotask | PSA | Northwind | read-write |', '| Autotask | Service desk | Northwind | none |'));
    assert.deepEqual(hits(text, 'tool-access-insufficient'), [lineOf(text, 'Autotask')]);
  });

  it("ignores the client's own tools and managed SOWs", () => {
    const own = sow(COMPLETE.replace('| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Contoso | read-only |'));
    assert.notEqual(own, sow(COMPLETE));
    assert.deepEqual(hits(own, 'tool-access-insufficient'), []);
    const managed = sow(COMPLETE.replace('| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Northwind | read-only |'), { model: 'managed' });
    assert.deepEqual(hits(managed, 'tool-access-insufficient'), []);
  });
});

describe('tool-exit-missing', () => {
  it('flags a tool with an empty exit cell; the fix fills it', () => {
    const text = sow(COMPLETE.replace('| Tickets exported as CSV |', '| TBD |'));
    assert.deepEqual(hits(text, 'tool-exit-missing'), [lineOf(text, 'Autotask')]);
    assert.deepEqual(hits(fixOf(text, 'tool-exit-missing'), 'tool-exit-missing'), []);
  });

  it('accepts exit terms from a list item in the exit section naming the tool or its kind', () => {
    const table = '| Tool | Kind | Owner | Access |\n| --- | --- | --- | --- |\n| Datto RMM | RMM | Northwind | read-write |\n| Autotask | PSA | Northwind | read-write |\n| Acronis | Backup | Northwind | read-only |';
    const base = withTools(table);
    assert.deepEqual(hits(base, 'tool-exit-missing').length, 3);
    const text = base.replace("- Either party may end the agreement with 90 days' notice.", "- Either party may end the agreement with 90 days' notice.\n- All RMM agents are removed within 30 days.\n- Autotask tickets are exported as CSV.");
    assert.deepEqual(hits(text, 'tool-exit-missing'), [lineOf(text, 'Acronis')]);
    const fixed = fixOf(text, 'tool-exit-missing');
    assert.deepEqual(hits(fixed, 'tool-exit-missing'), [], 'the fix adds an exit-section item');
  });
});

describe('escalation-missing and termination-missing', () => {
  it('flags a co-managed SOW without an escalation section at the model line; the fix adds one', () => {
    const text = sow(COMPLETE.replace('## Escalation\n\n1. Service desk lead.\n', ''));
    assert.deepEqual(hits(text, 'escalation-missing'), [3]);
    assert.deepEqual(hits(fixOf(text, 'escalation-missing'), 'escalation-missing'), []);
    assert.deepEqual(hits(sow(COMPLETE.replace('## Escalation', '## Support'), { model: 'managed' }), 'escalation-missing'), []);
  });

  it('flags a SOW without an exit section; the fix adds one covering every tool', () => {
    const text = sow(COMPLETE.replace("## Termination and exit\n\n- Either party may end the agreement with 90 days' notice.\n", ''));
    assert.deepEqual(hits(text, 'termination-missing'), [3]);
    const fixed = fixOf(text, 'termination-missing');
    assert.deepEqual(findings(fixed), []);
  });

  it('recognises exit, transition and offboarding headings', () => {
    for (const h of ['Exit plan', 'Transition assistance', 'Offboarding']) {
      assert.deepEqual(hits(sow(COMPLETE.replace('Termination and exit', h)), 'termination-missing'), [], h);
    }
  });
});

describe('invalid-front-matter', () => {
  it('flags a document with no front matter on line 1', () => {
    const text = COMPLETE;
    assert.deepEqual(hits(text, 'invalid-front-matter'), [1]);
  });

  it('flags invalid values on their own lines and missing keys on line 1', () => {
    const text = '---\nsow: 2\nmodel: outsourced\nclient: Contoso\n---\n# SOW\n';
    const found = findings(text).filter((f) => f.ruleId === 'invalid-front-matter');
    assert.deepEqual(found.map((f) => f.range.start.line + 1), [1, 2, 3]);
    assert.match(found[0].message, /provider/);
  });

  it('reports YAML syntax errors at the offending line', () => {
    const text = '---\nsow: 1\nmodel: [co-managed\nclient: Contoso\n---\n';
    const found = findings(text).filter((f) => f.ruleId === 'invalid-front-matter');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /not valid YAML/);
  });

  it('passes complete front matter', () => {
    assert.deepEqual(hits(sow(COMPLETE), 'invalid-front-matter'), []);
  });
});
