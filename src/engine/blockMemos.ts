// The memos of the documents annotated last, one per document: what a worker (or the extension host,
// when it runs the engine itself) keeps between requests so that re-annotating after an edit reads the
// unchanged paragraphs from memory. Bounded: the least recently annotated document's memo goes first.
import { BlockMemo } from './blockMemo';

/** Documents whose memo is kept: the ones being edited side by side (each memo is at most BLOCK_MEMO_LIMIT characters' worth). */
export const MEMOIZED_DOCUMENTS = 4;

export class BlockMemos {
  private readonly byDocument = new Map<string, BlockMemo>();

  constructor(private readonly capacity = MEMOIZED_DOCUMENTS) {}

  /** The memo of the document `uri` (a new one the first time); none for a document with no URI. */
  for(uri: string | null | undefined): BlockMemo | undefined {
    if (!uri) return undefined;
    let memo = this.byDocument.get(uri);
    if (memo) this.byDocument.delete(uri);
    else memo = new BlockMemo();
    // a Map iterates in insertion order: re-inserting makes this the most recent
    this.byDocument.set(uri, memo);
    if (this.byDocument.size > this.capacity) this.byDocument.delete(this.byDocument.keys().next().value!);
    return memo;
  }

  /** Forgets a document (it was closed). */
  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  get size(): number {
    return this.byDocument.size;
  }
}
