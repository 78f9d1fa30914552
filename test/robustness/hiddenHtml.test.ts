// Attack: `<table hidden>` or a hidden row holding the P1: a browser and the rendered page do not show it, yet
// Demarc read it, and exit 1 became 0. Hidden HTML is read as absent, with a hidden-content warning.
import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/engine';
import { sow } from '../helpers/sow';

const sla = (p1Row: string) =>
  sow(`
## Service levels

<table>
<tr><th>Priority</th><th>Response</th></tr>
${p1Row}
<tr><td>P2</td><td>4 hours</td></tr>
</table>
`);

describe('hidden HTML is read as a reader sees it', () => {
  for (const [name, row] of [
    ['a hidden row', '<tr hidden><td>P1</td><td>30 minutes</td></tr>'],
    ['a row styled display:none', '<tr style="display: none"><td>P1</td><td>30 minutes</td></tr>'],
    ['a hidden cell', '<tr><td hidden>P1</td><td>30 minutes</td></tr>'],
  ]) {
    it(`${name} holding the P1: no P1 read, and the hidden part said`, () => {
      const found = analyse(sla(row)).findings.map((f) => f.ruleId);
      assert.ok(found.includes('p1-response-missing'), found.join(', '));
      assert.ok(found.includes('hidden-content'), found.join(', '));
    });
  }

  it('a whole hidden table is not read at all', () => {
    const text = sow(`\n<table hidden>\n<tr><th>Priority</th><th>Response</th></tr>\n<tr><td>P1</td><td>30 minutes</td></tr>\n</table>\n`);
    const a = analyse(text);
    assert.equal(a.model?.serviceLevels.length, 0);
    assert.deepEqual(
      a.findings.filter((f) => f.ruleId === 'hidden-content').map((f) => f.range.start.line + 1),
      [8],
    );
  });

  it('a visible table is read as before, with no hidden-content finding', () => {
    const found = analyse(sla('<tr><td>P1</td><td>30 minutes</td></tr>')).findings.map((f) => f.ruleId);
    assert.ok(!found.includes('hidden-content') && !found.includes('p1-response-missing'), found.join(', '));
  });
});
