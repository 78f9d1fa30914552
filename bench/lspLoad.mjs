// The language server under load: hovers on small SOWs while slow documents analyse, with one slow
// document and with three, side by side (alternating rounds, each a fresh server over stdio).
//   node bench/lspLoad.mjs [--rounds 5] [--server dist/server.js] [--base OTHER/dist/server.js]
// With --base, each round runs both builds, so a change is measured against the build before it.
// The slow documents are a real parser weakness (`**a*` repeated 20,000 times: tens of seconds of
// emphasis matching), so they run into the 10 s budget. In each round a small SOW analysed before the
// slow ones open (its worker is taken) and one opened after them are each hovered three times; the
// first hover on each is the one that waits if a worker is not kept free.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { generateSow } from './generate.mjs';
import { median, ms, percentile } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const rpc = require('vscode-jsonrpc/node');

/** Long enough for a person to move the mouse after opening the slow documents; they take seconds more. */
const SETTLE_MS = 1000;
const HOVERS_EACH = 3;

function startServer(script) {
  const env = { ...process.env, MALLOC_ARENA_MAX: '2' };
  const child = spawn(process.execPath, ['--expose-gc', script, '--stdio'], { env });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const published = new Map();
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.set(p.uri, p);
    waiting.get(p.uri)?.(p);
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const publishedFor = (uri) => new Promise((resolve) => (published.has(uri) ? resolve(published.get(uri)) : waiting.set(uri, resolve)));
  return { child, connection, published, publishedFor };
}

/** A small SOW and where a hover on one of its matrix owner cells lands. */
function small(seed) {
  const text = generateSow({ lines: 100, seed });
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| Function'));
  return { text, position: { line, character: lines[line].indexOf(' | ') + 3 } };
}

/** One round in a fresh server; returns the hover times (first hovers apart) and how many slow analyses ended early. */
async function round(script, slowCount) {
  const server = startServer(script);
  const { connection } = server;
  const open = (uri, text) =>
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sow', version: 1, text } });
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification('initialized', {});
  const before = { uri: 'file:///bench/small-before.sow.md', ...small(3) };
  await open(before.uri, before.text);
  await server.publishedFor(before.uri);
  const slow = Array.from({ length: slowCount }, (_, i) => `file:///bench/slow-${i}.sow.md`);
  for (const [i, uri] of slow.entries()) await open(uri, `${generateSow({ lines: 100, seed: 10 + i })}\n${'**a*'.repeat(20_000)}\n`);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const after = { uri: 'file:///bench/small-after.sow.md', ...small(4) };
  await open(after.uri, after.text);
  const first = [];
  const later = [];
  for (let i = 0; i < HOVERS_EACH; i++) {
    for (const doc of [after, before]) {
      const start = performance.now();
      const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: doc.uri }, position: doc.position });
      (i === 0 ? first : later).push(performance.now() - start);
      if (!hover) throw new Error(`a hover on ${doc.uri} answered nothing`);
    }
  }
  // Every hover was taken while the slow documents were still analysing, or the figure means nothing.
  const finished = slow.filter((uri) => server.published.has(uri)).length;
  server.child.kill();
  connection.dispose();
  return { first, later, finished };
}

/** Rounds alternating one and three slow documents (and the builds, with a base); hover times per build and count. */
export async function hoverUnderLoad({ rounds = 5, scripts = { now: path.join(ROOT, 'dist/server.js') } } = {}) {
  const results = {};
  for (const name of Object.keys(scripts)) results[name] = { 1: { first: [], later: [] }, 3: { first: [], later: [] }, finished: 0 };
  for (let r = 0; r < rounds; r++) {
    for (const count of [1, 3]) {
      for (const [name, script] of Object.entries(scripts)) {
        const { first, later, finished } = await round(script, count);
        results[name][count].first.push(...first);
        results[name][count].later.push(...later);
        results[name].finished += finished;
      }
    }
  }
  return results;
}

export function printHoverUnderLoad(results) {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(`hover on a small SOW while slow documents analyse (first hover on each document apart; load ${load} at the end)`);
  const line = (xs) => `median ${ms(median(xs))}  p95 ${ms(percentile(xs, 95))}  (${xs.length})`;
  for (const [name, r] of Object.entries(results)) {
    for (const count of [1, 3]) {
      const all = [...r[count].first, ...r[count].later];
      console.log(`  ${name.padEnd(5)} ${count} slow: all hovers ${line(all)}; first hovers ${line(r[count].first)}`);
    }
    const all = (count) => [...r[count].first, ...r[count].later];
    console.log(
      `  ${name.padEnd(5)} median with 3 / with 1: ${(median(all(3)) / median(all(1))).toFixed(2)}x (goal: median under 100 ms with three)`,
    );
    if (r.finished)
      console.log(
        `  ${name.padEnd(5)} warning: ${r.finished} slow analyses ended before the hovers did; the figure is weaker than it looks`,
      );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '5' }, server: { type: 'string' }, base: { type: 'string' } },
  });
  const scripts = { now: path.resolve(values.server ?? path.join(ROOT, 'dist/server.js')) };
  if (values.base) scripts.base = path.resolve(values.base);
  printHoverUnderLoad(await hoverUnderLoad({ rounds: Number(values.rounds), scripts }));
}
