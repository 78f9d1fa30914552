import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
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
});
