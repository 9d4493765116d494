// Direct quotes (guide §2): every quotation-mark style, nested quotes, apostrophes told apart
// from single quotes, multi-paragraph (newspaper) quotes, unclosed marks kept inside their
// paragraph, and terms (scare quotes, names of programmes) told apart from speech.
import type { Block } from './structure';
import { isShouting } from './structure';
import { isSpace } from './textTrim';
import { QUOTE_CUE_VERBS } from './lexicon/reportingVerbs';

export interface RawQuote {
  /** Opening mark to closing mark, both included; an unclosed part ends with its paragraph. */
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  /** Inside another quote (a quote the speaker quotes). */
  nested: boolean;
  /** Index of the block it sits in. */
  block: number;
  /** Continues the open quote of the previous paragraph (newspaper style). */
  continuesPrevious: boolean;
  /** The next paragraph reopens this quote. */
  continuesNext: boolean;
  /** The part that opened a quotation running over paragraphs with one pair of marks: the parts are one quote. */
  runOnOf?: RawQuote;
}

type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

interface Open {
  pos: number;
  family: Family;
  char: string;
}

/** How deep quotes may nest before further opening marks are ignored (keeps every step linear). */
const MAX_DEPTH = 16;
/** Opening marks that, typed twice in a row, are one typing slip (a straight or single mark doubled may be an empty quote). */
const DOUBLED_OPENERS = new Set(['“', '«', '„']);

