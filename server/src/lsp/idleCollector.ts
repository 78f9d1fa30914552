import { background } from './timers';

/** Milliseconds without a document event before the collector runs. */
const IDLE_MS = 2000;
/** V8 shrinks its heap a step per full collection, so collect a few times, a second apart. */
export const ROUNDS = 5;
const ROUND_MS = 1000;

/**
 * Parsing a document leaves a lot of short-lived garbage, and V8 keeps the heap it grew for it long
 * after the burst is over. A few full collections once the editor goes quiet hand those pages back
 * to the system (bench/README.md: about 300 MB → 120 MB with 50 documents of 1,000 lines open).
 */
export class IdleCollector {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly collect: (() => void) | undefined = globalGc(),
    private readonly idleMs = IDLE_MS,
    private readonly roundMs = ROUND_MS,
  ) {}

  /** Something was opened, changed or closed: collect once things have been quiet for a while. */
  touched(): void {
    this.schedule(this.idleMs, ROUNDS);
  }

  private schedule(delay: number, rounds: number): void {
    clearTimeout(this.timer);
    const collect = this.collect;
    if (!collect || rounds === 0) return;
    this.timer = background(
      setTimeout(() => {
        collect();
        this.schedule(this.roundMs, rounds - 1);
      }, delay),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/**
 * The gc function when the server was started with `--expose-gc` (the extension does; the
 * `demarc-language-server` bin's shebang does). Without it the collector is off: flags are never
 * flipped at run time, which Node documents as unsafe.
 */
export function globalGc(): (() => void) | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  return typeof gc === 'function' ? gc : undefined;
}
