import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  analyse,
  applyEdits,
  ConfigError,
  fixAll,
  isSowFile,
  mergeConfigs,
  RULES,
  responsibilitySplit,
  splitToCsv,
  renderSplit,
  validateConfig,
} from '../../server/src/engine';
import { parseDuration } from '../../server/src/engine/vocabulary/duration';
import { checkContract, formatMessage } from '../../server/src/engine/rules/rule';
import { ROOT } from '../cli/run';
import { COMPLETE, findings, hits, lineOf, sow } from '../helpers/sow';

const SLA_TABLE = '| Priority | Response | Resolution |\n| --- | --- | --- |\n| P1 | 15 minutes | 4 hours |\n| P2 | 1 hour | 8 hours |';
const DEFECTS = sow(
  COMPLETE.replace('| Patch management | R | A |', '| Patch management | A | A |').replace(
    '| Datto RMM | RMM | Northwind | read-write |',
    '| Datto RMM | RMM | Northwind | read-only |',
  ),
);

describe('catalogue', () => {
  it('has twenty-four rules with unique ids, docs links and descriptions', () => {
    assert.equal(RULES.length, 24);
    assert.equal(new Set(RULES.map((r) => r.id)).size, 24);
    for (const r of RULES) {
      assert.match(r.docs, new RegExp(`/docs/rules/${r.id}\\.md$`));
      assert.ok(r.description.length > 10, r.id);
    }
  });
});

describe('an empty SOW', () => {
  it('gets one finding that says how to begin, not one per thing missing', () => {
    for (const text of ['', '\n', '  \n\n\t\n']) {
      const findings = analyse(text).findings;
      assert.deepEqual(
        findings.map((f) => [f.ruleId, f.messageId, f.range.start.line]),
        [['invalid-front-matter', 'emptyDocument', 0]],
        JSON.stringify(text),
      );
      assert.ok(findings[0].message.length < 80 && /sow-/.test(findings[0].message), findings[0].message);
    }
    assert.ok(analyse('# Scope\n').findings.length > 1, 'a document with anything in it is checked by every rule');
  });

  it('front-matter messages lead with what is wrong, in under 80 characters', () => {
    const rule = RULES.find((r) => r.id === 'invalid-front-matter')!;
    const longest = { key: 'provider', expect: 'must be managed or co-managed', value: 'outsourced', reason: '' };
    for (const [id, template] of Object.entries(rule.messages))
      assert.ok(template.replace(/\{\{(\w+)\}\}/g, (_, k: keyof typeof longest) => longest[k]).length < 80, id);
  });
});

describe('rule contract', () => {
  it('declares as absence only message ids it has, and every rule that says something is missing declares it', () => {
    for (const r of RULES) for (const id of r.absence?.messages ?? []) assert.ok(Object.hasOwn(r.messages, id), `${r.id}/${id}`);
    const declaring = RULES.filter((r) => (r.absence?.messages ?? []).length > 0).map((r) => r.id);
    for (const id of [
      'p1-response-missing',
      'termination-missing',
      'baseline-service-missing',
      'escalation-missing',
      'tool-access-missing',
      'tool-exit-missing',
    ])
      assert.ok(declaring.includes(id), id);
  });

  const rule = RULES.find((r) => r.id === 'p1-response-slow')!;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  it('refuses a fix from a rule that is not fixable, and a message id or value the rule does not declare', () => {
    assert.equal(rule.fixable, false);
    assert.throws(
      () => checkContract(rule, { messageId: 'overLimit', range, fix: { title: 'x', edits: [{ range, newText: '1 hour' }] } }),
      /not fixable/,
    );
    assert.throws(() => formatMessage(rule, 'nope'), /unknown message id/);
    assert.throws(() => formatMessage(rule, 'overLimit', { response: '4 hours', plans: '' }), /no value for \{\{limit\}\}/);
  });
});

