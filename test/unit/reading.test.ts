// How the engine reads the dialect's words, tested on the vocabulary directly: each spelling a SOW
// may use, and near-misses that must not be read.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { parsePriority } from '../../server/src/engine/vocabulary/priority';
import { parseRaci } from '../../server/src/engine/vocabulary/raci';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Harbor & Vine LLP\nprovider: Northwind\n---\n';

describe('reading the dialect', () => {
  it('reads every P1 spelling as priority 1, and the next one as 2', () => {
    for (const p1 of ['P1', 'Priority 1', 'Severity 1', 'Sev 1', 'S1', 'Critical', 'P1 - Critical', 'urgent', '1']) assert.equal(parsePriority(p1), 1, p1);
    for (const p2 of ['P2', 'Priority 2', 'Sev 2', 'High', '2']) assert.equal(parsePriority(p2), 2, p2);
    assert.equal(parsePriority('Routine'), undefined);
  });

  it('reads every RACI spelling of the dialect, and rejects repeated or unknown letters', () => {
    const read = (v: string) => parseRaci(v).roles.join('/');
    const cases: [string, string][] = [['R', 'R'], ['A', 'A'], ['R/A', 'R/A'], ['A/R', 'R/A'], ['RA', 'R/A'], ['R, A', 'R/A'], ['R+A', 'R/A'], ['Responsible', 'R'], ['Accountable', 'A'], ['consulted', 'C'], ['Informed', 'I'], ['C/I', 'C/I'], ['r', 'R'], ['-', '']];
    for (const [v, roles] of cases) {
      assert.equal(parseRaci(v).valid, true, v);
      assert.equal(read(v), roles, v);
    }
    for (const v of ['RR', 'X', 'R/X', 'maybe']) assert.equal(parseRaci(v).valid, false, v);
  });

  it('recognises exit, transition and offboarding headings as the exit section', () => {
    for (const h of ['Termination and exit', 'Exit plan', 'Transition assistance', 'Offboarding']) {
      const model = analyze(`${FM}\n## ${h}\n\n- Data returned.\n`).model!;
      assert.equal(model.sections[0].kind, 'exit', h);
    }
  });

  it('covers the baseline services in common wording', () => {
    const text = `${FM}\n| Function | Harbor & Vine LLP | Northwind |\n| --- | --- | --- |\n| EDR and antivirus | I | R/A |\n| OS patching | R | A |\n| DR testing | C | R/A |\n| 24/7 monitoring | R/A | I |\n`;
    assert.deepEqual(analyze(text).findings.filter((f) => f.ruleId === 'baseline-service-missing'), []);
  });

  it('resolves a party name containing "&" in an owner cell as one party', () => {
    const text = `${FM}\n| Function | Owner |\n| --- | --- |\n| Security monitoring | Harbor & Vine LLP |\n| Patch management | Northwind |\n`;
    const { model, findings } = analyze(text);
    assert.deepEqual(model!.functions[0].owner?.parties.map((p) => p.name), ['Harbor & Vine LLP']);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'unknown-party' || f.ruleId === 'conflicting-ownership'), []);
  });

  it('gives every column of a recognised table a role, whatever the order', () => {
    const model = analyze(`${FM}\n| Response | Notes | Sev | Resolution |\n| --- | --- | --- | --- |\n| 1 hour | x | 2 | 8 hours |\n`).model!;
    assert.deepEqual(model.serviceLevels[0].columns, ['response', 'other', 'priority', 'resolution']);
    const tools = analyze(`${FM}\n| Access | Tool | On exit | Owner |\n| --- | --- | --- | --- |\n| read-write | Datto RMM | removed | Northwind |\n`).model!;
    assert.deepEqual(tools.toolTables[0].columns, ['access', 'tool', 'exit', 'owner']);
    const matrix = analyze(`${FM}\n| Function | Notes | Northwind | Harbor & Vine LLP |\n| --- | --- | --- | --- |\n| Backup | daily | R/A | I |\n`).model!;
    assert.deepEqual(matrix.matrices[0].columns, ['function', 'free-text', 'party', 'party']);
  });
});
