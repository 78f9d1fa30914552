import { overBudget } from '../../document';
import { failureOf, type NotAnalysed } from '../../engine';
import { background } from '../timers';
import type { JobMessage, Reply, Started } from './messages';

/** A job running this long is long work: its worker is held, and another is kept idle for short work. */
const LONG_AFTER_MS = 250;
/**
 * An analysis asked for this long ago is pathological: restarting a worker (~0.3 s) and parsing afresh
 * cost less than waiting for it (a 10,000-line SOW takes ~2 s to open), so a newer version of its
 * document stops it.
 */
export const CANCEL_AFTER_MS = 3000;
/** Analyses of a small SOW a spare runs while otherwise idle, so the first document moved to it answers as fast as the rest. */
const WARM_RUNS = 20;
/** The id of a warm-up run; jobs count from 1. */
const WARM_ID = 0;

interface Pending {
  /** When the pool gave this thread the job (set by push). */
  askedAt?: number;
  message: JobMessage;
  uri?: string;
  revision?: number;
  resolve(reply: Reply): void;
}

/** What a thread hears from its worker. */
export interface WorkerEvents {
  message(m: Reply | Started): void;
  error(e: Error): void;
  /** The worker is gone: it exited, died, or was terminated. Said once. */
  exit(code: number): void;
}

/** A worker as the thread drives it: a Node worker thread (nodeWorkers.ts) or a web worker (browser/). */
export interface WorkerLink {
  post(message: JobMessage): void;
  terminate(): void;
  /** Milliseconds of CPU time the worker has used, read from the clock it named on starting; undefined if unknown. */
  cpuTimeMs(clock: string): number | undefined;
}

/** Starts one analysis worker. */
export type StartWorker = (events: WorkerEvents) => WorkerLink;

interface ThreadEvents {
  exited(thread: AnalysisThread, failure: NotAnalysed): void;
  long(): void;
}

/** One analysis worker thread and the jobs waiting for it; the pool decides what goes where. */
export class AnalysisThread {
  private readonly worker: WorkerLink;
  readonly queue: Pending[] = [];
  running: (Pending & { askedAt: number; startedAt: number; cpuAtStart?: number }) | undefined;
  exited = false;

