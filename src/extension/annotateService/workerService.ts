// The engine in a worker: requests go one at a time to one worker (Node worker_threads or a Web
// Worker, see nodeWorker.ts and webWorker.ts), so the extension host's thread only sends the
// text and parses the model. A newer request for a document drops the older one (queued) or
// discards its result (running). A worker that crashes or outlives a generous timeout is
// stopped and restarted, and its request fails with a message for the user. A worker that
// cannot start at all (no Worker here, a missing script) hands every request to the fallback.
import type { AnnotateOptions } from '../../engine/model';
import type { AnnotateRequestMessage, WorkerAnswer } from '../../worker/protocol';
import { AnnotateError, SupersededError, type AnnotateResult, type AnnotateService, type Backend } from './service';

export interface WorkerEvents {
  message(answer: WorkerAnswer): void;
  /** The worker died or broke: it is of no further use. */
  failure(reason: string): void;
}

export interface WorkerHandle {
  post(request: AnnotateRequestMessage): void;
  terminate(): void;
}

/** Starts a worker and reports its answers and its death to `events`; throws when no worker can be created here. */
export type StartWorker = (events: WorkerEvents) => WorkerHandle;

export interface WorkerServiceOptions {
  /** How long a request may run before its worker is judged hung, by the text's length. */
  timeoutMs?: (textLength: number) => number;
  /** Where the service says why it restarted a worker or fell back. */
  log?: (message: string) => void;
}

/**
 * Generous: the engine reads 1–4 MB/s, so this allows over ten times its worst measured time
 * (30 s, plus 10 s per million characters).
 */
export function defaultTimeoutMs(textLength: number): number {
  return 30_000 + textLength / 100;
}

interface Job {
  id: number;
  key: string | undefined;
  text: string;
  options: AnnotateOptions;
  withOutline: boolean;
  resolve(result: AnnotateResult): void;
  reject(error: Error): void;
}

interface LiveWorker {
  handle: WorkerHandle;
  /** It said it loaded the engine: a worker that dies before that could never start. */
  ready: boolean;
}

/** Marks a key whose requests were cancelled (no request has this id). */
const CANCELLED = -1;

export class WorkerAnnotateService implements AnnotateService {
  private worker: LiveWorker | undefined;
  private fallback: AnnotateService | undefined;
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  /** The newest request per document key: an answer to any other is stale. */
  private readonly latest = new Map<string, number>();
  private nextId = 0;
  private disposed = false;
  /** Workers started so far (the first, then one per restart). */
  workersStarted = 0;
  /** Why the service fell back to the extension host's thread, if it did. */
  fallbackReason: string | undefined;

  constructor(
    private readonly startWorker: StartWorker,
    private readonly makeFallback: () => AnnotateService,
    private readonly options: WorkerServiceOptions = {},
  ) {
    // started now, so the first document does not wait for the worker to load the engine
    this.ensureWorker();
  }

  get backend(): Backend {
    return this.fallback ? this.fallback.backend : 'worker';
  }

  annotate(text: string, options: AnnotateOptions, key?: string, withOutline = false): Promise<AnnotateResult> {
    if (this.fallback) return this.fallback.annotate(text, options, key, withOutline);
    if (this.disposed) return Promise.reject(new AnnotateError('Readout was stopped'));
    const id = ++this.nextId;
    if (key !== undefined) {
      this.latest.set(key, id);
      this.dropQueued(key);
    }
    return new Promise<AnnotateResult>((resolve, reject) => {
      this.queue.push({ id, key, text, options, withOutline, resolve, reject });
      this.pump();
    });
  }

