import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigLocator } from '../node/configFiles';
import { ANALYSIS_HEAP_MB, ANALYSIS_STACK_MB } from '../node/threads';
import { notAnalysedDocument } from '../document';
import { nameOf, type FilePath } from './files';
import { fileResult, lintFile, type FileResult, type LintFileOptions } from './lintFile';

/** Below this many files a worker's start-up costs more than it saves. */
const FILES_PER_WORKER = 48;
/**
 * Parsing makes short-lived garbage fast; with V8's default young generation much of it is promoted
 * and collected again in the old one. A young generation of 96 MB lints 300 SOWs about 30% faster
 * (bench/README.md), for some 60 MB more peak memory.
 */
const YOUNG_GENERATION_MB = 96;

export interface WorkerJob {
  files: FilePath[];
  options: LintFileOptions;
}

/** How many worker threads to use: `off`/0 lints in the main thread. */
export function workerCount(fileCount: number, concurrency: string): number {
  if (concurrency === 'off') return 0;
  const max = concurrency === 'auto' ? availableParallelism() : Number(concurrency);
  // One worker loses to the main thread: its start-up (measured ~0.3 s) outweighs its larger heap.
  const wanted = Math.min(max, Math.floor(fileCount / FILES_PER_WORKER));
  return wanted >= 2 ? wanted : 0;
}

/** Lints files in the main thread, or across worker threads running this same script. */
export async function lintFiles(files: FilePath[], options: LintFileOptions, workers: number, script: string): Promise<FileResult[]> {
  if (workers === 0) return lintSerially(files, options);
  // Interleave so each worker gets a similar mix of large and small files.
  const shares: FilePath[][] = Array.from({ length: workers }, () => []);
  files.forEach((f, i) => shares[i % workers].push(f));
  const parts = await Promise.all(shares.map((share) => runWorker(script, { files: share, options })));
  const byFile = new Map(parts.flat().map((r) => [r.filePath, r]));
  return files.map((f) => byFile.get(nameOf(f)) as FileResult);
}

async function lintSerially(files: FilePath[], options: LintFileOptions): Promise<FileResult[]> {
  const locator = new ConfigLocator();
  const results: FileResult[] = [];
  for (const file of files) results.push(await lintFile(file, options, locator));
  return results;
}

/**
 * Runs a worker on a share of files; it posts one result per file, in order. A worker that dies (out
 * of memory, a crash) costs only the file it was on, reported as not analysed; a new worker takes the
 * rest, so one hostile file cannot empty the whole run's output.
 */
function runWorker(script: string, job: WorkerJob): Promise<FileResult[]> {
  return new Promise((resolve) => {
    const done: FileResult[] = [];
    let failure: { message: string; outOfMemory: boolean } | undefined;
    const worker = new Worker(script, {
      workerData: job,
      resourceLimits: {
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
        maxOldGenerationSizeMb: ANALYSIS_HEAP_MB,
        stackSizeMb: ANALYSIS_STACK_MB,
      },
    });
    worker.on('message', (result: FileResult) => done.push(result));
    worker.once('error', (e) => {
      failure = { message: e.message.split('\n')[0], outOfMemory: (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' };
    });
    // Node delivers every message a worker posted before its exit event.
    worker.once('exit', (code) => {
      const [lost, ...rest] = job.files.slice(done.length);
      if (lost === undefined) return resolve(done);
      const reason = `the lint worker stopped (${failure?.message ?? `exit code ${code}`})`;
      done.push(fileResult(notAnalysedDocument(nameOf(lost), { kind: failure?.outOfMemory ? 'out-of-memory' : 'stopped', reason })));
      if (rest.length === 0) return resolve(done);
      resolve(runWorker(script, { ...job, files: rest }).then((more) => [...done, ...more]));
    });
  });
}
