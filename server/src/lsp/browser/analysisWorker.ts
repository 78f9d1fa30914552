// The browser's analysis worker: a web worker the server's worker starts (workers.ts), answering jobs
// as the Node worker thread does (analysis/worker.ts). A browser does not say how much CPU a worker has
// used, so the pool holds jobs to the budget in wall-clock time.
import { Analyser } from '../analysis/analyser';
import type { JobMessage, Started } from '../analysis/messages';
import { scope } from './scope';

const analyser = new Analyser();
scope.postMessage({ cpuClock: null } satisfies Started);
scope.onmessage = (event) => scope.postMessage(analyser.handle(event.data as JobMessage));
