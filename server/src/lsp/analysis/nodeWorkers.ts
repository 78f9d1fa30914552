import { Worker } from 'node:worker_threads';
import { ANALYSIS_HEAP_MB, ANALYSIS_STACK_MB } from '../../node/threads';
import { cpuTimeMs } from './cpuTime';
import { WORKER_ROLE } from './messages';
import type { StartWorker } from './thread';

/** Analysis workers as Node worker threads started from `script` (the server bundle, or worker.ts from out/). */
export function nodeWorkers(script: string): StartWorker {
  return (on) => {
    // The CLI's lint workers' stack and heap ceiling, so a document that fits there fits here; a worker that
    // runs out of heap dies alone (ERR_WORKER_OUT_OF_MEMORY), and its document is not analysed.
    const worker = new Worker(script, {
      workerData: { role: WORKER_ROLE },
      resourceLimits: { stackSizeMb: ANALYSIS_STACK_MB, maxOldGenerationSizeMb: ANALYSIS_HEAP_MB },
    });
    worker.unref();
    worker.on('message', on.message);
    worker.once('error', on.error);
    worker.once('exit', on.exit);
    return { post: (m) => worker.postMessage(m), terminate: () => void worker.terminate(), cpuTimeMs };
  };
}
