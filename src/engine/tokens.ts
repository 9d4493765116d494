// Word and punctuation tokens of one block, with offsets into the document. Names, titles and
// roles are read over tokens rather than characters.

export interface Token {
  text: string;
  lower: string;
  /** Lower case without a possessive ending: `Russia’s` → `russia`. */
  bare: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (`MOTEGI`, `NATO`). */
  allCaps: boolean;
}

const KEEP_DOT = /^(?:\p{Lu}|mr|mrs|ms|dr|st|jr|sr|prof|gen|col|lt|capt|maj|brig|adm|rev|hon|rt|msgr|mme|mmes|messrs|sen|rep|gov|pres|amb|asec|usec|barr|engr|h\.e|u\.s|u\.n|u\.k|e\.u|[\p{L}](?:\.[\p{L}])+)$/iu;

/** Character classes for the tokenizer, filled lazily per UTF-16 unit: 1 word, 2 space, 3 other. */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/;

function fillClass(code: number): number {
  // surrogates are read as word characters: astral letters (𝐏) are rarer than astral symbols, but a
  // symbol glued to a word costs nothing worse than a longer token
  const ch = String.fromCharCode(code);
  // (and so is the replacement character: a scrape's lost letter inside a name, `Miguel A\uFFFDngel Moratinos`)
  const c = (code >= 0xd800 && code <= 0xdfff) || code === 0xfffd ? 1 : WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 2 : 3;
  CLASS[code] = c;
  return c;
}

const classOf = (code: number): number => CLASS[code] || fillClass(code);

const isJoiner = (code: number): boolean => code === 0x2019 || code === 39 || code === 45 || code === 46; // ’ ' - .

/**
 * Words keep inner apostrophes, hyphens and dots (People’s, Ki-moon, U.S.) and one final dot;
 * every other non-space character is a token of its own. A hand-written scanner: this runs over
 * every character of the document, so it reads a word's case while it scans it (ASCII words, most
 * of them, need no second pass and no upper-cased copy).
 */
export function tokenize(clean: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const code = clean.charCodeAt(i);
    const k = classOf(code);
    if (k === 2) { i++; continue; }
    if (k === 3) {
      const ch = clean[i];
      // an ampersand standing alone is the word `and` (`Minister for Foreign Affairs & Trade`, `Trinidad & Tobago`)
      if (code === 38 && i > start && classOf(clean.charCodeAt(i - 1)) === 2 && i + 1 < end && classOf(clean.charCodeAt(i + 1)) === 2) {
        out.push({ text: ch, lower: 'and', bare: 'and', start: i, end: i + 1, word: true, cap: false, allCaps: false });
        i++;
        continue;
      }
      out.push({ text: ch, lower: ch, bare: ch, start: i, end: i + 1, word: false, cap: false, allCaps: false });
      i++;
      continue;
    }
    let upper = 0;
    let small = 0;
    let ascii = true;
    let j = i;
    // (a lower-case word of four letters or more glued to a capitalized one, as scrapes leave them, ends before its capital:
    // `Crown copyrightPrime Minister David Cameron`; not `iPhone`, `eBay`, `macOS`)
    const lowerStart = code >= 97 && code <= 122;
    let glued = false;
    for (;;) {
      let c = 0;
      while (j < end && classOf((c = clean.charCodeAt(j))) === 1) {
        if (c >= 65 && c <= 90) {
          if (lowerStart && j - i >= 4 && small === j - i && j + 1 < end && isLowerAscii(clean.charCodeAt(j + 1))) { glued = true; break; }
          upper++;
        } else if (c >= 97 && c <= 122) small++;
        else if (c > 127) ascii = false;
        j++;
      }
      if (glued) break;
      if (j + 1 < end && isJoiner((c = clean.charCodeAt(j))) && classOf(clean.charCodeAt(j + 1)) === 1 && !(c === 46 && isGluedFullStop(clean, j, end))) {
        if (c > 127) ascii = false;
        j++;
        continue;
      }
      break;
    }
    const wordStart = i;
    let text = clean.slice(i, j);
    if (j < end && clean.charCodeAt(j) === 46 && KEEP_DOT.test(text)) {
      text += '.';
      j++;
    }
    i = j;
    if (!ascii) {
      out.push(nonAsciiWord(text, wordStart, j));
      continue;
    }
    const lower = upper > 0 ? text.toLowerCase() : text;
    const cap = code >= 65 && code <= 90;
    const allCaps = cap && text.length >= 2 && small === 0 && upper >= 2;
    out.push({ text, lower, bare: stripPossessive(lower), start: wordStart, end: j, word: true, cap, allCaps });
  }
  return out;
}

/**
 * Whether the full stop at j glues two sentences together, as scrapes do: two lower-case letters, the dot, a
 * capitalized word (`Landsbergis.The`; not `U.S.`, `Ph.D`, `St.Petersburg`). The tokenizer splits the words there and
 * the sentence splitter ends a sentence.
 */
export function isGluedFullStop(s: string, j: number, end: number): boolean {
  return j >= 2 && j + 2 < end && isLowerAscii(s.charCodeAt(j - 1)) && isLowerAscii(s.charCodeAt(j - 2))
    && s.charCodeAt(j + 1) >= 65 && s.charCodeAt(j + 1) <= 90 && isLowerAscii(s.charCodeAt(j + 2));
}
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

function nonAsciiWord(text: string, start: number, end: number): Token {
  const lower = text.toLowerCase();
  const first = text[0];
  const cap = first !== lower[0] && first === first.toUpperCase();
  // all capitals: the text has no lower-case letter and at least two letters
  const allCaps = cap && text.length >= 2 && text === text.toUpperCase() && letterCount(text) >= 2;
  return { text, lower, bare: stripPossessive(lower), start, end, word: true, cap, allCaps };
}

function letterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < 2; i++) {
    const c = text[i];
    if (c.toLowerCase() !== c.toUpperCase()) n++;
  }
  return n;
}

/** The word without a possessive ending: `Russia’s` → `Russia`. */
export function stripPossessive(text: string): string {
  const n = text.length;
  if (n > 2 && (text[n - 1] === 's' || text[n - 1] === 'S') && (text[n - 2] === '’' || text[n - 2] === "'")) return text.slice(0, -2);
  if (n > 1 && (text[n - 1] === '’' || text[n - 1] === "'")) return text.slice(0, -1);
  return text;
}

const NICKNAME_OPENERS = new Set(['"', '“', '‘', "'", '«']);
const NICKNAME_CLOSERS = new Set(['"', '”', '’', "'", '»']);
/**
 * Whether `ts[k]` closes a one-word nickname quoted inside a name, the name's word before it: the `”` of `Ferdinand “Bongbong”`
 * (marks and word written close, a space before the opening mark).
 */
export function closesQuotedNickname(ts: Token[], k: number): boolean {
  if (k < 3) return false;
  const [name, open, nick, close] = [ts[k - 3], ts[k - 2], ts[k - 1], ts[k]];
  return NICKNAME_CLOSERS.has(close.text) && NICKNAME_OPENERS.has(open.text) && nick.word && nick.cap && name.cap
    && open.start === name.end + 1 && nick.start === open.end && close.start === nick.end;
}
