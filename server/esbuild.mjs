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
};
// The CLI's Word code is its own bundle, loaded on first use: a Markdown-only run starts without it.
const wordApart = {
  name: 'word-apart',
  setup(b) {
    b.onResolve({ filter: /\/wordEntry\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './word.js', external: true } : undefined,
    );
  },
};
await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [wordApart] }),
  build({ ...common, entryPoints: ['server/src/cli/wordEntry.ts'], outfile: 'dist/word.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
]);
