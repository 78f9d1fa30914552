import * as assert from 'node:assert/strict';
import { COMPLETE, findings, hits, lineOf, sow } from '../helpers/sow';

/** COMPLETE with its matrix replaced, so only matrix rules can fire. */
function withMatrix(matrix: string, fm = {}): string {
  const rest = COMPLETE.slice(COMPLETE.indexOf('## Service levels'));
  return sow(`## Responsibilities\n\n${matrix.trim()}\n\n${rest}`, fm);
}

const BASE_ROWS = `| Security monitoring | I | R/A |
| Patch management | R | A |
| Backup and disaster recovery | C | R/A |
| Network monitoring | R/A | I |`;

describe('unassigned-function', () => {
  it('flags a row where no party holds R or A, on that row', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n| Vendor management | C | I |`);
    assert.deepEqual(hits(text, 'unassigned-function'), [lineOf(text, 'Vendor management')]);
    const f = findings(text).find((x) => x.ruleId === 'unassigned-function')!;
    assert.match(f.message, /Vendor management/);
    assert.equal(f.severity, 'error');
    assert.equal(f.suggestions?.length, 2, 'one suggestion per declared party');
  });

  it('treats every empty marker as no role', () => {
    for (const marker of ['', '-', '—', 'N/A', 'TBD', 'TBC', '?']) {
      const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n| Onboarding | ${marker} | ${marker} |`);
      assert.deepEqual(hits(text, 'unassigned-function'), [lineOf(text, 'Onboarding')], marker);
      assert.deepEqual(hits(text, 'invalid-raci'), [], marker);
    }
  });

  it('flags an owner-form row whose owner is empty or a placeholder', () => {
    const text = withMatrix(`| Function | Owner | Notes |\n| --- | --- | --- |\n| Security monitoring | Northwind | |\n| Patch management | Northwind | |\n| Backup | Northwind | |\n| Network monitoring | Contoso | |\n| Onboarding | TBD | awaiting HR |\n| Offboarding |  | |`);
    assert.deepEqual(hits(text, 'unassigned-function'), [lineOf(text, 'Onboarding'), lineOf(text, 'Offboarding')]);
  });

  it('passes when someone holds R or A', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n| Vendor management | R | C |`);
    assert.deepEqual(hits(text, 'unassigned-function'), []);
  });
});

describe('conflicting-ownership', () => {
  it('flags two accountable parties on one row', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n| Firewall changes | A | R/A |`);
    assert.deepEqual(hits(text, 'conflicting-ownership'), [lineOf(text, 'Firewall changes')]);
    const f = findings(text).find((x) => x.ruleId === 'conflicting-ownership')!;
    assert.deepEqual(f.suggestions?.map((s) => s.title), [
      'Keep Contoso accountable for "Firewall changes" (others become R)',
      'Keep Northwind accountable for "Firewall changes" (others become R)',
    ]);
  });

  it('flags owner cells naming two parties or Both / Shared / Joint', () => {
    const text = withMatrix(`| Function | Owner |\n| --- | --- |\n| Security monitoring | Northwind |\n| Patch management | Both |\n| Backup | Contoso / Northwind |\n| Network monitoring | Joint |`);
    assert.deepEqual(hits(text, 'conflicting-ownership'), [lineOf(text, 'Patch management'), lineOf(text, '| Backup'), lineOf(text, 'Network monitoring |')]);
  });

  it('flags the same function owned differently in a later table, with the earlier row related', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n\n### Projects\n\n| Task | Owner |\n| --- | --- |\n| patch-management | Contoso |`);
    const later = lineOf(text, 'patch-management');
    assert.deepEqual(hits(text, 'conflicting-ownership'), [later]);
    const f = findings(text).find((x) => x.ruleId === 'conflicting-ownership')!;
    assert.equal(f.related?.[0].range.start.line, lineOf(text, '| Patch management') - 1);
  });

  it('passes when repeated functions have the same owner', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n\n| Task | Owner |\n| --- | --- |\n| Patch Management | Northwind |`);
    assert.deepEqual(hits(text, 'conflicting-ownership'), []);
  });
});

describe('unknown-party', () => {
  it('flags an undeclared party column on the header row', () => {
    const text = withMatrix(`| Function | Contoso | Northwind | Fabrikam ISP |\n| --- | --- | --- | --- |\n| Security monitoring | I | R/A | - |\n| Patch management | R | A | - |\n| Backup | C | R/A | - |\n| Network monitoring | R/A | I | C |`);
    assert.deepEqual(hits(text, 'unknown-party'), [lineOf(text, 'Fabrikam ISP')]);
  });

  it('reports several undeclared columns of one header once, naming each', () => {
    const text = withMatrix(`| Function | Contoso | Northwind | Fabrikam ISP | Globex |\n| --- | --- | --- | --- | --- |\n| Security monitoring | I | R/A | - | - |\n| Patch management | R | A | - | - |\n| Backup | C | R/A | - | - |\n| Network monitoring | R/A | I | C | - |`);
    const found = findings(text).filter((f) => f.ruleId === 'unknown-party');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^"Fabrikam ISP", "Globex" are not declared parties/);
  });

  it('accepts parties declared in front matter and role words', () => {
    const text = withMatrix(`| Function | Internal IT | MSP | fabrikam isp |\n| --- | --- | --- | --- |\n| Security monitoring | I | R/A | - |\n| Patch management | R | A | - |\n| Backup | C | R/A | - |\n| Network monitoring | R/A | I | C |`, { extra: 'parties: [Fabrikam ISP]' });
    assert.deepEqual(hits(text, 'unknown-party'), []);
  });

  it('flags unknown owner cells and tool owners on their rows', () => {
    const text = withMatrix(`| Function | Owner |\n| --- | --- |\n| Security monitoring | Northwind |\n| Patch management | Globex |\n| Backup | Northwind |\n| Network monitoring | Contoso |`)
      .replace('| Autotask | PSA | Northwind |', '| Autotask | PSA | Initech |');
    assert.deepEqual(hits(text, 'unknown-party'), [lineOf(text, 'Globex'), lineOf(text, 'Initech')]);
  });
});

describe('model-mismatch', () => {
  it('flags a managed SOW where the client holds R or A, on each row', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}`, { model: 'managed' });
    assert.deepEqual(hits(text, 'model-mismatch'), [lineOf(text, 'Patch management'), lineOf(text, 'Network monitoring')]);
  });

  it('flags a co-managed SOW where the client holds no R or A, at the model line', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Security monitoring | I | R/A |\n| Patch management | C | R/A |\n| Backup | C | R/A |\n| Network monitoring | I | R/A |`);
    assert.deepEqual(hits(text, 'model-mismatch'), [3]);
  });

  it('passes a managed SOW where the client is only consulted or informed', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Security monitoring | I | R/A |\n| Patch management | C | R/A |\n| Backup | C | R/A |\n| Network monitoring | I | R/A |`, { model: 'managed' });
    assert.deepEqual(hits(text, 'model-mismatch'), []);
  });
});

