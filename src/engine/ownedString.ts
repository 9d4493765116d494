// Module-level caches outlive a call to the engine. A key or value sliced from a document would keep
// the whole document alive with it (V8 keeps a slice of 13 or more characters as a reference into its
// parent string), so the caches store copies of their own: made once per new entry.
const SLICED_FROM = 13;

/** `s`, or a copy of it that shares no memory with the text it was sliced from. */
export function owned(s: string): string {
  return s.length < SLICED_FROM ? s : s.split('').join('');
}
