// Who said each quote (guide §3), cues tried from the most reliable: a reporting verb with its
// subject right after or before the quote; then continuation of an attributed quote in the same
// paragraph; then a quote-only paragraph after one that introduces a speaker. No cue: null.
import type { Doc } from './doc';
import { isProse } from './structure';
import type { Block } from './structure';
import type { RawQuote } from './quotes';
import { QUOTE_MARK } from './quotes';
import type { Party, Parties } from './parties';
import { endsInAnd, personParty } from './parties';
import { upperBound } from './sorted';
import { hasSentenceStop } from './sentences';
import type { MentionIndex } from './mentionIndex';
import type { Span } from './model';
import { QUOTE_CUE_VERBS, CUE_PARTICIPLES } from './lexicon/reportingVerbs';
import { GOVERNMENT_SEAT_SOURCE, isGovernmentSeat, isGovernmentSeatStart } from './lexicon/governmentSeats';
import { isMediaName } from './lexicon/media';
import { hasWords, isSpace, lastMatch, trimEndWhere } from './textTrim';
import { AIDE_HEADS, isCountryToken, isHonorific, isInstitutionToken, isPortfolioWord, isTitleWord, longestCountryAt } from './roles';
import type { Token } from './tokens';
import type { FoundMention } from './officials';

export type CueRule = 'after' | 'before' | 'introduced' | 'continuation' | 'paragraph' | 'reported' | 'subject' | 'none';

export interface AttributedQuote {
  raw: RawQuote;
  speaker: Party | null;
  cue: Span | null;
  rule: CueRule;
}

