/**
 * The stack a worker thread analyses with: the main thread's (V8's default, 984 KB) rather than a
 * worker's 4 MB, so a document nests too deeply for the parser at the same depth whichever thread
 * reads it, and the CLI (main thread or pool) and the language server give the same verdict.
 */
export const ANALYSIS_STACK_MB = 984 / 1024;
