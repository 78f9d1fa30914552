// The engine is the one source of dialect knowledge: the CLI, the language server and the client read
// its model, vocabulary and verdicts. This test fails when dialect words or checks appear outside it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../cli/run';

const OUTSIDE_ENGINE = ['client/src', 'server/src/lsp', 'server/src/cli', 'server/src/node', 'server/src/document', 'server/src/word'];

/** Dialect knowledge written as code: header patterns, vocabulary lists, SOW checks, rule verdicts. */
const FORBIDDEN: [string, RegExp][] = [
  ['a SOW file-name check', /\\\.sow\\\.md/],
  ['a front-matter sow: check', /\^\\s\*sow|sow\\s\*:/],
  [
    'a header or cell pattern',
    /\/[^/\n]*\b(priority|severity|response|resolution|resol|restor|owner|access|function|service|coverage)\b[^/\n]*\/[dgimsuy]*[.);,]/i,
  ],
  ['an access-level word', /['"`](read-write|read-only|no access)['"`]/],
  ['a RACI value', /['"`](R\/A|A\/R|R|A|C|I)['"`]/],
  ['a priority label', /['"`](P[1-4]|Sev ?[1-4]|Critical|Urgent)['"`]/],
  ['a duration word list', /['"`](\d+ (minutes|hours?)|next business day|NBD)['"`]/],
  ['an engagement model list', /\[\s*['"`]managed['"`]\s*,\s*['"`]co-managed['"`]/],
  ['a rule verdict from minutes', /responseMinutes\s*[<>]=?|minutes\s*<=\s*limit/],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|mjs|js)$/.test(e.name) ? [rel] : [];
  });
}

describe('engine boundary', () => {
  it('no dialect vocabulary, header pattern, SOW check or rule verdict outside server/src/engine', () => {
    const hits: string[] = [];
    for (const file of OUTSIDE_ENGINE.flatMap(sourceFiles)) {
      fs.readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
          for (const [what, pattern] of FORBIDDEN)
            if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 100)}`);
        });
    }
    assert.deepEqual(hits, []);
  });

  it('the check itself finds dialect knowledge where it is (the engine)', () => {
    const engine = sourceFiles('server/src/engine')
      .map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'))
      .join('\n');
    const expected = [
      'a SOW file-name check',
      'a header or cell pattern',
      'an access-level word',
      'a RACI value',
      'a priority label',
      'a duration word list',
    ];
    for (const [what, pattern] of FORBIDDEN.filter(([w]) => expected.includes(w)))
      assert.ok(pattern.test(engine), `the engine has ${what}`);
  });

  it('the engine does no I/O and knows nothing of LSP or VS Code', () => {
    for (const file of sourceFiles('server/src/engine')) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      assert.doesNotMatch(
        text,
        /from '(node:)?(fs|child_process|net|http|https|worker_threads)'|from 'vscode|from '\.\.\/(\.\.\/)?(lsp|cli|node)\//,
        file,
      );
    }
  });
});