const phrase = (words: string[]): string => words.map((w) => w.replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
const CUE_VERB = phrase(QUOTE_CUE_VERBS);
/** A cue verb and the comma a participle follows: `Safadi said, ` in `Safadi said, adding:`. */
const SAID_THEN_COMMA = new RegExp(`\\b(?:${CUE_VERB}),\\s*$`, 'i');
const PARTICIPLE = phrase(CUE_PARTICIPLES);
const ADVERBS = '(?:(?:also|then|later|further|again|once\\s+again|firmly|strongly|in\\s+turn|and)\\s+)*';
// right after the closing mark: `, he said`, ` Aleksandr Lukashenko said`, `, said Cao Jianming`
const VERB_FIRST = new RegExp(`^\\s*(?:[,.]\\s*)?(?:${ADVERBS})(${CUE_VERB})\\b`, 'i');
// a verb right after a subject: ` said`, ` also stressed`
const VERB_NEXT = new RegExp(`^\\s+(?:${ADVERBS})(${CUE_VERB})\\b`, 'i');
// earlier in the sentence: `X highlighted that …` (the last such verb before the quote)
const REPORTED_BEFORE = new RegExp(`\\b(${CUE_VERB})\\s+that\\b`, 'gi');
// … or any reporting verb earlier in the sentence whose clause the quote ends: `Baerbock said Germany and France must
// "set the pace …"`, `told the Minister of Slovenia, Tanja Fajon, that Argentina is “interested in …”`
// verbs that name or judge in the subject's own words: `hailed Morocco as a “…”`, `described the talks as “…”`
// (and wishes in the subject's words: `Pandor wished Lavrov “good health and a safe return home”`)
const NAMING_VERB = /\b(hailed|described|termed|called|labell?ed|characteri[sz]ed|branded|dubbed|wished|wishes)\b/gi;
/** The first reporting verb with `that` in a sentence (not global: read once per sentence). */
const REPORTED_BEFORE_ONE = new RegExp(REPORTED_BEFORE.source, 'i');
/** A participle of saying that shares the subject of the clause before its comma: ` echoed similar sentiments, saying`. */
const SAYING_AFTER_CLAUSE = /^\s[^.;:“”"]{0,100}?,\s(?:saying|adding|noting|stressing)\b/i;
const REPORTED_ANY = new RegExp(`\\b(${CUE_VERB})\\b`, 'gi');
// a body or an unresolved subject, then its verb: ` the Chinese side said`
// (an adverb before the verb, `the Chinese side also said`, stays in the phrase; subjectBefore skips it)
// (a seat of government needs no article: ` Downing Street said`)
// (or a country's possessive instead of the article: `…,” Singapore’s ministry of foreign affairs said`, `South Africa’s
// Department of Foreign Affairs said`; or unnamed sources: `…,” Indian sources had said`)
const BODY_THEN_VERB = new RegExp(`^((?:the|a|an|both|(?:[A-Z][\\w-]*\\s){0,2}[A-Z][\\w-]*['’]s)(?:\\s+[^\\s,.;:!?“”"«»]+){1,16}?|(?:[A-Z][\\w-]*\\s){1,2}sources(?:\\s(?:has|had|have))?|(?:${GOVERNMENT_SEAT_SOURCE})(?:['’]s(?:\\s+[^\\s,.;:!?“”"«»]+){1,3}?)?)\\s+(?:${CUE_VERB})\\b`, 'i');
/** After a quote, its source: `, according to a statement from `, `, according to the `. */
// (in lower case: `… .” According to X, …` opens the next sentence, the source of what follows)
const AFTER_ACCORDING = /^\s*(?:,\s*)?according\s+to\s+(?:(?:[Aa]n?|[Tt]he)\s+(?:[Ss]tatement|[Rr]elease|[Pp]ress\s+[Rr]elease|[Rr]eadout|[Cc]ommuniqu[eé])\s+(?:from|by|of|issued\s+by)\s+)?/;
const IT_THEN_VERB = new RegExp(`^it\\s+(?:${ADVERBS})(?:${CUE_VERB})\\b`, 'i');
// right before the opening mark: `X said: `, `X stressed, `, `X said that `, `, adding, `
// (or with the setting between verb and comma: `X, first vice-minister of culture, said at the meeting, `)
// (or a part of the words only: `The communique read in part, `)
const VERB_BEFORE = new RegExp(`\\b(${CUE_VERB}|${PARTICIPLE})(?:\\s+in\\s+part)?(?:\\s+(?:that|such|as\\s+follows|the\\s+following)|\\s+(?:at|in|during|after)\\s+(?:the|a|an|his|her|their|its)\\s+[^\\s,.;:!?“”"«»]+(?:\\s+[^\\s,.;:!?“”"«»]+){0,3}?,)?[:,]?$`, 'i');
// a paragraph that ends by introducing speech: `In turn, X said.`, `X noted:`
const INTRO_END = new RegExp(`\\b(?:${CUE_VERB})[.:]?$`, 'i');
/** A sentence that announces the words to come by a noun: `X sent the following message of condolence to Y.` */
const FOLLOWING_SPEECH = /\b[a-z]+\s+the\s+following\s+(?:(?:[a-z]+\s+){0,2}?)(?:message|statement|remarks|words|letter|telegram|note|comments?|address|speech)\b/i;
const STATEMENT_READS_AFTER = /^\s*(?:,\s*)?(?:reads|read|says|said|states|stated|added)\s+(?:a|an|the)\s+(?:(?:joint|official|brief)\s+)?(?:statement|release|press\s+release|readout|communiqu[eé])\s+(?:from|by|of|(?:issued|released|published)\s+by)\s+/i;
const ACCORDING_LEAD = /^\s*(?:according\s+to|in\s+the\s+(?:opinion|view|words)\s+of|as\s+(?:reported|stated|announced|noted|said)\s+by)\s+/i;
// `the message reads`, `the congratulatory telegram says`, `the letter of condolences states`
const MESSAGE_READS = /^the\s+(?:[a-z]+\s+){0,2}?(?:message|telegram|letter|address|greetings?|congratulations|condolences)(?:\s+of\s+(?:greetings|congratulations|condolences|sympathy))?\s+(?:reads|read|says|said|states|stated|notes|noted|stresses|stressed)\b/i;
// `… sent a telegram`, `… has sent birthday greetings`, `… congratulated X on …`, `… expressed condolences`
const MESSAGE_SENT = /\b(?:(?:sent|addressed|conveyed|extended|signed)\s+(?:[^\s.,;:]+\s+){0,4}?(?:message|telegram|letter|greetings|congratulations|condolences|note)|congratulated|expressed\s+(?:(?:his|her|deep|deepest|sincere)\s+)*condolences)\b/i;
/** A verb that retells a conversation, in an introduction ending in a colon (not a cue elsewhere: `Reuters reported`). */
const RETOLD_BEFORE_COLON = /\b(?:reported|described|summari[sz]ed|relayed|recounted)\b/i;
const ANY_CUE = new RegExp(`\\b(?:${CUE_VERB}|${PARTICIPLE})\\b`, 'i');
const ANY_CUE_G = new RegExp(ANY_CUE.source, 'gi');
const PARTICIPLE_ONLY = new RegExp(`^(?:${PARTICIPLE})$`, 'i');

/** The report (indirect speech) an offset lies in, if any. */
type ReportAt = (offset: number) => { speaker: Party | null; cue: Span } | null | undefined;

/**
 * A quote with no cue of its own inside someone's reported words is theirs (`Wang Yi expressed the hope that the
 * visit will “strengthen our strategic mutual trust”`): read once the reports are found, which come after quotes.
 */
export function attributeWithinReports(doc: Doc, quotes: AttributedQuote[], reportAt: ReportAt): void {
  for (const q of quotes) {
    if (q.speaker || q.raw.nested) continue;
    // (or whose reported clause runs up to it: `… that the ongoing visit will “strengthen …”`, the report ending at the mark)
    let before = q.raw.start;
    while (before > 0 && isSpace(doc.clean[before - 1])) before--;
    const sameParagraph = !doc.clean.slice(before, q.raw.start).includes('\n');
    const report = reportAt(q.raw.start)
      ?? (before > 0 ? reportAt(before - 1) : null)
      ?? (before > 0 && sameParagraph ? reportEndingSentenceBefore(doc, before, reportAt) : null);
    if (report?.speaker) { q.speaker = report.speaker; q.cue = report.cue; q.rule = 'reported'; }
  }
}

/**
 * The report that ends the sentence right before a quote, in the same paragraph: `President Niinistö stressed the importance
 * of belief in the future. “We all feel a threat now, …”` goes on in the reporter's own words (the golds: 32 of 34).
 */
function reportEndingSentenceBefore(doc: Doc, before: number, reportAt: ReportAt): ReturnType<ReportAt> {
  let i = before;
  if (i > 0 && CLOSING_MARKS.has(doc.clean[i - 1])) i--;
  if (i === 0 || !SENTENCE_END.has(doc.clean[i - 1])) return null;
  i--;
  if (i > 0 && CLOSING_MARKS.has(doc.clean[i - 1])) i--;
  if (i === 0) return null;
  const within = reportAt(i - 1);
  if (within) return within;
  // (or whose cue trails it to the stop: `State-to-state interactions should … sincerity, said Xi. "I hope …"`)
  for (let j = i - 2; j >= Math.max(0, i - TRAILING_CUE_REACH); j--) {
    const report = reportAt(j);
    if (report) return report.cue.start >= j && report.cue.end >= i - 1 ? report : null;
  }
  return null;
}
/** How far before a stop a trailing cue (`, said President Xi Jinping`) may begin. */
const TRAILING_CUE_REACH = 80;
const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSING_MARKS = new Set(['”', '"', '’', '»']);

/**
 * Someone else who reports between a quote and the next one, with the cue: `Mr Pompeo said: “…”. Dr Jaishankar said
 * both leaders had … “We have a certain perspective …”` — the second quote goes on with Jaishankar, not Pompeo.
 */
function otherReporterBetween(doc: Doc, prev: AttributedQuote, q: RawQuote, parties: Parties): Pick<AttributedQuote, 'speaker' | 'cue'> | null {
  if (q.start - prev.raw.end > 600) return null;
  const between = doc.clean.slice(prev.raw.end, q.start);
  const cue = lastMatch(ANY_CUE_G, between);
  if (!cue) return null;
  const verbStart = prev.raw.end + cue.index;
  const reporter = parties.subjectBefore(verbStart, prev.raw.end);
  if (!reporter?.person || !prev.speaker?.person || reporter.person === prev.speaker.person) return null;
  return { speaker: reporter, cue: { start: reporter.start, end: verbStart + cue[0].length } };
}

/** A participle of saying right before a quote's opening mark: `, saying such `, `, adding that `. */
const SAYING_BEFORE = /,\s+(?:saying|adding|noting|stressing|insisting|warning)(?:\s+(?:that|such))?\s+$/i;

export function attributeQuotes(doc: Doc, quotes: RawQuote[], parties: Parties, mentions: MentionIndex): AttributedQuote[] {
  const out: AttributedQuote[] = quotes.map((raw) => ({ raw, speaker: null, cue: null, rule: 'none' as CueRule }));
  for (const q of out) {
    if (q.raw.nested) continue;
    const after = cueAfter(doc, q.raw, parties, mentions);
    // (an outlet that reports a quote its sentence gives to someone before it is no speaker: `Salehi pointed to …, saying
    // such “…,” IRNA reported`)
    const outlet = !!after?.speaker && !after.speaker.person && isMediaName(after.speaker.label) && SAYING_BEFORE.test(doc.clean.slice(Math.max(0, q.raw.start - 30), q.raw.start));
    // (nor is the source a quote is told by, after a verb of saying that gives it to someone: `Wu said that he will “take
    // the matter back,” according to Saiki`)
    const toldBy = !!after && q.raw.closed && AFTER_ACCORDING.test(doc.clean.slice(q.raw.end, Math.min(doc.blocks[q.raw.block].end, q.raw.end + 40)));
    const found = (outlet || toldBy ? cueBefore(doc, q.raw, parties) : null) ?? after ?? cueBefore(doc, q.raw, parties) ?? dashedCueInside(doc, q.raw, parties, mentions);
    if (found) Object.assign(q, found);
  }
  // a release's quote signed on the line after it: `“Senegal and Ghana are important members …”` / `– Harjit S. Sajjan, Minister of …`
  for (const q of out) {
    if (q.speaker || q.raw.nested) continue;
    const signed = signatureAfter(doc, q.raw, mentions);
    if (signed) { q.speaker = signed.speaker; q.cue = signed.cue; q.rule = 'after'; }
  }
  // continuation within a paragraph: `“A,” the President stressed. “B.”`
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.speaker || q.raw.nested || q.rule !== 'none') continue;
    const prev = findNeighbour(out, i, -1);
    const next = findNeighbour(out, i, +1);
    const source = prev?.speaker && !otherReporterBetween(doc, prev, q.raw, parties) ? prev : next?.speaker && adjacent(doc, q.raw, next.raw) ? next : null;
    if (source) { q.speaker = source.speaker; q.cue = source.cue; q.rule = 'continuation'; }
  }
  // a paragraph that is only a quote takes the speaker its previous paragraph introduced or quoted last
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.speaker || q.raw.nested) continue;
    const intro = introducedBy(doc, q.raw, out, i, parties);
    if (intro) { q.speaker = intro.speaker; q.cue = intro.cue; q.rule = 'paragraph'; }
  }
  // a quote that opens its sentence right after a report of someone's words in the same paragraph goes on with them:
  // `Mr Koenders said that international support had been indispensable. ‘We are working well with the US …’`
  for (const q of out) {
    if (q.speaker || q.raw.nested) continue;
    const found = reportedJustBefore(doc, q.raw, parties);
    if (found) { q.speaker = found.speaker; q.cue = found.cue; q.rule = 'reported'; }
  }
  // and the rest of that paragraph continues it
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.speaker || q.raw.nested) continue;
    const prev = findNeighbour(out, i, -1);
    if (!prev?.speaker) continue;
    const other = otherReporterBetween(doc, prev, q.raw, parties);
    if (other) { q.speaker = other.speaker; q.cue = other.cue; q.rule = 'reported'; } else { q.speaker = prev.speaker; q.cue = prev.cue; q.rule = 'continuation'; }
  }
  // quoted fragments inside a sentence whose source closes it: `X and Y "stressed the need …" through dialogue "to ensure …"
  // of the GCC, said QNA.`
  // (not past a later quotation with a cue of its own: that cue is its)
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.speaker || q.raw.nested) continue;
    const found = sentenceEndCue(doc, q.raw, parties, (end) => {
      // (the quotes are in document order: only those up to the sentence's end are read)
      for (let k = i + 1; k < out.length && out[k].raw.start < end; k++) if (out[k].speaker !== null) return true;
      return false;
    });
    if (found) { q.speaker = found.speaker; q.cue = found.cue; q.rule = 'after'; }
  }
  // a quotation over several paragraphs, its cue only in the last (`“They reaffirmed …` ¶ `“They also agreed …,” the
  // ministry said`): an opening part left open takes the speaker of the part that continues it (read backwards, so a
  // chain of parts takes the last one's)
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i];
    if (q.speaker || q.raw.nested || !q.raw.continuesNext) continue;
    let k = i + 1;
    while (k < out.length && out[k].raw.nested) k++;
    const next = out[k];
    if (next?.speaker && next.raw.continuesPrevious) { q.speaker = next.speaker; q.cue = next.cue; q.rule = 'continuation'; }
  }
  return out;
}

