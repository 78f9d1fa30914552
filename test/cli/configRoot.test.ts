import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMPLETE, sow } from '../helpers/sow';
import { demarc, ROOT, tempDir } from './run';

const DEFECTS = sow(COMPLETE.replace('| Patch management | R | A |', '| Patch management | A | A |'));
const ALL_OFF = JSON.stringify({ rules: { 'conflicting-ownership': 'off' } });

function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    if (name.endsWith('/')) fs.mkdirSync(path.join(dir, name), { recursive: true });
    else fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A `.demarcrc.json` above the repository cannot switch its rules off. */
describe('config search stops at the repository root', () => {
  it('a config above a clone (.git folder) is not used', () => {
    const dir = tree({ '.demarcrc.json': ALL_OFF, 'repo/.git/': '', 'repo/sows/a.sow.md': DEFECTS });
    assert.equal(demarc(['lint', 'repo/sows'], { cwd: dir }).code, 1);
    assert.equal(demarc(['lint', 'sows'], { cwd: path.join(dir, 'repo') }).code, 1);
  });

  it('a config above a worktree or submodule (.git file) is not used', () => {
    const dir = tree({ '.demarcrc.json': ALL_OFF, 'repo/.git': 'gitdir: ../elsewhere\n', 'repo/a.sow.md': DEFECTS });
    assert.equal(demarc(['lint', 'repo'], { cwd: dir }).code, 1);
  });

  it('a config at the repository root, or inside it, still applies', () => {
    const dir = tree({ 'repo/.git/': '', 'repo/.demarcrc.json': ALL_OFF, 'repo/sows/a.sow.md': DEFECTS });
    assert.equal(demarc(['lint', 'repo'], { cwd: dir }).code, 0);
  });

  it('"root": true is accepted (and must be a boolean); the schema allows it', () => {
    const dir = tree({ '.demarcrc.json': JSON.stringify({ root: true, rules: { 'conflicting-ownership': 'off' } }), 'a.sow.md': DEFECTS });
    const r = demarc(['lint', dir]);
    assert.equal(r.code, 0, r.stderr);
    fs.writeFileSync(path.join(dir, '.demarcrc.json'), '{ "root": "yes" }');
    assert.match(demarc(['lint', dir]).stderr, /invalid config: "root" must be true or false/);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/schemas/demarcrc.schema.json'), 'utf8'));
    assert.deepEqual(schema.properties.root.type, 'boolean');
  });
});
