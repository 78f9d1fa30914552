import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLintArgs } from '../../server/src/cli/args';
import { runLint } from '../../server/src/cli/lint';
import { tempDir } from '../cli/run';
import { sowMarkdown } from './arbitraries';

/** Text an attacker adds to a SOW: deep nesting, terminal escapes, bidi overrides, prototype names, long runs. */
const hostile = fc.oneof(
  { weight: 1, arbitrary: fc.constant('>'.repeat(10000)) },
  {
    weight: 20,
    arbitrary: fc.constantFrom(
      '\u001b[2K\u001b[1A',
      '\u202Eevil\u202C',
      '\u2066x\u2069',
      '\u009b31m',
      '\u0085',
      'a\u2028b',
      '- '.repeat(200),
      '> '.repeat(300),
      '| Function | __proto__ | constructor |\n| --- | --- | --- |\n| Backup | R | A |',
      '| Priority | Response |\n| --- | --- |\n| P1 | 99999999999 minutes |',
      '<!-- demarc-disable -->',
      `| ${'x'.repeat(2000)} |`,
      '[[[[[[[[[[[[[[[[[[[[',
      '*'.repeat(500),
    ),
  },
);
const document = fc
  .tuple(sowMarkdown, fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 3 }), fc.boolean())
  .map(([base, inserts, crOnly]) => {
    let text = base;
    for (const [at, piece] of inserts) {
      const i = at % (text.length + 1);
      text = `${text.slice(0, i)}\n${piece}\n${text.slice(i)}`;
    }
    return crOnly ? text.replace(/\r?\n/g, '\r') : text;
  });

const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** `demarc lint --stdin` in process: a process per run would make a hundred runs take a minute. */
async function lint(text: string, format: 'json' | 'stylish', cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io = {
    cwd,
    stdout: (t: string) => (stdout += t),
    stderr: () => undefined,
    readStdin: async () => Buffer.from(text),
    version: 'test',
    workerScript: '',
  };
  const code = await runLint(parseLintArgs(['--stdin', '--stdin-filename', 'x.sow.md', '-f', format], false), io);
  return { code, stdout };
}

const RUNS = Number(process.env.DEMARC_FC_RUNS ?? 100);

describe('the CLI on generated hostile documents (fast-check)', function () {
  this.timeout(120000 + RUNS * 500);

  it('exits 0, 1 or 2; 0 only if analysed with no error; output bounded by the input', async () => {
    const cwd = tempDir();
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const json = await lint(text, 'json', cwd);
        assert.ok([0, 1, 2].includes(json.code), `exit ${json.code}`);
        const messages = (JSON.parse(json.stdout) as { messages: { ruleId: string; severity: string }[] }[]).flatMap((f) => f.messages);
        const notAnalysed = messages.some((m) => m.ruleId === 'not-analysed');
        if (json.code === 0) assert.ok(!notAnalysed && !messages.some((m) => m.severity === 'error'), 'exit 0 with an error or unanalysed');
        if (notAnalysed) assert.equal(json.code, 2);
        if (messages.some((m) => m.severity === 'error')) assert.notEqual(json.code, 0);
        assert.ok(json.stdout.length <= 200 * text.length + 20000, `${json.stdout.length} bytes of output for ${text.length}`);
        const stylish = await lint(text, 'stylish', cwd);
        assert.equal(stylish.code, json.code);
        // (stderr lines are escaped where they are printed, in main.ts; the CLI tests check those.)
        assert.doesNotMatch(stylish.stdout.replace(/\n/g, ''), UNSAFE);
      }),
      { numRuns: RUNS },
    );
  });
});