/**
 * A fragment woven into a sentence with no cue and no report around it is the words of the sentence's subject (`Blinken
 * praised Argentina’s “leadership on …”`, `The leaders vowed to “keep open all channels of dialogue”`): of 124 woven
 * quotes in the read golds, 3 are no one's. Read last, after every cue and report has had its say.
 */
export function attributeToSentenceSubject(doc: Doc, quotes: AttributedQuote[], parties: Parties): void {
  for (const q of quotes) {
    if (q.speaker || q.raw.nested || !woven(doc, q.raw)) continue;
    // (a headline's words are the story's gist, not a speech: `Algeria “keen to strengthen partnership …”`)
    if (doc.title && q.raw.start >= doc.title.start && q.raw.start < doc.title.end) continue;
    const sentence = doc.sentenceAt(q.raw.start);
    if (!sentence || sentence.start >= q.raw.start) continue;
    const party = parties.sentenceSubject(sentence.start, q.raw.start);
    if (party) { q.speaker = party; q.cue = { start: party.start, end: party.end }; q.rule = 'subject'; }
  }
}

/** A quotation inside a sentence's run of words: a letter right before its opening mark (`praised Argentina’s “…`). */
function woven(doc: Doc, q: RawQuote): boolean {
  let j = q.start - 1;
  while (j >= 0 && (doc.clean[j] === ' ' || doc.clean[j] === '\t')) j--;
  return j >= 0 && /\p{L}/u.test(doc.clean[j]);
}

/** `…, said QNA.`, `…, the agency added.`: the source after the last comma of the quote's sentence, with no quotation after it. */
function sentenceEndCue(doc: Doc, q: RawQuote, parties: Parties, quotedWithCueBefore: (end: number) => boolean): Pick<AttributedQuote, 'speaker' | 'cue'> | null {
  const sentence = doc.sentenceAt(q.start);
  if (!sentence || sentence.end <= q.end || quotedWithCueBefore(sentence.end)) return null;
  const rest = doc.clean.slice(q.end, sentence.end);
  const comma = rest.lastIndexOf(',');
  if (comma < 0) return null;
  const at = q.end + comma + 1;
  const tail = rest.slice(comma + 1);
  const first = VERB_THEN_SOURCE.exec(tail);
  let body = tail.trimEnd();
  if (body.endsWith('.') || body.endsWith('!')) body = body.slice(0, -1);
  const verb = first ? null : VERB_AT_END.exec(body);
  // (the source's own words: no quotation mark after the comma)
  if ((!first && !verb) || QUOTE_MARK.test(tail.replace(APOSTROPHE, ''))) return null;
  if (first) {
    const from = at + first[0].length;
    const party = parties.subjectFrom(from, sentence.end);
    return party ? { speaker: party, cue: { start: at + tail.search(/\S/), end: party.end } } : null;
  }
  // (the verb ends the sentence, a few words after the comma)
  if (!verb || !hasWords(body.slice(0, verb.index), 1) || hasWords(body.slice(0, verb.index), 9)) return null;
  const party = parties.subjectBefore(at + verb.index, at);
  return party ? { speaker: party, cue: { start: party.start, end: at + body.length } } : null;
}
/** An apostrophe inside a word (`the country’s agency`), which is no quotation mark. */
const APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;
/** The tail of a sentence that gives its source: `said QNA.` … */
const VERB_THEN_SOURCE = new RegExp(`^\\s*(?:${ADVERBS})(?:${CUE_VERB})\\s+(?=\\S)`, 'i');
/** … or `the Qatari news agency added.`: a cue verb that ends it. */
const VERB_AT_END = new RegExp(`\\s(?:${CUE_VERB})$`, 'i');

function reportedJustBefore(doc: Doc, q: RawQuote, parties: Parties): Pick<AttributedQuote, 'speaker' | 'cue'> | null {
  const sentences = doc.sentences(q.block);
  // (the last sentence starting at or before the quote, by binary search: a paragraph may hold many quotes)
  const k = upperBound(sentences, q.start, (x) => x.start) - 1;
  // (the quote opens its sentence, and a sentence of the same paragraph comes before it)
  if (k < 1 || sentences[k].start !== q.start) return null;
  const prev = sentences[k - 1];
  const text = doc.clean.slice(prev.start, prev.end);
  const verb = REPORTED_BEFORE_ONE.exec(text);
  if (!verb) return null;
  const verbStart = prev.start + verb.index;
  const party = parties.subjectBefore(verbStart, prev.start);
  if (!party || !party.person || endsInAnd(doc, party)) return null;
  return { speaker: party, cue: { start: party.start, end: verbStart + verb[1].length } };
}

