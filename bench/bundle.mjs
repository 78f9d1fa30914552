import { createRequire } from 'node:module';
import { build } from 'esbuild';

/**
 * Bundles TypeScript sources into one CommonJS file and loads it, as dist/ is built: `source` is an entry
 * file, or `{ contents, resolveDir }` for a few re-exports written inline.
 */
export async function loadBundle(source, outfile) {
  await build({
    ...(typeof source === 'string' ? { entryPoints: [source] } : { stdin: { ...source, loader: 'ts' } }),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
    // ESM dependencies read import.meta.url; give them the bundle's own URL.
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
    // As server/esbuild.mjs: jsonc-parser's main is a UMD build whose requires esbuild cannot follow.
    mainFields: ['module', 'main'],
  });
  return createRequire(import.meta.url)(outfile);
}
