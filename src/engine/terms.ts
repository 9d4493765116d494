// Speech or term? (guide §2) Quotation marks also wrap names of programmes, slogans and scare
// quotes (“Belt and Road”, the “Minsk format”). Rule of thumb from the guide: fewer than four
// words and no verb, or a proper name, is a term.

import { firstNonSpace, isSpace, trimEndWhere } from './textTrim';

// (and the verbs of diplomatic action a partial quote opens with: `“strengthen our strategic mutual trust”`)
const VERB_SIGNALS = new Set(
  `am is are was were be been being have has had having do does did done will would shall should can could may might must
  ought need needs i we you he she they it's i'm we're you're they're i've we've i'll we'll don't doesn't didn't won't can't
  cannot isn't aren't wasn't weren't let let's there's that's here's say says said think thinks believe believes know knows
  want wants see sees hope hopes thank thanks welcome agree agrees support supports call calls go goes come comes make makes
  take takes give gives keep keeps remain remains continue continues became become becomes seem seems appreciate count stand
  stands work works live lives fought won mean means look looks feel feels like
  strengthen deepen expand enhance eliminate restore intensify develop promote build ensure maintain achieve improve resolve
  implement harmonize harmonise harmonizing harmonising cooperate coordinate protect defend reduce increase establish
  bring prevent overcome`.split(/\s+/),
);

// a word: /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/u, read by a scanner over code points (a pattern run for every
// word allocates a match each time); each code point's class is read once from these one-character patterns
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{N}\p{M}'’-]$/u;
/** Per code point below 0x10000: 0 not read yet, 1 starts (and continues) a word, 2 only continues one, 3 neither. */
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function wordClass(cp: number): number {
  let c = cp < 0x10000 ? BMP_CLASS[cp] : ASTRAL_CLASS.get(cp) ?? 0;
  if (c === 0) {
    const ch = String.fromCodePoint(cp);
    c = WORD_START.test(ch) ? 1 : WORD_PART.test(ch) ? 2 : 3;
    if (cp < 0x10000) BMP_CLASS[cp] = c;
    else ASTRAL_CLASS.set(cp, c);
  }
  return c;
}

/** Where the next word starts at or after i (s.length when none does). */
function nextWordStart(s: string, i: number): number {
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (wordClass(cp) === 1) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return s.length;
}

