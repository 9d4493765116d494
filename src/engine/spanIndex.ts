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

  /** The outermost span with start < offset < end (strictly inside), or null. */
  at(offset: number): T | null {
    let lo = 0;
    let hi = this.outer.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.outer[mid];
      if (s.end <= offset) lo = mid + 1;
      else if (s.start >= offset) hi = mid - 1;
      else return s;
    }
    return null;
  }

  contains(offset: number): boolean {
    return this.at(offset) !== null;
  }

  /** The outermost span overlapping [start, end), or null. */
  overlapping(start: number, end: number): T | null {
    let lo = 0;
    let hi = this.outer.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.outer[mid];
      if (s.end <= start) lo = mid + 1;
      else if (s.start >= end) hi = mid - 1;
      else return s;
    }
    return null;
  }
}
