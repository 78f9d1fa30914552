import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, RULES, validateConfig } from '../../server/src/engine';
import { ROOT } from '../cli/run';

/** The fenced Markdown block under a `## <heading>` of a rule page. */
function example(page: string, heading: string): string {
  const m = new RegExp(`## ${heading}\\n\\n\`\`\`markdown\\n([^]*?)\\n\`\`\``).exec(page);
  assert.ok(m, `${heading} block`);
  return `${m[1]}\n`;
}

describe('rule documentation', () => {
  for (const rule of RULES) {
    it(`docs/rules/${rule.id}.md documents the rule with examples that behave as stated`, () => {
      const page = fs.readFileSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
      assert.match(page, new RegExp(`^# ${rule.id}\\n\\nDefault severity: \\*\\*${rule.defaultSeverity}`));
      for (const section of ['What it flags', 'Why it matters', 'Turning it off']) assert.ok(page.includes(`## ${section}`), section);
      // A playbook rule's page states the playbook its examples are held against.
      const playbook = /## Playbook\n\n```json\n([^]*?)\n```/.exec(page)?.[1];
      const config = playbook ? validateConfig(JSON.parse(playbook)) : undefined;
      assert.equal(playbook !== undefined, rule.id.startsWith('playbook-'), 'a playbook block on playbook rules only');
      const fails = analyse(example(page, 'Failing example'), { config }).findings.filter((f) => f.ruleId === rule.id);
      const passes = analyse(example(page, 'Passing example'), { config }).findings.filter((f) => f.ruleId === rule.id);
      assert.ok(fails.length > 0, 'the failing example fails');
      assert.deepEqual(
        passes.map((f) => f.message),
        [],
        'the passing example passes',
      );
    });
  }

  it('the README rule table lists every rule with its docs page', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) assert.ok(readme.includes(`[\`${rule.id}\`](docs/rules/${rule.id}.md)`), rule.id);
  });

  it('ARCHITECTURE.md is linked from the README, and every path its map names exists', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes('(ARCHITECTURE.md)'), 'linked from README');
    const map = fs.readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const paths = [...map.matchAll(/`((?:server|client|test|syntaxes|snippets|bench|docs)\/[^`*\s]+|\w[\w.-]*\.(?:json|mjs))`/g)].map(
      (m) => m[1],
    );
    assert.ok(paths.length > 20, `${paths.length} paths named`);
    const short = (p: string) => [p, `server/src/${p}`, `server/src/engine/${p}`, `server/src/lsp/${p}`, `test/${p}`];
    const missing = paths.filter((p) => !short(p.replace(/\/$/, '')).some((q) => fs.existsSync(path.join(ROOT, q))));
    assert.deepEqual(missing, []);
  });
});
