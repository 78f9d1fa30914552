import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root, found from the compiled test's folder. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

const BIN = path.join(ROOT, 'server/bin/demarc.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `demarc` bin as a process, as CI would. */
export function demarc(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; timeout?: number; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: options.timeout ?? 60000,
    // The JSON of the whole corpus passes spawnSync's 1 MiB default; past it the child is killed, status null.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A temporary folder, removed when the test run ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demarc-cli-'));
  made.push(dir);
  return dir;
}

process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