describe('baseline-service-missing', () => {
  it('reports each missing baseline service once, at the model line', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk | R | A |\n| Patch management | I | R/A |`);
    const found = findings(text).filter((f) => f.ruleId === 'baseline-service-missing');
    assert.deepEqual(found.map((f) => f.range.start.line + 1), [3, 3, 3]);
    assert.deepEqual(found.map((f) => /covers (.+?),/.exec(f.message)?.[1]).sort(), ['backup and disaster recovery', 'monitoring', 'security']);
  });

  it('recognises common wording for each service', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n| EDR and antivirus | I | R/A |\n| OS patching | R | A |\n| DR testing | C | R/A |\n| 24/7 monitoring | R/A | I |`);
    assert.deepEqual(hits(text, 'baseline-service-missing'), []);
  });
});

describe('invalid-raci', () => {
  it('flags a cell that is not RACI, at the cell', () => {
    const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n| Printers | Yes | R/A |`);
    const f = findings(text).find((x) => x.ruleId === 'invalid-raci')!;
    assert.equal(f.range.start.line + 1, lineOf(text, 'Printers'));
    assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), 'Yes');
  });

  it('accepts every RACI spelling of the dialect', () => {
    for (const v of ['R', 'A', 'R/A', 'A/R', 'RA', 'R, A', 'R+A', 'Responsible', 'Accountable', 'consulted', 'Informed', 'C/I', 'r']) {
      const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n| Printers | ${v} | I |`);
      assert.deepEqual(hits(text, 'invalid-raci'), [], v);
    }
  });

  it('rejects repeated or unknown letters', () => {
    for (const v of ['RR', 'X', 'R/X', 'maybe']) {
      const text = withMatrix(`| Function | Contoso | Northwind |\n| --- | --- | --- |\n${BASE_ROWS}\n| Printers | ${v} | A |`);
      assert.deepEqual(hits(text, 'invalid-raci'), [lineOf(text, 'Printers')], v);
    }
  });
});

describe('owner cells', () => {
  it('resolve party names containing "&" or "and" as one party', () => {
    const text = withMatrix(`| Function | Owner |\n| --- | --- |\n| Security monitoring | Harbor & Vine LLP |\n| Patch management | Northwind |\n| Backup | Northwind |\n| Network monitoring | Northwind |`, { client: 'Harbor & Vine LLP' });
    assert.deepEqual(hits(text, 'unknown-party'), []);
    assert.deepEqual(hits(text, 'conflicting-ownership'), []);
  });
});
