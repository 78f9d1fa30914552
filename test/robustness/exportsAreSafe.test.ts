// Attacks on what Demarc writes out: a `;` left unquoted in CSV let a semicolon-separated spreadsheet evaluate
// `=1+1`; the CSV dropped an owner no declared party matches; `matrix --format md` passed raw HTML through
// (14 script dialogs and 5 remote requests once rendered); and a message made of a list item's first words read
// "P2 (High): response within is promised a response in 2 hours".
import * as assert from 'node:assert/strict';
import { analyse, renderSplit } from '../../server/src/engine';
import { sow } from '../helpers/sow';

const owners = sow(`
| Function | Owner |
| --- | --- |
| Internet circuits | Lumen Business |
| a;=1+1 | Contoso |
| Backups | Northwind |
`);

describe('exports are safe and whole', () => {
  it('CSV quotes a field holding a semicolon, neutralises formulas, and keeps an undeclared owner', () => {
    const csv = renderSplit(analyse(owners).model!, 'csv', 'x');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], 'Function,Contoso,Northwind,Owner,Status');
    assert.equal(lines[1], 'Internet circuits,,,Lumen Business,assigned');
    assert.equal(lines[2], '"a;=1+1",R/A,,Contoso,assigned');
    assert.match(renderSplit(analyse(owners.replace('a;=1+1', '=HYPERLINK("x")')).model!, 'csv', 'x'), /\r\n"'=HYPERLINK\(""x""\)",/);
  });

  it('the Markdown report shows document HTML as text, never as markup', () => {
    const text = sow(`
| Function | Contoso | Northwind |
| --- | --- | --- |
| <script>alert(1)</script> <img src=https://example.invalid/x.png> | R | A |
`);
    const md = renderSplit(analyse(text).model!, 'md', 'x');
    assert.doesNotMatch(md, /<script|<img/);
    // Markup the SOW writes as text (escaped) is shown as that text, escaped again in the report.
    const escaped = text.replace('<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>');
    const shown = renderSplit(analyse(escaped).model!, 'md', 'x');
    assert.doesNotMatch(shown, /<script|<img/);
    assert.match(shown, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &lt;img src=https:\/\/example\.invalid\/x\.png&gt;/);
  });

  it('an order message from list items names the priorities cleanly', () => {
    const text = sow(`
## Service levels

- P1 (Critical): response within 4 hours
- P2 (High): response within 2 hours
- P3 (Medium): response within 1 business day
`);
    const order = analyse(text).findings.find((f) => f.ruleId === 'sla-priority-order');
    assert.equal(
      order?.message,
      'P2 is promised a response in 2 hours, faster than P1 (4 hours): more urgent incidents should never wait longer.',
    );
    // One item's business time does not leak into another's: the P1's 4 hours are clock time.
    assert.ok(analyse(text).findings.some((f) => f.ruleId === 'p1-response-slow' && /slower than the 1 hour limit/.test(f.message)));
  });
});
