// `demarc init` (issue 24): a `$schema` that resolves without Demarc installed in the repository.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { demarc, ROOT, tempDir } from './run';

const DEFECTS = fs.readFileSync(path.join(ROOT, 'examples/co-managed-defects.sow.md'), 'utf8');

describe('demarc init', () => {
  it('writes a config whose $schema is the schema written beside it; keeps an existing config unless --force', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    const r = demarc(['init'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Wrote .demarcrc.json and .demarcrc.schema.json\n');
    const config = JSON.parse(fs.readFileSync(path.join(dir, '.demarcrc.json'), 'utf8'));
    const schemaFile = path.join(dir, config.$schema);
    assert.ok(fs.existsSync(schemaFile), 'the $schema path resolves beside the config');
    assert.equal(fs.readFileSync(schemaFile, 'utf8'), fs.readFileSync(path.join(ROOT, 'server/schemas/demarcrc.schema.json'), 'utf8'));
    // The config validates against the schema it names, and lint takes it.
    const validate = new Ajv({ strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    assert.ok(validate(config), JSON.stringify(validate.errors));
    fs.writeFileSync(path.join(dir, 'a.sow.md'), DEFECTS);
    assert.equal(demarc(['lint', 'a.sow.md'], { cwd: dir }).code, 1);
    // A team's config is kept; --force starts it afresh.
    fs.writeFileSync(path.join(dir, '.demarcrc.json'), JSON.stringify({ rules: { 'unassigned-function': 'off' } }));
    assert.match(demarc(['init'], { cwd: dir }).stdout, /kept \.demarcrc\.json/);
    assert.match(fs.readFileSync(path.join(dir, '.demarcrc.json'), 'utf8'), /unassigned-function/);
    assert.equal(demarc(['init', '--force'], { cwd: dir }).code, 0);
    assert.doesNotMatch(fs.readFileSync(path.join(dir, '.demarcrc.json'), 'utf8'), /unassigned-function/);
    assert.equal(demarc(['init', '--bogus'], { cwd: dir }).code, 2);
  });
});
