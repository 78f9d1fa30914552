import { Worker } from 'node:worker_threads';
import { ANALYSIS_STACK_MB } from '../../node/threads';
import { WORKER_ROLE, type Job, type JobMessage, type Reply } from './messages';

/** A request for a document whose worker has been held this long by another document moves it. */
const MOVE_AFTER_MS = 50;
/** A job running this long gets a warm spare worker started (~0.2 s to start), for documents that must move. */
const SPARE_AFTER_MS = 250;
/**
 * A newer version of a document stops its older analysis only after this long: restarting a worker
 * (~0.3 s) and parsing afresh costs more than letting an ordinary analysis finish (a 10,000-line SOW
 * takes ~2 s to open); a document past this is pathological (docs/limits.md).
 */
const CANCEL_AFTER_MS = 3000;
/** Two cores on the machines we measure; a third worker keeps one free while two are held by slow documents. */
const MAX_WORKERS = 3;
/** Per worker; a 5 MB SOW (the size limit) peaks near 600 MB while it is analysed. */
const HEAP_LIMIT_MB = 1536;

interface Pending {
  message: JobMessage;
  uri?: string;
  revision?: number;
  resolve(reply: Reply): void;
}

class AnalysisThread {
  readonly worker: Worker;
  readonly queue: Pending[] = [];
  running: (Pending & { startedAt: number }) | undefined;
  exited = false;

  private slowTimer: NodeJS.Timeout | undefined;

  constructor(
    script: string,
    onExit: (thread: AnalysisThread, reason: string) => void,
    private readonly onSlow: () => void,
  ) {
    // The heap cap turns a runaway document into one not-analysed error instead of a server out of memory.
    this.worker = new Worker(script, {
      workerData: { role: WORKER_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, stackSizeMb: ANALYSIS_STACK_MB },
    });
    this.worker.unref();
    let failure: string | undefined;
    this.worker.on('message', (reply: Reply) => this.replied(reply));
    this.worker.once('error', (e) => (failure = e.message.split('\n')[0]));
    this.worker.once('exit', (code) => {
      this.exited = true;
      onExit(this, failure ?? `exit code ${code}`);
    });
  }

  /** Stops the worker now; its exit event answers what it held. */
  stop(): void {
    clearTimeout(this.slowTimer);
    this.exited = true;
    void this.worker.terminate();
  }

  get busyFor(): number {
    return this.running ? Date.now() - this.running.startedAt : 0;
  }

  get idle(): boolean {
    return !this.running && this.queue.length === 0;
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
    this.queue.push(p);
    this.next();
  }

  private next(): void {
    if (this.running || this.exited) return;
    const p = this.queue.shift();
    if (!p) return;
    this.running = { ...p, startedAt: Date.now() };
    this.worker.postMessage(p.message);
    this.slowTimer = setTimeout(this.onSlow, SPARE_AFTER_MS);
    this.slowTimer.unref();
  }

  private replied(reply: Reply): void {
    clearTimeout(this.slowTimer);
    const done = this.running;
    this.running = undefined;
    done?.resolve(reply);
    this.next();
  }
}

/**
 * Runs analyses and features in worker threads, never in the thread that speaks the protocol. Each
 * document lives in one worker (its parser keeps the previous tree there); a document whose worker is
 * held by another document's slow analysis moves to a free worker, and a newer version stops an older,
 * pathological analysis of the same document by restarting its worker.
 */
export class AnalysisPool {
  private readonly threads: AnalysisThread[] = [];
  private readonly home = new Map<string, AnalysisThread>();
  private nextId = 1;
  /** After dispose nothing starts again, not even a spare a slow job's timer asks for. */
  private disposed = false;

  constructor(private readonly script: string) {}

  /** Runs a job for a document revision; resolves with the worker's reply (an error reply if it died). */
  run(job: Job & { kind: 'analyse' | 'feature' }): Promise<Reply> {
    if (this.disposed) return Promise.resolve({ id: 0, error: 'the language server is shutting down' });
    const { uri, revision } = job.document;
    const thread = this.threadFor(uri, revision);
    if (job.kind === 'analyse') thread.dropOlder(uri, revision);
    return new Promise((resolve) => thread.push({ message: { ...job, id: this.nextId++ }, uri, revision, resolve }));
  }