function findNeighbour(out: AttributedQuote[], i: number, dir: 1 | -1): AttributedQuote | null {
  for (let k = i + dir; k >= 0 && k < out.length; k += dir) {
    if (out[k].raw.block !== out[i].raw.block) return null;
    if (!out[k].raw.nested) return out[k];
  }
  return null;
}

function adjacent(doc: Doc, a: RawQuote, b: RawQuote): boolean {
  return /^[\s]*$/.test(doc.clean.slice(a.end, b.start));
}

/** A word of the role a name follows in a trailing cue: `…,” Foreign Ministry spokesman Łukasz Jasina said`. */
// (with the words that join a title to its country: `Minister of Foreign Affairs of the Czech Republic Jan Lipavský said`)
const isRoleWordBeforeName = (t: Token): boolean => isTitleWord(t) || isHonorific(t) || isCountryToken(t) || isInstitutionToken(t) || ROLE_JOINERS.has(t.lower)
  || (t.cap && isPortfolioWord(t.lower));

/** The first name starting in [from, to) with nothing but its titles before it (`Secretary General Stoltenberg`), or null. */
function nameAfterTitles(doc: Doc, mentions: MentionIndex, from: number, to: number): FoundMention | null {
  let m = mentions.firstStartingIn(from, to);
  if (!m) return null;
  // (a role mention read inside the name's own titles, `Mongolian Minister of Labor S.Chinzorig`: the name after it)
  if (m.kind === 'role') {
    const next = mentions.firstStartingIn(m.end, to);
    // (or another's office inside the titles: `HE Adviser to the Prime Minister and Official Spokesperson … Majed al-Ansari`)
    if (next && next.kind === 'name' && (next.person === m.person || roleWordsOnly(doc.tokensIn(from, next.start)))) m = next;
  }
  let before = doc.tokensIn(from, m.start);
  // (the name in apposition after its office: `…”, said Minister of Foreign Affairs of Colombia, Maria Angela Holguin`)
  if (before.length > 1 && before[before.length - 1].text === ',') before = before.slice(0, -1);
  // (not one named after `of`: `the press service of the President of the Kyrgyz Republic notes` is the press service)
  const last = before[before.length - 1]?.lower === 'the' ? before[before.length - 2] : before[before.length - 1];
  if (last && (last.lower === 'of' || last.lower === 'for')) return null;
  return roleWordsOnly(before) ? m : null;
}

/** Whether tokens are all a name's titles, a people of two words among them (`Costa Rican Foreign Minister`). */
function roleWordsOnly(ts: Token[]): boolean {
  for (let i = 0; i < ts.length; i++) {
    const n = ts[i].cap ? longestCountryAt(ts, i) : 0;
    if (n > 1) { i += n - 1; continue; }
    // (a seat of government names the office: `Kremlin spokesman Dmitry Peskov`, `White House spokesman Ari Fleischer`)
    const seat = ts[i].cap ? seatLengthAt(ts, i) : 0;
    if (seat > 0) { i += seat - 1; continue; }
    // (`Adviser to the Prime Minister`: an aide's `to`)
    if (ts[i].lower === 'to' && i > 0 && AIDE_HEADS.has(ts[i - 1].lower)) continue;
    if (!isRoleWordBeforeName(ts[i])) return false;
  }
  return true;
}
const ROLE_JOINERS = new Set(['of', 'the', 'for', 'and']);
/** How many tokens from `i` name a seat of government (`Kremlin`, `White House`, `Downing Street`), or 0. */
function seatLengthAt(ts: Token[], i: number): number {
  if (!isGovernmentSeatStart(ts[i].lower)) return 0;
  let name = '';
  let found = 0;
  for (let j = i; j < ts.length && j < i + 3; j++) {
    name = j === i ? ts[j].lower : `${name} ${ts[j].lower}`;
    if (isGovernmentSeat(name)) found = j - i + 1;
  }
  return found;
}

/**
 * The official who signs a quote on the next line, after a dash (`– Harjit S. Sajjan, Minister of International
 * Development`), as government releases print a quotes section: the quote ends its paragraph and the next line opens with
 * the dash and the name (or its titles and the name).
 */
