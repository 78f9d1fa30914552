// Bundles the CLI and the language server into dist/, one file each, so they start fast.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: false,
  // ESM dependencies read import.meta.url; give them this bundle's own URL.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { DEMARC_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  logLevel: 'warning',
  // jsonc-parser's main is a UMD build whose requires esbuild cannot follow; its ESM build bundles whole.
  mainFields: ['module', 'main'],
};
// The CLI's Word code is two bundles of its own, loaded on first use (cli/wordBundles.ts): a Markdown-only run starts without
// either, and linting or importing a .docx without the writer (~100 ms of loading between them).
const APART = { 'wordEntry.js': './word.js', 'wordWriteEntry.js': './wordWrite.js' };
const wordApart = {
  name: 'word-apart',
  setup(b) {
    b.onResolve({ filter: /\/word(Write)?Entry\.js$/ }, (args) =>
      args.kind === 'require-call' ? { path: APART[args.path.split('/').pop()], external: true } : undefined,
    );
  },
};
// The language server for browsers (vscode.dev, github.dev): the protocol worker and its analysis worker, with
// no Node built-ins (esbuild fails the build if anything reaches for one).
const browser = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  sourcemap: true,
  // A browser downloads these on each first use: minified, with names kept for stack traces.
  minify: true,
  keepNames: true,
  define: { DEMARC_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  mainFields: ['browser', 'module', 'main'],
  // Both run in web workers, which have no DOM: packages with a DOM build and a worker build give the latter.
  conditions: ['worker'],
};
await Promise.all([
  build({ ...browser, entryPoints: ['server/src/lsp/browser/main.ts'], outfile: 'dist/browser/server.js' }),
  build({ ...browser, entryPoints: ['server/src/lsp/browser/analysisWorker.ts'], outfile: 'dist/browser/analysis.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [wordApart] }),
  build({ ...common, entryPoints: ['server/src/cli/wordEntry.ts'], outfile: 'dist/word.js', plugins: [wordApart] }),
  build({ ...common, entryPoints: ['server/src/cli/wordWriteEntry.ts'], outfile: 'dist/wordWrite.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
]);
