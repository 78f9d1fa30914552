// `demarc diff`: the real bin, as CI runs it, on files, Word files and a git repository.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChangeView, ComparisonView } from '../../server/src/engine';
import { lineOf } from '../helpers/sow';
import { BASE, EDITS, replace } from '../helpers/versions';
import { demarc, ROOT, tempDir, type Run } from './run';

function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function json(r: Run): ComparisonView {
  assert.equal(r.stderr, '', r.stderr);
  return JSON.parse(r.stdout) as ComparisonView;
}

const brief = (c: ChangeView) => `${c.kind} ${c.subject}`;
const corpus = (name: string) => fs.readFileSync(path.join(ROOT, 'test/corpus/real', name), 'utf8');

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Demarc test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'ignore' });
}

describe('demarc diff', () => {
  it('reports every kind of change, each on a pair of files that differ by that one change', () => {
    const files: Record<string, string> = { 'v3.sow.md': BASE };
    for (const e of EDITS) files[`${e.kind}.sow.md`] = e.edit(BASE);
    const dir = workspace(files);
    for (const e of EDITS) {
      const r = demarc(['diff', 'v3.sow.md', `${e.kind}.sow.md`, '--format', 'json'], { cwd: dir });
      assert.equal(r.code, 0, `${e.kind}: ${r.stderr}`);
      const view = json(r);
      assert.deepEqual(
        view.changes.map((c) => ({ kind: c.kind, subject: c.subject, from: c.from, to: c.to, weakens: c.weakens })),
        [{ kind: e.kind, subject: e.subject, from: e.from, to: e.to, weakens: e.weakens }],
        e.kind,
      );
      assert.equal(view.old, 'v3.sow.md');
      assert.equal(view.new, `${e.kind}.sow.md`);
    }
  });

  it('on a real corpus matrix with rows moved, cells reworded and a function renamed, reports only the rename', () => {
    const old = corpus('a-lesniak-msp-mssp-raci.sow.md');
    const budgeting = '| 3 | **Budgeting & Major Vendor Management** | A | R | C | I |\n';
    let now = replace(old, budgeting, '');
    now = replace(now, '| 5 | **IT Invoice', `${budgeting}| 5 | **IT Invoice`);
    now = replace(now, '| A & R (Config, Ops) |', '| R/A (configuration and operations) |');
    now = replace(now, '| C (Oversight) | A (Hands-on) | R (Security Checks', '| C (oversees) | A (hands-on) | R (Security Checks');
    now = replace(now, '**Azure Resource Management**', '**Azure Subscription Administration**');
    const dir = workspace({ 'old.sow.md': old, 'new.sow.md': now });
    const view = json(demarc(['diff', 'old.sow.md', 'new.sow.md', '-f', 'json'], { cwd: dir }));
    assert.deepEqual(view.changes, [
      {
        kind: 'function-renamed',
        subject: 'Azure Subscription Administration',
        from: 'Azure Resource Management',
        to: 'Azure Subscription Administration',
        oldLine: lineOf(old, '**Azure Resource Management**'),
        newLine: lineOf(now, '**Azure Subscription Administration**'),
        line: lineOf(now, '**Azure Subscription Administration**'),
        weakens: false,
      },
    ]);
    assert.deepEqual(view.findings, { introduced: [], resolved: [] });
  });

  it('on a real corpus service-level table with rows moved, times reworded and P1 tightened, reports only the P1', () => {
    const old = corpus('a-smarterit-sla.sow.md');
    let now = replace(old, '| Low (P4) | Requests / changes | Scheduled |\n', '');
    now = replace(now, '| Critical (P1) |', '| Low (P4) | Requests / changes | Scheduled |\n| Critical (P1) |');
    now = replace(now, '| ≤ 1 hour |', '| within sixty (60) minutes |');
    now = replace(now, '| Company-wide outage | 15 minutes |', '| Outage across the company | 10 minutes |');
    const dir = workspace({ 'old.sow.md': old, 'new.sow.md': now });
    const view = json(demarc(['diff', 'old.sow.md', 'new.sow.md', '--format', 'json'], { cwd: dir }));
    assert.deepEqual(view.changes, [
      {
        kind: 'response-changed',
        subject: 'Critical (P1)',
        from: '15 minutes',
        to: '10 minutes',
        oldLine: lineOf(old, '| Critical (P1)'),
        newLine: lineOf(now, '| Critical (P1)'),
        line: lineOf(now, '| Critical (P1)'),
        weakens: false,
        note: 'faster',
      },
    ]);
    assert.deepEqual(view.findings, { introduced: [], resolved: [] });
  });

  it('reads a Word file as lint does: a SOW against its own .docx export changes nothing, against its edited Markdown exactly the edit', () => {
    const dir = workspace({ 'v3.sow.md': BASE });
    assert.equal(demarc(['export', 'v3.sow.md', '--format', 'docx', '-o', 'v3.docx'], { cwd: dir }).code, 0);
    for (const [a, b] of [
      ['v3.sow.md', 'v3.docx'],
      ['v3.docx', 'v3.sow.md'],
    ]) {
      const view = json(demarc(['diff', a, b, '--format', 'json'], { cwd: dir }));
      assert.deepEqual(view.changes, [], `${a} against ${b}`);
      assert.deepEqual(view.findings, { introduced: [], resolved: [] });
    }
    const edit = EDITS.find((e) => e.kind === 'access-changed')!;
    fs.writeFileSync(path.join(dir, 'v4.sow.md'), edit.edit(BASE));
    const view = json(demarc(['diff', 'v3.docx', 'v4.sow.md', '--format', 'json'], { cwd: dir }));
    assert.deepEqual(
      view.changes.map((c) => ({
        kind: c.kind,
        subject: c.subject,
        from: c.from,
        to: c.to,
        newLine: c.newLine,
        oldLocation: c.oldLocation,
      })),
      [
        {
          kind: 'access-changed',
          subject: 'Datto RMM',
          from: 'read-write',
          to: 'read-only',
          newLine: lineOf(edit.edit(BASE), '| Datto RMM'),
          // The third table a reader sees: the title block Demarc's export writes as a table is not counted.
          oldLocation: 'table 3, row 2 · Datto RMM',
        },
      ],
      'a Word row is named by its table and row, as lint names it',
    );
    assert.deepEqual(
      view.findings.introduced.map((f) => f.ruleId),
      ['tool-access-insufficient'],
    );
  });

  it('with --fail-on worse exits 1 only when a change weakens a term or a finding is introduced', () => {
    const files: Record<string, string> = { 'v3.sow.md': BASE };
    for (const e of EDITS) files[`${e.kind}.sow.md`] = e.edit(BASE);
    const dir = workspace(files);
    const failOn = (kind: string) => demarc(['diff', 'v3.sow.md', `${kind}.sow.md`, '--fail-on', 'worse'], { cwd: dir }).code;
    assert.equal(failOn('response-changed'), 1, 'a slower P1');
    assert.equal(failOn('access-changed'), 1, 'read-only RMM access');
    assert.equal(failOn('exit-terms-removed'), 1, 'an exit term removed');
    assert.equal(failOn('function-removed'), 1, 'a function left to nobody');
    assert.equal(failOn('resolution-changed'), 0, 'a faster resolution');
    assert.equal(failOn('function-renamed'), 0, 'a rename');
    assert.equal(failOn('tool-added'), 0, 'a tool added');
    assert.equal(failOn('model-changed'), 1, 'no change weakens, but model-mismatch findings are introduced');
    assert.equal(
      demarc(['diff', 'v3.sow.md', 'response-changed.sow.md'], { cwd: dir }).code,
      0,
      'without --fail-on, changes are not a failure',
    );
    assert.equal(demarc(['diff', 'v3.sow.md', 'v3.sow.md', '--fail-on', 'worse'], { cwd: dir }).code, 0);
  });

  it('on bad input prints one line naming the file and exits 2', () => {
    const dir = workspace({
      'v3.sow.md': BASE,
      'binary.sow.md': Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0]),
      'yaml.sow.md': BASE.replace('client: Contoso', 'client: [Contoso'),
      'broken.docx': Buffer.from('PK\u0003\u0004 not really a zip'),
    });
    const cases: [string[], RegExp][] = [
      [['v3.sow.md', 'missing.sow.md'], /^demarc: missing\.sow\.md: no such file\n$/],
      [['missing.sow.md', 'v3.sow.md'], /^demarc: missing\.sow\.md: no such file\n$/],
      [['v3.sow.md', 'binary.sow.md'], /^demarc: binary\.sow\.md: .+\n$/],
      [['yaml.sow.md', 'v3.sow.md'], /^demarc: yaml\.sow\.md: invalid YAML front matter \(line \d+\): .+\n$/],
      [['v3.sow.md', 'broken.docx'], /^demarc: broken\.docx: not analysed: .+\n$/],
      [['v3.sow.md', '.'], /^demarc: \S+: not a regular file \(a folder\); not read\n$/],
      [['v3.sow.md'], /^demarc: demarc diff takes two SOW files .+\n$/],
      [['v3.sow.md', 'v3.sow.md', '--fail-on', 'any'], /^demarc: --fail-on must be one of worse .+\n$/],
      [['v3.sow.md', 'v3.sow.md', '--format', 'sarif'], /^demarc: --format must be one of stylish, json, md, html .+\n$/],
    ];
    for (const [args, stderr] of cases) {
      const r = demarc(['diff', ...args], { cwd: dir });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, stderr, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  it('with --git REV FILE reads FILE at the revision through git, from any folder, and says when git cannot', () => {
    const dir = workspace({ 'contracts/northwind.sow.md': BASE, 'contracts/notes.txt': 'x' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'v3');
    git(dir, 'tag', 'v3');
    const edit = EDITS.find((e) => e.kind === 'response-changed')!;
    fs.writeFileSync(path.join(dir, 'contracts/northwind.sow.md'), edit.edit(BASE));
    for (const [cwd, file] of [
      [dir, 'contracts/northwind.sow.md'],
      [path.join(dir, 'contracts'), 'northwind.sow.md'],
    ]) {
      const view = json(demarc(['diff', '--git', 'HEAD', file, '--format', 'json'], { cwd }));
      assert.equal(view.old, `HEAD:${file}`);
      assert.equal(view.new, file);
      assert.deepEqual(view.changes.map(brief), ['response-changed P1']);
    }
    assert.equal(demarc(['diff', '--git', 'v3', 'contracts/northwind.sow.md', '--fail-on', 'worse'], { cwd: dir }).code, 1);
    fs.writeFileSync(path.join(dir, 'contracts/new.sow.md'), BASE);
    const problems: [string[], RegExp][] = [
      [
        ['--git', 'no-such-rev', 'contracts/northwind.sow.md'],
        /^demarc: no-such-rev:contracts\/northwind\.sow\.md: git could not read it \(.+\)\n$/,
      ],
      [['--git', 'HEAD', 'contracts/new.sow.md'], /^demarc: HEAD:contracts\/new\.sow\.md: git could not read it \(.*new\.sow\.md.*\)\n$/],
      [['--git=--output=x', 'contracts/northwind.sow.md'], /^demarc: --git takes a revision/],
    ];
    for (const [args, stderr] of problems) {
      const r = demarc(['diff', ...args], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, stderr);
      assert.equal(r.stdout, '');
    }
    const outside = workspace({ 'x.sow.md': BASE });
    const r = demarc(['diff', '--git', 'HEAD', 'x.sow.md'], { cwd: outside });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^demarc: HEAD:x\.sow\.md: git could not read it \(not a git repository.*\)\n$/);
  });

  it('prints a job summary in Markdown, a printable page in HTML, and a grouped list for a terminal', () => {
    const edited = EDITS.filter((e) => ['response-changed', 'accountable-changed', 'tool-added'].includes(e.kind)).reduce(
      (t, e) => e.edit(t),
      BASE,
    );
    const dir = workspace({ 'v3.sow.md': BASE, 'v4.sow.md': edited });
    const md = demarc(['diff', 'v3.sow.md', 'v4.sow.md', '--format', 'md'], { cwd: dir });
    assert.equal(md.code, 0);
    assert.match(
      md.stdout,
      /^### What changed in v4\.sow\.md\n\nCompared with v3\.sow\.md: \*\*3 changes, 1 weakens a term; findings: 2 introduced, 0 resolved\*\*\.\n/,
    );
    assert.match(
      md.stdout,
      /^\| ⚠️ weakens \| response time changed \| P1 \| 15 minutes → 4 business hours \(slower, now counted in business time\) \| \d+ \|$/m,
    );
    assert.match(md.stdout, /^#### Findings introduced \(2\)$/m);
    const html = demarc(['diff', 'v3.sow.md', 'v4.sow.md', '--format', 'html'], { cwd: dir });
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    assert.match(html.stdout, /Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
    assert.match(html.stdout, /<tr class="weakens"><td>weakens<\/td><td>response time changed<\/td><td>P1<\/td>/);
    const stylish = demarc(['diff', 'v3.sow.md', 'v4.sow.md'], { cwd: dir });
    const lines = stylish.stdout.split('\n');
    assert.equal(lines[0], 'v3.sow.md → v4.sow.md');
    assert.deepEqual(lines.filter((l) => /^\S/.test(l)).slice(1), [
      'Functions and owners',
      'Service levels',
      'Tools, access and exit terms',
      'Findings introduced (2)',
      '3 changes, 1 weakens a term; findings: 2 introduced, 0 resolved',
    ]);
    assert.match(stylish.stdout, /^ {2}\d+ +weakens +response time changed +P1: 15 minutes → 4 business hours/m);
  });
});
