// The document as the analysis steps share it: original text, clean text, blocks, and the
// per-block tokens and sentences, computed once and looked up by offset.
import type { Span } from './model';
import type { Block, Structure } from './structure';
import { isProse } from './structure';
import type { Token } from './tokens';
import { tokenize } from './tokens';
import { splitSentences } from './sentences';

export class Doc {
  readonly text: string;
  readonly clean: string;
  readonly blocks: Block[];
  readonly title: Block | null;
  private readonly tokenCache = new Map<number, Token[]>();
  private readonly sentenceCache = new Map<number, Span[]>();
  /** Block starts, for finding the block of an offset by binary search. */
  private readonly starts: number[];

  constructor(text: string, structure: Structure) {
    this.text = text;
    this.clean = structure.clean;
    this.blocks = structure.blocks;
    this.title = structure.title;
    this.starts = this.blocks.map((b) => b.start);
  }

  tokens(block: number): Token[] {
    let ts = this.tokenCache.get(block);
    if (!ts) {
      const b = this.blocks[block];
      ts = tokenize(this.clean, b.start, b.end);
      this.tokenCache.set(block, ts);
    }
    return ts;
  }

  /** The tokens of the block holding `from` that lie within [from, to). */
  tokensIn(from: number, to: number): Token[] {
    const b = this.blockAt(from);
    if (b < 0) return [];
    const ts = this.tokens(b);
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    let e = lo;
    while (e < ts.length && ts[e].end <= to) e++;
    return ts.slice(lo, e);
  }

  sentences(block: number): Span[] {
    let ss = this.sentenceCache.get(block);
    if (!ss) {
      const b = this.blocks[block];
      ss = splitSentences(this.clean, b.start, b.end);
      this.sentenceCache.set(block, ss);
    }
    return ss;
  }

  /** The index of the block containing offset, or -1. */
  blockAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found >= 0 && offset <= this.blocks[found].end ? found : -1;
  }

  /** The sentence containing offset (within its block), or null. */
  sentenceAt(offset: number): Span | null {
    const b = this.blockAt(offset);
    if (b < 0) return null;
    const ss = this.sentences(b);
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].end < offset) lo = mid + 1;
      else if (ss[mid].start > offset) hi = mid - 1;
      else return ss[mid];
    }
    return null;
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
