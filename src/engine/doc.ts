// The document as the analysis steps share it: original text, clean text, blocks, and the
// per-block tokens and sentences, computed once and looked up by offset.
import type { Span } from './model';
import type { Block, Structure } from './structure';
import { isProse } from './structure';
import type { Token } from './tokens';
import { tokenize } from './tokens';
import { splitSentences } from './sentences';
import { lowerBound, spanContaining } from './sorted';
import type { BlockMemo } from './blockMemo';

export class Doc {
  readonly text: string;
  readonly clean: string;
  readonly blocks: Block[];
  readonly title: Block | null;
  // indexed by block (dense), cheaper than maps on the hot lookups
  private readonly tokenCache: (Token[] | undefined)[] = [];
  private readonly sentenceCache: (Span[] | undefined)[] = [];
  private readonly blockTexts: (string | undefined)[] = [];
  private readonly derivedCache = new Map<string, unknown[]>();

  /** The document's memo from its last annotation, when it is kept (see blockMemo.ts). */
  private readonly memo: BlockMemo | null;

  constructor(text: string, structure: Structure, memo?: BlockMemo) {
    this.text = text;
    this.clean = structure.clean;
    this.blocks = structure.blocks;
    this.title = structure.title;
    this.memo = memo?.begin(structure.clean.length) ? memo : null;
  }

  tokens(block: number): Token[] {
    let ts = this.tokenCache[block];
    if (!ts) {
      const b = this.blocks[block];
      ts = this.memo
        ? this.memo.tokens(this.blockText(block), b.start, () => tokenize(this.clean, b.start, b.end))
        : tokenize(this.clean, b.start, b.end);
      this.tokenCache[block] = ts;
    }
    return ts;
  }

  /** Whether this annotation has a memo to keep what it reads of each block (blockMemo.ts). */
  get memoized(): boolean {
    return this.memo !== null;
  }

  /** A block's clean text, the memo's key: sliced once (a string keeps its hash, a new slice computes it again). */
  private blockText(block: number): string {
    let t = this.blockTexts[block];
    if (t === undefined) {
      const b = this.blocks[block];
      t = this.clean.slice(b.start, b.end);
      this.blockTexts[block] = t;
    }
    return t;
  }

  /**
   * What a step reads off one block's text alone (`make` is given the text), made once per block and, with a
   * memo, kept for the next annotation while the block is unchanged. `what` names it; offsets in it are relative
   * to the block, and the value is never changed.
   */
  blockDerived<T>(block: number, what: string, make: (text: string) => T): T {
    const text = this.blockText(block);
    if (this.memo) return this.memo.derived(what, text, this.blocks[block].start, make);
    let perBlock = this.derivedCache.get(what);
    if (!perBlock) this.derivedCache.set(what, (perBlock = []));
    let found = perBlock[block] as T | undefined;
    if (found === undefined) perBlock[block] = found = make(text);
    return found;
  }

  /** The tokens of the block holding `from` that lie within [from, to). */
  tokensIn(from: number, to: number): Token[] {
    const b = this.blockAt(from);
    if (b < 0) return [];
    const ts = this.tokens(b);
    const lo = lowerBound(ts, from, (t) => t.start);
    let e = lo;
    while (e < ts.length && ts[e].end <= to) e++;
    return ts.slice(lo, e);
  }

  sentences(block: number): Span[] {
    let ss = this.sentenceCache[block];
    if (!ss) {
      const b = this.blocks[block];
      ss = this.memo
        ? this.memo.sentences(this.blockText(block), b.start, () => splitSentences(this.clean, b.start, b.end))
        : splitSentences(this.clean, b.start, b.end);
      this.sentenceCache[block] = ss;
    }
    return ss;
  }

  /** The block found last: lookups come mostly in document order, many in one block. */
  private lastBlock = 0;

  /** The index of the block containing offset, or -1. */
  blockAt(offset: number): number {
    // the last block found, when it is still the last one starting at or before offset (what the search would find)
    const i = this.lastBlock;
    const bs = this.blocks;
    if (i < bs.length && bs[i].start <= offset && (i + 1 === bs.length || bs[i + 1].start > offset)) return offset <= bs[i].end ? i : -1;
    const found = spanContaining(bs, offset);
    if (found >= 0) this.lastBlock = found;
    return found;
  }

  /** The sentence containing offset (within its block), or null. */
  sentenceAt(offset: number): Span | null {
    const b = this.blockAt(offset);
    if (b < 0) return null;
    const ss = this.sentences(b);
    const i = spanContaining(ss, offset);
    return i >= 0 ? ss[i] : null;
  }

  /** Whether a sentence starts at `start` (a boundary lies between `from` and `start`). */
  isSentenceStart(_from: number, start: number): boolean {
    const s = this.sentenceAt(start);
    return !!s && s.start === start;
  }

  /** Blocks whose words may name people: everything but debris and datelines. */
  forEachNamedBlock(fn: (block: number) => void): void {
    this.blocks.forEach((b, i) => { if (b.kind !== 'debris' && b.kind !== 'dateline') fn(i); });
  }

  forEachProseBlock(fn: (block: number) => void): void {
    this.blocks.forEach((b, i) => { if (isProse(b)) fn(i); });
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