  /**
   * Once the editor is quiet: one worker stays and collects its garbage; the others stop, since each
   * costs ~20 MB and more of heap it grew. Documents they held are analysed afresh in the one that stays
   * when next asked for (a full parse: ~20 ms at 1,000 lines).
   */
  collect(): void {
    for (const t of this.threads.slice(1)) if (t.idle) t.stop();
    void this.broadcast({ kind: 'collect' });
  }

  /** Runs a job on every worker (collect garbage, count what is held). */
  async broadcast(job: Job & { kind: 'collect' | 'counts' }): Promise<Reply[]> {
    return Promise.all(
      this.threads.map((t) => new Promise<Reply>((resolve) => t.push({ message: { ...job, id: this.nextId++ }, resolve }))),
    );
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.threads.splice(0)) t.stop();
    this.home.clear();
  }

  /** Drops a document's analysis and tree wherever it lives. */
  forget(uri: string): void {
    const thread = this.home.get(uri);
    this.home.delete(uri);
    if (thread) this.send(thread, { kind: 'forget', uri });
  }

  private send(thread: AnalysisThread, job: Job): void {
    thread.push({ message: { ...job, id: this.nextId++ }, resolve: () => undefined });
  }

  private threadFor(uri: string, revision: number): AnalysisThread {
    let thread = this.home.get(uri);
    if (thread?.running && thread.busyFor > MOVE_AFTER_MS) {
      const other = thread.running.uri !== uri;
      if (other) {
        // Held by another document: move, rather than wait behind it.
        this.forget(uri);
        thread = undefined;
      } else if ((thread.running.revision ?? revision) < revision && thread.busyFor > CANCEL_AFTER_MS) {
        thread.stop();
        thread = undefined;
      }
    }
    if (!thread || thread.exited) thread = this.freeThread();
    this.home.set(uri, thread);
    return thread;
  }

  /**
   * The oldest idle worker, else a new one while under the cap, else the one with the shortest wait.
   * Oldest first keeps documents together in the worker that stays when the editor is quiet.
   */
  private freeThread(): AnalysisThread {
    const live = this.threads.filter((t) => !t.exited);
    const idle = live.find((t) => t.idle);
    if (idle) return idle;
    if (live.length < MAX_WORKERS) return this.spawn();
    return live.sort((a, b) => a.queue.length - b.queue.length || a.busyFor - b.busyFor)[0];
  }

  private spawn(warm = false): AnalysisThread {
    const thread = new AnalysisThread(
      this.script,
      (t, reason) => this.exited(t, reason),
      () => this.keepOneFree(),
    );
    this.threads.push(thread);
    // A spare compiles the engine's hot paths now, so the first document moved to it answers as fast as the rest.
    if (warm) this.send(thread, { kind: 'warm' });
    return thread;
  }

  /** A worker is held by a slow job: have a free, warm one ready for the documents that must move. */
  private keepOneFree(): void {
    if (this.disposed) return;
    const live = this.threads.filter((t) => !t.exited);
    if (live.length < MAX_WORKERS && !live.some((t) => t.idle || t.busyFor < SPARE_AFTER_MS)) this.spawn(true);
  }

  /** A worker stopped (terminated, or died): its jobs are answered, its documents analysed afresh elsewhere. */
  private exited(thread: AnalysisThread, reason: string): void {
    const at = this.threads.indexOf(thread);
    if (at >= 0) this.threads.splice(at, 1);
    for (const [uri, t] of [...this.home]) if (t === thread) this.home.delete(uri);
    const stopped = `the analysis worker stopped (${reason})`;
    if (thread.running) thread.running.resolve({ id: thread.running.message.id, error: stopped });
    for (const p of thread.queue.splice(0)) {
      if (p.uri !== undefined && (p.message.kind === 'analyse' || p.message.kind === 'feature')) {
        const { id: _id, ...job } = p.message;
        void this.run(job).then(p.resolve);
      } else p.resolve({ id: p.message.id, ok: null });
    }
  }
}
