/**
 * The CLI's Word code, loaded on first use from bundles of its own (server/esbuild.mjs): a Markdown-only
 * run never loads it, and linting or importing never loads the writer. require, not import(): Node's
 * import() of a CommonJS file scans all of it for named exports first (~160 ms for the 2 MB reader).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const wordReader = (): typeof import('./wordEntry') => require('./wordEntry.js');
export const wordWriter = (): typeof import('./wordWriteEntry') => require('./wordWriteEntry.js');
