// The fallback backend: the engine on the extension host's own thread, for when no worker can
// be created. Requests still run one at a time on a later turn of the event loop, so a newer
// request for the same document supersedes an older one that has not started yet. It builds no
// outline: on this thread, the features build it when they need it.
import { annotate, BlockMemos } from '../../engine';
import type { AnnotateOptions } from '../../engine/model';
import { AnnotateError, SupersededError, type AnnotateResult, type AnnotateService } from './service';

/** Marks a key whose pending requests were cancelled (no request has this id). */
const CANCELLED = -1;

export class InProcessAnnotateService implements AnnotateService {
  readonly backend = 'in-process' as const;
  /** The newest request per document key. */
  private readonly latest = new Map<string, number>();
  private nextId = 0;
  /** Memos of the documents annotated last, as the worker keeps them (blockMemos.ts). */
  private readonly memos = new BlockMemos();

  annotate(text: string, options: AnnotateOptions, key?: string): Promise<AnnotateResult> {
    const id = ++this.nextId;
    if (key !== undefined) this.latest.set(key, id);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (key !== undefined) {
          const newest = this.latest.get(key);
          if (newest !== id) {
            if (newest === CANCELLED) this.latest.delete(key);
            return reject(new SupersededError(key));
          }
          this.latest.delete(key);
        }
        try {
          const started = performance.now();
          const annotations = annotate(text, { ...options, memo: this.memos.for(options.uri) });
          resolve({ annotations, annotateMs: performance.now() - started, receiveMs: 0, backend: 'in-process' });
        } catch (error) {
          reject(new AnnotateError(`the engine failed: ${error instanceof Error ? error.message : String(error)}`));
        }
      }, 0);
    });
  }

  cancel(key: string): void {
    // a request that has not started sees it is no longer the newest
    if (this.latest.has(key)) this.latest.set(key, CANCELLED);
  }

  dispose(): void {
    for (const key of this.latest.keys()) this.latest.set(key, CANCELLED);
  }
}
