// CI that remembers: fingerprints that follow a finding rather than its line, GitHub annotations, and a
// suppressions baseline that accepts today's findings and fails only on new ones.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, ROOT, tempDir } from './run';

const DEFECTS = fs.readFileSync(path.join(ROOT, 'examples/co-managed-defects.sow.md'), 'utf8');

/** A folder of its own (a repository, so no config above it applies) holding a.sow.md. */
function project(text: string): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, 'a.sow.md'), text);
  return dir;
}

interface SarifResult {
  ruleId: string;
  message: { text: string };
  partialFingerprints: Record<string, string>;
  locations: { physicalLocation: { region?: { startLine: number } } }[];
}

function sarif(dir: string): SarifResult[] {
  const r = demarc(['lint', '--format', 'sarif', 'a.sow.md'], { cwd: dir });
  return JSON.parse(r.stdout).runs[0].results;
}

const fingerprints = (results: SarifResult[]) => results.map((r) => r.partialFingerprints['demarcFinding/v1']);

describe('CI that remembers', () => {
  it('SARIF fingerprints stay when lines are inserted above a finding, and change when its function does', () => {
    const before = sarif(project(DEFECTS));
    assert.ok(before.length >= 10);
    assert.equal(new Set(before.map((r) => r.partialFingerprints['demarcFinding/v1'])).size, before.length, 'one fingerprint per finding');
    const moved = sarif(project(DEFECTS.replace('## 1. Scope', '## 0. Background\n\nSome words.\n\nMore words.\n\n## 1. Scope')));
    assert.ok(moved[1].locations[0].physicalLocation.region!.startLine > before[1].locations[0].physicalLocation.region!.startLine, 'lines moved');
    assert.deepEqual(fingerprints(moved), fingerprints(before));
    // The same defect on a renamed function is another finding.
    const renamed = sarif(project(DEFECTS.replace('| Vendor management', '| Supplier management')));
    const was = before.find((r) => r.message.text.includes('"Vendor management"'))!;
    const now = renamed.find((r) => r.message.text.includes('"Supplier management"'))!;
    assert.notEqual(now.partialFingerprints['demarcFinding/v1'], was.partialFingerprints['demarcFinding/v1']);
    const others = (rs: SarifResult[]) => fingerprints(rs.filter((r) => !/Vendor|Supplier/.test(r.message.text)));
    assert.deepEqual(others(renamed), others(before), 'the other findings keep theirs');
  });

  it('--format github prints one workflow annotation per finding, escaped as the runner reads them', () => {
    const dir = project(DEFECTS.replace('| Vendor management', '| Vendor 100%, a:b management'));
    const r = demarc(['lint', '--format', 'github', 'a.sow.md'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    const json = JSON.parse(demarc(['lint', '--format', 'json', 'a.sow.md'], { cwd: dir }).stdout)[0].messages;
    assert.equal(lines.length, json.length);
    assert.match(lines[0], /^::warning file=a\.sow\.md,line=3,col=1,endLine=3,title=demarc escalation-missing::This co-managed SOW/);
    const vendor = lines.find((l) => l.includes('unassigned-function') && l.includes('Vendor'))!;
    assert.match(vendor, /^::error file=a\.sow\.md,line=\d+,col=1,endLine=\d+,title=demarc unassigned-function::.*"Vendor 100%25, a:b management"/);
  });

  it('suppressions: accept today, pass; a new defect fails alone; fixed, it passes; prune drops what no longer occurs', () => {
    const dir = project(DEFECTS);
    const lint = (...args: string[]) => demarc(['lint', '--format', 'json', ...args, 'a.sow.md'], { cwd: dir });
    const messages = (r: { stdout: string }) => JSON.parse(r.stdout)[0].messages as { ruleId: string; message: string }[];
    assert.equal(lint().code, 1);
    const accepted = lint('--suppress-all');
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.match(accepted.stderr, /demarc-suppressions\.json: 12 finding\(s\) accepted/);
    const file = JSON.parse(fs.readFileSync(path.join(dir, 'demarc-suppressions.json'), 'utf8'));
    assert.equal(file.version, 1);
    assert.deepEqual(Object.keys(file.files), ['a.sow.md']);
    assert.equal(lint().code, 0);
    assert.deepEqual(messages(lint()), []);

    // A new defect (a second function nobody owns), with lines moved above the accepted ones.
    fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS.replace('| Vendor management', '| Licence management               | -                 | -           |                                        |\n| Vendor management'));
    const failed = lint();
    assert.equal(failed.code, 1);
    assert.deepEqual(
      messages(failed).map((m) => m.ruleId),
      ['unassigned-function'],
    );
    assert.match(messages(failed)[0].message, /"Licence management"/);

    // Fixed: back to passing. Then an accepted finding is fixed too: said, and prune drops it.
    fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS.replace('| Vendor management                | TBD               | TBD ', '| Vendor management                | I                 | R/A '));
    const fixedOne = lint();
    assert.equal(fixedOne.code, 0, fixedOne.stdout);
    assert.match(fixedOne.stderr, /1 accepted finding\(s\) no longer occur; run with --prune-suppressions/);
    assert.equal(lint('--prune-suppressions').code, 0);
    const pruned = JSON.parse(fs.readFileSync(path.join(dir, 'demarc-suppressions.json'), 'utf8'));
    const count = (f: typeof file) => Object.values(f.files['a.sow.md'] as Record<string, { count: number }>).reduce((n, e) => n + e.count, 0);
    assert.equal(count(pruned), count(file) - 1);
    assert.doesNotMatch(lint().stderr, /no longer occur/);
  });

  it('a file not analysed is never accepted, and a broken suppressions file is one line and exit 2', () => {
    const dir = project(DEFECTS);
    assert.equal(demarc(['lint', '--suppress-all', 'a.sow.md'], { cwd: dir }).code, 0);
    fs.writeFileSync(path.join(dir, 'a.sow.md'), `${DEFECTS}\n${'> '.repeat(20_000)}\n`);
    const r = demarc(['lint', 'a.sow.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.sow\.md: not analysed/);
    fs.writeFileSync(path.join(dir, 'demarc-suppressions.json'), '{"version": 1, "files": {"a.sow.md": {"x": {"rule": "r", "count": -1}}}}');
    const broken = demarc(['lint', 'a.sow.md'], { cwd: dir });
    assert.equal(broken.code, 2);
    assert.deepEqual(broken.stderr.trim().split('\n').filter((l) => /suppressions/.test(l)), [
      'demarc: demarc-suppressions.json: not a Demarc suppressions file (version 1, files by path)',
    ]);
  });
});
