// Word and punctuation tokens of one block, with offsets into the document. Names, titles and
// roles are read over tokens rather than characters.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (`MOTEGI`, `NATO`). */
  allCaps: boolean;
}

// a word keeps inner apostrophes, hyphens and dots (People’s, Ki-moon, U.S.) and one final dot
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[’'\-.][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
const KEEP_DOT = /^(?:\p{Lu}|mr|mrs|ms|dr|st|jr|sr|prof|gen|col|lt|capt|rev|hon|mme|messrs|sen|rep|gov|h\.e|u\.s|u\.n|u\.k|e\.u|[\p{L}](?:\.[\p{L}])+)$/iu;

export function tokenize(clean: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(clean); m && m.index < end; m = TOKEN.exec(clean)) {
    let text = m[0];
    let tEnd = m.index + text.length;
    if (tEnd > end) { text = text.slice(0, end - m.index); tEnd = end; }
    const word = /^[\p{L}\p{M}\p{N}]/u.test(text);
    if (word && text.length > 1 && text.endsWith('.') && !KEEP_DOT.test(text.slice(0, -1))) {
      // a sentence's full stop, not part of the word
      out.push(makeToken(text.slice(0, -1), m.index, tEnd - 1, true));
      out.push(makeToken('.', tEnd - 1, tEnd, false));
      continue;
    }
    out.push(makeToken(text, m.index, tEnd, word));
  }
  return out;
}

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const cap = word && /^\p{Lu}/u.test(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text, lower: text.toLowerCase(), start, end, word, cap,
    allCaps: word && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** The word without a possessive ending: `Russia’s` → `Russia`. */
export function stripPossessive(text: string): string {
  return text.replace(/['’]s?$/u, '');
}
