import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/engine';
import { demarc, ROOT, tempDir } from './run';

const FIXTURE = path.join(ROOT, 'test/fixtures/playbook');
const SOW = path.join(FIXTURE, 'northwind.sow.md');
const CLEAN = fs.readFileSync(path.join(ROOT, 'examples/co-managed-clean.sow.md'), 'utf8');

interface Message {
  ruleId: string;
  messageId?: string;
  line: number;
  message: string;
  suggestions?: { desc: string }[];
}

const lintJson = (args: string[], cwd?: string): Message[] => {
  const r = demarc(['lint', '--format', 'json', ...args], { cwd });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout)[0].messages;
};

/** A folder holding a repository of its own (so no config above it applies) with these files. */
function repo(files: Record<string, string>): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('playbooks', () => {
  it('the fixture playbook gives one finding per unmet position, and none for a met one', () => {
    const found = lintJson([SOW])
      .filter((m) => m.ruleId.startsWith('playbook-'))
      .map((m) => `${m.line} ${m.ruleId} ${m.messageId}`);
    assert.deepEqual(found.sort(), [
      '16 playbook-function missing', // Patch management: required, not in the split
      '18 playbook-function wrongOwner', // Help desk L1: the provider is accountable, the playbook wants the client
      '3 playbook-clause missing', // Limitation of liability (from the extended ./playbooks/base.json)
      '30 playbook-service-level slower', // P2 4 hours; the playbook wants 2h
      '42 playbook-exit tooLong', // agent removal within 60 days; the playbook says 30 days
      '42 playbook-tool-access lessAccess', // NinjaOne read-only; the playbook wants read-write
      '49 playbook-exit missingTerm', // licence transfer
    ]);
  });

  it('each message names the playbook and quotes its position beside what the SOW says', () => {
    const messages = lintJson([SOW]).filter((m) => m.ruleId.startsWith('playbook-'));
    for (const m of messages) assert.match(m.message, /the playbook "(Northwind standard co-managed terms|Base terms)"/i, m.message);
    const p2 = messages.find((m) => m.ruleId === 'playbook-service-level')!;
    assert.match(p2.message, /P2 response of 4 hours .* within 2 hours/);
    const owner = messages.find((m) => m.messageId === 'wrongOwner')!;
    assert.match(
      owner.message,
      /makes Northwind Managed Services accountable for "Help desk L1".*wants the client \(Harbour Dental Group\)/,
    );
  });

  it("suggestions offer the playbook's wording, and --fix writes none of it", () => {
    const config = JSON.parse(fs.readFileSync(path.join(FIXTURE, '.demarcrc.json'), 'utf8'));
    const findings = analyse(fs.readFileSync(SOW, 'utf8'), { config: { playbook: config.playbook } }).findings;
    const titles = findings.filter((f) => f.ruleId.startsWith('playbook-')).flatMap((f) => (f.suggestions ?? []).map((s) => s.title));
    assert.deepEqual(titles.sort(), [
      'Add "licence transfer" to the exit terms, as the playbook says',
      'Give the client read-write access to NinjaOne, as the playbook says',
      'Make Harbour Dental Group accountable for "Help desk L1", as the playbook says',
      'Set the P2 response to 2 hours, as the playbook says',
    ]);
    const dir = repo({ '.demarcrc.json': fs.readFileSync(path.join(FIXTURE, '.demarcrc.json'), 'utf8').replace('../../../', '') });
    fs.cpSync(path.join(FIXTURE, 'playbooks'), path.join(dir, 'playbooks'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.sow.md'), fs.readFileSync(SOW));
    demarc(['lint', '--fix', 'a.sow.md'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'a.sow.md'), 'utf8'), fs.readFileSync(SOW, 'utf8'));
  });

  it('the Markdown and HTML reports carry the checklist: every position, met or not, with its line', () => {
    const md = demarc(['matrix', SOW, '--format', 'md']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /## Playbook: Northwind standard co-managed terms \(7 of 14 met\)/);
    assert.match(md.stdout, /\| NinjaOne \| read-write access for the client \| "read-only" \| not met \| 42 \|/);
    assert.match(md.stdout, /\| HaloPSA \| read-write access for the client \| "read-write" \| met \| 43 \|/);
    const html = demarc(['matrix', SOW, '--format', 'html']);
    assert.match(html.stdout, /Playbook: Northwind standard co-managed terms \(7 of 14 met\)/);
    const plain = demarc(['matrix', path.join(ROOT, 'examples/co-managed-clean.sow.md'), '--format', 'md']);
    assert.doesNotMatch(plain.stdout, /Playbook/, 'no playbook, no checklist');
  });

  it('the JSON format names the playbook of each file', () => {
    assert.equal(JSON.parse(demarc(['lint', '--format', 'json', SOW]).stdout)[0].playbook, 'Northwind standard co-managed terms');
  });

  it('SARIF describes the playbook rules and names the playbook in the run', () => {
    const sarif = JSON.parse(demarc(['lint', '--format', 'sarif', SOW]).stdout);
    const run = sarif.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const id of ['playbook-function', 'playbook-service-level', 'playbook-tool-access', 'playbook-exit', 'playbook-clause'])
      assert.ok(ids.includes(id), id);
    assert.deepEqual(run.properties.playbooks, ['Northwind standard co-managed terms']);
  });

  describe('extends', () => {
    const p1Ten = JSON.stringify({ playbook: { name: 'Acme', serviceLevels: { P1: { response: '10m' } } } });
    const acme = (m: Message[]) => m.filter((x) => x.ruleId === 'playbook-service-level').map((x) => x.message);

    it('resolves a relative file', () => {
      const dir = repo({ '.demarcrc.json': '{"extends": "./shared/acme.json"}', 'shared/acme.json': p1Ten, 'a.sow.md': CLEAN });
      assert.match(
        acme(lintJson(['a.sow.md'], dir)).join(),
        /P1 response of 15 minutes is slower than the playbook "Acme" allows: within 10 minutes/,
      );
    });

    it('resolves an installed package, as Node finds it from the config', () => {
      const dir = repo({
        '.demarcrc.json': '{"extends": ["demarc-config-acme"]}',
        'node_modules/demarc-config-acme/package.json': '{"name": "demarc-config-acme", "main": "demarc.json"}',
        'node_modules/demarc-config-acme/demarc.json': p1Ten,
        'a.sow.md': CLEAN,
      });
      assert.equal(acme(lintJson(['a.sow.md'], dir)).length, 1);
    });

    it('resolves demarc:recommended and demarc:buyer; a later config overrides an earlier one position by position', () => {
      const recommended = repo({ '.demarcrc.json': '{"extends": "demarc:recommended"}', 'a.sow.md': CLEAN });
      assert.deepEqual(lintJson(['a.sow.md'], recommended), []);
      const buyer = repo({
        '.demarcrc.json': JSON.stringify({ extends: 'demarc:buyer', playbook: { serviceLevels: { P1: { response: '10m' } } } }),
        'a.sow.md': CLEAN,
      });
      const messages = lintJson(['a.sow.md'], buyer);
      assert.match(acme(messages).join(), /slower than the playbook "Demarc buyer \(co-managed IT\)" allows: within 10 minutes/);
    });

    const fails = (files: Record<string, string>, expected: RegExp) => {
      const dir = repo({ ...files, 'a.sow.md': CLEAN });
      const r = demarc(['lint', 'a.sow.md'], { cwd: dir });
      assert.equal(r.code, 2, r.stdout);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], expected);
      // --config names the file itself: still one line and exit 2.
      const given = demarc(['lint', '--config', '.demarcrc.json', 'a.sow.md'], { cwd: dir });
      assert.equal(given.code, 2);
      assert.equal(given.stderr.trim().split('\n').length, 1, given.stderr);
    };

    it('a missing file: one line naming the file, the JSON path, line and column; exit 2', () => {
      fails(
        { '.demarcrc.json': '{\n  "extends": ["./nope.json"]\n}\n' },
        /\.demarcrc\.json: invalid config: extends "\.\/nope\.json": no such file \(at extends\[0\], line 2, column 15\)/,
      );
    });

    it('a missing package or preset: one line, exit 2', () => {
      fails({ '.demarcrc.json': '{"extends": "demarc-config-nowhere"}' }, /extends "demarc-config-nowhere": no such package \(at extends/);
      fails(
        { '.demarcrc.json': '{"extends": "demarc:seller"}' },
        /no preset "demarc:seller" \(there are demarc:recommended, demarc:buyer\)/,
      );
    });

    it('a cycle: one line naming the file that closes it; exit 2', () => {
      fails(
        { '.demarcrc.json': '{"extends": "./b.json"}', 'b.json': '{"extends": ["./.demarcrc.json"]}' },
        /b\.json: invalid config: extends forms a cycle: \.demarcrc\.json → b\.json → \.demarcrc\.json \(at extends\[0\]/,
      );
    });

    it('a wrong type, here or in an extended file: one line naming that file and the JSON path; exit 2', () => {
      fails(
        { '.demarcrc.json': '{\n  "extends": 3\n}' },
        /\.demarcrc\.json: invalid config: "extends" must be .* \(at extends, line 2, column 3\)/,
      );
      fails(
        {
          '.demarcrc.json': '{"extends": "./base.json"}',
          'base.json': '{\n  "playbook": {\n    "tools": { "rmm": { "clientAccess": "full" } }\n  }\n}',
        },
        /base\.json: invalid config: playbook\.tools\.rmm\.clientAccess must be one of "read-write", "read-only", "none" \(at playbook\.tools\.rmm\.clientAccess, line 3, column 25\)/,
      );
    });
  });
});
