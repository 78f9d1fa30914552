// `node bench/workspace.mjs`: a workspace folder of 1,000 generated SOWs (150 lines each) opened in the
// language server over stdio, none of them opened as documents: time from `initialized` until every file's
// problems have arrived, and the server's RSS (workers included) sampled meanwhile and after; once as a
// client that takes published diagnostics, once as one that pulls them (LSP 3.17 `workspace/diagnostic`
// with partial results, as VS Code does), one after the other in one run.
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

/** One server, as a client that is pushed diagnostics or pulls them; resolves to its figures. */
async function run(pull) {
  const child = spawn(process.execPath, ['--expose-gc', path.join(ROOT, 'dist/server.js'), '--stdio'], {
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
  });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) * 1024;
  const seen = new Set();
  let findings = 0;
  let done;
  const all = new Promise((resolve) => (done = resolve));
  const arrived = (uri, diagnostics) => {
    if (!seen.has(uri)) findings += diagnostics.length;
    seen.add(uri);
    if (seen.size === FILES) done();
  };
  connection.onNotification('textDocument/publishDiagnostics', (p) => arrived(p.uri, p.diagnostics));
  connection.onNotification('$/progress', (p) => {
    for (const report of p.value.items ?? []) arrived(report.uri, report.items);
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'contracts' }],
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      textDocument: pull ? { diagnostic: {} } : {},
    },
    initializationOptions: { debounceMs: 0 },
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 100);
  const start = performance.now();
  await connection.sendNotification('initialized', {});
  // A pull reports only files with problems, and ends once the workspace is linted.
  if (pull) void connection.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'bench' }).then(() => done());
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
  connection.dispose();
  return { findings, files: seen.size, first, total, peak, atEnd, idle };
}

console.log(`workspace of ${FILES} SOWs (150 lines each), none opened`);
for (const pull of [false, true]) {
  const r = await run(pull);
  console.log(`  ${pull ? 'pulled (workspace/diagnostic)' : 'published'}: ${r.findings} problems in ${r.files} files`);
  console.log(`    first file's problems after ${ms(r.first)}; every file's after ${ms(r.total)} (${ms(r.total / FILES)} per file)`);
  console.log(`    server RSS, workers included: peak ${mb(r.peak)} while linting, ${mb(r.atEnd)} at the end, ${mb(r.idle)} once idle`);
}
rmSync(dir, { recursive: true, force: true });
