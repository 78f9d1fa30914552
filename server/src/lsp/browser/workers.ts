import type { Reply, Started } from '../analysis/messages';
import type { StartWorker } from '../analysis/thread';
import { startWebWorker } from './scope';

/**
 * Analysis workers as web workers started from the URL of analysis.js (asked for each time: the client
 * says it once the server is initialized). A web worker tells nobody when it is terminated, so its exit
 * is reported here, once.
 */
export function webWorkers(url: () => string): StartWorker {
  return (on) => {
    const worker = startWebWorker(url());
    let gone = false;
    const exit = (code: number) => {
      if (gone) return;
      gone = true;
      worker.terminate();
      setTimeout(() => on.exit(code), 0);
    };
    worker.onmessage = (event) => on.message(event.data as Reply | Started);
    worker.onerror = (event) => {
      event.preventDefault();
      on.error(new Error(event.message || 'the analysis worker failed'));
      exit(1);
    };
    return { post: (m) => worker.postMessage(m), terminate: () => exit(1), cpuTimeMs: () => undefined };
  };
}
