// Spans sorted by start, looked up by offset in O(log n): which quote (or turn) an offset sits in.
import type { Span } from './model';

export class SpanIndex<T extends Span> {
  /** Outermost spans only, sorted and disjoint. */
  private readonly outer: T[] = [];

  constructor(spans: T[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const s of sorted) {
      const last = this.outer[this.outer.length - 1];
      if (last && s.start < last.end) continue; // nested in the last one
      this.outer.push(s);
    }
  }

  /** The outermost span with start < offset < end (strictly inside, past a quote's opening mark), or null. */
  at(offset: number): T | null {
    return this.overlapping(offset, offset + 1, true);
  }

  contains(offset: number): boolean {
    return this.at(offset) !== null;
  }

  /** The outermost span overlapping [start, end), or null. */
  overlapping(start: number, end: number, strictlyInside = false): T | null {
    // the outer spans are disjoint and sorted: the only candidate is the first that ends after `start`
    // (the binary search written out on `end`: this runs for every trigger and cue the engine reads)
    const outer = this.outer;
    let lo = 0;
    let hi = outer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (outer[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const s = outer[lo];
    if (!s || s.start >= end) return null;
    // (a quote whose opening mark was lost, `innerStart` at its start, has its first word inside it)
    return strictlyInside && s.start >= start && (s as Partial<{ innerStart: number }>).innerStart !== s.start ? null : s;
  }
}
