/**
 * A small pool of worker threads running one task function, for checking large folders of stories on every core.
 * Results come back as promises; the caller keeps them in order. The worker side is `serveTasks`.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

interface TaskMessage<T> {
  id: number;
  task: T;
}

type ReplyMessage<R> = { id: number; ok: true; result: R } | { id: number; ok: false; error: string };

/** What marks a worker thread started by this pool (so the script knows to serve tasks, not run main). */
const MARK = 'wirelint-worker';

export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { mark?: string } | null)?.mark === MARK;
}

/** In a worker thread: answer each task message with the handler's result. */
export function serveTasks<T, R>(handler: (task: T) => Promise<R>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', (msg: TaskMessage<T>) => {
    handler(msg.task).then(
      (result) => port.postMessage({ id: msg.id, ok: true, result } satisfies ReplyMessage<R>),
      (err: unknown) =>
        port.postMessage({
          id: msg.id,
          ok: false,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        } satisfies ReplyMessage<R>),
    );
  });
}

export class WorkerPool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ id: number; task: T }> = [];
  private readonly pending = new Map<number, { resolve(r: R): void; reject(e: Error): void; worker?: Worker }>();
  private nextId = 0;
  private failed: Error | undefined;

  /** `script` is this program's own bundle: started as a worker, it serves tasks (see isPoolWorker). */
  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: { mark: MARK } });
      w.on('message', (msg: ReplyMessage<R>) => this.settle(w, msg));
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(task: T): Promise<R> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    const p = new Promise<R>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, task });
    this.dispatch();
    return p;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      const p = this.pending.get(job.id);
      if (p) p.worker = w;
      w.postMessage({ id: job.id, task: job.task } satisfies TaskMessage<T>);
    }
  }

  private settle(w: Worker, msg: ReplyMessage<R>): void {
    const p = this.pending.get(msg.id);
    this.pending.delete(msg.id);
    this.idle.push(w);
    if (p) {
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    }
    this.dispatch();
  }

  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.queue.length = 0;
  }
}
