// Small string helpers written as loops: the regular expressions they replace (`/\s+$/` and the
// like) take quadratic time on long runs of spaces, which scraped pages do contain.

const SPACE = /\s/;

export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  // (ASCII answered without the pattern: these run once per character scanned)
  const code = c.charCodeAt(0);
  if (code < 128 && c.length === 1) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
}

/** The string without trailing characters for which `drop` holds. */
export function trimEndWhere(s: string, drop: (c: string) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** The string without trailing white space and the given characters. */
export function trimEndOf(s: string, chars: string): string {
  return trimEndWhere(s, (c) => isSpace(c) || chars.includes(c));
}

/** The last run of letters in s, if s ends with it after optional white space; else null. */
export function lastWord(s: string): string | null {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1])) e--;
  let b = e;
  while (b > 0 && isLetter(s[b - 1])) b--;
  return b < e ? s.slice(b, e) : null;
}

export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0) | 32;
  if (c.length === 1 && c.charCodeAt(0) < 128) return code >= 97 && code <= 122;
  return c.toLowerCase() !== c.toUpperCase();
}

/** The last match of a global pattern in s, or null. */
export function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

/** The first non-space character of s at or after i, or undefined. */
export function firstNonSpace(s: string, i = 0): string | undefined {
  while (i < s.length && isSpace(s[i])) i++;
  return s[i];
}

/** An offset moved forward past the second half of a surrogate pair, so that a span never cuts a character. */
export function wholeCharacterEnd(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return at;
  const high = text.charCodeAt(at - 1);
  const low = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 1 : at;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Whether s has at least `min` words (counted only that far: content clauses run long). */
export function hasWords(s: string, min: number): boolean {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < min && WORD.test(s)) n++;
  return n >= min;
}
