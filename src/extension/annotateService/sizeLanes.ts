// Two lanes to the engine, by document size: one worker for ordinary readouts and one, started on
// first need, for large documents. The engine cannot be interrupted, so with a single worker a
// 5 MB transcript (seconds of engine time) held back the highlights of every small document
// opened or edited meanwhile; in its own lane it delays only itself.
import type { AnnotateOptions } from '../../engine/model';
import type { AnnotateResult, AnnotateService, Backend } from './service';

/** From this many characters a document goes to the large lane (about 0.1 s of engine time). */
export const LARGE_DOCUMENT_CHARS = 250_000;

export class SizeLanesAnnotateService implements AnnotateService {
  private readonly small: AnnotateService;
  private large: AnnotateService | undefined;

  constructor(private readonly makeLane: () => AnnotateService, private readonly largeFrom = LARGE_DOCUMENT_CHARS) {
    this.small = makeLane();
  }

  get backend(): Backend {
    return this.small.backend;
  }

  /** The lane serving large documents, if one was needed yet. */
  get largeLane(): AnnotateService | undefined {
    return this.large;
  }

  annotate(text: string, options: AnnotateOptions, key?: string, withOutline?: boolean): Promise<AnnotateResult> {
    const lane = text.length >= this.largeFrom ? (this.large ??= this.makeLane()) : this.small;
    // a document that grew or shrank across the line: its request in the other lane is now stale
    if (key !== undefined) (lane === this.small ? this.large : this.small)?.cancel(key);
    return lane.annotate(text, options, key, withOutline);
  }

  cancel(key: string): void {
    this.small.cancel(key);
    this.large?.cancel(key);
  }

  dispose(): void {
    this.small.dispose();
    this.large?.dispose();
  }
}
