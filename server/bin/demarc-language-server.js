#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --expose-gc
// --expose-gc lets the server hand the heap its parses grew back once edits go quiet; MALLOC_ARENA_MAX=2
// stops glibc keeping a malloc arena per analysis worker thread after the work is done (183 -> 134 MB
// idle with 50 documents open; bench/README.md).
const args = process.argv.slice(2);
const USAGE = `Usage: demarc-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Demarc language server for statements of work. Start it from an editor's LSP client with --stdio.
  --version   print the version
  --help      print this help`;

if (args.includes('--version') || args.includes('-v')) {
  console.log(require('../../package.json').version);
} else if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)\b/.test(a))) {
  // The LSP library would throw a stack trace for a missing transport; one line says what to do instead.
  console.error('demarc-language-server: no transport given: start it with --stdio (see --help)');
  process.exitCode = 2;
} else {
  require('../../dist/server.js');
}
