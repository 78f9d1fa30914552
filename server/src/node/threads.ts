/**
 * The stack a worker thread analyses with: the main thread's (V8's default, 984 KB) rather than a
 * worker's 4 MB, so a document nests too deeply for the parser at the same depth whichever thread
 * reads it, and the CLI (main thread or pool) and the language server give the same verdict.
 */
export const ANALYSIS_STACK_MB = 984 / 1024;

/**
 * A ceiling on an analysis worker's heap, the CLI's lint workers and the language server's alike: a
 * document that needs more (a 3.4 MB SOW peaks near 2.2 GB RSS) ends as its own "not analysed: out of
 * memory", never the process's death, and at the same size in CI and the editor.
 */
export const ANALYSIS_HEAP_MB = 4096;