  cancel(key: string): void {
    if (this.fallback) return this.fallback.cancel(key);
    if (!this.latest.has(key)) return;
    this.latest.set(key, CANCELLED);
    this.dropQueued(key);
    if (this.running?.job.key !== key) this.latest.delete(key);
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.handle.terminate();
    this.worker = undefined;
    const stopped = new AnnotateError('Readout was stopped');
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.reject(stopped);
      this.running = undefined;
    }
    for (const job of this.queue.splice(0)) job.reject(stopped);
    this.fallback?.dispose();
  }

  private isStale(job: Job): boolean {
    return job.key !== undefined && this.latest.get(job.key) !== job.id;
  }

  /** A finished request's key is forgotten, unless a newer request for it is pending. */
  private release(job: Job): void {
    if (job.key === undefined) return;
    const newest = this.latest.get(job.key);
    if (newest === job.id || newest === CANCELLED) this.latest.delete(job.key);
  }

  private dropQueued(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i]!;
      if (job.key === key && this.latest.get(key) !== job.id) {
        this.queue.splice(i, 1);
        job.reject(new SupersededError(key));
      }
    }
  }

  private ensureWorker(): LiveWorker | undefined {
    if (this.worker || this.fallback || this.disposed) return this.worker;
    try {
      const live: LiveWorker = { handle: undefined as unknown as WorkerHandle, ready: false };
      live.handle = this.startWorker({
        message: (answer) => this.onAnswer(live, answer),
        failure: (reason) => this.onFailure(live, reason),
      });
      this.worker = live;
      this.workersStarted++;
      return live;
    } catch (error) {
      this.fallBack(`no worker could be created (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const worker = this.ensureWorker();
    if (!worker) return; // fell back: the queue went to the fallback
    const job = this.queue.shift();
    if (!job) return;
    const timeoutMs = (this.options.timeoutMs ?? defaultTimeoutMs)(job.text.length);
    this.running = { job, timer: setTimeout(() => this.onTimeout(worker, timeoutMs), timeoutMs) };
    try {
      worker.handle.post({ type: 'annotate', id: job.id, text: job.text, options: job.options, withOutline: job.withOutline });
    } catch (error) {
      clearTimeout(this.running.timer);
      this.running = undefined;
      this.finish(job, new AnnotateError(`the request could not be sent to the annotation worker (${error instanceof Error ? error.message : String(error)})`));
      this.pump();
    }
  }

  private onAnswer(live: LiveWorker, answer: WorkerAnswer): void {
    if (live !== this.worker) return; // a worker already given up on
    if (answer.type === 'ready') {
      live.ready = true;
      return;
    }
    const running = this.running;
    if (!running || running.job.id !== answer.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    const job = running.job;
    if (answer.type === 'failed') this.finish(job, new AnnotateError(`the engine failed: ${answer.message}`));
    else if (this.isStale(job)) this.finish(job, undefined); // not even parsed: nobody will read it
    else {
      const started = performance.now();
      try {
        const annotations = JSON.parse(answer.json) as AnnotateResult['annotations'];
        const outline = answer.outlineJson === undefined ? undefined : (JSON.parse(answer.outlineJson) as AnnotateResult['outline']);
        this.release(job);
        job.resolve({ annotations, outline, annotateMs: answer.annotateMs, receiveMs: performance.now() - started, backend: 'worker' });
      } catch (error) {
        this.finish(job, new AnnotateError(`the annotation worker's answer could not be read (${error instanceof Error ? error.message : String(error)})`));
      }
    }
    this.pump();
  }

  /** Rejects a request: with SupersededError when a newer one replaced it, else with `error`. */
  private finish(job: Job, error: AnnotateError | undefined): void {
    const stale = this.isStale(job);
    this.release(job);
    job.reject(stale || !error ? new SupersededError(job.key ?? '') : error);
  }

  private onFailure(live: LiveWorker, reason: string): void {
    if (live !== this.worker) return;
    this.worker = undefined;
    live.handle.terminate();
    const running = this.running;
    this.running = undefined;
    if (running) clearTimeout(running.timer);
    if (!live.ready) {
      // it never loaded: this host cannot run it, and the request it held is not to blame
      if (running) this.queue.unshift(running.job);
      this.fallBack(`the annotation worker could not start (${reason})`);
      return;
    }
    this.options.log?.(`Readout: the annotation worker stopped (${reason}); restarting it`);
    if (running) this.finish(running.job, new AnnotateError(`the annotation worker stopped (${reason}) while reading this document; it was restarted`));
    this.ensureWorker();
    this.pump();
  }

  private onTimeout(live: LiveWorker, timeoutMs: number): void {
    if (live !== this.worker || !this.running) return;
    const job = this.running.job;
    this.running = undefined;
    this.worker = undefined;
    live.handle.terminate();
    const seconds = Math.round(timeoutMs / 1000);
    this.options.log?.(`Readout: the annotation worker did not answer within ${seconds} s; restarting it`);
    this.finish(job, new AnnotateError(`the engine did not finish within ${seconds} s; the annotation worker was stopped and restarted`));
    if (!live.ready) this.fallBack(`the annotation worker did not start within ${seconds} s`);
    else {
      this.ensureWorker();
      this.pump();
    }
  }

  private fallBack(reason: string): void {
    this.fallbackReason = reason;
    this.options.log?.(`Readout: ${reason}; the engine runs on the extension host's thread instead`);
    const fallback = this.makeFallback();
    this.fallback = fallback;
    for (const job of this.queue.splice(0)) {
      if (this.isStale(job)) this.finish(job, undefined);
      else {
        this.release(job);
        fallback.annotate(job.text, job.options, job.key, job.withOutline).then(job.resolve, job.reject);
      }
    }
  }
}