describe('configuration', () => {
  it('turns rules off and overrides severity', () => {
    assert.deepEqual(hits(DEFECTS, 'conflicting-ownership', { rules: { 'conflicting-ownership': 'off' } }), []);
    const f = findings(DEFECTS, { rules: { 'tool-access-insufficient': 'error' } }).find((x) => x.ruleId === 'tool-access-insufficient');
    assert.equal(f?.severity, 'error');
  });

  it('rejects unknown rules, levels and options with a one-line reason', () => {
    assert.throws(
      () => validateConfig({ rules: { 'no-such-rule': 'off' } }),
      (e: Error) => e instanceof ConfigError && /unknown rule "no-such-rule"/.test(e.message),
    );
    assert.throws(() => validateConfig({ rules: { 'p1-response-slow': 'loud' } }), ConfigError);
    assert.throws(() => validateConfig({ rules: { 'p1-response-slow': ['warning', { maxP1Response: 'soon' }] } }), /duration/);
    assert.throws(() => validateConfig({ rulez: {} }), /unknown key "rulez"/);
    assert.throws(() => validateConfig([]), ConfigError);
    assert.deepEqual(validateConfig({ rules: { 'p1-response-slow': ['warning', { maxP1Response: '30m' }] } }).rules?.['p1-response-slow'], [
      'warning',
      { maxP1Response: '30m' },
    ]);
  });

  it('merges later configs over earlier ones, keeping options', () => {
    const merged = mergeConfigs(
      { rules: { 'p1-response-slow': ['warning', { maxP1Response: '30m' }] } },
      { rules: { 'p1-response-slow': 'error' } },
    );
    assert.deepEqual(merged.rules?.['p1-response-slow'], ['error', { maxP1Response: '30m' }]);
  });
});

describe('inline suppression', () => {
  it('disable-next-line silences one rule on the next line only', () => {
    const table = '| Function | Contoso | Northwind | Globex |\n| --- | --- | --- | --- |\n| Help desk | R | A | Yes |\n';
    const plain = sow(table);
    assert.deepEqual(hits(plain, 'unknown-party'), [lineOf(plain, '| Function')]);
    const silenced = sow(`<!-- demarc-disable-next-line unknown-party -->\n${table}`);
    assert.deepEqual(hits(silenced, 'unknown-party'), []);
    assert.deepEqual(hits(silenced, 'invalid-raci'), [lineOf(silenced, 'Help desk')], 'other rules and lines unaffected');
    const other = sow(`<!-- demarc-disable-next-line invalid-raci -->\n${table}`);
    assert.deepEqual(hits(other, 'unknown-party'), [lineOf(other, '| Function')]);
  });

  it('disable/enable ranges and rule-less directives', () => {
    const text = sow(
      `<!-- demarc-disable invalid-raci -->\n\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Help desk | Yes | R/A |\n\n<!-- demarc-enable invalid-raci -->\n\n| Function | Contoso | Northwind |\n| --- | --- | --- |\n| Printers | Maybe | R/A |\n`,
    );
    assert.deepEqual(hits(text, 'invalid-raci'), [lineOf(text, 'Printers')]);
    const all = sow(`<!-- demarc-disable -->\n\n${COMPLETE.replace('| R/A | I |', '| X | I |')}`);
    assert.deepEqual(findings(all), []);
  });

  it('a file-level disable silences findings anchored on the model line', () => {
    const text = sow(`<!-- demarc-disable escalation-missing -->\n${COMPLETE.replace('## Escalation', '## Contacts')}`);
    assert.deepEqual(hits(text, 'escalation-missing'), []);
    assert.deepEqual(hits(text.replace('<!-- demarc-disable escalation-missing -->', ''), 'escalation-missing'), [3]);
  });
});

describe('positions', () => {
  it('gives the same lines and columns for CRLF and mixed line endings', () => {
    const lf = DEFECTS;
    const crlf = lf.replace(/\n/g, '\r\n');
    const mixed = lf
      .split('\n')
      .map((l, i) => l + (i % 2 ? '\r\n' : '\n'))
      .join('');
    const key = (t: string) =>
      findings(t).map((f) => [f.ruleId, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]);
    assert.deepEqual(key(crlf), key(lf));
    assert.deepEqual(key(mixed.slice(0, -1)), key(lf));
  });

  it('is deterministic', () => {
    assert.deepEqual(findings(DEFECTS), findings(DEFECTS));
  });
});

