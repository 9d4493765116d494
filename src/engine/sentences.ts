// Sentence boundaries inside a block: a full stop, question or exclamation mark (and any closing
// quotation mark after it) followed by a space and a capital, digit or opening mark — except
// after abbreviations and initials (`Mr.`, `U.S.`, `Antony J. Blinken`).
import type { Span } from './model';
import { isGluedFullStop } from './tokens';

const ABBREVIATIONS = new Set(
  `mr mrs ms dr st jr sr gen col lt capt maj sgt prof rev hon no nos art fig vol e.g i.e etc vs approx dept est
  u.s u.n u.k e.u h.e u.s.a inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec mme messrs sen rep gov
  amb adm cmdr pres govt min ph.d p.m a.m barr engr h.h`.split(/\s+/),
);

// the capital or digit that must follow is checked by hand: a Unicode-aware pattern is slower
const BOUNDARY = /(?<![.!?…])[.!?…]+["”»’')\]]*(?=\s+["“„«‘(\[]?\S)/g;
// a full stop glued to the next sentence by a scrape, between two lower-case letters and a capitalized word: `said
// Landsbergis.The Foreign Minister`, `…Indo-Pacific”.Answering questions` (not `U.S.`, `Ph.D`, `St.Petersburg`); a scan of its own, for the dot is rare
// before a capital with no space, and an alternative in BOUNDARY cost every sentence 5 %
const GLUED = /\.(?=[A-Z][a-z])/g;

export function splitSentences(clean: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const text = clean.slice(start, end);
  let from = 0;
  const glued = gluedStops(text);
  let g = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    for (; g < glued.length && glued[g] <= m.index; g++) {
      pushTrimmed(text, from, glued[g], start, out);
      from = glued[g];
    }
    if (!startsUpperOrDigit(text, m.index + m[0].length)) continue;
    if (m[0][0] === '.' && !/^\.\.+/.test(m[0])) {
      const word = wordBefore(text, m.index).toLowerCase();
      // a single capital is an initial; a known abbreviation does not end a sentence
      if (/^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
    }
    const stop = m.index + m[0].length;
    pushTrimmed(text, from, stop, start, out);
    from = stop;
  }
  for (; g < glued.length; g++) {
    pushTrimmed(text, from, glued[g], start, out);
    from = glued[g];
  }
  pushTrimmed(text, from, text.length, start, out);
  return out;
}

const NONE: number[] = [];
/** Where sentences glued by a scrape end (after the dot of `Landsbergis.The`), in order. */
function gluedStops(text: string): number[] {
  let out = NONE;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
    const i = m.index;
    const c1 = text.charCodeAt(i - 1);
    // (`…Indo-Pacific”.Answering questions`: a closing mark before the dot, a letter before the mark)
    const afterMark = (c1 === 34 || c1 === 0x201d || c1 === 0x2019 || c1 === 0xbb) && i >= 2 && /\p{L}/u.test(text[i - 2]);
    if (afterMark || (isGluedFullStop(text, i, text.length) && !ABBREVIATIONS.has(wordBefore(text, i).toLowerCase()))) {
      if (out === NONE) out = [];
      out.push(i + 1);
    }
  }
  return out;
}

function pushTrimmed(text: string, s: number, e: number, offset: number, out: Span[]): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s + offset, end: e + offset });
}

/** Whether the next word after position i (past spaces and an opening mark) starts with a capital or a digit. */
function startsUpperOrDigit(text: string, i: number): boolean {
  while (i < text.length && /\s/.test(text[i])) i++;
  if ('"“„«‘(['.includes(text[i])) i++;
  const c = text[i];
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A stop followed by a space (`… deepen it. “…`), other than after an abbreviation or an initial (`told Mr. Kishida`). */
const STOP_THEN_SPACE = /[.!?][”"’»]?\s/g;
export function hasSentenceStop(text: string): boolean {
  STOP_THEN_SPACE.lastIndex = 0;
  for (let m = STOP_THEN_SPACE.exec(text); m; m = STOP_THEN_SPACE.exec(text)) {
    if (text[m.index] !== '.') return true;
    const word = wordBefore(text, m.index).toLowerCase();
    if (!/^\p{L}$/u.test(word) && !ABBREVIATIONS.has(word.replace(/\.$/, ''))) return true;
  }
  return false;
}

/** The letters and dots right before i (`Mr`, `U.S`), at most 12 characters. */
function wordBefore(text: string, i: number): string {
  let b = i;
  while (b > 0 && i - b < 12 && (text[b - 1] === '.' || text[b - 1].toLowerCase() !== text[b - 1].toUpperCase())) b--;
  return text.slice(b, i);
}
