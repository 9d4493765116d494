// Binary search over arrays sorted by a numeric key (offsets): every lookup by position in the
// engine goes through here, so that resolving one mention never scans the whole document.

/** The index of the first item whose key is >= at (the array's length when none is). */
export function lowerBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item whose key is > at. */
export function upperBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span of a list of disjoint sorted spans that contains offset (start <= offset <= end), or -1. */
export function spanContaining<T extends { start: number; end: number }>(spans: readonly T[], offset: number): number {
  const i = upperBound(spans, offset, (s) => s.start) - 1;
  return i >= 0 && offset <= spans[i].end ? i : -1;
}