describe('fixAll', () => {
  it('applies safe fixes, keeps CRLF line endings, and writes no term the SOW did not hold', () => {
    const text = sow(COMPLETE.replace('| P1 | 15 minutes | 4 hours |\n', '')).replace(/\n/g, '\r\n');
    const { text: fixed, fixed: count } = fixAll(text);
    assert.equal(count, 1);
    assert.ok(fixed.includes('| P1 | TBD |  |\r\n| P2 | 1 hour | 8 hours |'), 'a P1 row with a placeholder Demarc keeps flagging');
    assert.deepEqual(
      findings(fixed).map((f) => f.messageId),
      ['notMeasurable'],
    );
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF introduced');
  });

  it('converges on the table whose fix once wrote ten P1 rows into the response column', () => {
    const text = sow(COMPLETE.replace(SLA_TABLE, '| Response | Sev |\n|---|---|\n| 30 minutes | 2 |\n| 4 hours | 3 |'));
    const once = fixAll(text);
    assert.equal(once.fixed, 1);
    assert.equal(once.text.match(/\| TBD \| 1 \|/g)?.length, 1, 'one P1 row, its label in the Sev column');
    assert.equal(fixAll(once.text).text, once.text, 'a second run changes nothing');
  });
});

describe('suggestions that append a section', () => {
  const noEscalation = sow(COMPLETE.replace('## Escalation\n\n1. Service desk lead.\n', ''));
  const appended = (text: string) => applyEdits(text, findings(text).find((f) => f.ruleId === 'escalation-missing')!.suggestions![0].edits);
  for (const [what, open, closer] of [
    ['an unclosed HTML comment', '<!-- draft note', '-->'],
    ['an unclosed code fence', '````text\nsample', '````'],
    ['an unclosed <script> block', '<script>', '</script>'],
  ]) {
    it(`close ${what} left at the end first, so the new section is not swallowed`, () => {
      const text = `${noEscalation}\n${open}\n`;
      const fixed = appended(text);
      assert.ok(fixed.startsWith(text), 'the document is kept as it was');
      assert.ok(fixed.slice(text.length).startsWith(`${closer}\n`), 'the open block is closed first');
      assert.deepEqual(hits(fixed, 'escalation-missing'), []);
    });
  }

  it('leave a closed fence alone', () => {
    const text = `${noEscalation}\n\`\`\`\ncode\n\`\`\`\n`;
    assert.ok(appended(text).slice(text.length).startsWith('\n## Escalation'));
  });
});

describe('responsibility split export', () => {
  it('matches the matrix with statuses and escapes CSV and HTML', () => {
    const split = responsibilitySplit(analyse(DEFECTS).model!);
    assert.deepEqual(split.parties, [
      { name: 'Contoso', role: 'client' },
      { name: 'Northwind', role: 'provider' },
    ]);
    assert.deepEqual(split.functions[1], {
      name: 'Patch management',
      line: lineOf(DEFECTS, 'Patch management'),
      roles: { Contoso: 'A', Northwind: 'A' },
      status: 'conflict',
    });
    const hostile = {
      parties: split.parties,
      functions: [{ name: '=HYPERLINK("x")<script>', line: 1, roles: {}, status: 'assigned' as const }],
    };
    assert.match(splitToCsv(hostile), /"'=HYPERLINK\(""x""\)<script>"/);
    const page = analyse(
      // Escaped, the cell's text holds the tags as a reader sees them (a bare tag is markup, not text).
      DEFECTS.replace('Patch management', '\\<script\\>x\\</script\\>\u202E Patch').replace('sow: 1', 'sow: 1\ntitle: <b>t</b>'),
    );
    const html = renderSplit(page.model!, 'html', 'd.sow.md', page.findings);
    assert.ok(!html.includes('<script>') && !html.includes('<b>t') && !html.includes('\u202E'));
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /&#60;script&#62;x&#60;\/script&#62;\\u202E Patch/);
  });
});

describe('the reports a reviewer sends on (md, html)', () => {
  const text = sow(COMPLETE.replace('1. Service desk lead.', '1. Service desk lead.\n2. <b>Delivery</b> manager.'));
  it('carry the escalation and exit sections as written, inert (HTML escaped in both)', () => {
    const model = analyse(text).model!;
    const md = renderSplit(model, 'md', 'x.sow.md');
    assert.match(
      md,
      /\n## Escalation and exit\n\n### Escalation \(escalation, line \d+\)\n\n- Service desk lead\.\n- &lt;b&gt;Delivery&lt;\/b&gt; manager\.\n/,
    );
    assert.match(
      md,
      /\n### Termination and exit \(exit, line \d+\)\n\n- Either party may end the agreement with 90 days' notice\.\n\n## Findings/,
    );
    const html = renderSplit(model, 'html', 'x.sow.md');
    assert.ok(html.includes('<li>&#60;b&#62;Delivery&#60;/b&#62; manager.</li>'), 'escaped');
    assert.ok(html.indexOf('<h2>Escalation and exit</h2>') < html.indexOf('<h2>Findings'));
  });

  it('have a Notes column only where a row of the matrix has notes', () => {
    const withNotes = sow(
      COMPLETE.replace(
        '| Function | Contoso | Northwind |\n| --- | --- | --- |',
        '| Function | Contoso | Northwind | Notes |\n| --- | --- | --- | --- |',
      ).replace('| Security monitoring | I | R/A |', '| Security monitoring | I | R/A | EDR alerts |'),
    );
    assert.match(
      renderSplit(analyse(withNotes).model!, 'md', 'x'),
      /\| Status \| Notes \|\n[^]*\| Security monitoring \| I \| R\/A \| assigned \| EDR alerts \|/,
    );
    const emptyNotes = withNotes.replace('| EDR alerts |', '| |');
    const md = renderSplit(analyse(emptyNotes).model!, 'md', 'x');
    assert.ok(!md.includes('Notes'), 'an empty Notes column is left out');
  });
});

