// `node bench/workspace.mjs`: a workspace folder of 1,000 generated SOWs (150 lines each) opened in the
// language server over stdio, none of them opened as documents: time from `initialized` until every file's
// problems are published, and the server's RSS (workers included) sampled meanwhile and after.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './generate.mjs';
import { mb, ms } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const rpc = require('vscode-jsonrpc/node');
const FILES = Number(process.env.FILES) || 1000;
const dir = path.join(os.tmpdir(), 'demarc-bench-workspace');
rmSync(dir, { recursive: true, force: true });
generateCorpus(dir, { files: FILES, linesPerFile: 150, seed: 11 });

const child = spawn(process.execPath, ['--expose-gc', path.join(ROOT, 'dist/server.js'), '--stdio'], {
  env: { ...process.env, MALLOC_ARENA_MAX: '2' },
});
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) * 1024;
const seen = new Set();
let findings = 0;
let done;
const all = new Promise((resolve) => (done = resolve));
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  if (!seen.has(p.uri)) findings += p.diagnostics.length;
  seen.add(p.uri);
  if (seen.size === FILES) done();
});
connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.listen();
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'contracts' }],
  capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  initializationOptions: { debounceMs: 0 },
});
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, rss())), 100);
const start = performance.now();
await connection.sendNotification('initialized', {});
const firstAt = new Promise((resolve) => {
  const t = setInterval(() => seen.size > 0 && (clearInterval(t), resolve(performance.now() - start)), 5);
});
await all;
const total = performance.now() - start;
const first = await firstAt;
clearInterval(sampler);
const atEnd = rss();
// The server collects garbage once it has been quiet for 2 s.
await new Promise((r) => setTimeout(r, 10000));
const idle = rss();
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
rmSync(dir, { recursive: true, force: true });
console.log(`workspace of ${FILES} SOWs (150 lines each), none opened: ${findings} problems`);
console.log(`  first file's problems after ${ms(first)}; every file's after ${ms(total)} (${ms(total / FILES)} per file)`);
console.log(`  server RSS, workers included: peak ${mb(peak)} while linting, ${mb(atEnd)} at the end, ${mb(idle)} once idle`);
