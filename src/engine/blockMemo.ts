// What one annotation of a document leaves for the next annotation of the same document: the
// tokens and sentences of each block, keyed by the block's text. While the user types, every block
// but the one being edited is unchanged, so re-annotating reads them from here instead of scanning
// them again (issue 5: a 10 KB readout re-annotated in 2 ms). A block that moved (text inserted
// above it) is reused with its offsets shifted, which is cheaper than a new scan.
import type { Span } from './model';
import type { Token } from './tokens';

/**
 * Above this many characters a document is not memoized: the memo holds all of its tokens between edits (about
 * 40 bytes a character), and a long document's re-annotation is dominated by the steps the memo does not save.
 */
export const BLOCK_MEMO_LIMIT = 250_000;

interface Entry {
  /** Where the block started when its tokens and sentences were made. */
  start: number;
  tokens?: Token[];
  sentences?: Span[];
  /** What steps read off the block's text alone, by the name of what it is (offsets relative to the block). */
  derived?: Map<string, unknown>;
}

/**
 * One document's memo: pass the same instance to each `annotate` of that document (option `memo`).
 * It keeps only the blocks the last annotation read, so it never holds more than one version of the
 * document. Reuse is exact: the tokens and sentences of a block depend on nothing but its text.
 */
export class BlockMemo {
  private previous = new Map<string, Entry>();
  private current = new Map<string, Entry>();

  /** Starts an annotation of a document of `length` characters; false (and the memo emptied) when it is too long to keep. */
  begin(length: number): boolean {
    this.previous = this.current.size > 0 ? this.current : this.previous;
    this.current = new Map();
    if (length > BLOCK_MEMO_LIMIT) {
      this.previous = new Map();
      return false;
    }
    return true;
  }

  tokens(text: string, start: number, make: () => Token[]): Token[] {
    return this.reuse('tokens', text, start, make, shiftTokens);
  }

  sentences(text: string, start: number, make: () => Span[]): Span[] {
    return this.reuse('sentences', text, start, make, shiftSpans);
  }

  /** This annotation's tokens or sentences of a block: made once, from the last annotation's (shifted) when the text was there. */
  private reuse<K extends 'tokens' | 'sentences'>(kind: K, text: string, start: number, make: () => NonNullable<Entry[K]>,
    shift: (kept: NonNullable<Entry[K]>, by: number) => NonNullable<Entry[K]>): NonNullable<Entry[K]> {
    const entry = this.entry(text, start);
    const made = entry[kind];
    if (made) return made;
    const old = this.previous.get(text);
    const kept = old?.[kind];
    const found = kept && old ? shift(kept, start - old.start) : make();
    entry[kind] = found;
    return found;
  }

  /**
   * A step's finding that depends on nothing but the block's text (`make` is given the text): dates with offsets
   * relative to the block, whether it holds a cue word. `what` names the finding; its value is never changed.
   */
  derived<T>(what: string, text: string, start: number, make: (text: string) => T): T {
    const entry = this.entry(text, start);
    let found = entry.derived?.get(what) as T | undefined;
    if (found !== undefined) return found;
    found = (this.previous.get(text)?.derived?.get(what) as T | undefined) ?? make(text);
    (entry.derived ??= new Map()).set(what, found);
    return found;
  }

  /** This annotation's entry for a block (a text seen twice in one document keeps its first start; the other is shifted). */
  private entry(text: string, start: number): Entry {
    let entry = this.current.get(text);
    if (!entry) {
      entry = { start };
      this.current.set(text, entry);
    } else if (entry.start !== start) {
      // the same text twice in one document: this block's own entry, not memoized
      return { start };
    }
    return entry;
  }
}

function shiftTokens(ts: Token[], by: number): Token[] {
  if (by === 0) return ts;
  return ts.map((t) => ({ text: t.text, lower: t.lower, bare: t.bare, start: t.start + by, end: t.end + by, word: t.word, cap: t.cap, allCaps: t.allCaps }));
}

function shiftSpans(ss: Span[], by: number): Span[] {
  if (by === 0) return ss;
  return ss.map((s) => ({ start: s.start + by, end: s.end + by }));
}
