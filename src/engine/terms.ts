// Speech or term? (guide §2) Quotation marks also wrap names of programmes, slogans and scare
// quotes (“Belt and Road”, the “Minsk format”). Rule of thumb from the guide: fewer than four
// words and no verb, or a proper name, is a term.

import { firstNonSpace, isSpace, trimEndWhere } from './textTrim';

const VERB_SIGNALS = new Set(
  `am is are was were be been being have has had having do does did done will would shall should can could may might must
  ought need needs i we you he she they it's i'm we're you're they're i've we've i'll we'll don't doesn't didn't won't can't
  cannot isn't aren't wasn't weren't let let's there's that's here's say says said think thinks believe believes know knows
  want wants see sees hope hopes thank thanks welcome agree agrees support supports call calls go goes come comes make makes
  take takes give gives keep keeps remain remains continue continues became become becomes seem seems appreciate count stand
  stands work works live lives fought won mean means look looks feel feels like`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Title Case: every word of four letters or more starts with a capital (`Recover Stronger, Recover Together`). */
const MINOR = new Set(['with', 'from', 'into', 'over', 'under', 'upon', 'onto', 'than', 'that', 'this', 'for', 'and', 'the', 'of', 'on', 'in', 'at', 'to', 'by']);

function isTitleCase(ws: string[]): boolean {
  const content = ws.filter((w) => w.length >= 4 && !MINOR.has(w.toLowerCase()));
  return content.length >= 1 && content.every((w) => /^\p{Lu}/u.test(w));
}

export interface QuoteContext {
  /** Text right before the opening mark (same paragraph). */
  before: string;
  /** Text right after the closing mark (same paragraph). */
  after: string;
}

/** Whether a quoted stretch is reproduced speech rather than a term, name or title. */
export function isSpeech(inner: string, ctx: QuoteContext): boolean {
  const ws = words(inner);
  if (ws.length === 0) return false;
  const lower = ws.map((w) => { const l = w.toLowerCase(); return l.includes('’') ? l.replace(/’/g, "'") : l; });
  const hasVerb = lower.some((w) => VERB_SIGNALS.has(w) || /n't$/.test(w) || /^(?:i|we|you|they)'/.test(w));
  const sentenceEnd = /[.!?…][\s"'”’»)]*$/.test(inner.trim()) || /^[\s]*[,.!?]/.test(ctx.after) && /[,.!?]\s*$/.test(inner);
  // introduced like speech: `X said: “…`, `stressed “…`, or followed by `,” he said`
  const introduced = /(?::|\bsaid|\bsays|\bstated|\badding|\bsaying|\bas follows),?$/i.test(trimEndWhere(ctx.before, isSpace));
  const followedByCue = /[,.!?…]$/.test(trimEndWhere(inner, isSpace)) && startsLowerAfterComma(ctx.after);
  if (cjkLength(inner) >= 10) return true;
  if (ws.length < 4 && !hasVerb) return false;
  if (isTitleCase(ws) && !/[.!?]\s*$/.test(inner)) return false;
  if (hasVerb && (ws.length >= 4 || introduced)) return true;
  // speech in other languages, whose verbs the list does not know: long enough to be a sentence,
  // or followed by a cue after a comma outside the marks (`„…“, sagte er`, `«…», a déclaré`)
  if (ws.length >= 7 || (firstNonSpace(ctx.after) === ',' && startsLowerAfterComma(ctx.after))) return true;
  if (ws.length >= 4 && (sentenceEnd || introduced || followedByCue)) return true;
  return false;
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
