// Bundles a suite for VS Code's extension host, desktop's (Node) or the browser's (a web worker): one file
// it loads as CommonJS, with `vscode` external and nothing of Node. mocha's browser build, inlined as it
// is, sets module.exports to itself as it loads, so the suite's exports are set last, after the bundle ran.
import { build } from 'esbuild';

export function bundleSuite(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'demarcSuite',
    footer: { js: 'module.exports = demarcSuite;' },
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
}
