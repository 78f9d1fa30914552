import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { demarc, tempDir } from '../cli/run';
import { COMPLETE, sow } from '../helpers/sow';

/** Erases the line above and the current one, then writes its own verdict; then a right-to-left override. */
const ESCAPES = '\u001b[1A\u001b[2K\u001b[2KAll SOWs passed\u009b\u202Eevil';
const HOSTILE = sow(COMPLETE.replace('| Patch management | R | A |', `| Patch ${ESCAPES} | A | A |`));
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

function write(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('safe output', function () {
  this.timeout(60000);

  it('stylish shows escapes in document text visibly and obeys none of them', () => {
    const dir = tempDir();
    write(dir, 'a.sow.md', HOSTILE);
    const r = demarc(['lint', dir]);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout, UNSAFE);
    assert.ok(r.stdout.includes('Patch \\u001B[1A\\u001B[2K\\u001B[2KAll SOWs passed\\u009B\\u202Eevil'), r.stdout);
  });

  it('a newline in a file name cannot forge a finding line, in stdout or stderr', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir();
    const name = 'x\n  1:1  error  forged finding  fake-rule\n\u202E.sow.md';
    write(dir, name, HOSTILE);
    write(dir, `${name}.broken.sow.md`, '\u0000');
    const r = demarc(['lint', dir]);
    assert.doesNotMatch(r.stdout + r.stderr, UNSAFE);
    assert.doesNotMatch(r.stdout, /^ +1:1 +error +forged/m);
    assert.match(r.stdout, /^\/.*\/x\\u000A {2}1:1 {2}error {2}forged finding {2}fake-rule\\u000A\\u202E\.sow\.md$/m);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^demarc: .*x\\u000A.*.broken\.sow\.md: not analysed: binary file/);
  });

  it('JSON and SARIF keep the text but escape the characters, so a terminal shows them inert', () => {
    const dir = tempDir();
    write(dir, 'a.sow.md', HOSTILE);
    for (const format of ['json', 'sarif']) {
      const r = demarc(['lint', '-f', format, dir]);
      assert.doesNotMatch(r.stdout, UNSAFE, format);
      assert.ok(r.stdout.includes(JSON.stringify(ESCAPES).slice(1, -1).replace('\u009b', '\\u009B').replace('\u202E', '\\u202E')), format);
    }
    const [file] = JSON.parse(demarc(['lint', '-f', 'json', dir]).stdout);
    assert.ok(
      file.messages.some((m: { message: string }) => m.message.includes(ESCAPES)),
      'the parsed message is the document text',
    );
  });

  it('every matrix export neutralises the same characters', () => {
    const dir = tempDir();
    const file = write(dir, 'a.sow.md', HOSTILE);
    for (const format of ['md', 'csv', 'html', 'json']) {
      const r = demarc(['matrix', file, '--format', format]);
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(format === 'csv' ? r.stdout.replace(/\r\n/g, '') : r.stdout, UNSAFE, format);
      assert.ok(r.stdout.includes('\\u202E'), format);
    }
    const json = JSON.parse(demarc(['matrix', file, '--format', 'json']).stdout);
    assert.equal(json.functions[1].name, `Patch ${ESCAPES}`);
  });

  it('parties named __proto__, constructor and toString are data in every export', () => {
    const dir = tempDir();
    // The client's column is headed by its role: __proto__ in a table is Markdown for bold "proto".
    const text = sow(
      `
## Responsibilities

| Function | Client | constructor | toString |
| --- | --- | --- | --- |
| Help desk | R/A | I | C |
| Backup | I | R/A | |
`,
      { client: '__proto__', provider: 'constructor', extra: 'parties: [toString]' },
    );
    const file = write(dir, 'p.sow.md', text);
    const json = JSON.parse(demarc(['matrix', file, '--format', 'json']).stdout);
    assert.deepEqual(
      json.parties.map((p: { name: string }) => p.name),
      ['__proto__', 'constructor', 'toString'],
    );
    assert.deepEqual(
      json.functions.map((f: { roles: object }) => Object.entries(f.roles)),
      [
        [
          ['__proto__', 'R/A'],
          ['constructor', 'I'],
          ['toString', 'C'],
        ],
        [
          ['__proto__', 'I'],
          ['constructor', 'R/A'],
        ],
      ],
    );
    const csv = demarc(['matrix', file, '--format', 'csv']);
    assert.equal(csv.stdout, 'Function,__proto__,constructor,toString,Status\r\nHelp desk,R/A,I,C,assigned\r\nBackup,I,R/A,,assigned\r\n');
    // No row has notes, so the report has no Notes column.
    assert.match(demarc(['matrix', file, '--format', 'md']).stdout, /^\| Backup \| I \| R\/A \| {3}\| assigned \|$/m);
    const html = demarc(['matrix', file, '--format', 'html']);
    assert.equal(html.code, 0);
    // An inherited Object.prototype member would print as "function Object() { [native code] }".
    assert.ok(!/\[native code\]|function\s*\w*\(/.test(html.stdout), 'no inherited function printed');
  });

  it("config options are checked against the rule's own options, not inherited names", () => {
    const dir = tempDir();
    write(dir, 'a.sow.md', sow(COMPLETE));
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      write(dir, '.demarcrc.json', `{ "rules": { "p1-response-slow": ["warning", { "${name}": "30m" }] } }`);
      const r = demarc(['lint', dir]);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, new RegExp(`invalid config: rule "p1-response-slow" has no option "${name}"`));
    }
  });
});