  /** Where this worker's CPU time is read: undefined until the worker has started, null where the system does not say. */
  private cpuClock: string | null | undefined;
  private warmLeft: number;
  private warming = false;
  /** Why the pool stopped this worker (over budget, superseded), told to the job it held. */
  private stoppedFor: NotAnalysed | undefined;
  private longTimer: ReturnType<typeof setTimeout> | undefined;
  private budgetTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    start: StartWorker,
    private readonly events: ThreadEvents,
    warm: boolean,
  ) {
    this.warmLeft = warm ? WARM_RUNS : 0;
    let failure: NotAnalysed | undefined;
    this.worker = start({
      message: (m) => this.received(m),
      error: (e) => {
        // Named as the engine names it ("out of memory" told apart), in the CLI's pool's words.
        failure ??= { kind: failureOf(e).kind, reason: `the analysis worker stopped (${e.message.split('\n')[0]})` };
      },
      exit: (code) => {
        this.exited = true;
        this.clearTimers();
        events.exited(this, this.stoppedFor ?? failure ?? { kind: 'stopped', reason: `the analysis worker stopped (exit code ${code})` });
      },
    });
  }

  /** Stops the worker now; its exit event answers what it held (with `why`, if given). */
  stop(why?: NotAnalysed): void {
    if (this.exited) return;
    this.clearTimers();
    this.stoppedFor = why;
    this.exited = true;
    this.worker.terminate();
  }

  get busyFor(): number {
    return this.running ? Date.now() - this.running.startedAt : 0;
  }

  /** No document's job running or waiting (bookkeeping jobs, a warm-up run, take no time). */
  get idle(): boolean {
    return this.running?.uri === undefined && !this.queue.some((p) => p.uri !== undefined);
  }

  /**
   * How long ago the running job was asked for, its worker's start included: what the editor has
   * waited, where busyFor is what the job has run.
   */
  get askedFor(): number {
    return this.running ? Date.now() - this.running.askedAt : 0;
  }

  /** Held by long work: a job running past LONG_AFTER_MS. */
  get long(): boolean {
    return this.busyFor >= LONG_AFTER_MS;
  }

  /** A newer version was asked for: older analyses still waiting are answered without running. */
  dropOlder(uri: string, revision: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const p = this.queue[i];
      if (p.uri !== uri || p.message.kind !== 'analyse' || (p.revision ?? revision) >= revision) continue;
      this.queue.splice(i, 1);
      p.resolve({ id: p.message.id, error: 'superseded by a newer version' });
    }
  }

  push(p: Pending): void {
    this.queue.push({ ...p, askedAt: Date.now() });
    this.next();
  }

  private next(): void {
    if (this.exited || this.cpuClock === undefined || this.running || this.warming) return;
    // Collecting garbage waits for documents' jobs: it is for when the editor is quiet.
    const at = this.queue.findIndex((q) => q.message.kind !== 'collect');
    const p = this.queue.splice(at < 0 ? 0 : at, 1)[0];
    if (!p) return this.warm();
    // A document's job warms the worker itself; more warm-up runs between requests would make each wait.
    if (p.uri !== undefined) this.warmLeft = 0;
    const running = (this.running = { ...p, askedAt: p.askedAt ?? Date.now(), startedAt: Date.now(), cpuAtStart: this.cpuTime() });
    this.worker.post(p.message);
    // The pool looks again when the job turns long.
    this.longTimer = background(setTimeout(() => this.events.long(), LONG_AFTER_MS));
    if ('document' in p.message) this.watchBudget(running, p.message.document.budgetMs);
  }

  /** One warm-up run at a time, only until the first document's job: that job waits for one run at most. */
  private warm(): void {
    if (this.warmLeft === 0) return;
    this.warmLeft--;
    this.warming = true;
    this.worker.post({ kind: 'warm', id: WARM_ID });
  }

  /**
   * Holds a job to its budget in the worker thread's CPU time, so what else runs on the machine (other
   * workers, the editor, a build) does not count against a document; where the system does not give a
   * thread's CPU time, in wall-clock time. CPU time never exceeds wall-clock time, so the editor's budget
   * is never smaller than the CLI's.
   */
  private watchBudget(job: { startedAt: number; cpuAtStart?: number }, budgetMs: number): void {
    if (!Number.isFinite(budgetMs)) return;
    const check = () => {
      const used = this.used(job);
      if (used >= budgetMs) this.stop({ kind: 'over-budget', reason: `it ${overBudget(budgetMs)}` });
      // CPU time grows no faster than the clock: nothing to look at before the rest of the budget has passed.
      else this.budgetTimer = background(setTimeout(check, Math.max(10, budgetMs - used)));
    };
    this.budgetTimer = background(setTimeout(check, budgetMs));
  }

  private cpuTime(): number | undefined {
    return this.cpuClock ? this.worker.cpuTimeMs(this.cpuClock) : undefined;
  }

  /** What a job has used so far: the thread's CPU time where the system gives it, else the time since it started. */
  private used(job: { startedAt: number; cpuAtStart?: number }): number {
    const now = this.cpuTime();
    return job.cpuAtStart !== undefined && now !== undefined ? now - job.cpuAtStart : Date.now() - job.startedAt;
  }

  private received(m: Reply | Started): void {
    if ('cpuClock' in m) {
      this.cpuClock = m.cpuClock;
    } else if (m.id === WARM_ID) {
      this.warming = false;
    } else {
      this.clearTimers();
      const done = this.running;
      this.running = undefined;
      done?.resolve(m);
    }
    this.next();
  }

  private clearTimers(): void {
    clearTimeout(this.longTimer);
    clearTimeout(this.budgetTimer);
  }
}
