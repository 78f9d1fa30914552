// Bundles the extension (node, vscode external) and the preview's page script (browser).
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
  build({
    ...common,
    entryPoints: ['client/src/webview/preview.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  }),
]);
