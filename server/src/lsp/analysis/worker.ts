import { readFileSync, readlinkSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Analyser } from './analyser';
import { WORKER_ROLE, type JobMessage, type Started } from './messages';

// Started by the pool with this same script (the server bundle, or this module when run from out/).
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE && parentPort) {
  const port = parentPort;
  const worker = new Analyser();
  port.postMessage(thread());
  port.on('message', (job: JobMessage) => port.postMessage(worker.handle(job)));
}

/** This thread's CPU clock as another thread of the process reads it: Linux's /proc/self/task/TID/schedstat. */
function thread(): Started {
  try {
    const tid = readlinkSync('/proc/thread-self').split('/').pop();
    const cpuClock = `/proc/self/task/${tid}/schedstat`;
    readFileSync(cpuClock);
    return { cpuClock };
  } catch {
    return { cpuClock: null };
  }
}
