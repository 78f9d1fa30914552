// Bundles the extension for desktop (node) and for the web (a browser's extension host worker), vscode
// external in both, and the preview's page script (browser).
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, minify: false, logLevel: 'warning' };
await Promise.all([
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  }),
  // VS Code for the web loads this as CommonJS in a web worker: no Node built-ins (esbuild fails on any).
  build({
    ...common,
    entryPoints: ['client/src/browserExtension.ts'],
    outfile: 'dist/browser/client.js',
    platform: 'browser',
    minify: true,
    keepNames: true,
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
  }),
  build({
    ...common,
    entryPoints: ['client/src/webview/preview.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  }),
]);
