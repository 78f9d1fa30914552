import type { NotAnalysed } from '../../engine';
import type { Job, Reply } from './messages';
import { AnalysisThread, CANCEL_AFTER_MS, type StartWorker } from './thread';

/** A request for a document whose worker another document's job has held this long moves it. */
const MOVE_AFTER_MS = 50;
/** Three workers held by slow documents and one kept idle for short work (two cores on the machines we measure). */
const MAX_WORKERS = 4;

/**
 * Runs analyses and features in workers (threads in Node, web workers in a browser), never in the thread that speaks the protocol. Each
 * document lives in one worker (its parser keeps the previous tree there). When a job turns long
 * (250 ms), a warm spare is started unless a worker is idle, up to four; a document whose worker another
 * document's job holds moves to an idle one, so a hover on a small SOW does not wait for up to three slow
 * ones. A newer revision stops an older, pathological analysis of the same document; closing a document
 * stops its long analysis; and every job is held to the time budget in its worker thread's CPU time.
 */
export class AnalysisPool {
  private readonly threads: AnalysisThread[] = [];
  private readonly home = new Map<string, AnalysisThread>();
  private nextId = 1;
  /** After dispose nothing starts again, not even a spare a long job's timer asks for. */
  private disposed = false;

  constructor(private readonly start: StartWorker) {}

  /** Runs a job for a document revision; resolves with the worker's reply (an error reply if it died or was stopped). */
  run(job: Job & { kind: 'analyse' | 'feature' }): Promise<Reply> {
    if (this.disposed) return Promise.resolve({ id: 0, error: 'the language server is shutting down' });
    const { uri, revision } = job.document;
    const thread = this.threadFor(uri, revision);
    if (job.kind === 'analyse') thread.dropOlder(uri, revision);
    return new Promise<Reply>((resolve) => thread.push({ message: { ...job, id: this.nextId++ }, uri, revision, resolve }));
  }

  /**
   * Once the editor is quiet: one worker stays and collects its garbage, and one more while others are
   * held by long work (the one kept free); the rest stop, since each costs ~20 MB and more of heap it
   * grew. Documents they held are analysed afresh when next asked for (a full parse: ~20 ms at 1,000 lines).
   */
  collect(): void {
    const live = this.live();
    let freeKept = !live.some((t) => t.long) || !live[0].long;
    for (const t of live.slice(1)) {
      if (!t.idle) continue;
      if (freeKept) t.stop();
      else freeKept = true;
    }
    void this.broadcast({ kind: 'collect' });
  }

  /** Runs a job on every worker (collect garbage, count what is held). */
  async broadcast(job: Job & { kind: 'collect' | 'counts' }): Promise<Reply[]> {
    return Promise.all(
      this.live().map((t) => new Promise<Reply>((resolve) => t.push({ message: { ...job, id: this.nextId++ }, resolve }))),
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

  /** A document was closed: its analysis, if long, is stopped (nobody will read it); the worker's other jobs go on elsewhere. */
  close(uri: string): void {
    const thread = this.home.get(uri);
    this.forget(uri);
    if (thread?.running?.uri === uri && thread.long) thread.stop({ kind: 'stopped', reason: 'the document was closed' });
  }

  private send(thread: AnalysisThread, job: Job): void {
    thread.push({ message: { ...job, id: this.nextId++ }, resolve: () => undefined });
  }

  private live(): AnalysisThread[] {
    return this.threads.filter((t) => !t.exited);
  }

  private threadFor(uri: string, revision: number): AnalysisThread {
    let thread = this.home.get(uri);
    const running = thread?.running;
    if (thread && running && running.uri !== uri && thread.busyFor > MOVE_AFTER_MS) {
      // Held by another document: move, rather than wait behind it.
      this.forget(uri);
      thread = undefined;
    } else if (thread && running?.uri === uri && (running.revision ?? revision) < revision && thread.askedFor > CANCEL_AFTER_MS) {
      // An older revision asked for seconds ago: restarting costs less than waiting for it.
      thread.stop({ kind: 'stopped', reason: 'superseded by a newer version' });
      thread = undefined;
    }
    if (!thread || thread.exited) thread = this.place();
    this.home.set(uri, thread);
    return thread;
  }

  /**
   * A worker for a document that has none: an idle one (the oldest, so documents gather in the worker
   * that stays when the editor is quiet), else a new one, else the shortest wait, behind short work first.
   */
  private place(): AnalysisThread {
    const live = this.live();
    const idle = live.find((t) => t.idle);
    if (idle) return idle;
    if (live.length < MAX_WORKERS) return this.spawn();
    return live.sort((a, b) => Number(a.long) - Number(b.long) || a.queue.length - b.queue.length || a.busyFor - b.busyFor)[0];
  }

  private spawn(warm = false): AnalysisThread {
    const thread = new AnalysisThread(
      this.start,
      { exited: (t, failure) => this.exited(t, failure), long: () => this.keepOneFree() },
      warm,
    );
    this.threads.push(thread);
    return thread;
  }

  /** A job turned long: unless a worker is idle, a warm spare is started for short work, under the cap. */
  private keepOneFree(): void {
    if (this.disposed) return;
    const live = this.live();
    if (live.length < MAX_WORKERS && !live.some((t) => t.idle)) this.spawn(true);
  }

  /** A worker stopped (terminated, or died): its jobs are answered, its documents analysed afresh elsewhere. */
  private exited(thread: AnalysisThread, failure: NotAnalysed): void {
    const at = this.threads.indexOf(thread);
    if (at >= 0) this.threads.splice(at, 1);
    for (const [uri, t] of [...this.home]) if (t === thread) this.home.delete(uri);
    const running = thread.running;
    running?.resolve({ id: running.message.id, error: failure.reason, failure });
    for (const p of thread.queue.splice(0)) {
      if (p.uri !== undefined && (p.message.kind === 'analyse' || p.message.kind === 'feature')) {
        const { id: _id, ...job } = p.message;
        void this.run(job).then(p.resolve);
      } else p.resolve({ id: p.message.id, ok: null });
    }
  }
}