function signatureAfter(doc: Doc, q: RawQuote, mentions: MentionIndex): Pick<AttributedQuote, 'speaker' | 'cue'> | null {
  const block = doc.blocks[q.block];
  if (doc.clean.slice(q.end, block.end).trim() !== '') return null;
  const next = doc.blocks[q.block + 1];
  if (!next) return null;
  // (the dash may be the next block's own first character or, read as a list's marker, stand just before it)
  const head = doc.text.slice(Math.max(block.end, next.start - 4), Math.min(next.end, next.start + 3));
  const dash = SIGNATURE_DASH.exec(head);
  if (!dash) return null;
  const from = Math.max(block.end, next.start - 4) + dash[0].length;
  const m = nameAfterTitles(doc, mentions, from, Math.min(next.end, from + 80));
  // (the line is a signature, nothing but the name and its office: not a list's item, `- Sheikh Khalid said: …`)
  if (!m || m.start - from > 60 || !SIGNATURE_REST.test(doc.clean.slice(m.end, Math.min(next.end, m.end + 300)))) return null;
  return { speaker: personParty(m.person, m.start, m.end), cue: { start: from, end: m.end } };
}
/** A dash that opens a signature line (with the line break before it when the block starts after it). */
const SIGNATURE_DASH = /^\s*[–—-]\s*/;
/** What may follow the name on a signature line: its office after a comma, to the line's end. */
const SIGNATURE_REST = /^(?:,[^.!?:;“”"«»]{0,250})?\s*$/;

/** A phrase in commas right after a name, its office (`, spokeswoman for the ministry,`, or one closed by its acronym: `, spokeswoman for the … Ministry (COMEX)`): no quotation mark or stop inside (a line break may be: a wrapped column). */
const APPOSITION_AFTER_NAME = /^,\s[^,.;:!?“”"«»()]{2,90}?(?:,|\s\([A-Z]{2,8}\),?)(?=\s)/;
/** What a verb of saying reports when it opens a sentence of its own: `that …`, `she supported …`. */
const CLAUSE_AFTER_VERB = /^\s+(?:that\b|(?:she|he|they|we|it)\s+[a-z]{3,})/;

function cueAfter(doc: Doc, q: RawQuote, parties: Parties, mentions: MentionIndex): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  if (!q.closed) return null;
  const block = doc.blocks[q.block];
  const after = doc.clean.slice(q.end, Math.min(block.end, q.end + 160));
  // `…,” said Cao Jianming` / `…,” noted the Belarus President` (past the second of two single marks typed for a closing
  // double one: `…,’’ says Mr Key`)
  const stray = /^[’'](?=\s)/.test(after) ? 1 : 0;
  const said = verbThenSubject(doc, q.end + stray, after.slice(stray), block.end, parties, mentions);
  if (said) return said;
  // `…,” Aleksandr Lukashenko said` / `…,” the head of state said at the beginning of the meeting`
  // (past the second of two single marks typed for a closing double one: `…,’’ Minister X said`)
  // (or past a dash after guillemets, as translations write the cue: `«…» – Arystanov stated in his remarks`)
  const lead = /^(?:[’'](?=\s))?\s*[,.]?\s*(?:[–—](?=\s)\s*)?/.exec(after);
  const from = q.end + (lead ? lead[0].length : 0);
  // the name may follow its titles: `…,” Secretary General Stoltenberg concluded`
  const m = nameAfterTitles(doc, mentions, from, from + 80);
  if (m) {
    // (an apposition in commas may stand between the name and its verb: `…,” Emma Lizano, spokeswoman for the ministry, told …`)
    const aside = APPOSITION_AFTER_NAME.exec(doc.clean.slice(m.end, Math.min(block.end, m.end + 120)));
    const restFrom = m.end + (aside ? aside[0].length : 0);
    const rest = doc.clean.slice(restFrom, Math.min(block.end, restFrom + 60));
    const verb = VERB_NEXT.exec(rest);
    // (a quoted sentence ends with its stop, and the next sentence reports something else: `…: “a greener, more social and
    // sovereign Europe.” Baerbock said she supported these goals`)
    const nextReport = verb && /[.!?]\s*$/.test(doc.clean.slice(q.innerStart, q.innerEnd)) && CLAUSE_AFTER_VERB.test(rest.slice(verb[0].length));
    if (verb && !nextReport) {
      const party = personParty(m.person, m.start, m.end);
      return { speaker: party, cue: { start: from, end: restFrom + verb[0].length }, rule: 'after' };
    }
    // `…,” Pedro Sánchez and President Lasso reaffirmed after the meeting`: two officials named as one subject speak together
    const and = !verb && !aside ? /^\s+(?:and|&)\s+/.exec(rest) : null;
    const m2 = and ? nameAfterTitles(doc, mentions, restFrom + and[0].length, restFrom + and[0].length + 60) : null;
    if (m2 && m2.person !== m.person) {
      const verb2 = VERB_NEXT.exec(doc.clean.slice(m2.end, Math.min(block.end, m2.end + 60)));
      const party = verb2 ? parties.subjectFrom(from, m2.end) : null;
      if (party && verb2) return { speaker: party, cue: { start: from, end: m2.end + verb2[0].length }, rule: 'after' };
    }
  }
  // a body or an unresolved subject: `…,” the Chinese side said`
  const np = BODY_THEN_VERB.exec(after.slice(from - q.end));
  if (np) {
    const rest = after.slice(from - q.end + np[1].length);
    const verb = VERB_NEXT.exec(rest);
    if (verb) {
      const party = parties.subjectBefore(from + np[1].length, from);
      if (party) return { speaker: party, cue: { start: party.start, end: from + np[1].length + verb[0].length }, rule: 'after' };
    }
  }
  // `“…” and “…,” according to a statement from the Ministry of Foreign Affairs`, `“…,” reads a statement from X’s
  // office`: the source after the quote
  const source = AFTER_ACCORDING.exec(after) ?? STATEMENT_READS_AFTER.exec(after);
  if (source) {
    const start = q.end + source[0].length;
    // (the source ends at a comma or a stop, or where the time or place of its release begins: `by the Kremlin on Saturday`)
    const comma = doc.clean.slice(start, block.end).search(SOURCE_END);
    const party = parties.subjectFrom(start, comma >= 0 ? start + comma : block.end);
    if (party) return { speaker: party, cue: { start: q.end + source[0].search(/\S/), end: party.end }, rule: 'after' };
  }
  // `…,” it said` (news agencies on a ministry's release): the body that spoke last
  const it = IT_THEN_VERB.exec(after.slice(from - q.end));
  if (it) {
    const party = parties.subjectBefore(from + 2, from);
    if (party) return { speaker: party, cue: { start: from, end: from + it[0].length }, rule: 'after' };
  }
  return quotedAsSayingCue(doc, q, after, parties, mentions) ?? messageCue(doc, q, from, parties) ?? shortTailCue(doc, q, from, block.end, parties, mentions)
    ?? continuedSentenceCue(doc, q, after, parties, mentions);
}

const SOURCE_END = /[,.;]|\s(?:on|in|at|during|after|before|yesterday|today|earlier|late|last|this)\s/;

// (the outlet may be a name with its offices: `” H.E. Kao Kim Hourn, Minister Attached to the Prime Minister quoted …`)
const QUOTED_AS = /^[^!?;“”"«»\n]{0,200}?\bquoted\s+/i;
const AS_SAYING = /^\s+as\s+(?:saying|telling)\b/i;
/** `…," IRNA quoted him as saying`, `…,” Xinhua quoted Wang as saying`: the one quoted speaks, not the outlet. */
function quotedAsSayingCue(doc: Doc, q: RawQuote, after: string, parties: Parties, mentions: MentionIndex): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  const v = QUOTED_AS.exec(after);
  if (!v) return null;
  const party = subjectStartingAt(doc, q.end + v[0].length, parties, mentions);
  if (!party) return null;
  const saying = AS_SAYING.exec(doc.clean.slice(party.end, party.end + 20));
  return saying ? { speaker: party, cue: { start: q.end + v[0].search(/\S/), end: party.end + saying[0].length }, rule: 'after' } : null;
}

/** A reporting verb first, then its subject, in `text` (which starts at `at`): `, said Cao Jianming`, `, noted the President`. */
function verbThenSubject(doc: Doc, at: number, text: string, blockEnd: number, parties: Parties, mentions: MentionIndex): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  const v = VERB_FIRST.exec(text);
  // (`told` is followed by its listener, not its subject: `“…” and told Kerry, “…”` is the first speaker's)
  if (!v || /^(?:told|tells)$/i.test(v[1])) return null;
  let subjectStart = at + v[0].length;
  while (subjectStart < blockEnd && isSpace(doc.clean[subjectStart])) subjectStart++;
  const party = subjectStartingAt(doc, subjectStart, parties, mentions);
  return party ? { speaker: party, cue: { start: at + v[0].lastIndexOf(v[1]), end: party.end }, rule: 'after' } : null;
}

/**
 * `“In fact, we all agree – continued Tajani – that we must …”`: the cue set off by dashes inside the quotation, as
 * Italian and Spanish styles write it. The first such aside within the first 400 characters, when its name or office
 * is followed by the closing dash.
 */
function dashedCueInside(doc: Doc, q: RawQuote, parties: Parties, mentions: MentionIndex): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  const inner = doc.clean.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 400));
  DASH_ASIDE.lastIndex = 0;
  const m = DASH_ASIDE.exec(inner);
  if (!m) return null;
  const at = q.innerStart + m.index + m[0].length;
  const said = verbThenSubject(doc, at, doc.clean.slice(at, q.innerEnd), doc.blocks[q.block].end, parties, mentions);
  // (the aside closes with a dash right after the speaker)
  if (!said || !/^\s*[–—-]\s/.test(doc.clean.slice(said.speaker!.end, said.speaker!.end + 4))) return null;
  return said;
}
/** A spaced dash inside a quotation that a reporting verb follows: ` – said `, ` — continued `. */
const DASH_ASIDE = new RegExp(`\\s[–—-](?=\\s+(?:${ADVERBS})(?:${CUE_VERB})\\s)`, 'gi');

/**
 * `"… to think for a medium- to long-term" development of the bilateral ties, said Holguin in the statement.`: a quote
 * closed inside its sentence, which goes on in lower case to a cue after a comma (`, said X`, `, X said`), no other mark
 * or stop between.
 */
function continuedSentenceCue(doc: Doc, q: RawQuote, after: string, parties: Parties, mentions: MentionIndex): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  if (!/^\s+\p{Ll}/u.test(after)) return null;
  for (let comma = after.indexOf(','); comma > 0 && comma < 120; comma = after.indexOf(',', comma + 1)) {
    if (/[.;:!?“”"«»„]/.test(after.slice(0, comma))) return null;
    const at = q.end + comma;
    const said = verbThenSubject(doc, at, after.slice(comma), doc.blocks[q.block].end, parties, mentions);
    if (said) return said;
    let from = at + 1;
    while (from < doc.clean.length && isSpace(doc.clean[from])) from++;
    const m = mentions.firstStartingIn(from, from + 4);
    if (m) {
      const verb = VERB_NEXT.exec(doc.clean.slice(m.end, m.end + 40));
      if (verb) return { speaker: personParty(m.person, m.start, m.end), cue: { start: from, end: m.end + verb[0].length }, rule: 'after' };
    }
  }
  return null;
}

/**
 * `…,” the message of greetings reads.`: a letter or telegram speaks for its author, the subject
 * of the nearest earlier sentence that sent it (`The head of state sent a telegram to …`).
 */
function messageCue(doc: Doc, q: RawQuote, from: number, parties: Parties): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  const m = MESSAGE_READS.exec(doc.clean.slice(from, Math.min(doc.blocks[q.block].end, from + 100)));
  if (!m) return null;
  const cue = { start: from, end: from + m[0].length };
  // the sending sentence is close: this paragraph or a few before it
  for (let b = q.block, seen = 0; b >= 0 && seen < 6; b--) {
    if (doc.blocks[b].kind !== 'paragraph' && doc.blocks[b].kind !== 'bullet') continue;
    seen++;
    const sentences = doc.sentences(b);
    for (let k = sentences.length - 1; k >= 0; k--) {
      const sn = sentences[k];
      if (sn.start >= q.start) continue;
      const sent = MESSAGE_SENT.exec(doc.clean.slice(sn.start, Math.min(sn.end, q.start)));
      if (!sent) continue;
      const party = parties.sentenceSubject(sn.start, sn.start + sent.index);
      if (party) return { speaker: party, cue, rule: 'after' };
    }
  }
  return null;
}

/**
 * `…,” Aleksandr Lukashenko laughed.` / `…,” the Belarusian leader was convinced.`: a quote that
 * ends in a comma, and a sentence that ends after a subject and one to four lower-case words,
 * is attributed to that subject whatever the verb is (the comma leaves the sentence open for it;
 * four: `…,” EAM Jaishankar commenced his press briefing.`).
 */
function shortTailCue(doc: Doc, q: RawQuote, from: number, blockEnd: number, parties: Parties, mentions: MentionIndex): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  const inner = trimEndWhere(doc.clean.slice(Math.max(q.innerStart, q.innerEnd - 4), q.innerEnd), isSpace);
  if (!inner.endsWith(',') && doc.clean[q.end] !== ',') return null;
  const rest = doc.clean.slice(from, Math.min(blockEnd, from + 100));
  const stop = /[.!](?=\s|$)/.exec(rest);
  if (!stop) return null;
  const words = doc.tokensIn(from, from + stop.index);
  if (words.length < 2 || !words.every((t) => t.word)) return null;
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const verbs = words.slice(words.length - k);
    if (!verbs.every((t) => /^[a-z]+$/.test(t.text))) break;
    const subjectEnd = words[words.length - k - 1].end;
    const m = nameAfterTitles(doc, mentions, from, subjectEnd);
    const party: Party | null = m && m.end === subjectEnd
      ? personParty(m.person, m.start, m.end)
      : /^(?:the|he|she)\b/i.test(words[0].text) ? parties.subjectBefore(subjectEnd, from) : null;
    if (party && party.start <= words[0].start + 4) return { speaker: party, cue: { start: from, end: from + stop.index }, rule: 'after' };
  }
  return null;
}