/** Any quotation mark this step reads (apostrophes included: a mark or a word's, as its neighbours tell). */
export const QUOTE_MARK = /[“”„‟«»‹›「」『』‚‘’"']/;
const MARKS = new RegExp(QUOTE_MARK.source, 'g');
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const OPENING_CONTEXT = /[\s([{\-–—/“‘«‹„‚「『:;,]/;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?\-–—/”’»›」』…]/;

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || OPENING_CONTEXT.test(c);
}
function isSpaceOrEnd(c: string | undefined): boolean {
  return c === undefined || CLOSING_CONTEXT.test(c);
}
/** A character a quotation can end on: a letter, a digit or a closing punctuation mark (`,“` `.“` `s“`). */
function endsWord(c: string | undefined): boolean {
  return c !== undefined && !/[\s([{“‘«‹„‚「『\-–—/]/.test(c);
}
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

/** A short line that is no sentence: it ends without a stop or a closing mark (a straight one too), or is all capitals. */
function isCaption(text: string): boolean {
  const t = text.trimEnd();
  return t.length <= 300 && (!/[.!?…:;”"’'»)]$/.test(t) || isShouting(t));
}

/** Whether the prose block before block `bi` ends with a colon: it introduces what follows. */
function endsWithColon(clean: string, blocks: Block[], bi: number, prose: (b: Block) => boolean): boolean {
  let k = bi - 1;
  while (k >= 0 && !prose(blocks[k])) k--;
  return k >= 0 && clean.slice(blocks[k].start, blocks[k].end).trimEnd().endsWith(':');
}

/** Whether the next prose block after block `bi`, past photo captions, opens with the mark `ch`. */
function nextProseOpensWith(clean: string, blocks: Block[], bi: number, prose: (b: Block) => boolean, ch: string): boolean {
  let k = bi + 1;
  // (a few blocks at most: a page of caption-like lines is not read again for each)
  while (k < blocks.length && k - bi <= 4 && (!prose(blocks[k]) || (clean[blocks[k].start] !== ch && isCaption(clean.slice(blocks[k].start, blocks[k].end))))) k++;
  return k < blocks.length && clean[blocks[k].start] === ch;
}

export function findQuotes(clean: string, blocks: Block[], prose: (b: Block) => boolean): RawQuote[] {
  const out: RawQuote[] = [];
  // per block, its first double mark that closed nothing, when no quote came before it (see openingMarkDropped)
  const orphans: { block: number; pos: number }[] = [];
  let previousOpenAtEnd = false;
  let previousPart: RawQuote | null = null;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    if (!prose(block)) continue;
    const stack: Open[] = [];
    const partsStart = out.length;
    let orphan = -1;
    // the marks are looked for in the block's own text: over the whole text, a block without a mark
    // would have the search run on to the next mark in the document, however far (quadratic)
    const text = clean.slice(block.start, block.end);
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
      const pos = block.start + m.index;
      const ch = m[0];
      const prev = pos > block.start ? clean[pos - 1] : undefined;
      const next = pos + 1 < block.end ? clean[pos + 1] : undefined;
      const action = classify(ch, prev, next, stack, clean.slice(pos + 1, Math.min(block.end, pos + 4)), ch === "'" || ch === '’' ? clean.slice(pos + 1, Math.min(block.end, pos + 400)) : undefined);
      if (action === null) {
        if (stack.length === 0 && out.length === partsStart && orphan < 0 && DOUBLE_CLOSER.test(ch)) orphan = pos;
        continue;
      }
      if (action.kind === 'open') {
        // `““Together we can build …”`: an opening mark typed twice opens one quotation, at the second
        const top = stack[stack.length - 1];
        if (top && top.pos === pos - 1 && top.char === ch && DOUBLED_OPENERS.has(ch)) { top.pos = pos; continue; }
        // quotes nest two or three deep in real speech; past MAX_DEPTH, further openings are ignored
        if (stack.length < MAX_DEPTH) stack.push({ pos, family: action.family, char: ch });
        continue;
      }
      let k = stack.length - 1;
      while (k >= 0 && stack[k].family !== action.family) k--;
      if (k < 0) continue;
      const open = stack[k];
      stack.length = k;
      out.push({
        start: open.pos, end: pos + 1, innerStart: open.pos + 1, innerEnd: pos, closed: true,
        nested: stack.length > 0, block: bi, continuesPrevious: false, continuesNext: false,
      });
    }
    // the outermost quote left open at the paragraph's end runs to the end of the paragraph, no further
    // (a single mark too, when it opens the paragraph after an introduction ending in a colon, or goes on with a quote of
    // the paragraph before: `Minister Byrne also said:` / `'We have faced many challenges … recovery` / `Like so many times …'`)
    // (or opens after a colon inside the paragraph, when the next paragraph reopens it: `Mrs Badenoch said: 'I'm delighted …` /
    // `'We are using …'`)
    // (or opens a paragraph the next one reopens with the same mark, newspaper style: `‘I am very pleased with …` / `‘I look
    // forward to …,’ Anwar said`)
    const introducedSingle = (o: Open): boolean => (o.pos === block.start && (previousOpenAtEnd || endsWithColon(clean, blocks, bi, prose) || nextProseOpensWith(clean, blocks, bi, prose, clean[o.pos])))
      || (/:\s$/.test(clean.slice(Math.max(block.start, o.pos - 2), o.pos)) && nextProseOpensWith(clean, blocks, bi, prose, clean[o.pos]));
    const outer = stack.find((o) => (o.family !== 'single' && o.family !== 'single-guillemet') || introducedSingle(o)) ?? null;
    let openAtEnd = false;
    if (outer) {
      const unclosed: RawQuote = {
        start: outer.pos, end: block.end, innerStart: outer.pos + 1, innerEnd: block.end, closed: false,
        nested: false, block: bi, continuesPrevious: false, continuesNext: false,
      };
      // quotes that were closed inside the unclosed one are nested in it
      for (let i = partsStart; i < out.length; i++) if (out[i].start > outer.pos) out[i].nested = true;
      out.push(unclosed);
      openAtEnd = true;
    }
    // a photo caption, a credit or a teaser between two parts (`REUTERS`, `MORE ON THE SPECIAL RELATIONSHIP:`,
    // a line without a stop) neither continues nor ends a quotation running over paragraphs
    if (!openAtEnd && previousOpenAtEnd && isCaption(text)) continue;
    // newspaper style: the previous paragraph ended inside a quote and this one opens with a mark
    const first = out.slice(partsStart).sort((a, b) => a.start - b.start)[0];
    if (previousOpenAtEnd && previousPart && first && first.start === block.start && !first.nested) {
      first.continuesPrevious = true;
      previousPart.continuesNext = true;
    }
    if (!openAtEnd && orphan >= 0) orphans.push({ block: bi, pos: orphan });
    previousOpenAtEnd = openAtEnd;
    previousPart = openAtEnd ? out[out.length - 1] : null;
  }
  closeAcrossParagraphs(clean, blocks, prose, out);
  // (a mark closeAcrossParagraphs read closes the quote of an earlier paragraph: its part in this block covers the mark)
  const runOnEnd = new Map<number, number>();
  for (const q of out) if (q.continuesPrevious) runOnEnd.set(q.block, Math.max(runOnEnd.get(q.block) ?? 0, q.end));
  for (const o of orphans) {
    if ((runOnEnd.get(o.block) ?? 0) > o.pos) continue;
    const q = openingMarkDropped(clean, blocks[o.block], o.block, o.pos);
    if (q) out.push(q);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** How many paragraphs a quote with one opening and one closing mark may run over. */
const MAX_RUN_ON_PARAGRAPHS = 8;
// (a single mark only where no letter follows it: an apostrophe inside a word, `EU's`, is none)
const MARKS_OF: Partial<Record<Family, RegExp>> = { double: /[“”„‟"]/g, guillemet: /[«»]/g, single: /[‘’'](?!\p{L})/gu };

/**
 * A statement quoted over several paragraphs with one opening mark and one closing mark (no
 * fresh mark per paragraph): the quote left open runs on to that closing mark when every paragraph
 * in between holds no mark of its kind and the last one ends with it. The steps read it as one part
 * per paragraph (a cue sits in its own paragraph), each continuing the one before: the paragraphs in
 * between whole, the last one up to its closing mark; the model joins the parts into one quote, the
 * text between its two marks (unlike newspaper style, where each paragraph reopens the quote).
 */
function closeAcrossParagraphs(clean: string, blocks: Block[], prose: (b: Block) => boolean, out: RawQuote[]): void {
  const opening = out.length;
  for (let n = 0; n < opening; n++) {
    const q = out[n];
    if (q.closed || q.nested || q.continuesNext) continue;
    const family: Family | null = /[«»]/.test(clean[q.start]) ? 'guillemet' : /[“”„‟"]/.test(clean[q.start]) ? 'double' : /[‘’']/.test(clean[q.start]) ? 'single' : null;
    const marks = family ? MARKS_OF[family] : undefined;
    if (!marks) continue;
    for (let b = q.block + 1; b < blocks.length && b <= q.block + MAX_RUN_ON_PARAGRAPHS; b++) {
      const block = blocks[b];
      if (!prose(block)) break;
      const text = clean.slice(block.start, block.end);
      const found = [...text.matchAll(marks)];
      if (found.length === 0) continue;
      const close = found[0];
      const closingShape = /[^\s“„«]/.test(text[close.index - 1] ?? '') && isSpaceOrEnd(text[close.index + 1]);
      // the paragraph's only mark, at its end; or its first mark, closing-shaped, with more quotes after it
      // (`… any threat.“ At the same time, he said, … “Together we …,“ the Secretary General said.`)
      const closes = closingShape && (found.length === 1 ? /^[.!?…]?\s*$/.test(text.slice(close.index + 1)) : close[0] === '“' || close[0] === '”' || close[0] === '»');
      if (closes) {
        let part = q;
        for (let k = q.block + 1; k <= b; k++) {
          const whole = blocks[k];
          const end = k === b ? block.start + close.index : whole.end;
          // (a paragraph that opens with a mark this step did not pair, `』the two countries …`, has it as its opening mark)
          const inner = QUOTE_MARK.test(clean[whole.start] ?? '') && whole.start < end ? whole.start + 1 : whole.start;
          const next: RawQuote = {
            start: whole.start, end: k === b ? end + 1 : end, innerStart: inner, innerEnd: end, closed: k === b,
            nested: false, block: k, continuesPrevious: true, continuesNext: false, runOnOf: q,
          };
          part.continuesNext = true;
          out.push(next);
          part = next;
        }
      }
      break;
    }
  }
}

const DOUBLE_CLOSER = /[”“"]/;
/** A reporting clause right after a closing mark: ` Kassym-Jomart Tokayev said`, `, the President stressed`. */
const CUE_AFTER_CLOSER = new RegExp(`^\\s*(?:[^\\s.!?“”"]+\\s+){0,5}?(?:${QUOTE_CUE_VERBS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');

/**
 * A paragraph whose quotation lost its opening mark on the way (a scraped page: `There is a lot of work to be done …,"
 * Kassym-Jomart Tokayev said.`): a closing mark after the end of a sentence or a comma, with nothing open and a reporting
 * clause after it, closes a quote that opened with the paragraph.
 */
function openingMarkDropped(clean: string, block: Block, bi: number, pos: number): RawQuote | null {
  if (!/[,.!?…]/.test(clean[pos - 1] ?? '')) return null;
  if (!CUE_AFTER_CLOSER.test(clean.slice(pos + 1, Math.min(block.end, pos + 120)))) return null;
  let start = block.start;
  while (start < pos && isSpace(clean[start])) start++;
  // (a mark the paragraph does open with, of a shape this step does not pair, is the quotation's own: `』We are …“`;
  // otherwise the quote starts its line with no mark, as a paragraph part of a longer quotation does)
  const inner = start < pos && QUOTE_MARK.test(clean[start]) ? start + 1 : start;
  if (inner >= pos) return null;
  // (a quote without its mark starts a line, close to the line break before it: not the document's first line, with or
  // without a byte-order mark, nor after a deep indent)
  if (inner === start && !/[\n\r\u2028\u2029]/.test(clean.slice(Math.max(0, start - 8), start))) return null;
  return { start, end: pos + 1, innerStart: inner, innerEnd: pos, closed: true, nested: false, block: bi, continuesPrevious: false, continuesNext: false };
}

type Action = { kind: 'open' | 'close'; family: Family } | null;

function hasOpen(stack: Open[], family: Family): Open | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === family) return stack[i];
  return undefined;
}

function classify(ch: string, prev: string | undefined, next: string | undefined, stack: Open[], after?: string, rest?: string): Action {
  switch (ch) {
    case '„': case '‟': return { kind: 'open', family: 'double' };
    // (in reversed guillemets, »…«, the « closes the » that opened)
    case '«': return hasOpen(stack, 'guillemet')?.char === '»' ? { kind: 'close', family: 'guillemet' } : { kind: 'open', family: 'guillemet' };
    case '‹': return hasOpen(stack, 'single-guillemet')?.char === '›' ? { kind: 'close', family: 'single-guillemet' } : { kind: 'open', family: 'single-guillemet' };
    case '「': return { kind: 'open', family: 'corner' };
    case '『': return { kind: 'open', family: 'white-corner' };
    case '」': return { kind: 'close', family: 'corner' };
    case '』': return { kind: 'close', family: 'white-corner' };
    case '»':
      // reversed guillemets (»…«, German and Danish) open when nothing is open
      if (!hasOpen(stack, 'guillemet') && isSpaceOrStart(prev) && !isSpaceOrEnd(next)) return { kind: 'open', family: 'guillemet' };
      return { kind: 'close', family: 'guillemet' };
    case '›':
      if (!hasOpen(stack, 'single-guillemet') && isSpaceOrStart(prev) && !isSpaceOrEnd(next)) return { kind: 'open', family: 'single-guillemet' };
      return { kind: 'close', family: 'single-guillemet' };
    case '‚': return { kind: 'open', family: 'single' };
    case '“': {
      const open = hasOpen(stack, 'double');
      // German „…“ closes with “; some sites use “ at both ends (`…, Europe.“ At the same time`)
      const closingShape = endsWord(prev) && isSpaceOrEnd(next);
      if (open && (open.char === '„' || closingShape)) return { kind: 'close', family: 'double' };
      // a closing-shaped “ with nothing open closes a quote of an earlier paragraph (see closeAcrossParagraphs)
      if (closingShape) return null;
      return { kind: 'open', family: 'double' };
    }
    case '”': {
      if (hasOpen(stack, 'double')) return { kind: 'close', family: 'double' };
      // some sites open with a closing mark, a space after it where it opens a paragraph (`\n” We have plenty of reasons …`)
      if (isSpaceOrStart(prev) && !isSpaceOrEnd(next)) return { kind: 'open', family: 'double' };
      if ((prev === undefined || prev === '\n') && next === ' ' && /^ \p{Lu}/u.test(after ?? '')) return { kind: 'open', family: 'double' };
      // (and so after a cue's comma or colon, nothing open: `Prime Minister Skerrit said,” We discussed …”`)
      if ((prev === ',' || prev === ':') && next === ' ' && /^ \p{Lu}/u.test(after ?? '')) return { kind: 'open', family: 'double' };
      return null;
    }
    case '"': {
      const left = isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next);
      const right = prev !== undefined && !/\s/.test(prev) && isSpaceOrEnd(next);
      const open = hasOpen(stack, 'double');
      if (left && !right) return { kind: 'open', family: 'double' };
      if (right && !left) return open ? { kind: 'close', family: 'double' } : null;
      return open ? { kind: 'close', family: 'double' } : { kind: 'open', family: 'double' };
    }
    case '‘': {
      const open = hasOpen(stack, 'single');
      if (open && open.char === '‚') return { kind: 'close', family: 'single' };
      // ‘ between letters is a mis-typed apostrophe
      if (isWordChar(prev) && isWordChar(next)) return null;
      // (and before `Abd` the ayn of a transliterated Arabic name: `Pengiran Muda ‘Abdul Mateen Bolkiah`)
      if (after !== undefined && after.startsWith('Abd')) return null;
      return { kind: 'open', family: 'single' };
    }
    case '’': case "'": {
      // inside a word it is an apostrophe: People’s, don't, Ki'mon
      if (isWordChar(prev) && isWordChar(next)) return null;
      const open = hasOpen(stack, 'single');
      // `„…,’’ Minister X said`: two single marks typed for a closing double one
      if (next === ch && !open && hasOpen(stack, 'double')) return { kind: 'close', family: 'double' };
      if (!isSpaceOrStart(prev) && isSpaceOrEnd(next)) {
        // a plural possessive before a lower-case word (`the parties' wishes`) is not a closing mark
        // (unless it closes a quote opened with the same mark and no later mark could close it)
        if ((prev === 's' || prev === 'S') && next === ' ' && /^ \p{Ll}/u.test(after ?? '')) {
          const sameGlyph = open && (open.char === ch || (open.char === '‘' && ch === '’'));
          const laterCloser = new RegExp(`[^\\s]${ch}(?=[\\s.,;:!?)]|$)`, '').test(rest ?? '');
          if (!sameGlyph || laterCloser) return null;
        }
        // Belarus' or the end of a single-quoted stretch
        return open ? { kind: 'close', family: 'single' } : null;
      }
      if (isSpaceOrStart(prev) && isWordChar(next)) {
        // a straight or curly single quote opening a word; an elision (’90s) is rarer than a quote
        return { kind: 'open', family: 'single' };
      }
      return open ? { kind: 'close', family: 'single' } : null;
    }
    default:
      return null;
  }
}

/**
 * A quotation opening in lower case right after a word, with no comma or colon between `from` and it: words woven into
 * the clause that starts at `from` (`expressing eagerness to build “an even more invested relationship”`, `agreed to
 * “maintain regular personal contacts”`), not a fragment after a full stop (`… in the autumn. ‘the situation …’`).
 */
export function isWovenFragment(clean: string, from: number, q: RawQuote): boolean {
  let i = q.innerStart;
  while (i < q.innerEnd && isSpace(clean[i])) i++;
  let b = q.start;
  while (b > from && isSpace(clean[b - 1])) b--;
  return i < q.innerEnd && isAsciiLowerCode(clean.charCodeAt(i)) && b > from && /[\p{L}\p{N}]/u.test(clean[b - 1]) && !/[,;:]/.test(clean.slice(from, q.start));
}
const isAsciiLowerCode = (c: number): boolean => c >= 97 && c <= 122;