describe('vocabulary and detection', () => {
  it('reads durations and business time', () => {
    assert.deepEqual(parseDuration('Within 15 minutes'), { text: 'Within 15 minutes', minutes: 15, business: false, unit: 'minutes' });
    assert.equal(parseDuration('4 business hours')?.business, true);
    // A qualifier before the business word (a real precedent's P1 row).
    assert.deepEqual(parseDuration('Within two Normal Business Hours.'), {
      text: 'Within two Normal Business Hours.',
      minutes: 120,
      business: true,
      unit: 'hours',
    });
    assert.equal(parseDuration('2 standard hours'), undefined, 'a qualifier alone says nothing of the clock');
    assert.equal(parseDuration('NBD')?.minutes, 1440);
    assert.equal(parseDuration('24 hours')?.minutes, 1440);
    for (const t of ['ASAP', 'promptly', 'best effort', 'TBD', '']) assert.equal(parseDuration(t), undefined, t);
    // A label before a colon is no clock time ("P1: 1 hour" is not 1:1); "8:30" and "1:30 hours" are.
    assert.equal(parseDuration('P1: 1 hour')?.minutes, 60);
    for (const t of ['8:30', '1:30 hours']) assert.equal(parseDuration(t), undefined, t);
    // A hyphen joining a number to its unit ("a 15-minute response"); a range's hyphen still reads its upper bound.
    assert.equal(parseDuration('a 15-minute response')?.minutes, 15);
    assert.equal(parseDuration('1-2 hours')?.minutes, 120);
  });

  it('recognises SOW files by name or front matter', () => {
    assert.ok(isSowFile('a.sow.md', undefined));
    assert.ok(isSowFile('contract.md', '---\nsow: 1\n---\n'));
    assert.ok(!isSowFile('README.md', '---\ntitle: x\n---\n'));
    assert.ok(!isSowFile('README.md', '# hello'));
    assert.ok(!isSowFile('notes.txt', '---\nsow: 1\n---\n'));
  });
});

describe('fix-all on every shipped document', () => {
  const docs = [
    ...fs.readdirSync(path.join(ROOT, 'examples')).map((f) => path.join(ROOT, 'examples', f)),
    ...fs
      .readdirSync(path.join(ROOT, 'test/fixtures'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, 'test/fixtures', f)),
    ...fs
      .readdirSync(path.join(ROOT, 'docs/rules'))
      .filter((f) => f !== 'README.md')
      .map((f) => path.join(ROOT, 'docs/rules', f)),
  ];
  it(`converges on the ${docs.length} examples, fixtures and rule pages`, () => {
    for (const file of docs) {
      const text = fs.readFileSync(file, 'utf8');
      const once = fixAll(text).text;
      assert.equal(fixAll(once).text, once, path.relative(ROOT, file));
    }
  });
});

describe('the size limit', () => {
  it('is measured in UTF-8 bytes, as the CLI measures files, not in UTF-16 code units', () => {
    const text = `---\nsow: 1\n---\n${'é'.repeat(3 * 1024 * 1024)}`;
    assert.ok(text.length < 5 * 1024 * 1024, 'under the limit in characters');
    assert.deepEqual(
      analyse(text).findings.map((f) => [f.ruleId, f.severity]),
      [['not-analysed', 'error']],
      'over it in bytes (6 MB)',
    );
    assert.notEqual(analyse(text.slice(0, 2 * 1024 * 1024)).findings[0]?.ruleId, 'not-analysed');
  });
});