function subjectStartingAt(doc: Doc, pos: number, parties: Parties, mentions: MentionIndex): Party | null {
  const m = mentions.firstStartingIn(pos, pos + 4);
  if (m) return personParty(m.person, m.start, m.end);
  // the name after its titles: `…," said Foreign Secretary Ebrard`
  const titled = nameAfterTitles(doc, mentions, pos, pos + 80);
  if (titled) return personParty(titled.person, titled.start, titled.end);
  const block = doc.blocks[doc.blockAt(pos)];
  if (!block) return null;
  const np = /^((?:the|a|an|both)(?:\s+[^\s,.;:!?“”"«»]+){1,8}?)(?=[,.;:!?]|$|\s+(?:at|in|on|during|after|before|when|while|as|and|who|adding|noting)\b)/i.exec(doc.clean.slice(pos, Math.min(block.end, pos + 80)));
  if (!np) return null;
  return parties.subjectBefore(pos + np[1].length, pos);
}

function cueBefore(doc: Doc, q: RawQuote, parties: Parties): Pick<AttributedQuote, 'speaker' | 'cue' | 'rule'> | null {
  const sentence = doc.sentenceAt(q.start) ?? { start: doc.blocks[q.block].start, end: q.start };
  // a cue is near its quote: a sentence of several pages (scraped text without stops) is read no further back
  const floor = Math.max(Math.min(sentence.start, q.start), q.start - 300);
  const before = doc.clean.slice(floor, q.start);
  const v0 = VERB_BEFORE.exec(trimEndWhere(before, isSpace));
  // (`said in his opening remarks, “…”`: `remarks` after a determiner or an adjective is the noun, not the verb)
  const v = v0 && !nounUseBefore(before, v0.index) ? v0 : null;
  if (v) {
    const verbStart = floor + v.index;
    const verbEnd = verbStart + v[1].length;
    const participle = PARTICIPLE_ONLY.test(v[1]);
    // a participle (`…, adding: “`) or a coordinated verb (`… and continued: “`) has the sentence's subject
    const coordinated = /(?:,|\band|\bbut)$/i.test(trimEndWhere(doc.clean.slice(Math.max(floor, verbStart - 12), verbStart), isSpace));
    // (`…,” Safadi said, adding: “…”`: the participle's subject is the cue's just before it, not a word inside the quote)
    const lookBack = Math.max(floor, verbStart - 40);
    const saidBefore = participle ? SAID_THEN_COMMA.exec(doc.clean.slice(lookBack, verbStart)) : null;
    // (a participle with no comma before it has its own subject right before it: `…, with Chilean President Michelle Bachelet
    // arguing, “…”`)
    // (`The statement quoted Lars Rasmussen, the Danish Foreign Minister, as saying, “…”`: the one quoted speaks, not the document)
    const quotedBy = participle ? quotedAsBefore(doc, verbStart, floor, parties) : null;
    // (`…,” Kumoch said and added, “…”`, `…,” said Vučić and added: “…”`: a verb coordinated with a cue has the cue's subject,
    // not the sentence's first party, which may sit in the quote before)
    const cueAnd = coordinated ? subjectOfCueAnd(doc, lookBack, verbStart, floor, parties) : null;
    const party = participle
      ? quotedBy ?? cueAnd ?? (coordinated ? null : parties.verbSubject(verbStart, floor, sentence.start)) ?? (saidBefore ? parties.subjectBefore(lookBack + saidBefore.index, floor) : null) ?? parties.sentenceSubject(sentence.start, verbStart)
      // (`Safadi welcomed his American counterpart and said …`: a coordinated verb has the sentence's subject)
      : cueAnd ?? parties.verbSubject(verbStart, floor, sentence.start) ?? (coordinated ? parties.sentenceSubject(sentence.start, verbStart) : null);
    if (party) return { speaker: party, cue: { start: Math.min(party.start, verbStart), end: Math.max(party.end, verbEnd) }, rule: 'before' };
  }
  // an introduction ending in a colon: `In turn, Oleg Kozhemyako congratulated Aleksandr Lukashenko …: “…”`
  if (trimEndWhere(before, isSpace).endsWith(':')) {
    // `According to the President, the ambassadors are …: “…”`: the source named first speaks
    const source = sourceNamedFirst(doc, sentence.start, q.start, parties);
    if (source) return { speaker: source, cue: { start: sentence.start, end: source.end }, rule: 'introduced' };
    const party = parties.sentenceSubject(sentence.start, q.start);
    if (party) return { speaker: party, cue: { start: party.start, end: party.end }, rule: 'introduced' };
  }
  // a quote that completes a reported clause: `Lavrov highlighted that both sides aim at …, «including …»`
  // (a verb across a stop the sentence split missed, `… he said he hopes to deepen it. “…”`, is another sentence's)
  const withThat = lastMatch(REPORTED_BEFORE, before);
  const any = withThat ? null : lastVerbUse(REPORTED_ANY, before);
  const reported = withThat ?? (any && !hasSentenceStop(before.slice(any.index)) ? any : null);
  if (reported) {
    const verbStart = floor + reported.index;
    const party = parties.verbSubject(verbStart, floor, sentence.start);
    if (party) return { speaker: party, cue: { start: party.start, end: verbStart + reported[1].length }, rule: 'before' };
  }
  // a sentence that names its source first: `As reported by the Ministry in a press release, both agreed on … “…”`
  const source = sourceNamedFirst(doc, sentence.start, q.start, parties);
  if (source) return { speaker: source, cue: { start: sentence.start, end: source.end }, rule: 'before' };
  // the subject's own words for someone or something: `He hailed Morocco as a “friendly country, …”`
  const naming = lastMatch(NAMING_VERB, before);
  if (naming && before.length - naming.index <= 100 && !/[.!?;]\s/.test(before.slice(naming.index))) {
    const verbStart = floor + naming.index;
    const party = parties.subjectBefore(verbStart, floor);
    if (party) return { speaker: party, cue: { start: party.start, end: verbStart + naming[1].length }, rule: 'before' };
  }
  return null;
}

/** Cue verbs anywhere (the last before a coordinated verb is looked for). */
const CUE_WORD = new RegExp(`\\b(?:${CUE_VERB})\\b`, 'gi');
/** The subject of the cue a verb at `verbStart` is coordinated with by `and` (`X said and added`, `said X and added`), if any. */
function subjectOfCueAnd(doc: Doc, from: number, verbStart: number, floor: number, parties: Parties): Party | null {
  const lead = doc.clean.slice(from, verbStart);
  const and = /\band\s*$/.exec(lead);
  const cue = and ? lastMatch(CUE_WORD, lead.slice(0, and.index)) : null;
  if (!and || !cue) return null;
  const between = lead.slice(cue.index + cue[0].length, and.index);
  // (the words between are the cue's subject or nothing: no stop, comma or quotation mark)
  if (/[,.;:!?“”"«»]/.test(between)) return null;
  if (!hasWords(between, 1)) return parties.subjectBefore(from + cue.index, floor);
  const at = from + cue.index + cue[0].length + between.search(/\S/);
  return parties.subjectFrom(at, from + and.index);
}

const QUOTED_OR_CITED = /\b(?:quoted|cited)\s+/gi;
/** The party after `quoted` or `cited` when `as` closes the words before `saying` at `verbStart`: `quoted X, …, as saying`. */
function quotedAsBefore(doc: Doc, verbStart: number, floor: number, parties: Parties): Party | null {
  const lead = doc.clean.slice(floor, verbStart);
  if (!/\sas\s+$/.test(lead) || !/^(?:saying|telling)\b/i.test(doc.clean.slice(verbStart, verbStart + 8))) return null;
  const m = lastMatch(QUOTED_OR_CITED, lead);
  if (!m || hasSentenceStop(lead.slice(m.index))) return null;
  return parties.subjectFrom(floor + m.index + m[0].length, verbStart);
}

/** Words before a verb of saying that make it a noun: `the remarks`, `his opening remarks`, `in comments`. */
// (after a space, not `\b`: `Erdoğan said` ends in `an` after a letter `\b` does not know)
const NOUN_MAKERS = /(?:^|\s)(?:the|a|an|his|her|their|its|our|my|your|these|those|opening|closing|concluding|brief|short|final|introductory|welcoming|keynote|following|in|of)\s+$/i;
function nounUseBefore(before: string, at: number): boolean {
  return NOUN_MAKERS.test(before.slice(Math.max(0, at - 16), at));
}
/** The first match of a verb of saying that is used as a verb (`made the following remarks:` has none). */
function firstVerbUse(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!nounUseBefore(text, m.index)) return m;
  return null;
}
/** The last match of a verb of saying that is used as a verb (not `his opening remarks`). */
function lastVerbUse(re: RegExp, before: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) if (!nounUseBefore(before, m.index)) last = m;
  return last;
}

/**
 * The source a sentence names before its first comma, ahead of a quote: `According to the President, …`, `As reported
 * by the Ministry in a press release, …` (without the medium it spoke in).
 */
function sourceNamedFirst(doc: Doc, sentenceStart: number, quoteStart: number, parties: Parties): Party | null {
  const lead = ACCORDING_LEAD.exec(doc.clean.slice(sentenceStart, quoteStart));
  if (!lead) return null;
  const from = sentenceStart + lead[0].length;
  // (the comma is looked for before the quote only)
  const comma = doc.clean.slice(from, quoteStart).indexOf(',');
  if (comma < 0) return null;
  const medium = SOURCE_MEDIUM.exec(doc.clean.slice(from, from + comma));
  return parties.subjectFrom(from, from + (medium ? medium.index : comma));
}
const SOURCE_MEDIUM = /\s(?:in|on|via|through)\s+(?:a|an|its|their|his|her|the)\s/i;

/** `…, noted Secretary Blinken:` at a paragraph's end: a comma, a verb of saying, then its subject and the colon. */
const INVERTED_CUE_BEFORE_COLON = new RegExp(`,\\s*(?:${CUE_VERB})\\s+([^,:;!?\\s][^,:;!?]{0,79}):$`, 'i');
/** A line that is one official's name and titles and nothing else (no verb, no closing stop): whose words follow. */
function speakerHeading(doc: Doc, block: Block, parties: Parties): Party | null {
  if (block.end - block.start > 100 || block.kind === 'debris' || block.kind === 'dateline') return null;
  const text = trimEndWhere(doc.clean.slice(block.start, block.end), isSpace);
  if (!text || /[.!?:;,”"’»)]$/.test(text)) return null;
  const party = parties.subjectFrom(block.start, block.start + text.length);
  return party?.person && party.start === block.start && party.end === block.start + text.length ? party : null;
}
const PAST_VERB_NEXT = /^\s+(?:also\s+|then\s+)?(?:addressed|answered|responded|replied|commented|reacted|touched\s+(?:on|upon)|reflected\s+(?:on|upon)|(?:spoke|talked)\s+(?:about|of|on)|made\s+(?:this|that|the|these|those|a)\s+(?:assertion|remark|statement|comment|point|observation)s?)\b/;
const CONTINUING_LEAD = /^(?:adding|continuing|concluding)\s*[:;,]?$/i;

/**
 * A quote at the start of a paragraph with no cue of its own: the previous paragraph ends by
 * introducing a speaker (`X noted:`, `In turn, X said`), continues an open quote, or ends with a
 * quote attributed to someone.
 */
function introducedBy(doc: Doc, q: RawQuote, out: AttributedQuote[], i: number, parties: Parties): Pick<AttributedQuote, 'speaker' | 'cue'> | null {
  const block = doc.blocks[q.block];
  // `Things look different now: “…”`: a short lead-in that names no one and reports nothing
  // leaves the quote as open to the previous paragraph's speaker as a quote-only paragraph
  const lead = doc.clean.slice(block.start, q.start);
  const leadIn = q.start !== block.start;
  // `Adding; “Our people continue …”`, `Continuing: “…”`: a bare participle of saying goes on with the speaker of the
  // previous paragraph's last quote
  const continuing = leadIn && CONTINUING_LEAD.test(lead.trim());
  if (leadIn && !continuing && !(lead.length <= 120 && /:\s*$/.test(lead) && !/[.!?]\s/.test(lead) && !ANY_CUE.test(lead) && !parties.subjectFrom(block.start, q.start))) return null;
  // `U.S. President Barack Obama` on a line of its own over a quote, as agency highlights print it: a speaker's heading
  const heading = leadIn || q.block === 0 ? null : speakerHeading(doc, doc.blocks[q.block - 1], parties);
  if (heading) return { speaker: heading, cue: { start: heading.start, end: heading.end } };
  // the previous prose block
  let pb = q.block - 1;
  while (pb >= 0 && !isProse(doc.blocks[pb])) pb--;
  if (pb < 0) return null;
  // its last quote
  let k = i - 1;
  while (k >= 0 && out[k].raw.nested) k--;
  const lastQuote = k >= 0 && out[k].raw.block === pb ? out[k] : null;
  if (continuing) return lastQuote?.speaker ? { speaker: lastQuote.speaker, cue: { start: block.start, end: q.start } } : null;
  if (!leadIn && q.continuesPrevious) {
    // the part it continues: the last one left open, past any caption between them
    let c = i - 1;
    while (c >= 0 && !out[c].raw.continuesNext) c--;
    const part = c >= 0 ? out[c] : lastQuote;
    if (part?.speaker) return { speaker: part.speaker, cue: part.cue };
  }
  const prev = doc.blocks[pb];
  const prevText = doc.clean.slice(prev.start, prev.end);
  const sentences = doc.sentences(pb);
  const last = sentences[sentences.length - 1];
  const prevEnd = trimEndWhere(prevText, isSpace);
  if (!leadIn && last && (prevEnd.endsWith(':') || INTRO_END.test(prevEnd) || FOLLOWING_SPEECH.test(doc.clean.slice(last.start, last.end)))) {
    // (or a verb that retells the exchange: `Here is how a Downing Street spokesman has reported the conversation …:`)
    // (`Prime Minister Netanyahu … made the following remarks:` names the speech with a noun: the sentence's subject speaks)
    // (past a quote in that sentence: in `“… and I asked him about …,” he said.` the cue is `he said`, not the quoted `asked`)
    const from = lastQuote && lastQuote.raw.end > last.start && lastQuote.raw.end < last.end ? lastQuote.raw.end : last.start;
    const verb = firstVerbUse(ANY_CUE_G, doc.clean.slice(from, last.end)) ?? (prevEnd.endsWith(':') ? RETOLD_BEFORE_COLON.exec(doc.clean.slice(from, last.end)) : null);
    // (or the noun that announces them, after its verb: `… Foreign Minister Taro Kono sent the following message …` is the
    // sender's, whatever label opens the sentence)
    const announced = verb ? null : FOLLOWING_SPEECH.exec(doc.clean.slice(from, last.end));
    // (the speaker after an inverted verb, right before the colon: `G7 nations also discussed …, noted Secretary Blinken:`)
    const tailFrom = Math.max(0, prevEnd.length - 120);
    const tail = prevEnd.endsWith(':') ? INVERTED_CUE_BEFORE_COLON.exec(prevEnd.slice(tailFrom)) : null;
    const inverted = tail ? parties.subjectFrom(prev.start + tailFrom + tail.index + tail[0].lastIndexOf(tail[1]), prev.start + prevEnd.length - 1) : null;
    const party = inverted ?? (verb ? parties.subjectBefore(from + verb.index, from)
      : (announced ? parties.subjectBefore(from + announced.index, from) : null) ?? parties.sentenceSubject(from, last.end));
    if (party) return { speaker: party, cue: { start: party.start, end: party.end } };
  }
  // a quote-only paragraph right after a paragraph whose last quote is attributed (newspaper style)
  const onlyQuote = /^[\s.,;:!?…”"’»)]*$/.test(doc.clean.slice(q.end, block.end));
  // what follows that quote in its paragraph is at most its own cue (`…,” the President said.`)
  const rest = doc.clean.slice(lastQuote?.raw.end ?? prev.end, prev.end);
  const onlyCue = /^[\s.,;:!?…”"’»)]*$/.test(rest) || (rest.length < 200 && ANY_CUE.test(rest) && !/[.!?]\s+\S/.test(rest));
  if (onlyQuote && lastQuote?.speaker && onlyCue) {
    return { speaker: lastQuote.speaker, cue: lastQuote.cue };
  }
  // … or whose last sentence reports an official's words (`X, in a Facebook post today, stated that …`), with no quote after it
  if (!leadIn && onlyQuote && last && (!lastQuote || lastQuote.raw.end <= last.start)) {
    const report = REPORTED_BEFORE_ONE.exec(doc.clean.slice(last.start, last.end));
    const party = report ? parties.subjectBefore(last.start + report.index, last.start) ?? parties.sentenceSubject(last.start, last.start + report.index) : null;
    if (party?.person) return { speaker: party, cue: { start: party.start, end: last.start + report!.index + report![0].length } };
    // (or with no `that`: `She said going forward, they would also be looking at …`, the sentence's subject then its verb)
    const subject = report ? null : parties.sentenceSubject(last.start, last.end);
    // (or a verb of taking up a matter, in a paragraph of one sentence that sets the scene for the quote: `Peters addressed
    // visa-free travel pleas by local media.` / `"We have heard you. …"`, `The Barbadian Prime Minister reflected on the
    // friendship …`, `The Head of State made this assertion as he welcomed …`; not one who acted: `Dendias visited the port.`)
    // (or a participle of saying after the subject's clause: `Dr Taga echoed similar sentiments, saying the partnership …`)
    const verb = subject?.person ? VERB_NEXT.exec(doc.clean.slice(subject.end, last.end)) ?? SAYING_AFTER_CLAUSE.exec(doc.clean.slice(subject.end, last.end))
      ?? (sentences.length === 1 && !lastQuote ? PAST_VERB_NEXT.exec(doc.clean.slice(subject.end, last.end)) : null) : null;
    if (subject && verb) return { speaker: subject, cue: { start: subject.start, end: subject.end + verb[0].length } };
  }
  return null;
}
