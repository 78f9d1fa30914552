import { readFileSync } from 'node:fs';

/**
 * Milliseconds of CPU time a thread has used, from its Linux schedstat file (`/proc/self/task/TID/schedstat`,
 * whose first field is nanoseconds on the CPU); undefined once the thread is gone.
 */
export function cpuTimeMs(schedstat: string): number | undefined {
  try {
    const ns = Number(readFileSync(schedstat, 'latin1').split(' ', 1)[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}
