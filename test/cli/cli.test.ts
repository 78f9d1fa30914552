import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/engine';
import { COMPLETE, sow } from '../helpers/sow';
import { demarc, tempDir } from './run';

const CLEAN = sow(COMPLETE);
/** A table without a P1 row: the one finding --fix mends, with a placeholder row. */
const NO_P1 = sow(COMPLETE.replace('| P1 | 15 minutes | 4 hours |\n', ''));
const DEFECTS = sow(
  COMPLETE.replace('| Patch management | R | A |', '| Patch management | A | A |').replace(
    '| Datto RMM | RMM | Northwind | read-write |',
    '| Datto RMM | RMM | Northwind | read-only  |',
  ),
);

function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('demarc lint', () => {
  it('exits 0 on a clean folder and prints nothing', () => {
    const dir = workspace({ 'clean.sow.md': CLEAN });
    const r = demarc(['lint', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exits 1 with stylish output naming rule ids and lines', () => {
    const dir = workspace({ 'defects.sow.md': DEFECTS });
    const r = demarc(['lint', 'defects.sow.md'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^defects\.sow\.md$/m);
    assert.match(r.stdout, /^ {2}\d+:1 +error +"Patch management" has 2 accountable parties.*conflicting-ownership$/m);
    assert.match(r.stdout, /✖ 2 problems \(1 error, 1 warning\)/);
    assert.doesNotMatch(r.stdout, /can be fixed/, 'suggestions are not --fix fixes');
  });

  it('says how many problems --fix can mend', () => {
    const r = demarc(['lint', workspace({ 'no-p1.sow.md': NO_P1 })]);
    assert.match(r.stdout, /1 problem can be fixed with the `--fix` option/);
  });

  it('prints exactly the JSON shape, 1-based', () => {
    const dir = workspace({ 'defects.sow.md': DEFECTS });
    const r = demarc(['lint', '--format', 'json', dir]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 1);
    assert.deepEqual(Object.keys(out[0]), ['filePath', 'messages', 'errorCount', 'warningCount']);
    assert.equal(out[0].filePath, path.join(dir, 'defects.sow.md'));
    assert.deepEqual(out[0].messages[0], {
      ruleId: 'conflicting-ownership',
      messageId: 'manyAccountable',
      severity: 'error',
      message: out[0].messages[0].message,
      line: DEFECTS.split('\n').findIndex((l) => l.startsWith('| Patch management')) + 1,
      column: 1,
      endLine: DEFECTS.split('\n').findIndex((l) => l.startsWith('| Patch management')) + 1,
      endColumn: '| Patch management | A | A |'.length + 1,
    });
    assert.equal(out[0].errorCount, 1);
    assert.equal(out[0].warningCount, 1);
  });

  it('prints SARIF 2.1.0 with rules carrying docs links and relative locations', () => {
    const dir = workspace({ 'sows/defects.sow.md': DEFECTS });
    const r = demarc(['lint', '--format', 'sarif', 'sows'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'demarc');
    // Every rule, and the two notices about Demarc's own reading, so every result has a descriptor.
    assert.deepEqual(
      run.tool.driver.rules.map((x: { id: string }) => x.id),
      [...RULES.map((x) => x.id), 'not-analysed', 'word-import'],
    );
    assert.ok(run.tool.driver.rules.every((x: { helpUri: string }) => /^https:\/\/.+\.md(#[a-z-]+)?$/.test(x.helpUri)));
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'tool-access-insufficient');
    assert.equal(result.level, 'warning');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'tool-access-insufficient');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'sows/defects.sow.md');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(result.locations[0].physicalLocation.region.startLine > 1);
  });

  it('fails on warnings only beyond --max-warnings', () => {
    const dir = workspace({ 'w.sow.md': sow(COMPLETE.replace('| read-write | Agents', '| read-only | Agents')) });
    assert.equal(demarc(['lint', dir]).code, 0);
    assert.equal(demarc(['lint', '--max-warnings', '1', dir]).code, 0);
    const r = demarc(['lint', '--max-warnings', '0', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /too many warnings \(1\)/);
  });

  it('finds SOWs in folders by name or front matter, skipping other Markdown', () => {
    const dir = workspace({
      'a.sow.md': DEFECTS,
      'nested/contract.md': DEFECTS.replace('title: Test SOW', 'title: B'),
      'README.md': '# not a contract\n',
      'node_modules/x.sow.md': DEFECTS,
    });
    const out = JSON.parse(demarc(['lint', '-f', 'json', dir]).stdout);
    assert.deepEqual(out.map((f: { filePath: string }) => path.relative(dir, f.filePath)).sort(), ['a.sow.md', 'nested/contract.md']);
  });

  it('expands globs', () => {
    const dir = workspace({ 'a/one.sow.md': CLEAN, 'b/two.sow.md': DEFECTS });
    const out = JSON.parse(demarc(['lint', '-f', 'json', 'b/*.sow.md'], { cwd: dir }).stdout);
    assert.deepEqual(
      out.map((f: { filePath: string }) => path.basename(f.filePath)),
      ['two.sow.md'],
    );
  });

  it('uses the nearest .demarcrc.json, or --config', () => {
    const dir = workspace({
      'strict/.demarcrc.json': JSON.stringify({ rules: { 'p1-response-slow': ['error', { maxP1Response: '10m' }] } }),
      'strict/a.sow.md': CLEAN,
      'loose/a.sow.md': CLEAN,
      'off.json': JSON.stringify({
        rules: { 'p1-response-slow': 'off', 'conflicting-ownership': 'off', 'tool-access-insufficient': 'off' },
      }),
      'd.sow.md': DEFECTS,
    });
    const strict = demarc(['lint', '-f', 'json', 'strict', 'loose'], { cwd: dir });
    const out = JSON.parse(strict.stdout);
    assert.equal(strict.code, 1);
    assert.deepEqual(
      out.map((f: { filePath: string; errorCount: number }) => [path.basename(path.dirname(f.filePath)), f.errorCount]),
      [
        ['strict', 1],
        ['loose', 0],
      ],
    );
    assert.equal(demarc(['lint', '--config', 'off.json', 'd.sow.md'], { cwd: dir }).code, 0);
  });

  it('lints standard input with --stdin-filename for config and paths', () => {
    const r = demarc(['lint', '--stdin', '--stdin-filename', 'x.sow.md', '-f', 'json'], { input: DEFECTS });
    assert.equal(r.code, 1);
    assert.equal(path.basename(JSON.parse(r.stdout)[0].filePath), 'x.sow.md');
  });

  it('--fix applies safe fixes, reports what remains and leaves fix-free files untouched', () => {
    const dir = workspace({ 'd.sow.md': NO_P1, 'c.sow.md': CLEAN });
    const before = fs.statSync(path.join(dir, 'c.sow.md')).mtimeMs;
    const r = demarc(['lint', '--fix', '-f', 'json', dir]);
    const fixed = fs.readFileSync(path.join(dir, 'd.sow.md'), 'utf8');
    assert.ok(fixed.includes('| --- | --- | --- |\n| P1 | TBD |  |\n| P2 |'), 'a P1 row with a placeholder, no invented time');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.flatMap((f: { messages: { ruleId: string }[] }) => f.messages.map((m) => m.ruleId)),
      ['p1-response-missing'],
      'the placeholder is still flagged',
    );
    assert.equal(fs.statSync(path.join(dir, 'c.sow.md')).mtimeMs, before);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['c.sow.md', 'd.sow.md'], 'no temporary files left');
  });

  describe('bad input: one line naming the file, exit 2, other files still linted', () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['binary.sow.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), /binary\.sow\.md: not analysed: binary file/],
      [
        'latin1.sow.md',
        Buffer.from('---\nsow: 1\nclient: Caf\xe9\n---\n', 'latin1'),
        /latin1\.sow\.md: not analysed: not valid UTF-8 text/,
      ],
      ['yaml.sow.md', '---\nsow: 1\nmodel: [co-managed\n---\n', /yaml\.sow\.md: invalid YAML front matter \(line 3\)/],
    ];
    for (const [name, content, expected] of cases) {
      it(name, () => {
        const dir = workspace({ [name]: content, 'ok.sow.md': DEFECTS });
        const r = demarc(['lint', '-f', 'json', dir]);
        assert.equal(r.code, 2);
        const lines = r.stderr.trim().split('\n');
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0], /^demarc: /);
        assert.match(lines[0], expected);
        assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
        assert.ok(
          JSON.parse(r.stdout).some(
            (f: { filePath: string; errorCount: number }) => f.filePath.endsWith('ok.sow.md') && f.errorCount === 1,
          ),
        );
      });
    }

    it('a missing path', () => {
      const r = demarc(['lint', 'no/such/file.sow.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'demarc: no/such/file.sow.md: no such file or folder\n');
    });

    it('a folder with no SOWs', () => {
      const dir = workspace({ 'README.md': '# hi\n' });
      const r = demarc(['lint', dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no SOW files in this folder/);
      assert.doesNotMatch(r.stderr, /Word/);
    });

    it('a folder with only Word files says how to lint them', () => {
      const dir = workspace({ 'a.docx': 'PK', 'b.docx': 'PK' });
      const r = demarc(['lint', dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no SOW files in this folder \(.*; it has 2 Word file\(s\): add --ext docx to lint them\)\n$/);
    });

    it('an invalid .demarcrc.json', () => {
      const dir = workspace({ '.demarcrc.json': '{ "rules": { "p1-response-slow": "loud" } }', 'a.sow.md': CLEAN });
      const r = demarc(['lint', dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /a\.sow\.md: .*\.demarcrc\.json: invalid config: rules\.p1-response-slow must be one of "error", "warning", "info", "off" \(at rules\.p1-response-slow, line 1, column \d+\)/);
      const broken = workspace({ 'c.json': '{ nope' });
      const r2 = demarc(['lint', '--config', path.join(broken, 'c.json'), dir]);
      assert.equal(r2.code, 2);
      assert.match(r2.stderr, /c\.json: invalid JSON/);
    });

    it('a file over the size limit', () => {
      const dir = workspace({ 'big.sow.md': CLEAN + 'x'.repeat(6 * 1024 * 1024) });
      const r = demarc(['lint', dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /big\.sow\.md: not analysed: it is 6\.0 MB, over the 5\.0 MB limit/);
    });

    it('usage errors', () => {
      for (const args of [
        ['lint', '--format', 'xml'],
        ['lint', '--max-warnings', '-1'],
        ['frobnicate'],
        ['lint', '--bogus'],
        ['lint', '--stdin', '--fix'],
      ]) {
        const r = demarc(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stderr.trim().split('\n').length, 1, args.join(' '));
      }
    });
  });
});

describe('demarc rules and matrix', () => {
  it('lists the catalogue as JSON', () => {
    const rules = JSON.parse(demarc(['rules', '--format', 'json']).stdout);
    assert.equal(rules.length, RULES.length);
    assert.deepEqual(Object.keys(rules[0]), ['id', 'defaultSeverity', 'description', 'docs', 'fixable', 'options']);
  });

  it('exports the responsibility split as json, csv, md and html', () => {
    const dir = workspace({ 'd.sow.md': DEFECTS });
    const file = path.join(dir, 'd.sow.md');
    const json = JSON.parse(demarc(['matrix', file, '--format', 'json']).stdout);
    assert.deepEqual(json.parties, [
      { name: 'Contoso', role: 'client' },
      { name: 'Northwind', role: 'provider' },
    ]);
    assert.deepEqual(
      json.functions.map((f: { status: string }) => f.status),
      ['assigned', 'conflict', 'assigned', 'assigned'],
    );
    assert.deepEqual(Object.keys(json.functions[0]), ['name', 'line', 'roles', 'status']);
    assert.match(
      demarc(['matrix', file, '--format', 'csv']).stdout,
      /^Function,Contoso,Northwind,Status\r\nSecurity monitoring,I,R\/A,assigned\r\n/,
    );
    // Markdown and HTML are the whole picture for a reader: parties, the matrix as written, service levels, tools, findings.
    const md = demarc(['matrix', file]).stdout;
    assert.match(md, /^# Responsibility split: Test SOW\n\n- \*\*Client:\*\* Contoso\n- \*\*Provider:\*\* Northwind\n/);
    assert.match(
      md,
      /\n\| Function \| Contoso \| Northwind \| Status \| Notes \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| Security monitoring \| I \| R\/A \| assigned \|/,
    );
    assert.match(md, /\n## Service levels\n[\s\S]*\n## Tools\n[\s\S]*\n## Findings \(2\)\n/);
    const html = demarc(['matrix', file, '--format', 'html']).stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes('<h2>Findings (2)</h2>') && html.includes('<h2>Service levels</h2>'));
    const missing = demarc(['matrix', path.join(dir, 'nope.sow.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.sow\.md: not analysed: no such file$/m);
  });

  /** The findings table of the Markdown report, as `line rule` pairs. */
  const reportFindings = (md: string) =>
    [...md.slice(md.indexOf('## Findings')).matchAll(/^\| (\d+) \| \w+ \| ([a-z-]+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
  const lintFindings = (args: string[], cwd: string) =>
    (JSON.parse(demarc(['lint', '--format', 'json', ...args], { cwd }).stdout)[0].messages as { line: number; ruleId: string }[]).map(
      (m) => `${m.line} ${m.ruleId}`,
    );

  it('shows exactly the findings lint shows, with a .demarcrc.json beside the file or --config', () => {
    const off = JSON.stringify({ rules: { 'conflicting-ownership': 'off', 'tool-access-insufficient': 'error' } });
    const beside = workspace({ 'd.sow.md': DEFECTS, '.demarcrc.json': off });
    const md = demarc(['matrix', 'd.sow.md', '--format', 'md'], { cwd: beside }).stdout;
    assert.deepEqual(reportFindings(md), lintFindings(['d.sow.md'], beside));
    assert.ok(!reportFindings(md).some((f) => f.endsWith('conflicting-ownership')), 'the rule turned off is not reported');
    assert.match(md, /\| error \| tool-access-insufficient \|/, 'the level set in the config is shown');

    const elsewhere = workspace({ 'd.sow.md': DEFECTS, 'rules.json': off });
    const withFlag = demarc(['matrix', 'd.sow.md', '--config', 'rules.json'], { cwd: elsewhere }).stdout;
    assert.deepEqual(reportFindings(withFlag), lintFindings(['d.sow.md', '--config', 'rules.json'], elsewhere));
    assert.equal(reportFindings(withFlag).length, 1);

    const broken = demarc(['matrix', 'd.sow.md', '--config', 'nope.json'], { cwd: elsewhere });
    assert.equal(broken.code, 2);
    assert.equal(broken.stderr.trim().split('\n').length, 1);
  });
});