/** Where the word starting at i ends. */
function wordEnd(s: string, i: number): number {
  i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (wordClass(cp) === 3) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The first `max` words of s (no more are read). */
function firstWords(s: string, max: number): string[] {
  const out: string[] = [];
  for (let i = nextWordStart(s, 0); i < s.length && out.length < max; ) {
    const e = wordEnd(s, i);
    out.push(s.slice(i, e));
    i = nextWordStart(s, e);
  }
  return out;
}

/** Title Case: every word of four letters or more starts with a capital (`Recover Stronger, Recover Together`). */
const MINOR = new Set(['with', 'from', 'into', 'over', 'under', 'upon', 'onto', 'than', 'that', 'this', 'for', 'and', 'the', 'of', 'on', 'in', 'at', 'to', 'by']);

function isTitleCase(ws: string[]): boolean {
  const content = ws.filter((w) => w.length >= 4 && !MINOR.has(w.toLowerCase()));
  return content.length >= 1 && content.every((w) => /^\p{Lu}/u.test(w));
}

/** isTitleCase(words(s)), reading no further than the first word that is not (a long quote is seldom a title). */
function isTitleCaseText(s: string): boolean {
  let content = false;
  for (let i = nextWordStart(s, 0); i < s.length; ) {
    const e = wordEnd(s, i);
    const w = s.slice(i, e);
    i = nextWordStart(s, e);
    if (w.length < 4 || MINOR.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    content = true;
  }
  return content;
}

export interface QuoteContext {
  /** Text right before the opening mark (same paragraph). */
  before: string;
  /** Text right after the closing mark (same paragraph). */
  after: string;
}

/** Whether a quoted stretch is reproduced speech rather than a term, name or title. */
export function isSpeech(inner: string, ctx: QuoteContext): boolean {
  // seven words or more settle it without the verbs or the context (what the steps below come to
  // for them): speech, unless a title in Title Case; long quotes are read no further than that
  const ws = firstWords(inner, 7);
  if (ws.length === 0) return false;
  // the name of a document or theme after the verb that names it: `signed ‘Memorandum of Understanding between …’`
  if (NAMED_BEFORE.test(ctx.before)) return false;
  // (and an address's title after speaking on it: `Henfield spoke about “Strengthening dialogue and concerted action for
  // prosperity”`; words quoted in lower case or ending a sentence stay speech)
  if (TOPIC_BEFORE.test(ctx.before) && /^\s*\p{Lu}/u.test(inner) && !endsWithStop(inner)) return false;
  // (a decision's or a law's title, as Russian and Central Asian texts quote them: `the decisions “On approving the report
  // of …”, “On the procedure of …”`, one clause with no comma after the document's name or the title before it)
  if (DOCUMENT_TITLE.test(inner) && !/[,.;:!?]/.test(inner)) {
    const before = trimEndWhere(ctx.before, isSpace);
    if (DOCUMENT_NOUN_END.test(before) || TITLE_LISTED_END.test(before)) return false;
  }
  if (ws.length >= 7) return !(!endsWithStop(inner) && isTitleCaseText(inner)) || cjkLength(inner) >= 10;
  const lower = ws.map((w) => { const l = w.toLowerCase(); return l.includes('’') ? l.replace(/’/g, "'") : l; });
  const hasVerb = lower.some((w) => VERB_SIGNALS.has(w) || /n't$/.test(w) || /^(?:i|we|you|they)'/.test(w));
  const sentenceEnd = /[.!?…][\s"'”’»)]*$/.test(inner.trim()) || /^[\s]*[,.!?]/.test(ctx.after) && /[,.!?]\s*$/.test(inner);
  // introduced like speech: `X said: “…`, `stressed “…`, or followed by `,” he said`
  const introduced = /(?::|\bsaid|\bsays|\bstated|\badding|\bsaying|\bas follows),?$/i.test(trimEndWhere(ctx.before, isSpace));
  // (or by a name and a reporting verb: `,” Petrov said`)
  const followedByCue = /[,.!?…]$/.test(trimEndWhere(inner, isSpace)) && (startsLowerAfterComma(ctx.after) || NAMED_CUE_AFTER.test(ctx.after));
  if (cjkLength(inner) >= 10) return true;
  if (ws.length < 4 && !hasVerb) return false;
  // (a name in Title Case keeps the sentence's stop inside the marks, American style: `the Hemispheric Forum on “Women's
  // Leadership for Citizens' Democracy.”`)
  if (isTitleCase(ws) && (!/[.!?]\s*$/.test(inner) || (!hasVerb && !introduced && !followedByCue))) return false;
  if (hasVerb && (ws.length >= 4 || introduced || followedByCue)) return true;
  // speech in other languages, whose verbs the list does not know: long enough to be a sentence,
  // or followed by a cue after a comma outside the marks (`„…“, sagte er`, `«…», a déclaré`)
  if (ws.length >= 7 || (firstNonSpace(ctx.after) === ',' && startsLowerAfterComma(ctx.after))) return true;
  // (the opening words of a sentence the cue breaks, the comma outside the marks: `“In addition to emergency interventions”,
  // Gentiloni continued, “there has to be …”`)
  if (ws.length >= 4 && (sentenceEnd || introduced || followedByCue || NAMED_CUE_AFTER.test(ctx.after))) return true;
  // someone's verdict on the meeting, in their words: `had a “good and frank discussion” with …`, `the “positive, candid and
  // constructive meeting”` (a slogan for a policy stays a term: `“immediate and durable ceasefire”`)
  if (ws.length >= 4 && MEETING_VERDICT.test(inner)) return true;
  // someone's words woven into a report, in lower case: `said that Germany had “no closer friend than France”`, `relations
  // “based on mutual respect,”` (not a slogan of two qualities: `an “immediate and durable ceasefire”`)
  if (ws.length >= 4 && isAsciiLowerStart(inner) && !QUALITIES_SLOGAN.test(inner)) return true;
  return false;
}

// (`“free, fair and peaceful”`: a list of qualities too)
const QUALITIES_SLOGAN = /^\s*(?:[a-z]+(?:-[a-z]+)?,\s+){0,3}[a-z]+(?:-[a-z]+)?,?\s+and\s/;
function isAsciiLowerStart(s: string): boolean {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/**
 * A line that is one quotation and nothing else (a pull quote: `"I believe it is crucial to maintain our dialogue"`) is
 * speech, not a heading, when it reads as a clause: five words or more with a verb. A quoted title or slogan on a line
 * of its own is no speech (`"Joint Statement between the Kingdom of … and …"`, `"Brother and Sister Nations"`).
 */
export function isSpokenLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || !/^["“«„]/.test(t) || !/["”»“]$/.test(t)) return false;
  const inner = t.slice(1, -1);
  if (/["“”«»„]/.test(inner)) return false;
  const ws = firstWords(inner, 12);
  return ws.length >= 5 && ws.some((w) => VERB_SIGNALS.has(w.toLowerCase().replace(/’/g, "'")));
}

const MEETING_VERDICT = /\b(?:meeting|discussions?|talks|conversation|exchange|dialogue|visit)[\s.,!?]*$/i;

/** Speaking on a topic, right before the quote: `spoke about`, `lectured on`. */
const TOPIC_BEFORE = /\b(?:spoke|speaks|speaking|talked|lectured|lecturing)\s+(?:about|on)\s*$/i;
/** A verb that names what its quoted object is called: `signed “…”`, `entitled “…”`, `under the theme “…”`. */
// (or a motto: `in the spirit of “good neighbourliness, traditional friendship, comprehensive cooperation and …”`)
const NAMED_BEFORE = /\b(?:signed|initial(?:l)?ed|ratified|adopted|entitled|titled|dubbed|themed|theme|(?:spirit|motto|slogan|principles?|formula|policy)(?:\s+of)?)\s*$/i;

/** How a decision's or a law's title opens: `On approving …`, `On the status of …`. */
const DOCUMENT_TITLE = /^\s*On\s+(?:the\s+)?\p{Ll}/u;
/** The kind of document a title names, right before it: `the decisions`, `the law`. */
const DOCUMENT_NOUN_END = /\b(?:decisions?|resolutions?|laws?|decrees?|documents?|orders?|protocols?)$/i;
/** Another quoted title right before it, in a list: `“…”, “On …”`, `“…” and “On …”`. */
const TITLE_LISTED_END = /["”»](?:,|,?\s+and)$/;

/** A name of one to three words and a reporting verb right after the closing mark: `,” Petrov said`. */
const NAMED_CUE_AFTER = /^\s*(?:,\s*)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:said|says|stressed|noted|added|told|explained|stated|remarked|underlined|emphasi[sz]ed|declared|insisted|warned|replied|continued|concluded)\b/u;

/** `/[.!?]\s*$/`, read backwards from the end. */
function endsWithStop(s: string): boolean {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1])) e--;
  const c = s[e - 1];
  return c === '.' || c === '!' || c === '?';
}

/** Chinese, Japanese and Korean characters: their words are not separated by spaces. */
function cjkLength(s: string): number {
  return (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
}

/** `, he said` / ` he said`: after optional spaces and one comma, a lower-case letter. */
function startsLowerAfterComma(s: string): boolean {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  if (s[i] === ',') i++;
  while (i < s.length && isSpace(s[i])) i++;
  const c = s[i];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}
