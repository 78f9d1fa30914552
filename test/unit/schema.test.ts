import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/engine';
import { ROOT } from '../cli/run';

describe('.demarcrc.json schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/schemas/demarcrc.schema.json'), 'utf8'));
  const props = schema.properties.rules.properties;

  it('lists every rule with its default severity and options', () => {
    assert.deepEqual(Object.keys(props), RULES.map((r) => r.id));
    for (const r of RULES) {
      assert.match(props[r.id].description, new RegExp(`^Default: ${r.defaultSeverity}\\.`));
      assert.deepEqual(Object.keys(props[r.id].oneOf[1].items[1].properties), Object.keys(r.options ?? {}));
    }
  });

  it('accepts the duration spellings the engine accepts', () => {
    const pattern = new RegExp(props['p1-response-slow'].oneOf[1].items[1].properties.maxP1Response.pattern);
    for (const d of ['30m', '1 hour', '45 minutes', '2h', '1 business day']) assert.match(d, pattern);
    assert.doesNotMatch('soon', pattern);
  });
});
