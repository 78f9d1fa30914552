import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { validateConfig } from '../../server/src/engine';
import { caseless, configSchema, settingsProperties } from '../../server/src/meta/artifacts';
import { artifacts, drifted } from '../../server/src/meta/generate';
import { ROOT } from '../cli/run';

describe('artifacts generated from rule metadata', () => {
  it('the schema, the VS Code settings and both rule tables match the rules (npm run generate)', () => {
    assert.deepEqual(drifted(ROOT), []);
  });

  it('a drifted copy is noticed', () => {
    const readme = artifacts().find((a) => a.file === 'README.md')!;
    const current = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.notEqual(readme.expected(current.replace('| warning |', '| error |')), current.replace('| warning |', '| error |'));
  });

  it('the schema and the setting accept exactly the durations the engine accepts, in any case', () => {
    const schemaPattern = new RegExp(
      (configSchema() as any).properties.rules.properties['p1-response-slow'].oneOf[1].items[1].properties.maxP1Response.pattern,
    );
    const settingPattern = new RegExp(settingsProperties()['demarc.maxP1Response'].pattern as string);
    const engine = (d: string) => {
      try {
        validateConfig({ rules: { 'p1-response-slow': ['warning', { maxP1Response: d }] } });
        return true;
      } catch {
        return false;
      }
    };
    for (const d of [
      '30m',
      '1 hour',
      '45 Minutes',
      '2H',
      '1 business day',
      'NBD',
      'next business day',
      ' 1.5 hours ',
      'soon',
      '1 hour please',
      'hours',
      '',
    ]) {
      assert.equal(schemaPattern.test(d), engine(d), `schema on "${d}"`);
      assert.equal(settingPattern.test(d), engine(d), `setting on "${d}"`);
    }
  });

  it('caseless keeps escapes and makes letters match either case', () => {
    assert.equal(caseless('\\s+ab'), '\\s+[aA][bB]');
  });

  it('package.json has the settings the schema test expects', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(
      Object.keys(manifest.contributes.configuration.properties['demarc.rules'].properties),
      Object.keys((configSchema() as any).properties.rules.properties),
    );
  });

  it('the written schema (the editor\'s IntelliSense) accepts and refuses exactly what validation does', () => {
    const written = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/schemas/demarcrc.schema.json'), 'utf8'));
    const editor = new Ajv({ strict: false }).compile(written);
    const engine = (c: unknown) => {
      try {
        validateConfig(c);
        return true;
      } catch {
        return false;
      }
    };
    const configs: unknown[] = [
      {},
      { extends: 'demarc:buyer' },
      { extends: ['./a.json', 'demarc-config-x'] },
      { extends: 3 },
      { root: 'yes' },
      { rules: { 'playbook-exit': 'error' } },
      { rules: { 'p1-response-slow': ['warning', { maxP1Response: '30m' }] } },
      { rules: { 'p1-response-slow': ['warning', { maxP1Response: 'soon' }] } },
      { playbook: { name: 'N', functions: { 'Help desk': { accountable: 'client', required: true } } } },
      { playbook: { functions: { 'Help desk': { owner: 'client' } } } },
      { playbook: { serviceLevels: { P1: { response: '1h', hours: '24x7-when-sold' } } } },
      { playbook: { serviceLevels: { P1: { response: 'fast' } } } },
      { playbook: { serviceLevels: { P1: { hours: 'always' } } } },
      { playbook: { tools: { rmm: { clientAccess: 'read-write' } } } },
      { playbook: { tools: { rmm: { clientAccess: 'full' } } } },
      { playbook: { exit: { terms: ['data export'], within: '30 days' } } },
      { playbook: { exit: { terms: 'data export' } } },
      { playbook: { clauses: [{ id: 'cap', title: 'Limitation of liability', mentions: ['liability'] }] } },
      { playbook: { clauses: [{ id: 'cap' }] } },
      { playbook: { colour: 'blue' } },
    ];
    for (const c of configs) assert.equal(editor(c), engine(c), JSON.stringify(c));
    assert.ok(configs.filter(engine).length >= 8 && configs.filter((c) => !engine(c)).length >= 8, 'both kinds tried');
  });
});
