// Officials (guide §1): named persons, found where the text gives evidence that a capitalized
// run is a person — a title or honorific before it, a role in apposition after it, a reporting
// or meeting verb after it, a transcript label — then every later mention of them by full name,
// surname, given name or name and patronymic. Countries, ministries and parties are not people.
import type { Token } from './tokens';
import { closesQuotedNickname, stripPossessive } from './tokens';
import type { FoundRole } from './roles';
import {
  AIDE_HEADS, bracketedAcronymAt, groupCountryBefore, isCountryToken, isHonorific, isSpacedExcellency, isInstitutionToken, isPortfolioWord, isSpacedSlash, isTitleHead, singularOf, isTitleWord, longestCountryAt, countryEndingAt, nameableRun, parseRole, personalNameEnd, splitRoleChain, portfolioChargeLength, startsTitle,
} from './roles';
import type { Label } from './transcript';
import type { KnownOfficial, MentionKind } from './model';
import { ARTICLE_NAME, CALENDAR_WORDS, EVENT_NOUNS, FUNCTION_WORDS, GIVEN_NAMES_LIKE_VERBS, isCommonCapitalized, NAME_PARTICLES, WEEKDAYS } from './lexicon/words';
import { PUBLIC_FIGURES } from './lexicon/publicFigures';
import { FEMALE_HONORIFICS, FEMALE_TITLES, MALE_HONORIFICS, MALE_TITLES, OFFICE_NAME_NOUNS } from './lexicon/titles';
import { COUNTRY_BY_DEMONYM, countryOf, KNOWN_NAMES } from './lexicon/countries';
import { isDatelineCity } from './lexicon/places';
import type { Doc } from './doc';
import { isShouting } from './structure';
import { addPredicateRoles } from './predicateRoles';
import { owned } from './ownedString';
import { isSpace } from './textTrim';
import { isMediaName } from './lexicon/media';
import { isGovernmentSeat, isGovernmentSeatStart } from './lexicon/governmentSeats';
import { isCreditedName } from './credits';

export interface Person {
  /** Name tokens of the longest form, as written. */
  tokens: string[];
  name: string;
  roles: FoundRole[];
  gender: 'f' | 'm' | null;
  /** Canonical country from the roles or a demonym before the name. */
  country: string | null;
  mentions: FoundMention[];
  /** Other written forms to look for (from a known-officials file). */
  aliases: string[];
}

export interface FoundMention {
  start: number;
  end: number;
  kind: MentionKind;
  person: Person;
}

interface Run {
  block: number;
  /** Token indexes [i, j] inclusive within the block's tokens. */
  i: number;
  j: number;
  start: number;
  end: number;
  tokens: string[];
  /** The run's name keys (runNameKeys from its first token), once read. */
  names: string[] | null;
  /** A nickname quoted inside the name (`Joko “Jokowi” Widodo`), left out of `tokens` before the token index `at`. */
  nickname?: { text: string; at: number };
}

interface Candidate {
  run: Run;
  roles: FoundRole[];
  gender: 'f' | 'm' | null;
  demonymCountry: string | null;
}

/** Verbs whose subject, when a capitalized run of two or more words, is a person. */
const SUBJECT_VERBS = new Set(
  `said says stated stressed noted remarked added told explained pointed observed recalled affirmed reaffirmed declared
  announced thanked urged warned expressed acknowledged suggested proposed assured highlighted reiterated insisted mentioned
  continued concluded commented replied answered responded asked wrote believes thinks informed advised reminded confirmed
  emphasized emphasised underlined underscored met meets held holds spoke speaks visited visits received receives welcomed
  welcomes congratulated congratulates signed signs attended attends arrived arrives discussed discusses hosted hosts paid
  pays called calls telephoned chaired chairs addressed addresses briefed briefs had has will would is was also then later
  agreed agrees shared condemned praised noted invited accepted presented handed greeted wished hoped voiced conveyed
  opened closed led leads took takes gave gives delivered delivers made makes sent sends headed heads denied denies rejected
  rejects vowed vows pledged pledges promised promises criticized criticised described describes`.split(/\s+/),
);
/** Verbs in -ing after `is`/`was` whose subject, a capitalized run of two or more words, is a person at work. */
const PROGRESSIVE_VERBS = new Set(['speaking', 'talking', 'meeting', 'visiting', 'holding', 'attending', 'chairing', 'addressing', 'hosting', 'leading', 'heading']);
const ARTICLES = new Set(['the', 'a', 'an']);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'of', 'across', 'around', 'outside', 'inside']);
/** Honorifics that only people bear (`Sheikh`, `Saint`, `Sri` also begin places: `Sheikh Jarrah`, `Sri Lanka`). */
const PERSONAL_HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mme', 'mme.', 'madam', 'madame', 'dr', 'dr.', 'prof', 'prof.', 'shri', 'smt', 'smt.', 'shrimati', 'h.e.', 'h.e', 'mister']);
/** What an official will do, after `will`: `Philip Hammond will meet …`, `… will visit …`. */
const OFFICIAL_DOINGS = new Set(['meet', 'visit', 'hold', 'attend', 'discuss', 'travel', 'sign', 'address', 'receive', 'host', 'lead', 'chair', 'deliver', 'head', 'pay', 'brief', 'co-chair']);
const ADVERBS_BEFORE_VERB = new Set(['also', 'then', 'later', 'will', 'would', 'is', 'was', 'has', 'had']);
/** After `had`/`has`, words that open an event: `had a telephone conversation`, `had talks`. */
const HAD_EVENT = new Set(['a', 'an', 'talks', 'consultations', 'negotiations', 'meetings', 'discussions', 'telephone', 'phone']);
const QUOTE_CUE_BEFORE = new Set(['said', 'says', 'stressed', 'noted', 'added', 'remarked', 'stated', 'explained', 'emphasized', 'emphasised', 'underlined', 'observed', 'recalled', 'continued', 'concluded', 'replied', 'asked', 'told', 'declared', 'announced', 'insisted', 'warned', 'pointed', 'wrote', 'commented']);
/** Lower-case words that may follow a name in apposition (`Secretary General, Ban Ki Moon at the Villa`). */
const APPOSITION_ENDS = new Set(['and', 'at', 'in', 'on', 'during', 'who', 'to', 'for', 'from', 'with', 'after', 'before', 'when', 'by', 'as']);
/** Verbs whose object, when a capitalized run of two or more words, is a person: `met Alan Peter Cayetano`. */
const MEETING_VERBS = new Set(['met', 'meets', 'received', 'receives', 'hosted', 'hosts', 'greeted', 'greets']);
/** Words before `with` that make its object a person: `held talks with X`, `a telephone conversation with X`. */
const MEETING_WITH = new Set(['meet', 'met', 'meets', 'meeting', 'talks', 'conversation', 'call', 'spoke', 'speaks', 'talked', 'consultations', 'negotiations']);
/** A capitalized name in brackets right after a name: `Joko Widodo (Jokowi)` (not an acronym: `(PDI-P)`). */
const NICKNAME_AFTER = /^[ \t]*\((\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)\)/u;
/** An article before the run at i, across up to two capitalized words left out of it (`The Fourth Annual Consultation`), but not across a title. */
function articleBefore(ts: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && ts[k].cap && !ARTICLES.has(ts[k].lower) && !isTitleWord(ts[k]) && !isHonorific(ts[k])) k--;
  return k >= 0 && ARTICLES.has(ts[k].lower);
}
/** `(Ret’d)`, `(retd)`, `(rtd)` after a military rank. */
const RETIRED = /^(?:ret['’]?d\.?|retd\.?|rtd\.?|ret\.|retired)$/i;
const OFFICE_NAME_NOUN_SET = new Set(OFFICE_NAME_NOUNS);
const PATRONYMIC_PARTICLES = new Set(['bin', 'binti', 'bint', 'ibn']);
const THANKED = new Set(['thanked', 'thanks', 'thanking']);
const RELATION_NOUNS = new Set(['wife', 'husband', 'spouse', 'counterpart', 'counterparts', 'deputy', 'colleague', 'colleagues', 'son', 'daughter', 'successor', 'predecessor', 'aide', 'adviser', 'advisor', 'envoy']);
const REGNAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X|Jr\.?|Sr\.?)$/;
/** REGNAL.test, with the pattern run only on words starting with one of its letters (this runs for every name token). */
const isRegnal = (text: string): boolean => { const c = text.charCodeAt(0); return (c === 73 || c === 86 || c === 88 || c === 74 || c === 83) && REGNAL.test(text); };
const PATRONYMIC = /(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna|inichna)$/i;
/** `J.`: one capital and a full stop (a character test: this runs for every token). */
const isInitial = (text: string): boolean => text.length === 2 && text.charCodeAt(1) === 46 && text[0] !== text[0].toLowerCase();
const startsWithDigit = (text: string): boolean => { const c = text.charCodeAt(0); return c >= 48 && c <= 57; };
/** `Lukashenko’s`, `Putin's` (a character test: this runs for every word of a run). */
// (in capitals too, as shouting headlines write it: `KING’S HELP`)
const endsPossessive = (text: string): boolean => { const n = text.length; return n >= 2 && (text[n - 1] === 's' || text[n - 1] === 'S') && (text[n - 2] === "'" || text[n - 2] === '’'); };

/** Words between an apposition's article and its title: `the newly appointed Ambassador`. */
const APPOINTMENT_WORDS = new Set(['newly', 'recently', 'appointed', 'accredited', 'designated', 'elected', 're-elected', 'incoming', 'outgoing', 'new']);
/** `R` in `Michael R Pompeo`, `S` in `Dr S Jaishankar`: an initial written without its full stop. */
const isBareInitial = (text: string): boolean => text.length === 1 && text >= 'A' && text <= 'Z';

/** A token that can be (part of) a person's name. */
function nameable(t: Token): boolean {
  if (!t.word || !(t.cap || t.allCaps)) return false;
  if (startsWithDigit(t.text)) return false;
  if (isInitial(t.text)) return true;
  const bare = t.bare;
  if (bare.length < 2) return false;
  if (isLexiconWord(t)) return false;
  // (a scrape's words run together, `MeetingKathmandu`, `HomeArchiveNewsflash`: a capital after four or more lower-case
  // letters is no name's, where `McCully`, `MacDonald`, `LaRocque`, `DuMingming` have one after a short particle; tested
  // after the cached lexicon lookup, which settles most capitalized words)
  // (but an Arabic compound written as one word is a name: `AbdulKadir`, `AbdelFattah`)
  return !GLUED_WORDS.test(t.text) || ABD_COMPOUND.test(t.text);
}
const GLUED_WORDS = /^\p{Lu}\p{Ll}{3,}\p{Lu}/u;
const ABD_COMPOUND = /^Abd(?:ul|el|al|ur|us|oul|ou)\p{Lu}\p{Ll}+$/u;

/**
 * Whether a word (not punctuation) is a common word, title, honorific, country or office: all read from
 * its lower case, so kept by it across calls (one lookup, not eleven).
 */
const lexiconWords = new Map<string, boolean>();
function isLexiconWord(t: Token): boolean {
  let v = lexiconWords.get(t.lower);
  if (v === undefined) {
    v = isCommonCapitalized(t.bare) || isTitleWord(t) || isHonorific(t) || isCountryToken(t) || isInstitutionToken(t) || isPortfolioWord(t.bare) || isCountryPair(t.bare);
    if (lexiconWords.size < 50000) lexiconWords.set(owned(t.lower), v);
  }
  return v;
}

/** Countries joined by hyphens, the name of their relations or of a forum, never of a person: `Indonesia-Australia`, `China-US`. */
function isCountryPair(word: string): boolean {
  const parts = word.split('-');
  return parts.length >= 2 && parts.every((p) => p.length > 1 && countryOf(p) !== null);
}

const runCache = new WeakMap<Doc, Run[][]>();

/** The capitalized runs of a block that can be names: `Aleksandr Lukashenko`, `Ursula von der Leyen`, `Elizabeth II`. */
function findRuns(doc: Doc, blockIndex: number): Run[] {
  let perDoc = runCache.get(doc);
  if (!perDoc) { perDoc = []; runCache.set(doc, perDoc); }
  // (by block index: an array, not a map)
  let runs = perDoc[blockIndex];
  if (!runs && !doc.memoized) runs = perDoc[blockIndex] = computeRuns(doc, blockIndex);
  if (!runs) {
    // the runs depend on the block's text alone: a document's memo keeps them across edits, relative to the block
    const at = doc.blocks[blockIndex].start;
    const relative = doc.blockDerived(blockIndex, 'name runs', () => computeRuns(doc, blockIndex).map((r) => ({ ...r, start: r.start - at, end: r.end - at })));
    runs = relative.map((r) => ({ block: blockIndex, i: r.i, j: r.j, start: r.start + at, end: r.end + at, tokens: r.tokens, names: null, nickname: r.nickname }));
    perDoc[blockIndex] = runs;
  }
  return runs;
}

/** `He` right after a title and before a given name (`Vice Premier He Lifeng`): the Chinese surname, not the pronoun. */
function chineseSurnameAfterTitle(ts: Token[], i: number): boolean {
  return ts[i].text === 'He' && i > 0 && ts[i - 1].cap && isTitleHead(ts[i - 1]) && i + 1 < ts.length && nameable(ts[i + 1])
    && ts[i + 1].start === ts[i].end + 1 && !(i + 2 < ts.length && nameable(ts[i + 2]));
}

function computeRuns(doc: Doc, blockIndex: number): Run[] {
  const ts = doc.tokens(blockIndex);
  const runs: Run[] = [];
  let i = 0;
  // a bare initial counts only between name words (`Michael R Pompeo`) or before one (`S Jaishankar`)
  const initialHere = (k: number): boolean => isBareInitial(ts[k].text) && k + 1 < ts.length && nameable(ts[k + 1]) && !isBareInitial(ts[k + 1].text)
    && ts[k + 1].start === ts[k].end + 1;
  while (i < ts.length) {
    // most tokens are not capitalized: neither an initial nor nameable (a capital implies a word)
    if (!ts[i].cap) {
      // (but a surname with its Arabic article after a title is one: `Ambassador al-Habachi underlined …`)
      if (i > 0 && ARTICLE_NAME.test(ts[i].text) && ts[i - 1].cap && titledBefore(ts, i) && !endsPossessive(ts[i].text)) {
        runs.push({ block: blockIndex, i, j: i, start: ts[i].start, end: ts[i].end, tokens: [ts[i].text], names: null });
      }
      i++;
      continue;
    }
    if (initialHere(i) && ts[i].text !== 'A' && ts[i].text !== 'I' && !(i > 0 && ts[i - 1].word && nameable(ts[i - 1]))) {
      // `Dr S Jaishankar`: the run starts at the initial
    } else if (monthAsGivenName(ts, i)) {
      // `Jan Eliasson`, `Jun Azumi`: the run starts at the given name
    } else if (weekdayAsGivenName(ts, i)) {
      // `Mr. Sunday Dare`, `Governor Monday Okpebholo`: a weekday after an honorific or a title, before a surname
    } else if (mayAsSurname(ts, i)) {
      // `Prime Minister May and Defence Secretary Michael Fallon`, `Ms May said`: the month is a surname after a title
    } else if (isCountryName(ts, i) && i + 1 < ts.length && nameable(ts[i + 1]) && !isInitial(ts[i + 1].text) && ts[i + 1].start === ts[i].end + 1
      && !(i > 0 && ((ts[i - 1].cap && !isTitleHead(ts[i - 1])) || OF_PLACE.has(ts[i - 1].lower)))) {
      // `the head of the council, Israel Ganz`, `Foreign Minister Israel Katz`: a country that is a given name, before a
      // surname (not after another capitalized word or a preposition, where it is an office's country: `… Commission of
      // Chad Moussa Faki`)
    } else if (chineseSurnameAfterTitle(ts, i)) {
      // `Vice Governor He Baoxiang`, `Vice Premier He Lifeng`: the surname `He` after a title opens the name
    } else if (!nameable(ts[i]) || isInitial(ts[i].text) && !(i + 1 < ts.length && nameable(ts[i + 1])) || endsPluralDemonym(ts, i)) { i++; continue; }
    // `H. E. Antonio Patriota`: His Excellency's initials, spaced, are no name
    if (ts[i].text === 'H.' && isSpacedExcellency(ts, i)) { i += 2; continue; }
    // `Tan Sri Muhyiddin Yassin`: a Malay honorific's first word is no name
    if (ts[i].lower === 'tan' && isMalayHonorificPart(ts, i)) { i++; continue; }
    let j = i;
    // an editor's given name in brackets before the surname: `President [Joe] Biden`
    if (i > 0 && ts[i - 1].text === '[' && ts[i + 1]?.text === ']' && i + 2 < ts.length && nameable(ts[i + 2])) j = i + 2;
    for (;;) {
      // an editor's surname in brackets ends the name: `Vladimir Vladimirovich [Putin]`
      if (ts[j + 1]?.text === '[' && ts[j + 3]?.text === ']' && nameable(ts[j + 2]) && ts[j + 1].start === ts[j].end + 1) { j += 3; break; }
      let k = j + 1;
      while (k < ts.length && ts[k].word && NAME_PARTICLES.has(ts[k].lower) && !ts[k].cap) k++;
      if (k < ts.length && k === j + 1 && initialHere(k) && !endsPossessive(ts[j].text)) { j = k + 1; continue; }
      // a possessive ends a name: `Lukashenko’s visit`
      if (k < ts.length && nameable(ts[k]) && !endsPossessive(ts[j].text)) { j = k; continue; }
      // a father's honorific is part of the patronymic: `Mohd Najib bin Tun Abdul Razak`, `Hamad bin Sheikh Khalifa`
      if (k > j + 1 && PATRONYMIC_PARTICLES.has(ts[k - 1].lower) && k + 1 < ts.length && ts[k].cap && isLexiconWord(ts[k]) && nameable(ts[k + 1])) { j = k + 1; continue; }
      // `Omar Said Shaaban`: inside a name, `Said` (Saeed) before another name part is one, not a verb
      if (k === j + 1 && k + 1 < ts.length && ts[k].text === 'Said' && nameable(ts[k + 1]) && !endsPossessive(ts[j].text)) { j = k + 1; continue; }
      // `Hassan Sheikh Mohamud`: inside a Somali name, `Sheikh` after a given name is a name part, not an honorific
      if (k === j + 1 && k + 1 < ts.length && ts[k].cap && ts[k].lower === 'sheikh' && nameable(ts[k + 1]) && !endsPossessive(ts[j].text)) { j = k + 1; continue; }
      // `Mohammed al-Ghazali Sirraj`: an Arabic article joined to a capitalized name part
      if (k === j + 1 && k + 1 < ts.length && ARTICLE_NAME.test(ts[k].text) && nameable(ts[k + 1]) && !endsPossessive(ts[j].text)) { j = k + 1; continue; }
      // `Haider al-Abadi`: the article's name part ends the name
      if (k === j + 1 && k < ts.length && ARTICLE_NAME.test(ts[k].text) && ts[k].start === ts[j].end + 1 && !endsPossessive(ts[j].text)) { j = k; break; }
      // a title that is a surname after a given name: `Julie Bishop`, `Martin Luther King`
      if (k === j + 1 && k < ts.length && ts[k].cap && SURNAME_TITLES.has(ts[k].lower) && !(k + 1 < ts.length && ts[k + 1].cap) && !endsPossessive(ts[j].text)) { j = k; break; }
      // a place word that is a surname after a titled given name: `Minister Laurence Bay`, `Ambassador Jane Banks`
      if (k === j + 1 && j === i && i > 0 && k < ts.length && ts[k].cap && SURNAME_PLACES.has(ts[k].lower) && titledBefore(ts, i)
        && !(k + 1 < ts.length && ts[k + 1].cap) && !endsPossessive(ts[j].text)) { j = k; break; }
      // a country that is a surname after a given name: `Alies Jordan`, `Michael Jordan`
      if (k === j + 1 && k < ts.length && isCountryName(ts, k) && !(k + 1 < ts.length && ts[k + 1].cap) && !endsPossessive(ts[j].text)) { j = k; break; }
      // a month that is a surname after a given name: `Theresa May`, but not `Theresa on 5 May 2019`
      // (and `Jun` ending a name: `China’s special envoy, Zhai Jun,`, not `Beijing Jun 5`; a given name `Jan` opens one instead)
      if (k === j + 1 && k < ts.length && (ts[k].text === 'May' || (ts[k].text === 'Jun' && !(k + 1 < ts.length && nameable(ts[k + 1]))))
        && !(k + 1 < ts.length && startsWithDigit(ts[k + 1].text)) && !endsPossessive(ts[j].text)) { j = k; break; }
      // `Elizabeth II`, but not the pronoun in `Today in Canberra I hosted …`
      if (k === j + 1 && k < ts.length && isRegnal(ts[k].text) && !(ts[k].text === 'I' && !(i > 0 && isTitleWord(ts[i - 1])) && k + 1 < ts.length && ts[k + 1].word && !ts[k + 1].cap)) { j = k; }
      break;
    }
    // a sentence-initial verb or adverb glued to a name (`Congratulating Vladimir Putin`) is not part of it
    let s = i;
    if (s < j && isSentenceStart(ts, s) && isGluedOpener(ts[s].lower)) s++;
    // the end of a country's name begun before the run is not part of the name (`Saudi Arabia Salman bin …`, `Sri Lanka Ranil …`)
    for (let k = Math.min(2, j - s - 1); k >= 0; k--) {
      if (countryEndingAt(ts, s + k) > k + 1) { s += k + 1; break; }
    }
    // … nor a country or organization of several words after its `of the` (`Secretary-General of the United Nations Antonio Guterres`)
    if (s > 0 && (ts[s - 1].lower === 'the' || ts[s - 1].lower === 'of')) {
      const n = longestCountryAt(ts, s);
      if (n >= 2 && j - s + 1 >= n + 2) s += n;
      // (but one word more is the body's own name going on, no person: `Director-General of the United Nations Educational,
      // Scientific and Cultural Organization`)
      else if (n >= 2 && j - s + 1 === n + 1) { i = j + 1; continue; }
    }
    // the capital an envoy is sent to is not part of the name (`Ambassador to Washington Andrés Durán`), nor the city of a
    // title (`Mayor of London Sadiq Khan`, `Acting US Ambassador in Cairo Nicole Champagne`), nor a city after a preposition
    // of place with the subject's name right after it (`Upon arrival in Ankara Zarif told reporters`: a word must be left)
    const titledCity = s >= 2 && CITY_PREPOSITIONS.has(ts[s - 1].lower) && isTitleWord(ts[s - 2]);
    if (titledCity || (j - s >= 1 && s >= 1 && PLACE_PREPOSITIONS.has(ts[s - 1].lower))) {
      const city = cityTokensAt(doc.clean, ts, s, j);
      if (city > 0 && (titledCity || j - s + 1 > city)) s += city;
    }
    // (nor the place of an office not in the lists, right after its `of`, when a name word follows it: `Chancellor of the Duchy of
    // Lancaster Michael Gove`, `… of Lancaster Gove`, `Governor of Primorye Oleg Kozhemyako`)
    if (j - s >= 1 && s >= 2 && ts[s - 1].lower === 'of' && officeBefore(ts, s - 1)) s++;
    // `Datuk Seri Mohamad Hasan`: nor its second (alone before another honorific, `Datuk Seri Dr Zambry`, no name at all)
    if (s <= j && ts[s].lower === 'seri' && isMalayHonorificPart(ts, s)) s++;
    if (s > j) { i = j + 1; continue; }
    // a name has a few words: a longer run of capitals (a headline, a list without commas) is not one
    if (j - i >= 8) { i = j + 1; continue; }
    // a country or organization of several words (`Costa Rica`, `Sri Lanka`) is not a name
    if (longestCountryAt(ts, s) >= j - s + 1 || countryEndingAt(ts, j) >= j - s + 1) { i = j + 1; continue; }
    const tokens: string[] = [];
    for (let k = s; k <= j; k++) if (ts[k].word) tokens.push(stripPossessive(ts[k].text));
    const last = ts[j];
    const end = endsPossessive(last.text) ? last.end - 2 : last.end;
    runs.push({ block: blockIndex, i: s, j, start: ts[s].start, end, tokens, names: null });
    i = j + 1;
  }
  return joinQuotedNicknames(ts, runs);
}

/**
 * A name with a nickname quoted inside it is one name, the nickname set aside (`President Joko “Jokowi” Widodo`, `Ferdinand
 * “Bongbong” R. Marcos Jr.`): the runs on either side of the quoted word, which may be a run of its own, are joined.
 */
function joinQuotedNicknames(ts: Token[], runs: Run[]): Run[] {
  if (runs.length < 2) return runs;
  const out: Run[] = [];
  for (let n = 0; n < runs.length; n++) {
    const a = runs[n];
    const k = a.j + 1;
    let m = n + 1;
    if (runs[m]?.i === k + 1 && runs[m].j === k + 1) m++;
    const b = runs[m];
    const quoted = !!b && b.i === k + 3 && closesQuotedNickname(ts, k + 2) && b.start === ts[k + 2].end + 1;
    if (!quoted || a.end !== ts[a.j].end) {
      out.push(a);
      continue;
    }
    out.push({ block: a.block, i: a.i, j: b.j, start: a.start, end: b.end, tokens: [...a.tokens, ...b.tokens], names: null, nickname: { text: ts[k + 1].text, at: a.tokens.length } });
    n = m;
  }
  return out;
}

/**
 * The office on the line under a name that stands alone on its own line, as state.gov heads its transcripts (`John Kerry`
 * / `Secretary of State` / `Treaty Room`): the next line, in the same block or the next, must be a title and nothing else.
 */
function bylineRole(doc: Doc, ts: Token[], run: Run): FoundRole | null {
  const text = doc.clean;
  // the name alone on its line: only blanks between it and the line breaks around it (read outward from the name, never
  // across the text: in a paragraph of a million characters without a line break, a search for one is a scan per name)
  let newline = run.end;
  while (newline < text.length && text[newline] !== '\n' && isSpace(text[newline])) newline++;
  if (text[newline] !== '\n') return null;
  let lineStart = run.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && isSpace(text[lineStart - 1])) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return null;
  // (the next line, read no further than its tokens go: up to 8 words are an office)
  const lineBreak = text.indexOf('\n', newline + 1);
  const nextEnd = lineBreak < 0 ? text.length : lineBreak;
  // (the line's tokens: the rest of this block, or the next block when the line is one of its own)
  const own = run.j + 1 < ts.length;
  const lineTokens = own ? ts : run.block + 1 < doc.blocks.length ? doc.tokens(run.block + 1) : NO_TOKENS;
  const b = own ? run.j + 1 : 0;
  let e = b;
  while (e < lineTokens.length && lineTokens[e].start < nextEnd) e++;
  const line = lineTokens.slice(b, e);
  if (line.length === 0 || line.length > 8 || !isTitleHead(line[0])
    || !line.every((t) => t.word && (t.cap || t.lower === 'of' || t.lower === 'for' || t.lower === 'the' || t.lower === 'and'))) return null;
  const role = parseRole(line, doc.text);
  return role && role.end === line[line.length - 1].end ? role : null;
}

/**
 * How many of a run's tokens are not initials; a given name's initial glued to the surname, as Mongolian, Turkmen and
 * Belarusian agencies write it (`D.Tsogtbaatar`, `V.Hajiyev`), counts as a name of two words.
 */
function wordsBesideInitials(tokens: string[]): number {
  let n = 0;
  for (const t of tokens) if (!isInitial(t)) n += GLUED_INITIAL.test(t) ? 2 : 1;
  return n;
}
const GLUED_INITIAL = /^\p{Lu}\.\p{Lu}\p{Ll}{2,}/u;

/** Countries that are also given names or surnames (`Israel Katz`, `Alies Jordan`), read as such beside a name word. */
const NAME_COUNTRIES = new Set(['israel', 'jordan', 'chad', 'georgia', 'india', 'montenegro']);
const OF_PLACE = new Set(['of', 'from', 'in', 'for', 'to']);
const isCountryName = (ts: Token[], k: number): boolean => ts[k].cap && !ts[k].allCaps && NAME_COUNTRIES.has(ts[k].lower);

/** Titles that are also common surnames, read as such right after a given name. */
const SURNAME_TITLES = new Set(['bishop', 'king', 'dean', 'marshal', 'major', 'judge', 'prince', 'pope']);
/** Words of places and bodies that are also surnames (`Laurence Bay`, `Jane Banks`, `Tim Law`, `John West`). */
const SURNAME_PLACES = new Set(['bay', 'banks', 'law', 'west', 'north', 'lake', 'street', 'hall']);

/** Months' abbreviations that are also given names. */
const GIVEN_NAME_MONTHS = new Set(['Jan', 'Jun']);

/** `Jan Eliasson`, not `Jan 26` or `Jan. 26`: the abbreviation right before a name word. */
function monthAsGivenName(ts: Token[], i: number): boolean {
  return GIVEN_NAME_MONTHS.has(ts[i].text) && i + 1 < ts.length && ts[i + 1].start === ts[i].end + 1 && nameable(ts[i + 1]);
}

/** A title head or an honorific right before token i: what makes the word at i part of a person's name. */
function titledBefore(ts: Token[], i: number): boolean {
  return i > 0 && (isTitleHead(ts[i - 1]) || isHonorific(ts[i - 1]));
}

/** `May` right after an honorific or a title head, no date's number or a name word after it: a surname (`Prime Minister May`). */
function mayAsSurname(ts: Token[], i: number): boolean {
  const next = ts[i + 1];
  return ts[i].text === 'May' && titledBefore(ts, i) && !(next && (startsWithDigit(next.text) || next.cap));
}

/** A weekday right after an honorific or a title head and right before a name word: a given name (`Mr. Sunday Dare`). */
function weekdayAsGivenName(ts: Token[], i: number): boolean {
  return WEEKDAYS.includes(ts[i].lower) && titledBefore(ts, i) && i + 1 < ts.length
    && ts[i + 1].start === ts[i].end + 1 && nameable(ts[i + 1]);
}

/**
 * The office written right before the comma at `comma` (`Minister of Foreign Affairs, the Rt Hon …`,
 * `… for the Middle East and Africa, Deputy Foreign Minister …`): its title chain and roles, or null when
 * what stands there is no one office (no title head, a plural title, or no title, institution or
 * country word right before the comma).
 */
function officeBeforeComma(ts: Token[], comma: number, text: string, plural = false): { chain: Token[]; roles: FoundRole[] } | null {
  // `the Ambassador of Qatar in Addis Ababa, Saad …`: the city an envoy serves in stands between the office and the comma
  for (let n = 1; n <= 3 && comma - n - 2 >= 0; n++) {
    const at = comma - n - 1;
    if (!CITY_PREPOSITIONS.has(ts[at].lower) || ts[at].lower === 'of' || cityTokensAt(text, ts, at + 1, comma) !== n) continue;
    const office = officeBeforeComma(ts, at, text);
    if (!office) return null;
    // (the envoy's office with its city first, as `Ambassador to Washington` reads before a name)
    const held = office.roles[office.roles.length - 1];
    const posted = held ? [{ ...held, title: `${held.title} ${text.slice(ts[at].start, ts[comma - 1].end)}`, end: ts[comma - 1].end }] : [];
    return { chain: [...office.chain, ...ts.slice(at, comma)], roles: [...office.roles.slice(0, -1), ...posted, ...(held ? [held] : [])] };
  }
  const chain = chainBefore(ts, comma, text);
  // (an acronym in brackets ends the office's name: `The Secretary General of the Organization of American States (OAS), X,`)
  const acronym = comma >= 4 && ts[comma - 1].text === ')' && ts[comma - 3].text === '(' && ts[comma - 2].allCaps;
  const end = acronym ? comma - 3 : comma;
  const beforeComma = ts[end - 1];
  // `… Committee of Security Council Secretaries, Astana,`: a plural title names no one person
  // (a title word right after `of` names a body, not the office: `the Speaker of the House of Representatives, X,`, `the
  // Chairman of the Council of Ministers, X,`)
  const lastHead = [...chain].reverse().find((t, k, rev) => isTitleHead(t) && !(rev[k + 1]?.lower === 'of' && rev.slice(k + 2).some(isTitleHead)));
  // (a country of several words ends it too: `the Foreign Minister of New Zealand, Winston Peters,`)
  // (`… in the Office of the Prime Minister, Robert Morgan,`: an office's name, not the office held)
  const officeName = chain.slice(0, chain.findIndex(isTitleHead)).some((t, k) => OFFICE_NAME_NOUN_SET.has(t.lower) && chain[k + 1]?.lower === 'of');
  if (!lastHead || isPluralTitle(lastHead) !== plural || !(isTitleWord(beforeComma) || isInstitutionToken(beforeComma) || isCountryToken(beforeComma) || countryEndingAt(ts, end - 1) > 1
    || (beforeComma.cap && isPortfolioWord(beforeComma.lower))
    // (or the last word of a body's name after the title's `of`: `the Executive Secretary of the Council of the Entente, X,`)
    // (not a name after the office, with no comma of its own: `Minister of Trade Serge Ahissou, X`)
    || (beforeComma.cap && beforeComma.word && chain.slice(chain.lastIndexOf(lastHead)).some((t) => t.lower === 'of')
      && end >= 2 && (ts[end - 2].lower === 'the' || ts[end - 2].lower === 'of' || isInstitutionToken(ts[end - 2]) || isCountryToken(ts[end - 2]))))) return null;
  const roles: FoundRole[] = [];
  for (const part of officeName ? [] : splitRoleChain(chain)) {
    const r = parseRole(part, text);
    if (r) roles.push(plural ? { ...r, title: r.title.replace(lastHead.text, singularOf(lastHead.text)) } : r);
  }
  return { chain, roles };
}

/** A word an office's chain is made of: a title, a body's or a portfolio's word, a country. */
// (a people in the plural names a portfolio too: `Minister of Foreign Affairs, Migration and Tunisians Abroad`)
function isRoleWord(t: Token | undefined): boolean {
  return !!t && t.word && (isTitleWord(t) || isInstitutionToken(t) || isCountryToken(t) || isPluralDemonym(t));
}

/**
 * Whether the words from `from` up to the next comma or bracket (and before `end`) go on a portfolio or a body's name listed
 * with commas: an institution word first (after an `and`), then only such words, modifiers, countries, peoples and
 * `and`/`of`/`the`, no title head.
 */
function portfolioListAfter(ts: Token[], from: number, end: number): boolean {
  let p = from;
  if (ts[p]?.lower === 'and') p++;
  const first = ts[p];
  if (!first || !first.word || !isInstitutionToken(first) || isCountryToken(first) || isTitleHead(first)) return false;
  for (; p < end && ts[p].text !== ',' && ts[p].text !== '('; p++) {
    const t = ts[p];
    if (!t.word || isTitleHead(t)) return false;
    if (!(isRoleWord(t) || isPortfolioWord(t.lower) || t.lower === 'and' || t.lower === 'of' || t.lower === 'the')) return false;
  }
  return true;
}

/** After a full stop, an opening mark or a colon: read from the tokens, so that no sentence split is needed here. */
const OPENERS = new Set(['.', '!', '?', '…', ':', '“', '"', '‘', '«', '„', '(', '—', '–']);
/**
 * Whether a sentence's first word, glued to a name, is a verb or an adverb (`Congratulating Vladimir Putin`), not the
 * name's own first word: a given name spelled like one (`Mohammed bin Salman`), or a one-syllable Chinese surname in
 * `-ing` (`Ding Xuexiang`, `Jing …`), where an English `-ing` word has six letters or more (`Meeting`, `Speaking`).
 */
function isGluedOpener(lower: string): boolean {
  if (GIVEN_NAMES_LIKE_VERBS.has(lower)) return false;
  return lower.endsWith('ing') ? lower.length >= 6 : lower.endsWith('ed') || lower.endsWith('ly');
}

function isSentenceStart(ts: Token[], i: number): boolean {
  // (a dash typed as two hyphens too: `JAKARTA, Oct 24 (Bernama) -- Indonesia’s …`)
  return i === 0 || OPENERS.has(ts[i - 1].text) || (i >= 2 && ts[i - 1].text === '-' && ts[i - 2].text === '-');
}

const FRIEND_WORDS = new Set(['friend', 'colleague', 'brother', 'sister', 'counterpart']);
const FRIEND_ADJECTIVES = new Set(['dear', 'good', 'old', 'esteemed', 'distinguished', 'great']);
/** How many tokens of `my friend`, `our dear colleague` end right before token `i` (none: 0). */
function friendshipBefore(ts: Token[], i: number): number {
  if (i < 2 || !FRIEND_WORDS.has(ts[i - 1].lower)) return 0;
  let k = i - 2;
  while (k > 0 && FRIEND_ADJECTIVES.has(ts[k].lower)) k--;
  return ts[k].lower === 'my' || ts[k].lower === 'our' ? i - k : 0;
}

/** Words that may stand before an office opening its sentence: `Indonesia’s newly appointed Foreign Minister, …`. */
const OFFICE_MODIFIERS = new Set(['the', 'new', 'newly', 'appointed', 'elected', 'incoming', 'outgoing', 'current', 'acting', 'interim']);

/** Whether the office starting at token `i` opens its sentence, past modifiers and a possessor (`Indonesia’s newly appointed`). */
function officeOpening(ts: Token[], i: number): { opensSentence: boolean; possessor: Token | null; afterBy: boolean } {
  let k = i;
  while (k > 0 && !ts[k - 1].cap && OFFICE_MODIFIERS.has(ts[k - 1].lower)) k--;
  const possessor = k < i && k > 0 && ts[k - 1].cap && endsPossessive(ts[k - 1].text) ? ts[k - 1] : null;
  if (possessor) k--;
  if (k > 0 && ts[k - 1].lower === 'the') k--;
  return { opensSentence: isSentenceStart(ts, k), possessor, afterBy: k > 0 && ts[k - 1].lower === 'by' };
}

/** Reporting verbs whose subject a one-word name may be. */
const SOLO_CUE_VERBS = new Set(['said', 'says', 'added', 'noted', 'stressed', 'highlighted', 'thanked', 'told', 'emphasized', 'emphasised', 'underlined', 'explained', 'stated', 'remarked', 'concluded', 'continued']);

/** The one-word names of a document that stand right before a reporting verb (`Landsbergis said`). */
interface ReportingSubjects {
  /** How often each one-word run stands right before a reporting verb. */
  counts: Map<string, number>;
  /** Whether a one-word name is part of a longer name in the text (`Ki-Moon` beside `Ban Ki Moon`). */
  inLongerName(name: string): boolean;
}

function findReportingSubjects(doc: Doc): ReportingSubjects {
  const counts = new Map<string, number>();
  const longer = new Set<string>();
  doc.forEachNamedBlock((bi) => {
    // (a block's share depends on its text alone: a document's memo keeps it across edits)
    const share = doc.memoized ? doc.blockDerived(bi, 'reporting subjects', () => reportingSubjectsIn(doc, bi)) : reportingSubjectsIn(doc, bi);
    for (const name of share.solo) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const k of share.longer) longer.add(k);
  });
  const inLongerName = (name: string): boolean => nameKeys([name]).some((k) => longer.has(k) || k.split('-').some((part) => longer.has(part)));
  return { counts, inLongerName };
}

/** A block's one-word names before a reporting verb (once for each time), and the name keys of its longer names. */
function reportingSubjectsIn(doc: Doc, bi: number): { solo: string[]; longer: string[] } {
  const ts = doc.tokens(bi);
  const solo: string[] = [];
  const longer: string[] = [];
  for (const run of findRuns(doc, bi)) {
    if (run.tokens.length > 1) {
      longer.push(...hyphenVariants(runNameKeys(run)));
      continue;
    }
    const next = ts[run.j + 1];
    if (next && SOLO_CUE_VERBS.has(next.lower)) solo.push(run.tokens[0]);
  }
  return { solo, longer };
}

/** A plural office in the clause before the comma at `comma`: `The Ministers of Foreign Affairs of Ukraine and Belgium,`. */
function pluralOfficeBefore(ts: Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - 12; k--) {
    const t = ts[k];
    // (a list of countries may hold commas: `the Foreign Ministers of Russia, Azerbaijan and Armenia, Sergei Lavrov, …`)
    if (t.text === ',' && k > 0 && isCountryToken(ts[k - 1]) && !!ts[k + 1] && isCountryToken(ts[k + 1])) continue;
    if (!t.word) return false;
    if (t.cap && isPluralTitle(t)) return true;
  }
  return false;
}

const PHRASE_CLOSERS = new Set([',', '.', ';', ':', ')']);

/** The words between a title and the city that belongs to it (`Ambassador to Washington`, `Mayor of London`, `Ambassador in Cairo`). */
const CITY_PREPOSITIONS = new Set(['to', 'of', 'in']);
/** Prepositions of place before a city that opens a capitalized run (`arrived in Ankara Zarif …`). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to']);

/**
 * `X and <titles> <Name>`: a run joined by `and` to an official named by a title of up to three words (`David Cameron and
 * President Obama`, `Biden and Japanese Prime Minister Fumio Kishida`).
 */
function pairedWithTitled(ts: Token[], run: Run, partner: Run | undefined): boolean {
  if (!partner || ts[run.j + 1]?.lower !== 'and') return false;
  const between = ts.slice(run.j + 2, partner.i);
  return between.length >= 1 && between.length <= 3 && between.some(isTitleHead) && between.every((t) => isTitleWord(t) || isCountryToken(t));
}

/** `Ministers`, `Secretaries`: a title head in the plural. */
function isPluralTitle(t: Token): boolean {
  const w = t.bare;
  return w.endsWith('ies') ? isTitleHead({ ...t, bare: w.slice(0, -3) + 'y' }) : w.endsWith('s') && !w.endsWith('ss') && isTitleHead({ ...t, bare: w.slice(0, -1) });
}

const NO_TOKENS: Token[] = [];
/** How many tokens (1–3) from i, before `last`, name a city (`Washington`, `New Delhi`): 0 if none. */
function cityTokensAt(text: string, ts: Token[], i: number, last: number): number {
  for (let n = Math.min(3, last - i); n >= 1; n--) if (isDatelineCity(text.slice(ts[i].start, ts[i + n - 1].end))) return n;
  return 0;
}

/**
 * A Malay honorific of two words whose second or first word is not one alone: `Seri` after `Datuk`/`Dato’`
 * (`Datuk Seri Mohamad Hasan`; `Bandar Seri Begawan` is a city), `Tan` before `Sri` (`Tan Sri Muhyiddin Yassin`;
 * `Tan` alone is a surname).
 */
function isMalayHonorificPart(ts: Token[], k: number): boolean {
  const l = ts[k].lower;
  if (l === 'seri' || l === 'sri') return k > 0 && (MALAY_FIRST.has(ts[k - 1].bare) || (k > 1 && isElisionMark(ts, k - 1)));
  return l === 'tan' && k + 1 < ts.length && ts[k + 1].lower === 'sri';
}
const MALAY_FIRST = new Set(['datuk', 'dato', 'datin']);

/** The apostrophe that ends `Dato’`, a token of its own (the tokenizer keeps only inner apostrophes): part of the honorific. */
function isElisionMark(ts: Token[], k: number): boolean {
  const t = ts[k];
  return (t.text === '’' || t.text === "'") && k > 0 && ts[k - 1].lower === 'dato' && ts[k - 1].end === t.start;
}

/** The apostrophe of a country's plural possessive (`Philippines’`), glued to a country ending in `s`. */
function isPluralPossessiveMark(ts: Token[], k: number): boolean {
  const t = ts[k];
  return (t.text === '’' || t.text === "'") && k > 0 && ts[k - 1].end === t.start && /s$/i.test(ts[k - 1].text)
    && (isCountryToken(ts[k - 1]) || countryEndingAt(ts, k - 1) > 1);
}

/** Offices whose holder is sent on a subject, named after `on`. */
const ENVOY_HEADS = new Set(['representative', 'envoy', 'coordinator', 'rapporteur', 'adviser', 'advisor']);
/** Words of a clause, not of a remit: a remit names a matter, it does not act on it. */
const REMIT_BREAKERS = new Set(['said', 'says', 'told', 'and', 'who', 'which', 'that', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would']);
/**
 * Where an envoy's remit after its `for`/`on` (before e) ends, at the comma that closes the apposition (at most fourteen tokens of
 * words and dashes, no verb among them), when an envoy's title opens the phrase at k; else -1.
 */
function envoyRemitEnd(ts: Token[], k: number, e: number): number {
  let f = e - 1;
  while (f > k && ts[f].lower !== 'for' && ts[f].lower !== 'on') f--;
  if (f <= k || !ts.slice(k, f).some((x) => ENVOY_HEADS.has(x.lower))) return -1;
  for (let m = f + 1; m < ts.length && m <= f + 14; m++) {
    const x = ts[m];
    if (x.text === ',') return m > e ? m : -1;
    if (!(x.word || DASHES.has(x.text)) || REMIT_BREAKERS.has(x.lower)) return -1;
  }
  return -1;
}

/** An honorific in a title chain, where `H.` and `E.` stand only as His Excellency's spaced initials (`H. E.`). */
function isChainHonorific(t: Token): boolean {
  return isHonorific(t) || t.text === 'H.' || t.text === 'E.';
}

/**
 * The last title head in a chain [from, last] followed only by a portfolio and a country (`Ministers of Foreign Affairs of
 * Kyrgyzstan`): its index, or -1.
 */
function lastHeadBefore(ts: Token[], from: number, last: number): number {
  for (let k = last; k >= from; k--) {
    if (isTitleHead(ts[k])) return k;
    const t = ts[k];
    if (!(t.lower === 'of' || t.lower === 'and' || t.lower === 'the' || isPortfolioWord(t.lower) || isCountryToken(t) || isTitleWord(t))) return -1;
  }
  return -1;
}

/** A plural office of two countries (`of Mexico and Guatemala`) as the first holder's and the second's; else the same twice. */
function respectively(r: FoundRole): [FoundRole, FoundRole] {
  const parts = r.organization?.split(/\s{1,4}and\s{1,4}/) ?? [];
  const countries = parts.length === 2 ? parts.map((p) => countryOf(p)) : [];
  if (countries.length === 2 && countries[0] && countries[1]) {
    return [{ ...r, organization: null, country: parts[0] }, { ...r, organization: null, country: parts[1] }];
  }
  return [r, { ...r }];
}

/** `Tunisians`, `Egyptians`: a demonym in the plural, the people of a country. */
function isPluralDemonym(t: Token): boolean {
  return t.cap && t.bare.length > 4 && t.bare.endsWith('s') && COUNTRY_BY_DEMONYM.has(t.bare.slice(0, -1));
}

/** A people of two words in the plural ending at token i, whose first word may read as an honorific: `all Sri Lankans`. */
function endsPluralDemonym(ts: Token[], i: number): boolean {
  const t = ts[i];
  return i > 0 && t.bare.length > 4 && t.bare.endsWith('s') && ts[i - 1].word && ts[i - 1].end + 1 === t.start
    && COUNTRY_BY_DEMONYM.has(`${ts[i - 1].lower} ${t.bare.slice(0, -1)}`);
}

/** The title chain right before a name: `Chinese State Councilor and Foreign Minister`, `H.E. Mr.`, `H. E.`. */
/**
 * The part of a title chain after a name run inside it that `and` joins to the next title (no such run: the chain as it
 * is). A run inside the chain may be a body's name (`Governor of Russia’s Primorye Territory`), kept.
 */
function chainAfterRun(chain: Token[], ts: Token[], previous: Run | null): Token[] {
  if (!previous || chain.length === 0 || chain[0].start >= previous.end || ts[previous.j + 1]?.lower !== 'and') return chain;
  const p = chain.findIndex((t) => t.start >= previous.end && t.lower !== 'and');
  return p < 0 ? NO_TOKENS : chain.slice(p);
}

function chainBefore(ts: Token[], i: number, text: string): Token[] {
  // (a title in the possessive right before the words is no title of theirs: `KING’S HELP`, `the President’s Office`)
  if (i > 0 && ts[i - 1].word && endsPossessive(ts[i - 1].text) && isTitleHead(ts[i - 1])) return [];
  let k = i - 1;
  while (k >= 0) {
    const t = ts[k];
    // an acronym in brackets inside the title: `Foreign Intelligence Service (SVR)`; a rank's `(Ret’d)`: `Brigadier (Ret’d)`
    // (an acronym written as a word, after the body's own capitalized name: `Caribbean Community (Caricom) Chair Mia Mottley`)
    if (t.text === ')' && k >= 2 && (ts[k - 1].allCaps || RETIRED.test(ts[k - 1].text) || (bracketedAcronymAt(ts, k - 2) && !!ts[k - 3]?.cap && ts[k - 3].word)) && ts[k - 2].text === '(') { k -= 3; continue; }
    // (an acronym of two words: `President of the OSCE Parliamentary Assembly (OSCE PA) George Tseretli`)
    if (t.text === ')' && k >= 3 && ts[k - 1].allCaps && ts[k - 2].allCaps && ts[k - 3].text === '(') { k -= 4; continue; }
    // an editor's insertion: `[China President] Xi Jinping`
    if (t.text === ']' || t.text === '[') { k--; continue; }
    // a plural country's possessive, its apostrophe a token of its own: `the Philippines’ Foreign Secretary`,
    // `Saint Vincent and the Grenadines’ Foreign Minister`
    if (isPluralPossessiveMark(ts, k)) { k--; continue; }
    // a portfolio listed with commas: `Secretary of State for Foreign, Commonwealth and Development Affairs`
    // (not a list of people: `… of Albania, Prime Minister …` — after the comma a portfolio's word, no title or country)
    // (the words after the comma may be modifiers too, up to the next comma, so long as no title heads them: `Minister of
    // Foreign Affairs, Foreign Trade and European Affairs, Didier Reynders`, `… of the United Nations Educational, Scientific,
    // and Cultural Organization (UNESCO), Audrey Azoulay`)
    if (t.text === ',' && k > 0 && isRoleWord(ts[k - 1]) && !isCountryToken(ts[k - 1]) && portfolioListAfter(ts, k + 1, i)
      && ts.slice(Math.max(0, k - 10), k).some((x) => x.lower === 'for' || x.lower === 'of')) { k--; continue; }
    // `High Representative/Vice-President Josep Borrell`: one office written with a slash
    if (t.text === '/' && k > 0 && isRoleWord(ts[k - 1]) && isRoleWord(ts[k + 1]) && ts[k - 1].end === t.start && ts[k + 1].start === t.end) { k--; continue; }
    // `Deputy Prime Minister of Kazakhstan – Foreign Minister Mukhtar Tleuberdi`: two offices of one, joined by a dash
    // (or by a slash with spaces: `Deputy Prime Minister / Foreign Minister David Zalkaliani`)
    if ((t.text === '–' || t.text === '—' || isSpacedSlash(ts, k)) && k > 0 && (isRoleWord(ts[k - 1]) || countryEndingAt(ts, k - 1) > 0) && isTitleWord(ts[k + 1] ?? t) && ts.slice(Math.max(0, k - 6), k).some(isTitleHead)) { k--; continue; }
    // `ASEAN Secretary General Dato’ Lim Jock Hoi`
    if (isElisionMark(ts, k)) { k--; continue; }
    // a stray hyphen glued to the title (`Commonwealth Secretary-General- Patricia Scotland`)
    if (t.text === '-' && k > 0 && k === i - 1 && ts[k - 1].end === t.start && isTitleWord(ts[k - 1])) { k--; continue; }
    if (!t.word) break;
    // a body's name of several words that ends here, lower-case words in it too (`… of the Organization for Security and
    // Co-operation in Europe Helga Schmid`), is passed whole
    const body = t.cap ? countryEndingAt(ts, k) : 0;
    if (body > 2) { k -= body; continue; }
    // (an event is no body the office belongs to: `The official visit of President X`)
    if (!t.cap && EVENT_NOUNS.has(t.lower)) break;
    if (isHonorific(t) || isRoleWord(t) || t.lower === 'of' || t.lower === 'for' || t.lower === 'the' || isMalayHonorificPart(ts, k)) { k--; continue; }
    // His Excellency's initials, spaced: `The President of the Republic, H. E. Obiang Nguema Mbasogo`
    if (t.text === 'E.' && isSpacedExcellency(ts, k)) { k -= 2; continue; }
    // `Minister without Portfolio`
    if (t.lower === 'without' && ts[k + 1]?.lower === 'portfolio') { k--; continue; }
    // a portfolio given as a charge: `State Minister in charge of the East African Community Olivier Nduhungirehe`
    const chargeAt = t.lower === 'charge' ? k - 1 : k;
    if (chargeAt >= 1 && portfolioChargeLength(ts, chargeAt) > 0 && isRoleWord(ts[chargeAt - 1])) { k = chargeAt - 1; continue; }
    // an envoy's subject: `Special Representative on Central Asia`, `Special Envoy on Climate Change`
    if (t.lower === 'on' && k > 0 && ENVOY_HEADS.has(ts[k - 1].lower) && ts[k + 1]?.cap && k + 1 < i) { k--; continue; }
    // Commonwealth offices: `Minister of State in the Ministry of …`, `Minister … with Responsibility for Information`
    if (t.lower === 'in' && k > 0 && ts[k - 1].word && ts[k - 1].cap && ts[k + 1]?.lower === 'the' && ts[k + 2] && isInstitutionToken(ts[k + 2])) { k--; continue; }
    if (t.lower === 'with' && k > 0 && ts[k - 1].word && ts[k - 1].cap && /^responsibilit(?:y|ies)$/i.test(ts[k + 1]?.text ?? '')) { k--; continue; }
    // the capital an envoy is sent to: `Ambassador to Washington`
    if (t.cap && k >= 2) {
      let n = 1;
      while (n <= 3 && k - n >= 1 && !CITY_PREPOSITIONS.has(ts[k - n].lower)) n++;
      if (n <= 3 && CITY_PREPOSITIONS.has(ts[k - n].lower) && isRoleWord(ts[k - n - 1]) && cityTokensAt(text, ts, k - n + 1, k + 1) === n) { k -= n + 1; continue; }
    }
    // an aide's principal: `Senior Advisor to Secretary of State`, `Aide to the President`
    if (t.lower === 'to' && k > 0 && ts[k - 1].cap && AIDE_HEADS.has(ts[k - 1].bare) && k + 1 < i && ts[k + 1].cap) { k--; continue; }
    // where an envoy is accredited: `Ambassador of Belarus to the Russian Federation`
    // (after a country of several words too: `Ambassador of Saudi Arabia to Cameroon`)
    if (t.lower === 'to' && k > 0 && (isRoleWord(ts[k - 1]) || countryEndingAt(ts, k - 1) > 1) && k + 1 < i && (ts[k + 1].lower === 'the' || isCountryToken(ts[k + 1]) || longestCountryAt(ts, k + 1) > 0)) { k--; continue; }
    // part of a country or organization of several words: `United Kingdom`, `United Nations` (one that ends here is passed
    // whole, with its `and`: `Prime Minister of Trinidad and Tobago`)
    if (t.cap && longestCountryAt(ts, k) > 1) { k--; continue; }
    // (its last word may be lower-case: `Côte d’Ivoire`; the lexicon, not the case, says which names end here)
    const n = countryEndingAt(ts, k);
    if (n > 1) { k -= n; continue; }
    // `Deputy Prime Minister and Minister of …`, `Foreign Affairs and International Cooperation`
    // (`Minister of State for South Asia and the Commonwealth`: an article may open the second part)
    // (not another's office with its own country: `The Secretary-General and French President François Hollande`)
    // (portfolio words on both sides inside `of …`: `Minister of Labor and Social Protection of Kazakhstan Madina Abylkassymova`)
    const portfolioAnd = k > 0 && ts[k - 1].cap && isPortfolioWord(ts[k - 1].lower) && !!ts[k + 1]?.cap && isPortfolioWord(ts[k + 1].lower)
      && ts.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'of' || x.lower === 'for');
    // (or after a list's last comma: `Educational, Scientific, and Cultural Organization`)
    const serialAnd = ts[k - 1]?.text === ',' && isRoleWord(ts[k - 2]) && isRoleWord(ts[k + 1]) && !isTitleHead(ts[k + 1]);
    if (t.lower === 'and' && (portfolioAnd || serialAnd || (isRoleWord(ts[k - 1]) && (isRoleWord(ts[k + 1]) || (ts[k + 1]?.lower === 'the' && isRoleWord(ts[k + 2])) || startsTitle(ts, k + 1))))
      && !(isTitleHead(ts[k - 1]) && isCountryToken(ts[k + 1]))) { k--; continue; }
    // an unknown capitalized word belongs to an organization's name inside `of …`
    if (t.cap && k > 0 && ts.slice(Math.max(0, k - 6), k).some((x) => x.lower === 'of' || x.lower === 'for')) { k--; continue; }
    break;
  }
  // (most names have no title before them: one empty chain, never changed, serves them all)
  if (k + 1 === i) return NO_TOKENS;
  // (an editor's brackets are no words of the office: `[US] President [Joe] Biden`, `[China President] Xi Jinping`)
  // (nor is a stray hyphen glued to the title at its end)
  let chain = ts.slice(k + 1, i).filter((t, p) => t.text !== '[' && t.text !== ']' && !isElisionMark(ts, k + 1 + p) && !(t.text === '-' && k + 1 + p === i - 1) && !isPluralPossessiveMark(ts, k + 1 + p));
  // `the Foreign Secretary’s official London residence`: what follows a possessive title is owned by
  // that office holder; only a title of its own (`the Secretary-General’s Special Envoy`) makes a role
  for (let p = chain.length - 1; p >= 0; p--) {
    if (endsPossessive(chain[p].text) && isTitleWord(chain[p])) { chain = chain.slice(p + 1); break; }
  }
  if (chain.some((t) => t.lower === 'seri' || t.lower === 'tan')) chain = chain.filter((_, p) => !isMalayHonorificPart(ts, k + 1 + p));
  // trim from the left what cannot open a role
  const openedByOf = chain[0]?.lower === 'of';
  while (chain.length && (chain[0].lower === 'of' || chain[0].lower === 'for' || chain[0].lower === 'and' || (!isTitleWord(chain[0]) && !isChainHonorific(chain[0]) && !isCountryToken(chain[0]) && chain[0].lower !== 'the' && !isInstitutionToken(chain[0]) && !(chain[0].cap && longestCountryAt(chain, 0) > 1)))) chain = chain.slice(1);
  // `Minister Lilianne Ploumen of Foreign Trade and Development Cooperation and IOM Director General William Lacy Swing`:
  // the portfolio after `of` is the name before's; the office starts after its `and`
  if (openedByOf) {
    const head = chain.findIndex(isTitleHead);
    const and = chain.findIndex((t, p) => p < head && t.lower === 'and' && startsTitle(chain, p + 1));
    if (and >= 0) chain = chain.slice(and + 1);
  }
  return chain;
}

/**
 * Whether the words at i name the next person of a list, with an apposition or a verb of their own (`Minister of Foreign
 * Affairs and Sergey Lavrov, Minister of …`, `… and Sergey Lavrov held talks`), not the rest of an office
 * (`Minister of Agriculture and Rural Development`).
 */
function nextPersonAt(ts: Token[], i: number): boolean {
  // (an honorific may open the name: `… of Turkey and Mr. John Kerry, the U.S. Secretary of State`)
  while (i < ts.length && isHonorific(ts[i])) i++;
  const end = personalNameEnd(ts, i);
  if (end === 0 || end >= ts.length) return false;
  if (SUBJECT_VERBS.has(ts[end].lower)) return true;
  if (ts[end].text !== ',' || !startsTitle(ts, end + 1)) return false;
  // (the office after the comma is the name's own, not the next `Title Name` of a list: `Minister of Culture and
  // Information Adel Al-Toraifi, Saudi Ambassador to Norway Essam Abed`)
  let stop = end + 1;
  while (stop < ts.length && ts[stop].word) stop++;
  return !nameableRun(ts.slice(end + 1, stop));
}

/** Letters after a name that are no title head: `MP`, `MNA`, `QC` (a member's letters are a role of their own, see MEMBER_LETTERS). */
const POST_NOMINALS = new Set(['MP', 'MNA', 'MHA', 'MLA', 'MPP', 'MEP', 'TD', 'QC', 'KC', 'OBE', 'CBE', 'KBE', 'GCSK']);
/** A parliament's member's letters: a seat the text gives the official (`Charlie Flanagan, TD,`, `Dennis Kellman, M.P.`). */
const MEMBER_LETTERS = new Set(['MP', 'MNA', 'MHA', 'MLA', 'MPP', 'MEP', 'TD']);
/** A member's letters, with or without stops (`MP`, `M.P.`). */
function isPostNominal(t: Token | undefined): boolean {
  return t !== undefined && t.text.length <= 8 && POST_NOMINALS.has(t.text.replace(/\./g, ''));
}

/**
 * `Minister of Agriculture, Animal Husbandry and Fisheries`: more of a portfolio after the comma that ends one (capitalized
 * words, with commas and one `and`, the last a portfolio word, and then the phrase ends). The index after it, or -1.
 */
function portfolioContinuationEnd(ts: Token[], comma: number): number {
  if (ts[comma]?.text !== ',' || comma < 1 || !isPortfolioWord(ts[comma - 1].lower)) return -1;
  let e = comma + 1;
  let and = false;
  let words = 0;
  while (e < ts.length && e - comma <= 12) {
    const t = ts[e];
    if (t.word && t.cap && !isHonorific(t) && !isTitleHead(t)) { e++; words++; continue; }
    if (!and && words > 0 && (t.lower === 'and' || t.text === ',') && ts[e + 1]?.cap) { if (t.lower === 'and') and = true; e++; continue; }
    break;
  }
  if (!and || !isPortfolioWord(ts[e - 1].lower)) return -1;
  return e >= ts.length || /^[,.;:)\-–—]$/.test(ts[e].text) ? e : -1;
}

/** Token indices inside a portfolio's continuation after a title (`…, Animal Husbandry and Fisheries`): no one's name. */
function portfolioContinuations(ts: Token[]): Set<number> {
  const inside = new Set<number>();
  for (let c = 1; c < ts.length; c++) {
    if (ts[c].text !== ',' || !ts.slice(Math.max(0, c - 8), c).some(isTitleHead)) continue;
    const end = portfolioContinuationEnd(ts, c);
    for (let k = c + 1; k < end; k++) inside.add(k);
  }
  return inside;
}

const DASHES = new Set(['-', '–', '—']);
/** A comma or a dash (not a hyphen) before a name in apposition: `the Foreign Ministers of A and B, X and Y,` / `… – X and Y –`. */
function opensApposition(t: Token): boolean {
  return t.text === ',' || t.text === '–' || t.text === '—';
}
/** `counterpart of Bosnia-Herzegovina` ending at token k: a relation noun, `of`/`from`, a country. */
function relationOfCountryEndingAt(ts: Token[], k: number): boolean {
  const n = countryEndingAt(ts, k) || (isCountryToken(ts[k]) ? 1 : 0);
  const of = k - n;
  return n > 0 && of >= 1 && (ts[of].lower === 'of' || ts[of].lower === 'from') && RELATION_NOUNS.has(ts[of - 1].lower);
}

/** Where the honorifics right before token i begin (`H.E. Mr. Zohrab …`), not before token `floor`. */
function honorificsStart(ts: Token[], i: number, floor: number): number {
  let k = i;
  while (k > floor && isHonorific(ts[k - 1])) k--;
  return k;
}

/** `On his part`, `For her side`: an opening before the sentence's subject. */
const PART_WORDS = new Set(['part', 'side']);

/**
 * Roles in apposition after a name: `, Procurator-General of …, member of …`, `(Foreign Minister)`, `, who is also …`,
 * `of <country>`; and, where `bare` (the name opens its sentence or follows `and`), a title with no comma at all, as
 * captions and some pages write it (`Össur Skarphéðinsson Minister of Foreign Affairs in Iceland and …`).
 */
function rolesAfter(ts: Token[], j: number, text: string, bare = false, subjectName = false): { roles: FoundRole[]; ofCountry: string | null; ofOrganization?: string } {
  const roles: FoundRole[] = [];
  let k = j + 1;
  // a member of parliament's letters after the name, before the office: `Hon. Lesego E. Motsumi, MP, Acting Minister of …`
  let letters = -1;
  if (k + 1 < ts.length && ts[k].text === ',' && isPostNominal(ts[k + 1]) && (ts[k + 2] === undefined || !ts[k + 2].word)) letters = k + 1;
  else if (isPostNominal(ts[k])) letters = k;
  if (letters >= 0) {
    // (a seat in parliament is a role as the text writes it, `Dennis Kellman, M.P.`; honours, `QC`, `OBE`, are not)
    const t = ts[letters];
    if (MEMBER_LETTERS.has(t.text.replace(/\./g, ''))) roles.push({ title: t.text, organization: null, country: null, start: t.start, end: t.end });
    k = letters + 1;
  }
  let ofCountry: string | null = null;
  if (k < ts.length && ts[k].lower === 'of' && k + 1 < ts.length) {
    // `John Kerry of US`, `Retno Marsudi of Indonesia`
    let n = k + 1;
    if (ts[n].lower === 'the') n++;
    let e = n;
    // (a day after the country is no part of it: `Santiago Cafiero of Argentina Friday agreed …`)
    while (e < ts.length && ts[e].cap && !CALENDAR_WORDS.has(ts[e].lower)) e++;
    // (a country's lower-case last word: `of Côte d’Ivoire`)
    if (e > n && e < ts.length && countryEndingAt(ts, e) === e - n + 1) e++;
    const phrase = e > n ? text.slice(ts[n].start, ts[e - 1].end) : '';
    const c = phrase ? countryOf(phrase) : null;
    if (c) ofCountry = c;
    // `President Ersin Tatar of the TRNC`, `Jane Doe of the World Bank`: an organization as written
    else if (phrase && e - n <= 5) return { roles, ofCountry, ofOrganization: phrase };
    return { roles, ofCountry };
  }
  const bracket = k < ts.length && ts[k].text === '(';
  const noComma = bare && k < ts.length && ts[k].cap && startsTitle(ts, k) && ts[k].lower !== 'the';
  // a dash before the office is a comma (`H.E. Albert E. Jubitahana- Minister of Transport, …`; not a dateline's, `KAZINFORM – …`)
  // (nor an agency's in a dateline written in capitals and lower case: `TOKYO, July 9 Kyodo - Chief nuclear negotiators …`)
  const dash = k + 1 < ts.length && DASHES.has(ts[k].text) && startsTitle(ts, k + 1) && !ts[j].allCaps && !isMediaName(ts[j].text);
  if (k >= ts.length || (ts[k].text !== ',' && !bracket && !noComma && !dash)) return { roles, ofCountry };
  if (!noComma) k++;
  // `, who is also …`, `, who was …`, `, who’s also Foreign Trade and Investment Minister,`
  const who = bracket || k >= ts.length ? 0 : ts[k].lower === 'who' && (ts[k + 1]?.lower === 'is' || ts[k + 1]?.lower === 'was') ? 2
    : ts[k].lower === 'who’s' || ts[k].lower === "who's" ? 1 : 0;
  if (who > 0) {
    k += who;
    if (k < ts.length && ts[k].lower === 'also') k++;
  }
  // `Marcelo Baumbach, Lula's spokesman,`, `…, China’s Foreign Minister,`: an office in someone's or a country's possessive
  // (the country is the office's)
  let possessorCountry: string | null = null;
  if (!bracket && k + 1 < ts.length && ts[k].cap && endsPossessive(ts[k].text) && startsTitle(ts, k + 1)) {
    possessorCountry = countryOf(ts[k].text.slice(0, -2));
    k++;
  }
  // `Wang Yi, a member of the Political Bureau …`: an indefinite apposition; `…, the newly appointed
  // Ambassador of Chad`: words of appointment before the title
  if (k < ts.length && (ts[k].lower === 'a' || ts[k].lower === 'an' || ts[k].lower === 'the')) {
    let t = k + 1;
    // (or a body's possessive: `Koh Yun-ju, the ministry's director general for North American affairs`)
    if (ts[k].lower === 'the' && t < ts.length && !ts[t].cap && isInstitutionToken(ts[t]) && endsPossessive(ts[t].text)) t++;
    while (t < ts.length && t - k <= 3 && APPOINTMENT_WORDS.has(ts[t].lower)) t++;
    if (t < ts.length && startsTitle(ts, t) && (ts[k].lower !== 'the' || t > k + 1)) k = t;
  }
  for (;;) {
    if (k >= ts.length || !startsTitle(ts, k)) break;
    let e = k;
    while (e < ts.length) {
      const t = ts[e];
      if (bracketedAcronymAt(ts, e) && e > k) { e += 3; continue; }
      // (an office's unit in brackets before the apposition's comma: `… on Media and Publicity (Office of the Vice-President),`)
      const bracketed = e > k ? bracketedUnitEnd(ts, e) : 0;
      if (bracketed > 0) { e = bracketed; continue; }
      if (!t.word) {
        // (an envoy's remit may hold a dash: `special envoy for the Belgrade – Pristina dialogue`)
        const remit = DASHES.has(t.text) ? envoyRemitEnd(ts, k, e) : -1;
        if (remit > 0) { e = remit; continue; }
        break;
      }
      // a body's name of several words, lower-case ones in it too: `Organization for Security and Co-operation in Europe`
      const body = t.cap && e > k ? longestCountryAt(ts, e) : 0;
      if (body > 1) { e += body; continue; }
      if (t.cap || isTitleWord(t) || t.lower === 'of' || t.lower === 'for' || t.lower === 'the' || t.lower === 'on') { e++; continue; }
      // (`…, Minister of Natural Resources and representatives of …`: a plural title after `and` is another party)
      if (t.lower === 'and' && e + 1 < ts.length && (ts[e + 1].cap || isTitleWord(ts[e + 1])) && !nextPersonAt(ts, e + 1) && !isPluralTitle(ts[e + 1])) { e++; continue; }
      // (an article may open the portfolio's last part: `Minister for International Development and the Pacific`)
      if (t.lower === 'and' && ts[e + 1]?.lower === 'the' && ts[e + 2]?.cap && isInstitutionToken(ts[e + 2]) && !isTitleHead(ts[e + 2]) && !nextPersonAt(ts, e + 2)) { e += 2; continue; }
      // (a second office with its article, in an apposition that opened with one: `…, the Special Representative for Afghanistan
      // and the head of UNAMA,`; the apposition's closing is checked below)
      if (t.lower === 'and' && ts[k].lower === 'the' && ts[e + 1]?.lower === 'the' && startsTitle(ts, e + 2) && !nextPersonAt(ts, e + 2)) { e += 2; continue; }
      // where an envoy is sent: `Ambassador of Chad to Ethiopia`, `Permanent Representative to the African Union`; where an
      // office sits: `State Secretary at the Ministry of Foreign and European Affairs`
      // (not after an envoy's post, where `at` is a place: `High Commissioner to Uganda at the Ministry Headquarters`)
      if ((t.lower === 'to' || (t.lower === 'at' && ts[e + 1]?.lower === 'the' && isInstitutionToken(ts[e + 2] ?? t) && !ts.slice(k, e).some((x) => x.lower === 'to')))
        && e + 1 < ts.length && (ts[e + 1].cap || ts[e + 1].lower === 'the') && ts.slice(k, e).some(isTitleHead)) { e++; continue; }
      // a portfolio given as a charge: `State Minister in charge of the East African Community`, `Minister responsible for
      // European Affairs`
      const charge = portfolioChargeLength(ts, e);
      if (charge > 0 && ts.slice(k, e).some(isTitleHead)) { e += charge; continue; }
      // a unit named in lower case: `director general of the political department`, `of the second European department`
      const unit = lowerCaseUnitEnd(ts, k, e);
      if (unit > 0) { e = unit; continue; }
      // an envoy's remit, in any case, up to the apposition's comma: `the European Union special envoy for the Belgrade –
      // Pristina dialogue on the normalisation of relations,`
      const remit = envoyRemitEnd(ts, k, e);
      if (remit > 0) { e = remit; continue; }
      break;
    }
    if (e === k) break;
    // `X, the President said`, `Migrants, the Secretary-General and the Prime Minister concurred`: a new
    // clause's subject, not an apposition, which a comma or a stop closes
    // (but the subject's own office of a named country, its closing comma lost: `Mr. Zohrab Mnatsakanyan, the Armenian Foreign
    // Minister confirmed …`)
    // (or `and` before the next person of a list with an apposition of their own: `Guy Ryder, the Director General of the
    // ILO and Alicia Bárcena, the Executive Secretary of ECLAC,`)
    if (ts[k].lower === 'the' && e < ts.length && !/^[,.;:)]$/.test(ts[e].text)
      && !(ts[e].lower === 'and' && nextPersonAt(ts, e + 1))
      // (nor before the name's own next verb: `Martin Klus, the State Secretary at the Ministry … and took part in …`)
      && !(ts[e].lower === 'and' && verbLikeAfterAnd(ts[e + 1]))
      && !(subjectName && SUBJECT_VERBS.has(ts[e].lower) && ts.slice(k + 1, e).some((t) => isCountryToken(t)))) break;
    // `in Samarkand, the President of Uzbekistan, Shavkat Mirziyoyev,`: the office is the next name's, in apposition
    // (unless that name has an office of its own after it: `Shri S. M. Krishna, External Affairs Minister of India, H. E.
    // Antonio Patriota, Foreign Minister of Brazil`: the first office is the first name's)
    // (the portfolio goes on after a comma: `Minister of Foreign Affairs, International Business and International Cooperation`)
    const more = portfolioContinuationEnd(ts, e);
    if (e + 2 < ts.length && ts[e].text === ',' && nameable(ts[e + 1]) && nameable(ts[e + 2]) && !hasOwnOfficeAfter(ts, e + 1) && more < 0) break;
    // a title followed by a name starts the next person of a list (`…, Prime Minister Hun Sen, …`)
    if (nameableRun(ts.slice(k, e))) break;
    // (a title with no comma must end its phrase: a comma, a stop, `and`, or `in <country>`)
    const inCountry = noComma && e + 1 < ts.length && ts[e].lower === 'in' ? countryOf(ts[e + 1].text) : null;
    if (noComma && !inCountry && e < ts.length && !/^[,.;:]$/.test(ts[e].text) && ts[e].lower !== 'and') break;
    for (const part of splitRoleChain(ts.slice(k, e).filter((_, p) => !inBracketedAcronym(ts, k + p)))) {
      const r = parseRole(part, text);
      if (r) roles.push(r.country === null && possessorCountry ? { ...r, country: possessorCountry } : r);
    }
    possessorCountry = null;
    const last = roles[roles.length - 1];
    if (more > 0 && last && last.end === ts[e - 1].end) {
      roles[roles.length - 1] = { ...last, title: last.title + text.slice(ts[e - 1].end, ts[more - 1].end), end: ts[more - 1].end };
      e = more;
    }
    if (inCountry) ofCountry = inCountry;
    if (e < ts.length && ts[e].text === ',' && e + 1 < ts.length && startsTitle(ts, e + 1)) { k = e + 1; continue; }
    break;
  }
  return { roles, ofCountry };
}

/** Whether token i is part of such a bracketed acronym. */
function inBracketedAcronym(ts: Token[], i: number): boolean {
  return bracketedAcronymAt(ts, i) || bracketedAcronymAt(ts, i - 1) || bracketedAcronymAt(ts, i - 2);
}

/** A lower-case word after `and` that is no article, pronoun or plural noun: a verb (`and took part`). */
function verbLikeAfterAnd(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && !FUNCTION_WORDS.has(t.lower) && !t.lower.endsWith('s') && /^[a-z]+$/.test(t.lower);
}

/** Nouns that end a unit of a ministry written in lower case (`the political department`). */
const UNIT_NOUNS = new Set(['department', 'directorate', 'division', 'section', 'bureau', 'unit', 'service', 'desk']);
/**
 * The token after a lower-case unit of a title's `of the` phrase, its words read up to e (`of the second European` +
 * `department`), or -1.
 */
function lowerCaseUnitEnd(ts: Token[], k: number, e: number): number {
  let the = e - 1;
  while (the > k && the >= e - 3 && ts[the].lower !== 'the') the--;
  if (the <= k || ts[the].lower !== 'the' || ts[the - 1].lower !== 'of') return -1;
  for (let u = e; u < ts.length && u < e + 4; u++) {
    if (!ts[u].word || FUNCTION_WORDS.has(ts[u].lower)) return -1;
    if (UNIT_NOUNS.has(ts[u].lower)) return u + 1;
  }
  return -1;
}

/** `Francisco Bustillo of Uruguay and Santiago Cafiero`: between two names only `of`, a country and `and`. */
function countryBetween(ts: Token[], j: number, i: number): boolean {
  const n = i - j - 3; // the country's words
  return n >= 1 && n <= 4 && ts[j + 1]?.lower === 'of' && ts[i - 1].lower === 'and' && countryTokensEndingAt(ts, i - 2) === n;
}

/** `…, in northern Portugal`, `…, in Ourense`: where a place is (not `Jan Holm, in a statement, said`). */
function placeAfterIn(t: Token | undefined): boolean {
  return !!t && (t.cap || COMPASS.has(t.lower));
}
const COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);

/** Whether an office's title stands right before the `of` at k (`Governor of`, `Chancellor of the Duchy of`). */
function officeBefore(ts: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
    const t = ts[i];
    if (!t.word) return false;
    if (isTitleHead(t)) return true;
    if (!(t.cap || t.lower === 'the' || t.lower === 'of')) return false;
  }
  return false;
}

/** How many tokens ending at k name a country (`Portugal`, `New Zealand`): 0 if none. */
function countryTokensEndingAt(ts: Token[], k: number): number {
  if (k < 0) return 0;
  const n = countryEndingAt(ts, k);
  return n > 0 ? n : isCountryToken(ts[k]) ? 1 : 0;
}

/**
 * `The Foreign Affairs Ministers of Spain, José Manuel Albares, and Portugal, Paulo Rangel,`: a plural office whose
 * countries each stand before a name in commas. For the name at `i`, the office with the first country (the first name)
 * or the previous name's office with this country (the next ones); null when the words are not so.
 */
function interleavedOffice(ts: Token[], i: number, text: string, previous: FoundRole | null): FoundRole | null {
  if (i < 3 || ts[i - 1].text !== ',') return null;
  const n = countryTokensEndingAt(ts, i - 2);
  if (n === 0) return null;
  const before = ts[i - 2 - n];
  const countryStart = ts[i - 1 - n].start;
  const country = countryOf(text.slice(countryStart, ts[i - 2].end));
  if (!before || !country) return null;
  // (`…, and Portugal, Y`, `…, and of Fiji, Y`; or a list without `and`: `the Presidents of Romania, Klaus Iohannis, Poland,
  // Andrzej Duda, Bulgaria, Rosen Plevneliev, …`, a comma after the name before)
  const next = before.lower === 'and' || (before.lower === 'of' && ts[i - 3 - n]?.lower === 'and')
    || (before.text === ',' && !!ts[i - 3 - n]?.cap && ts[i - 3 - n].word);
  if (next) return previous ? { ...previous, country, start: countryStart, end: ts[i - 2].end } : null;
  if (before.lower !== 'of') return null;
  const chain = chainBefore(ts, i - 2 - n, text);
  const head = chain[chain.length - 1];
  if (!head || !isPluralTitle(head)) return null;
  const role = parseRole(chain, text);
  return role ? { ...role, title: role.title.replace(head.text, singularOf(head.text)), country, end: ts[i - 2].end } : null;
}

/** Whether the name starting at `i` (after honorifics) is followed by an office of its own in commas: `H. E. Antonio Patriota, Foreign Minister`. */
function hasOwnOfficeAfter(ts: Token[], i: number): boolean {
  let k = i;
  while (k < ts.length && (isHonorific(ts[k]) || ((ts[k].text === 'H.' || ts[k].text === 'E.') && k - i < 2))) k++;
  const start = k;
  while (k < ts.length && k - start < 6 && nameable(ts[k])) k++;
  return k > start + 1 && k + 1 < ts.length && (ts[k].text === ',' || DASHES.has(ts[k].text)) && startsTitle(ts, k + 1);
}

function genderOf(chain: Token[], name: string[]): 'f' | 'm' | null {
  for (const t of chain) {
    if (FEMALE_HONORIFICS.has(t.lower) || FEMALE_TITLES.has(t.lower)) return 'f';
    // (`Sheikh` is a man's title before an Arabic name, `Sheikh Tamim bin Hamad Al Thani`, but a part of South Asian names,
    // women's too: `Sheikh Hasina`)
    if (t.lower === 'sheikh' && !name.some((w) => ARABIC_NAME_PARTICLE.test(w))) continue;
    if (MALE_HONORIFICS.has(t.lower) || MALE_TITLES.has(t.lower)) return 'm';
  }
  return null;
}
/** The words that mark an Arabic name: `bin`, `ibn`, `Al`, `Al-Sabah`. */
const ARABIC_NAME_PARTICLE = /^(?:bin|ibn|al|al-\p{L}.*)$/iu;

// (diacritics folded: `Minister Son` is `Bùi Thanh Sơn`, `Erdogan` is `Erdoğan`; so are the letters that have no
// decomposition, as ASCII spellings write them: `Đurić` is `Djuric` (and `Đặng` `Dang`), `Søvndal` `Sovndal`, `Łukasz` `Lukasz`)
const key = (t: string): string => {
  const l = t.toLowerCase();
  if (isAscii(l)) return l.includes('dj') ? l.replace(/dj/g, 'd') : l;
  const folded = l.replace(/’/g, "'").normalize('NFD').replace(/\p{M}/gu, '');
  const ascii = UNDECOMPOSED.test(folded) ? folded.replace(UNDECOMPOSED_ALL, (c) => UNDECOMPOSED_ASCII[c]) : folded;
  return ascii.includes('dj') ? ascii.replace(/dj/g, 'd') : ascii;
};
const UNDECOMPOSED_ASCII: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const UNDECOMPOSED = /[đłøæœßðþıħ]/;
const UNDECOMPOSED_ALL = /[đłøæœßðþıħ]/g;
/** Whether `own` spells the ASCII name `ascii` with letters beyond ASCII (and no combining mark): a name in its own spelling. */
function inOwnSpelling(own: string[], ascii: string[]): boolean {
  if (own.length !== ascii.length) return false;
  let differs = false;
  for (let i = 0; i < own.length; i++) {
    if (own[i] === ascii[i]) continue;
    if (!isAscii(ascii[i]) || isAscii(own[i]) || COMBINING.test(own[i])) return false;
    differs = true;
  }
  return differs;
}
const COMBINING = /\p{M}/u;
/** (a character test, not a regex: this runs for every name token) */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
/** The name keys of tokens from `from` on: initials and regnal numbers left out. */
function nameKeys(tokens: string[], from = 0): string[] {
  const out: string[] = [];
  for (let i = from; i < tokens.length; i++) if (!isInitial(tokens[i]) && !isRegnal(tokens[i])) out.push(key(withoutGluedInitials(tokens[i])));
  return out;
}
/** A name without the initials glued before it, as Mongolian names are written (`D.Tsogtbaatar` is `Tsogtbaatar`). */
function withoutGluedInitials(t: string): string {
  return GLUED_INITIALS.test(t) ? t.replace(GLUED_INITIALS, '') : t;
}
const GLUED_INITIALS = /^(?:\p{Lu}\.)+(?=\p{Lu}\p{Ll})/u;
/**
 * A name's keys with its hyphenated parts both joined and apart, so that `Ki-Moon` finds `Ban Ki Moon`
 * and `Ban Ki Moon` finds `Ban Ki-moon` (Korean given names are written both ways).
 */
function hyphenVariants(keys: string[]): string[] {
  const out = [...keys];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i].includes('-')) out.push(...keys[i].split('-').filter(Boolean));
    if (i + 1 < keys.length) out.push(`${keys[i]}-${keys[i + 1]}`);
  }
  return out;
}
/** nameKeys(run.tokens, from); the whole run's kept on it (candidates and mentions both read it). Not to be changed. */
function runNameKeys(run: Run, from = 0): string[] {
  if (from > 0) return nameKeys(run.tokens, from);
  // kept on the run (a weak map's entries cost more to add, and to collect)
  return (run.names ??= nameKeys(run.tokens));
}

/** The name keys of the well-known figures, joined (made on first use). */
let publicFigureKeys: Set<string> | undefined;
function isPublicFigure(run: Run): boolean {
  publicFigureKeys ??= new Set(PUBLIC_FIGURES.map((words) => nameKeys(words).join(' ')));
  return publicFigureKeys.has(runNameKeys(run).join(' '));
}

/** All-capital names from transcript labels (`ASHKENAZI`) read as names (`Ashkenazi`) when nothing better is known. */
function displayName(tokens: string[]): string {
  const allCaps = tokens.every((t) => t === t.toUpperCase());
  const shown = allCaps ? tokens.map((t) => t.charAt(0) + t.slice(1).toLowerCase().replace(/-(\p{L})/gu, (_, c: string) => '-' + c.toUpperCase())) : tokens;
  return shown.join(' ').replace(/ (\p{Ll}+-)/gu, ' $1');
}

export function findOfficials(doc: Doc, labels: Label[], known: KnownOfficial[] = []): Person[] {
  const text = doc.text;
  const candidates: Candidate[] = [];
  const labelByBlock = new Map(labels.map((l) => [l.block, l]));
  // the one-word names that are subjects of reporting verbs (counted once, when first asked)
  let reporting: ReportingSubjects | undefined;
  const reportingSubjects = (): ReportingSubjects => (reporting ??= findReportingSubjects(doc));
  const reportingCount = (name: string): number => reportingSubjects().counts.get(name) ?? 0;

  doc.forEachNamedBlock((bi) => {
    const ts = doc.tokens(bi);
    const label = labelByBlock.get(bi);
    // a headline in capitals (`SECRETARY-GENERAL AND PRESIDENT AGREE ON …`) names no one outside a transcript label
    // (read for the first run outside a label only)
    let shouting: boolean | undefined;
    let titleCase: boolean | undefined;
    const runs = findRuns(doc, bi);
    // the run that followed `The Ministers of Foreign Affairs of Ukraine and Belgium,` (its partner after `and` shares the office)
    let sharedOffice = -1;
    // the office of `Presidents Enrique Peña Nieto and Donald Trump`, made singular, for the name after `and`
    let pluralRoles: FoundRole[] = [];
    let interleavedAt = -1;
    let creditedRun = -1;
    let interleavedRole: FoundRole | null = null;
    let continuations: Set<number> | undefined;
    runs.forEach((run, n) => {
      // `Sri Lanka`: a country whose first word looks like an honorific
      if (countryEndingAt(ts, run.i) > 1) return;
      // `Minister of Agriculture, Animal Husbandry and Fisheries`: part of an office, not a name
      if (run.i > 0 && ts[run.i - 1].text === ',' && (continuations ??= portfolioContinuations(ts)).has(run.i)) return;
      const inLabel = !!label && !label.anonymous && run.start >= label.start && run.end <= label.end;
      if (!inLabel && (shouting ??= isShouting(doc.clean.slice(doc.blocks[bi].start, doc.blocks[bi].end)))) return;
      // `Foreign Intelligence Service`: a run before an office word is part of an organization's name
      const following = ts[run.j + 1];
      if (following && following.cap && isInstitutionToken(following) && !isTitleWord(following)) return;
      // `Croatia's Economy Minister (Martina Dalić)`: a name in brackets right after its title
      // (a name of two words or more, not an acronym: `the Secretary-General (UNSG)`, `Court of Justice (ICJ)`)
      // (honorifics may open the brackets: `Official Spokesperson (Shri Syed Akbaruddin):`, as India's briefings label turns)
      const bracketAt = honorificsStart(ts, run.i, 0) - 1;
      const bracketed = bracketAt >= 1 && ts[bracketAt].text === '(' && ts[run.j + 1]?.text === ')' && isTitleHead(ts[bracketAt - 1])
        && run.tokens.length >= 2 && !ts[run.i].allCaps;
      // (a title never reaches into the name before it: in `Prime Minister John Major and President Boris Yeltsin`, `Major`
      // ends a name and is no rank of Yeltsin's)
      const chain = chainAfterRun(chainBefore(ts, bracketed ? bracketAt : run.i, text), ts, n > 0 ? runs[n - 1] : null);
      const direct = bracketed || (run.i > 0 && (isTitleHead(ts[run.i - 1]) || isHonorific(ts[run.i - 1]) || isTitleWord(ts[run.i - 1])));
      const roles: FoundRole[] = [];
      if (chain.length) for (const part of splitRoleChain(chain)) {
        const r = parseRole(part, text);
        if (r) roles.push(r);
      }
      // `Foreign Ministers Sergey Lavrov and Wang Yi`: a plural title right before the name is each one's office
      // (honorifics may stand between: `Prime Ministers Hon. Manasseh Sogavare MP and Hon. Ishmael Kalsakau MP`)
      const lastTitle = honorificsStart(ts, run.i, run.i - chain.length + 1) - 1;
      // (or its portfolio and country after it: `Ministers of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev and Tajikistan …`)
      const headAt = chain.length > 0 ? lastHeadBefore(ts, run.i - chain.length, lastTitle) : -1;
      const pluralAt = chain.length > 0 && lastTitle >= run.i - chain.length && isPluralTitle(ts[lastTitle]) ? lastTitle : headAt >= 0 && isPluralTitle(ts[headAt]) ? headAt : -1;
      const pluralHead = pluralAt >= 0 ? ts[pluralAt] : null;
      if (pluralHead) for (const r of roles) r.title = r.title.replace(pluralHead.text, singularOf(pluralHead.text));
      // (and through a list: `Cabinet Secretaries Raychelle Omamo, Monica Juma, Amina Mohamed, James Macharia and …`, a name
      // after a comma only where the list goes on after it)
      // (honorifics before the name and a member's letters after the one before are stepped over: `… Sogavare MP and Hon. Ishmael …`)
      const honorifics = chain.length > 0 && chain.every(isChainHonorific) ? chain.length : 0;
      // (or a country alone, the next one's: `… of Kyrgyzstan Ruslan Kazakbaev and Tajikistan Sirojiddin Muhriddin`)
      const ownCountry = !honorifics && ((chain.length > 1 && chain.length <= 3 && countryEndingAt(ts, run.i - 1) === chain.length) || (chain.length === 1 && isCountryToken(chain[0])))
        ? text.slice(chain[0].start, chain[chain.length - 1].end) : null;
      const at = run.i - (ownCountry ? chain.length : honorifics);
      const listed = ts[at - 1]?.lower === 'and' || (ts[at - 1]?.text === ',' && (ts[run.j + 1]?.text === ',' || ts[run.j + 1]?.lower === 'and'));
      const previousEnd = n > 0 ? runs[n - 1].j + (isPostNominal(ts[runs[n - 1].j + 1]) ? 1 : 0) : -1;
      const sharesPlural = (chain.length === 0 || honorifics > 0 || !!ownCountry) && n > 0 && pluralRoles.length > 0 && at >= 2 && listed && (previousEnd === at - 2 || countryBetween(ts, runs[n - 1].j, run.i));
      if (sharesPlural) roles.push(...pluralRoles.map((r) => (ownCountry ? { ...r, country: ownCountry } : { ...r })));
      pluralRoles = pluralHead ? roles.map((r) => ({ ...r })) : sharesPlural ? pluralRoles : [];
      // (or with each one's country before their name: `The Foreign Ministers of Spain, X, and Portugal, Y,`)
      const interleaved = chain.length === 0 ? interleavedOffice(ts, run.i, text, n > 0 && interleavedAt === n - 1 ? interleavedRole : null) : null;
      if (interleaved) {
        roles.push(interleaved);
        interleavedAt = n;
        interleavedRole = interleaved;
      }
      // `Polish Foreign Minister, Zbigniew Rau,`: a title phrase, a comma, then the name in apposition
      let commaTitle = false;
      // (`The High Representative …, Mrs. Catherine Ashton,`, `…, the Rt Hon Winston Peters,`: honorifics may stand between comma and name)
      // (and a speaker's word of friendship: `the Minister of Foreign Affairs of Uruguay, my friend Rodolfo Nim Novoa`)
      const lead = chain.every((t) => isChainHonorific(t) || t.lower === 'the') ? run.i - chain.length - friendshipBefore(ts, run.i - chain.length) : -1;
      // `Special Presidential Representative for the Middle East and Africa, Deputy Foreign Minister Mikhail
      // Bogdanov`: two offices, the first before a comma
      const stacked = chain.length > 0 && chain.some(isTitleHead) && run.i - chain.length > 1 && ts[run.i - chain.length - 1].text === ',';
      if (stacked) {
        const office = officeBeforeComma(ts, run.i - chain.length - 1, text);
        // (`the Minister of Foreign Affairs, Ambassador Yusuf Tuggar`: an article may open the office)
        const opening = office?.chain[0].lower === 'the' ? office.chain[1] : office?.chain[0];
        // (not an office owned by the phrase before it: `Receiving the letters of credence of the Egyptian Ambassador,
        // President Kufuor underscored …` names the President after another's office)
        const owned = !!office && ts[run.i - chain.length - 2 - office.chain.length]?.lower === 'of';
        if (office && opening?.cap && !owned) for (const r of office.roles) roles.unshift(r);
      }
      if (lead > 1 && opensApposition(ts[lead - 1])) {
        // (the name ends the apposition: a stop, a bracket (`(MP)`), `and`, or a preposition that goes on with the clause: `…, Ban Ki Moon at the Villa`)
        // (a member's letters may come first: `…, Micheál Martin TD, will …`)
        const closer = isPostNominal(ts[run.j + 1]) ? run.j + 2 : run.j + 1;
        const closes = closer >= ts.length || [',', '.', ';', ':', '('].includes(ts[closer].text) || APPOSITION_ENDS.has(ts[closer].text);
        // (or the office opens the sentence and the name is its subject: `Foreign Minister, Winston Peters says …`)
        const subject = !closes && SUBJECT_VERBS.has(ts[closer].lower);
        const office = closes || subject || !ts[closer].cap ? officeBeforeComma(ts, lead - 1, text) : null;
        // (the office's words end at the comma: they start `chain.length` tokens before it)
        // (`Ivan Petrov, Foreign Minister of Bulgaria, Ana Costa, Foreign Minister of Portugal`: an office between two names,
        // each with an office after it, is the first name's)
        const before = office ? lead - 2 - office.chain.length : -1;
        const firstNames = !!office && before >= 1 && (ts[before].text === ',' || DASHES.has(ts[before].text)) && nameable(ts[before - 1]) && hasOwnOfficeAfter(ts, run.i);
        const opening = office ? officeOpening(ts, lead - 1 - office.chain.length) : null;
        // (or the office is the agent after `by` and the apposition lost its closing comma before the clause's verb: `the visit
        // to Suriname by Minister of Foreign Affairs, Samuel R. Insanally indicated that …`)
        const agent = !!opening && !closes && opening.afterBy && ts[run.j + 1].word && !ts[run.j + 1].cap;
        if (office && opening && !firstNames && (closes || opening.opensSentence || agent)) {
          // (the country that owns the office from before its modifiers: `Indonesia’s newly appointed Foreign Minister, X`)
          const owner = opening.possessor ? countryOf(opening.possessor.text.replace(/['’]s?$/, '')) : null;
          if (owner) for (const r of office.roles) r.country ??= owner;
          roles.push(...office.roles);
          // (an office named by its holder's title proves a person too, though it is not theirs: `… in the Office of the Prime Minister, Robert Morgan,`)
          commaTitle = roles.length > 0 || office.chain.some(isTitleHead);
        }
        // `both Ministers of Foreign Affairs, Enver Hoxhaj and Ditmir Bushati,`: a plural office in apposition before two
        // names joined by `and` is each one's, in the singular
        // (or between dashes: `the Foreign Ministers of Armenia and Azerbaijan – Zohrab Mnatsakanyan and Elmar Mammadyarov –`)
        if (!office && ts[run.j + 1]?.lower === 'and' && n + 1 < runs.length && runs[n + 1].i === run.j + 2 && /^[,.;:–—]$/.test(ts[runs[n + 1].j + 1]?.text ?? '.')) {
          const plural = officeBeforeComma(ts, lead - 1, text, true);
          if (plural && plural.roles.length) {
            // (`The Presidents of Mexico and Guatemala, Enrique Peña Nieto and Jimmy Morales,`: the countries respectively)
            const both = plural.roles.map((r) => respectively(r));
            roles.push(...both.map(([first]) => first));
            pluralRoles = both.map(([, second]) => second);
            commaTitle = true;
          }
        }
      }
      // (a title right after the name, without a comma, is read only where the name opens its clause, outside title-case headlines)
      const opensClause = run.i === 0 || isSentenceStart(ts, run.i) || ts[run.i - 1].lower === 'and';
      // (or where only an honorific stands before it: `with Mr. Crispin Grey-Johnson Secretary of State for Foreign Affairs and …`)
      const honorificOnly = chain.length > 0 && chain.every((t) => isChainHonorific(t) && !isTitleHead(t));
      // (the name is its sentence's subject, honorifics before it, or after `On his part`: `On his part Mr. Zohrab Mnatsakanyan,
      // the Armenian Foreign Minister confirmed …`, whose apposition lost its closing comma)
      const lead0 = honorificsStart(ts, run.i, 0);
      const subjectName = lead0 === 0 || isSentenceStart(ts, lead0) || (lead0 >= 2 && PART_WORDS.has(ts[lead0 - 1].lower) && ts[lead0 - 2].word);
      const after = rolesAfter(ts, run.j, text, (opensClause && chain.length === 0 || honorificOnly) && !(titleCase ??= isTitleCase(ts)), subjectName);
      roles.push(...after.roles);
      // (an initial with its stop and a surname is a name of two parts too, inside a sentence: `his Turkish counterpart A. Davutoglu`;
      // not a section's letter opening its line, `A. Trade`)
      const words = wordsBesideInitials(run.tokens);
      const multi = words >= 2 || (words === 1 && run.tokens.length >= 2 && isInitial(run.tokens[0]) && run.i > 0);
      // a byline: the name alone on its line and its office alone on the next (`John Kerry` / `Secretary of State`)
      const byline = roles.length === 0 && chain.length === 0 && multi ? bylineRole(doc, ts, run) : null;
      if (byline) roles.push(byline);
      if (after.ofCountry) for (const r of roles) if (!r.country) r.country = after.ofCountry;
      if (after.ofOrganization) for (const r of roles) if (!r.country && !r.organization) r.organization = after.ofOrganization;
      // `U.S. officials, including President Joe Biden and …`: the group's country is each listed member's
      const groupCountry = roles.some((r) => !r.country && !r.organization) ? groupCountryBefore(ts, run.i - chain.length, text) : null;
      if (groupCountry) for (const r of roles) if (!r.country && !r.organization) r.country = groupCountry;
      const prev = ts[run.i - 1];
      const next = ts[run.j + 1];
      const next2 = ts[run.j + 2];
      const adverb = !!next && ADVERBS_BEFORE_VERB.has(next.lower);
      // (`had` is an auxiliary, `had met`, or the verb of an event: `Vladimir Putin had a telephone conversation`)
      const hadEvent = !!next && (next.lower === 'had' || next.lower === 'has') && !!next2 && HAD_EVENT.has(next2.lower);
      // (a subject with an article is a thing, not a person: `The Annual Consultation was held …`, `The Fourth Annual …`)
      // (`Luís Montenegro was speaking to journalists`: an official's doing in the progressive)
      const progressive = !!next2 && (next.lower === 'is' || next.lower === 'was') && PROGRESSIVE_VERBS.has(next2.lower);
      // (and a modal before an official's doing: `Philip Hammond will meet with the leaders of …`)
      const modalDoing = !!next2 && (next.lower === 'will' || next.lower === 'would') && OFFICIAL_DOINGS.has(next2.lower);
      const verbAfter = !!next && ((SUBJECT_VERBS.has(next.lower) && !adverb) || hadEvent || progressive || modalDoing || (adverb && !!next2 && SUBJECT_VERBS.has(next2.lower) && !ADVERBS_BEFORE_VERB.has(next2.lower))
        || (next.text === ',' && !!next2 && (next2.lower === 'who' || (next2.lower === 'in' && !placeAfterIn(ts[run.j + 3]))))) && !articleBefore(ts, run.i);
      const cueBefore = !!prev && QUOTE_CUE_BEFORE.has(prev.lower);
      const accordingTo = run.i >= 2 && ts[run.i - 1].lower === 'to' && ts[run.i - 2].lower === 'according';
      // `his wife, Ban Soon-taek`, `his Russian counterpart Sergey Lavrov`
      // (`the counterpart of Bosnia-Herzegovina, Elmedin Konakovic,`: the relation's country between it and the comma)
      // (or set off by a dash: `his Brazilian and Paraguayan colleagues -Carlos França and Julio César Arriola-`)
      // (honorifics may stand between: `his deputy, Barr. Abdulroheem Bayo Lawal`)
      // (a dash typed as two hyphens too: `his US and Japanese counterparts -- Lloyd Austin and Nobuo Kishi --`)
      const setOff = lead0 >= 3 && (ts[lead0 - 1].text === ',' || DASHES.has(ts[lead0 - 1].text));
      const doubledDash = setOff && lead0 >= 4 && ts[lead0 - 1].text === '-' && ts[lead0 - 2].text === '-' && ts[lead0 - 2].end === ts[lead0 - 1].start;
      const relationAt = lead0 - (doubledDash ? 3 : setOff ? 2 : 1);
      const relation = (setOff && (RELATION_NOUNS.has(ts[relationAt].lower) || relationOfCountryEndingAt(ts, relationAt)))
        || (lead0 >= 1 && RELATION_NOUNS.has(ts[lead0 - 1].lower));
      // (a plural relation names each of the names coordinated after it: `his counterparts, A and B`)
      const pluralRelation = relation && multi && /s$/.test(ts[relationAt].lower);
      // `Wang Yi met Alan Peter Cayetano`, `held talks with Alan Peter Cayetano`: whom one meets is a person
      // (not in a headline in title case: `Li Keqiang Meets with Newly-appointed Diplomatic Envoys`)
      const met = !!prev && (MEETING_VERBS.has(prev.lower) || (prev.lower === 'with' && run.i >= 2 && MEETING_WITH.has(ts[run.i - 2].lower))
        // (and whom one thanks for something: `Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome`)
        || (THANKED.has(prev.lower) && next?.lower === 'for'))
        && !(titleCase ??= isTitleCase(ts));
      // `Aleksandr Lukashenko and Vladimir Putin discussed`: the first of two coordinated subjects
      const partner = runs[n + 1];
      // (or with an official named by title: `the conversation which David Cameron and President Obama had`)
      const withTitled = pairedWithTitled(ts, run, partner);
      const coordinated = !!next && next.lower === 'and' && !!partner && ((partner.i === run.j + 2 && partner.tokens.length >= 2
        && !!ts[partner.j + 1] && SUBJECT_VERBS.has(ts[partner.j + 1].lower)) || withTitled);
      const titled = chain.some((t) => isTitleHead(t) || isHonorific(t));
      // `Emomali Rakhmon of Tajikistan and Vladimir Putin of Russia`: a name and the country it speaks for
      // (not a body with its article: `the Support Platform of Moldova`)
      const countryAfter = !!after.ofCountry && next?.lower === 'of' && !ARTICLES.has(prev?.lower ?? '');
      // `The Joe Biden administration`: a leader's name before the government named after them
      const leaderOf = !!next && next.lower === 'administration' && run.i > 0 && ts[run.i - 1].lower === 'the';
      // `These ministers include Kenya’s Musalia Mudavadi, Senegal’s Yassine Fall and …`: news copy names an official by
      // the country they speak for, in the possessive (a name that ends its phrase: not `Ukraine’s Black Sea ports`)
      const countryOwned = multi && run.tokens.length <= 3 && !!prev && endsPossessive(prev.text) && isCountryToken(prev)
        && (!next || PHRASE_CLOSERS.has(next.text) || next.lower === 'and' || SUBJECT_VERBS.has(next.lower));
      // `“…,” Landsbergis said.` … `Landsbergis thanked …`: a surname the text never gives in full, the subject of reporting
      // verbs at least twice (not an outlet: `Xinhua said`)
      const soloSpeaker = run.tokens.length === 1 && !ts[run.i].allCaps && !!next && SOLO_CUE_VERBS.has(next.lower)
        && reportingCount(run.tokens[0]) >= 2 && !reportingSubjects().inLongerName(run.tokens[0]) && !isMediaName(run.tokens[0]);
      // `Nasser Bourita …` … `“…,” Bourita said.`: a full name whose surname is elsewhere the subject of a reporting verb
      const surname = run.tokens[run.tokens.length - 1];
      const surnameSpeaks = (): boolean => multi && reportingCount(surname) >= 1 && !isMediaName(surname);
      // `The Ministers of Foreign Affairs of Ukraine and Belgium, Andrii Sybiha and Maxime Prevot`: names after an office
      // shared by several (predicate roles give each their country)
      // (or right after the list of countries, no comma: `the Foreign Ministers of Russia, Azerbaijan and Armenia Sergei Lavrov, …`)
      const shared = multi && ((run.i >= 2 && opensApposition(ts[run.i - 1]) && pluralOfficeBefore(ts, run.i - 1))
        || (run.i >= 3 && isCountryToken(ts[run.i - 1]) && ts[run.i - 2].lower === 'and' && pluralOfficeBefore(ts, run.i))
        || (n > 0 && sharedOffice === n - 1 && run.i >= 1 && (ts[run.i - 1].lower === 'and' || ts[run.i - 1].text === ',') && runs[n - 1].j === run.i - 2));
      if (shared || pluralHead || pluralRelation) sharedOffice = n;
      // an honorific alone before a place (`in Sheikh Jarrah`) does not make a person
      // (not a personal honorific: `At the invitation of Shri S. M. Krishna`, `of Mr. Smith`)
      const place = !chain.some((t) => isTitleHead(t) || PERSONAL_HONORIFICS.has(t.lower)) && run.i >= 2 && LOCATIVE.has(ts[run.i - chain.length - 1]?.lower ?? '');
      // `the Federal Department of Foreign Affairs FDFA`: an acronym after a body's name is the body's
      if (run.tokens.length === 1 && ts[run.i].allCaps && run.i > 0 && isInstitutionToken(ts[run.i - 1]) && !inLabel) return;
      // `By Tugba Altun and Muhammet Tarhan`, `(Xinhua/Li Xueren)`, `Reporting by Michelle Martin; Editing by Eric Walsh`
      const credited = multi && isCreditedName(text, run.start, run.end, creditedRun === n - 1 && n > 0 && runs[n - 1].j === run.i - 2);
      if (credited) creditedRun = n;
      const evidence =
        inLabel || (direct && titled && !place) || commaTitle || !!interleaved || after.roles.length > 0 || !!byline || credited ||
        (multi && ((titled && !place) || verbAfter || cueBefore || accordingTo || relation || coordinated || met || shared || leaderOf || countryAfter || countryOwned)) || soloSpeaker
        || surnameSpeaks()
        // (a well-known figure named in passing: `with the help of Xi Jinping`, `took over from Liz Truss`)
        || (multi && isPublicFigure(run))
        // (a lone surname too, beside an official named by title: `a summit with Biden and Japanese Prime Minister Fumio Kishida`)
        // (not the last word of a longer proper noun: `New Delhi and Prime Minister Modi`)
        || (!multi && run.tokens.length === 1 && !ts[run.i].allCaps && !(prev?.word && prev.cap) && withTitled);
      if (!evidence) return;
      // (a news outlet is no person: `Aboul Gheit to Asharq Al-Awsat:`, a photo's credit `(Asharq Al-Awsat)`)
      if (!titled && multi && isMediaName(text.slice(run.start, run.end))) return;
      // `in Madrid, the High Representative, Jan Holm`: a city is no person, whatever follows it (asked of candidates only)
      // (a city right after a title's `of` is the title's place, not a name: `Crown Prince of Abu Dhabi`)
      const titlesPlace = titled && run.i > 0 && ts[run.i - 1].lower === 'of';
      if ((!titled || titlesPlace) && !inLabel && run.tokens.length <= 4 && isDatelineCity(text.slice(run.start, run.end))) return;
      // (nor the end of a city's name whose first word the run left out, whatever office follows: `in New York, the G7 Foreign Ministers`)
      const before = ts[run.i - 1];
      if (before?.cap && run.tokens.length <= 3 && isDatelineCity(text.slice(before.start, run.end))) return;
      // `Seoul's presidential office Cheong Wa Dae said`: a seat of government speaks as a body
      if (!titled && run.tokens.length <= 4 && isGovernmentSeatStart(ts[run.i].lower) && isGovernmentSeat(text.slice(run.start, run.end))) return;
      let demonymCountry: string | null = null;
      for (const t of chain) { const c = countryOf(t.text); if (c) { demonymCountry = c; break; } }
      // (`Emomali Rakhmon of Tajikistan`: the country after the name, where no role took it)
      if (!demonymCountry && after.ofCountry && roles.length === 0) demonymCountry = after.ofCountry;
      candidates.push({ run, roles, gender: genderOf(chain, run.tokens), demonymCountry });
    });
  });

  const persons = mergeCandidates(candidates, text);
  for (const k of known) addKnown(persons, k);
  findMentions(doc, persons);
  addPredicateRoles(doc, persons);
  return persons.filter((p) => p.mentions.some((m) => m.kind === 'name'));
}

/** Small words a headline in title case leaves in lower case. */
const TITLE_CASE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'with', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'as', 'vs']);
/** Whether a block is a headline in title case (`Li Keqiang Meets with Newly-appointed Envoys`): no other word in lower case. */
function isTitleCase(ts: Token[]): boolean {
  for (const t of ts) if (t.word && !t.cap && !TITLE_CASE_SMALL.has(t.lower) && /^\p{L}/u.test(t.text)) return false;
  return true;
}

function mergeCandidates(candidates: Candidate[], text: string): Person[] {
  const persons: Person[] = [];
  // persons by each of their name keys, so that a candidate is compared with a few, not all
  const byKey = new Map<string, NameEntry[]>();
  // (the fullest name first, its hyphenated parts counted apart, so that of `Yoon Suk-yeol` and a later `Yoon Suk Yeol` the
  // one written first is shown)
  // (counted once per candidate: the sort compares each many times)
  const parts = new Map(candidates.map((c) => [c, runNameKeys(c.run).reduce((n, k) => n + k.split('-').length, 0)]));
  const order = candidates.sort((a, b) => parts.get(b)! - parts.get(a)! || a.run.start - b.run.start);
  // `President Joko Widodo (Jokowi)`: a name the text gives in brackets after a full name is the same person's
  const nicknames: [string, Person][] = [];
  for (const c of order) {
    const keys = runNameKeys(c.run);
    if (keys.length === 0) continue;
    const holder = holderOf(byKey, keys, c.run.tokens);
    if (holder === AMBIGUOUS) continue; // `Ban` could be either Ban: ambiguous, left out
    let p = holder;
    // one name spelt twice: the spelling with its own letters is shown (`Marko Đurić`, not a caption's `Marko Djuric`;
    // not a stray combining mark)
    if (p && p.tokens !== c.run.tokens && inOwnSpelling(c.run.tokens, p.tokens)) p.tokens = c.run.tokens;
    if (!p) {
      p = { tokens: c.run.tokens, name: '', roles: [], gender: null, country: null, mentions: [], aliases: [] };
      persons.push(p);
      // (with its hyphenated parts joined and apart: `Ban Ki Moon` after `Ban Ki-moon` is the same person, not a second one
      // that makes every mention of either ambiguous)
      const entry = { person: p, keys: new Set(hyphenVariants(keys)) };
      for (const k of entry.keys) {
        const list = byKey.get(k) ?? [];
        list.push(entry);
        byKey.set(k, list);
      }
    }
    for (const r of c.roles) addRole(p, r);
    p.gender = p.gender ?? c.gender;
    p.country = p.country ?? c.demonymCountry;
    // (a bracket right after the name is looked for first: most names have none)
    const bracket = text.charCodeAt(c.run.end) === 40 || text.charCodeAt(c.run.end + 1) === 40;
    const nickname = bracket && c.run.tokens.length >= 2 ? NICKNAME_AFTER.exec(text.slice(c.run.end, c.run.end + 40))?.[1] : undefined;
    // (on the same line, and no word of a caption or a page: `Mr. Wang Yi\n(Photo)`)
    if (nickname && !KNOWN_NAMES.has(nickname.toLowerCase()) && !isCommonCapitalized(nickname.toLowerCase())) nicknames.push([nickname, p]);
    // (or quoted inside it: `Joko “Jokowi” Widodo`)
    if (c.run.nickname) nicknames.push([c.run.nickname.text, p]);
  }
  // transliteration variants in one text: `Aleksandr Lukashenko` and `Alexander Lukashenko`
  // (compared within groups of one surname, so that many officials do not cost the square of their number)
  const bySurname = new Map<string, Person[]>();
  for (const p of persons) {
    const k = key(p.tokens[p.tokens.length - 1]);
    const group = bySurname.get(k) ?? [];
    group.push(p);
    bySurname.set(k, group);
  }
  const merged = new Set<Person>();
  for (const group of bySurname.values()) {
    for (let a = 0; a < group.length; a++) {
      if (merged.has(group[a])) continue;
      for (let b = a + 1; b < group.length; b++) {
        if (merged.has(group[b]) || !sameByTransliteration(group[a].tokens, group[b].tokens)) continue;
        // (the fuller given name is shown: `Ukhnaagiin Khurelsukh`, not `Ukhnaa Khurelsukh`; and the fuller name, `Antony J.
        // Blinken` in the story, not a caption's `Anthony Blinken`)
        if (group[b].tokens.length > group[a].tokens.length
          || (group[b].tokens[0].length > group[a].tokens[0].length && key(group[b].tokens[0]).startsWith(key(group[a].tokens[0])))) group[a].tokens = group[b].tokens;
        for (const r of group[b].roles) addRole(group[a], r);
        group[a].gender = group[a].gender ?? group[b].gender;
        merged.add(group[b]);
      }
    }
  }
  // a surname mistyped once (`President Alivey` beside `Ilham Aliyev`) is that person, when only one is that close
  for (const p of persons) {
    if (merged.has(p) || p.tokens.length !== 1 || p.tokens[0].length < 5) continue;
    const k = key(p.tokens[0]);
    const close = persons.filter((q) => q !== p && !merged.has(q) && q.tokens.length >= 2 && editDistance(k, key(q.tokens[q.tokens.length - 1])) <= 2);
    if (close.length !== 1) continue;
    for (const r of p.roles) addRole(close[0], r);
    close[0].aliases.push(p.tokens[0]);
    merged.add(p);
  }
  // (the officials of one word, by their key: each nickname is looked up, not compared with all)
  const oneWord = new Map<string, Person[]>();
  for (const q of nicknames.length ? persons : []) {
    if (q.tokens.length !== 1) continue;
    const k = key(q.tokens[0]);
    (oneWord.get(k) ?? oneWord.set(k, []).get(k)!).push(q);
  }
  for (const [nickname, p] of nicknames) {
    if (merged.has(p) || p.aliases.includes(nickname)) continue;
    p.aliases.push(nickname);
    for (const q of oneWord.get(key(nickname)) ?? []) {
      if (q === p || merged.has(q)) continue;
      for (const r of q.roles) addRole(p, r);
      p.gender = p.gender ?? q.gender;
      merged.add(q);
    }
  }
  if (merged.size) persons.splice(0, persons.length, ...persons.filter((p) => !merged.has(p)));
  for (const p of persons) {
    p.name = displayName(p.tokens);
    p.country = countryFromRoles(p) ?? p.country;
  }
  return persons;
}

/**
 * A surname that is also a title or a month (`Julie Bishop`, `Theresa May`) never starts a run of its
 * own, so `Bishop says …` or `Minister Bishop` would not be seen as her. Once the full name is known,
 * the word alone is her, unless it reads as the title or the month: `the Bishop of London`, `9 May`.
 */
function findWordSurnameMentions(doc: Doc, persons: Person[]): void {
  const bySurname = new Map<string, Person | null>();
  for (const p of persons) {
    const last = p.tokens.length >= 2 ? key(p.tokens[p.tokens.length - 1]) : '';
    if (SURNAME_TITLES.has(last) || last === 'may') bySurname.set(last, bySurname.has(last) ? null : p);
  }
  if (bySurname.size === 0) return;
  doc.forEachNamedBlock((bi) => {
    const ts = doc.tokens(bi);
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      if (!t.cap) continue;
      const p = bySurname.get(t.bare);
      if (!p) continue;
      const next = ts[i + 1];
      const prev = ts[i - 1];
      if (next && (next.lower === 'of' || (next.cap && next.start === t.end + 1))) continue;
      if (prev && (prev.lower === 'the' || (prev.cap && prev.word && !isTitleWord(prev) && !isHonorific(prev)))) continue;
      if (t.bare === 'may' && ((next && startsWithDigit(next.text)) || (prev && startsWithDigit(prev.text)))) continue;
      if (p.mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
      p.mentions.push({ start: t.start, end: endsPossessive(t.text) ? t.end - 2 : t.end, kind: 'name', person: p });
    }
  });
}

/** A person and the keys of their name. */
interface NameEntry {
  person: Person;
  keys: Set<string>;
}
/** Several persons hold a name's keys. */
const AMBIGUOUS = 'ambiguous';
/** The one person holding every key of a name, null when none does, AMBIGUOUS when several do (counted, not collected). */
function holderOf(index: Map<string, NameEntry[]>, keys: string[], tokens: string[], from = 0): Person | null | typeof AMBIGUOUS {
  let found: Person | null = null;
  for (const e of smallestPool(index, keys)) {
    if (!keys.every((k) => e.keys.has(k)) || isFathersName(tokens, e.person.tokens, from)) continue;
    if (found) return AMBIGUOUS;
    found = e.person;
  }
  return found;
}

/**
 * Of the several persons holding a short name's keys, the one already named before it (`K Natwar Singh … Singh told
 * reporters … the Manmohan Singh government`), or the one office holder of those; null when none or several were (`Ban`
 * after both Ban Ki-moon and Ban Soon-taek, when the text gives neither an office). Mentions are found in document order,
 * so every mention found so far stands before this one.
 */
function onlyNamedBefore(index: Map<string, NameEntry[]>, keys: string[], tokens: string[], from: number): Person | null {
  const named: Person[] = [];
  for (const e of smallestPool(index, keys)) {
    if (!keys.every((k) => e.keys.has(k)) || isFathersName(tokens, e.person.tokens, from) || e.person.mentions.length === 0) continue;
    named.push(e.person);
  }
  if (named.length === 1) return named[0];
  // (of several so named, the one office holder: `Netanyahu told Biden …` after `Prime Minister Benjamin Netanyahu` and his
  // wife `Sara Netanyahu`, whom the text gives no office)
  const officeHolders = named.filter((p) => p.roles.length > 0);
  return officeHolders.length === 1 ? officeHolders[0] : null;
}

const SON_OF = new Set(['bin', 'ibn', 'bint', 'binti', 'ben', 'Bin', 'Ibn', 'Bint', 'Binti', 'Ben']);

/**
 * `Salman bin Abdulaziz Al Saud` inside `Mohammad bin Salman bin Abdulaziz Al Saud` is the father
 * the longer name cites after `bin`, not a short form of it: two people. (This runs for every name
 * compared: most names have no `bin`, and cost one set lookup per word.)
 */
function isFathersName(short: string[], long: string[], from = 0): boolean {
  const n = short.length - from;
  if (n < 2 || n >= long.length) return false;
  // (the father is cited with his own `bin`; `Saad Al-Muraikhi` after `Soltan bin Saad Al-Muraikhi` is the son's short form)
  let ownLineage = false;
  for (let i = from + 1; i + 1 < short.length; i++) if (SON_OF.has(short[i])) { ownLineage = true; break; }
  if (!ownLineage) return false;
  for (let i = 1; i + 1 < long.length; i++) {
    if (SON_OF.has(long[i]) && key(long[i + 1]) === key(short[from])) return true;
  }
  return false;
}

const NONE: readonly never[] = [];
/** Of the persons holding each key, the fewest: a match must hold every key, so it is among them. */
function smallestPool<T>(index: Map<string, T[]>, keys: string[]): readonly T[] {
  let best: readonly T[] | undefined;
  for (const k of keys) {
    const pool = index.get(k) ?? NONE;
    if (!best || pool.length < best.length) best = pool;
  }
  return best ?? NONE;
}

/** A role part as compared (lower case, one apostrophe, no leading `the`), kept per text: the same few recur for every candidate. */
const roleKeys = new Map<string, string>();
function norm(s: string | null | undefined): string {
  if (!s) return '';
  let k = roleKeys.get(s);
  if (k === undefined) {
    k = s.toLowerCase().replace(/[’']/g, "'").replace(/^the /, '');
    if (roleKeys.size < 10000) roleKeys.set(owned(s), owned(k));
  }
  return k;
}

function addRole(p: Person, r: FoundRole): void {
  // `Minister` says nothing that `Foreign Minister` does not
  const covers = (long: string, short: string): boolean => long === short || long.endsWith(' ' + short) || long.startsWith(short + ' ');
  const title = norm(r.title);
  const organization = norm(r.organization);
  const country = norm(r.country);
  const same = p.roles.find((x) => covers(norm(x.title), title) && (norm(x.organization) === organization || !r.organization) && (norm(x.country) === country || !r.country));
  if (same) return;
  // a fuller form of a role already known replaces it (`President` → `President of Belarus`)
  const weaker = p.roles.findIndex((x) => norm(x.title) === title && (!x.organization || norm(x.organization) === organization) && (!x.country || norm(x.country) === country));
  if (weaker >= 0) p.roles[weaker] = r;
  else p.roles.push(r);
}

function countryFromRoles(p: Person): string | null {
  for (const r of p.roles) {
    if (r.country) return countryOf(r.country) ?? r.country;
  }
  return null;
}

function sameByTransliteration(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const la = key(a[a.length - 1]);
  const lb = key(b[b.length - 1]);
  if (la !== lb) return false;
  const fa = key(a[0]);
  const fb = key(b[0]);
  // (or a given name written short and in full: `Ukhnaa` and the patronymic form `Ukhnaagiin`, `Alex` and `Alexander`)
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  return fa[0] === fb[0] && (editDistance(fa, fb) <= 2 || (short.length >= 4 && long.startsWith(short)));
}

/** The surname keys of the officials named by two names or more, by first letter and length (`j10`), so that a word is compared with a few. */
function surnameKeys(persons: Person[]): Map<string, [string, Person][]> {
  const out = new Map<string, [string, Person][]>();
  for (const p of persons) {
    if (p.tokens.length < 2) continue;
    const k = key(p.tokens[p.tokens.length - 1]);
    const bucket = `${k[0]}${k.length}`;
    (out.get(bucket) ?? out.set(bucket, []).get(bucket)!).push([k, p]);
  }
  return out;
}

/** The one official with two names or more whose surname is one letter off `k` (same first letter), or null. */
function mistypedSurnameOf(surnames: Map<string, [string, Person][]>, k: string): Person | null {
  let found: Person | null = null;
  for (const length of [k.length - 1, k.length, k.length + 1]) {
    for (const [surname, p] of surnames.get(`${k[0]}${length}`) ?? NO_SURNAMES) {
      // (not a family in the plural: `the Milibands`)
      if (surname === k || k === `${surname}s` || editDistance(k, surname) > 1) continue;
      if (found && found !== p) return null;
      found = p;
    }
  }
  return found;
}
const NO_SURNAMES: [string, Person][] = [];

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

function addKnown(persons: Person[], k: KnownOfficial): void {
  const tokens = k.name.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return;
  const keys = nameKeys(tokens);
  let p = persons.find((x) => {
    const pk = new Set(nameKeys(x.tokens));
    return keys.every((t) => pk.has(t)) || nameKeys(x.tokens).every((t) => keys.includes(t));
  });
  if (!p) {
    p = { tokens, name: k.name, roles: [], gender: null, country: k.country ?? null, mentions: [], aliases: [] };
    persons.push(p);
  } else if (tokens.length > p.tokens.length) {
    p.tokens = tokens;
    p.name = k.name;
  }
  for (const r of k.roles ?? []) {
    p.roles.push({ title: r.title, organization: r.organization ?? null, country: r.country ?? null, start: -1, end: -1 });
  }
  p.country = p.country ?? k.country ?? null;
  p.aliases.push(...(k.aliases ?? []));
}

/** Every name mention of the known persons: full name, part of it, name and patronymic, aliases. */
function findMentions(doc: Doc, persons: Person[]): void {
  const byToken = new Map<string, NameEntry[]>();
  for (const p of persons) {
    const entry = { person: p, keys: new Set(hyphenVariants(nameKeys(p.tokens))) };
    for (const k of entry.keys) {
      const list = byToken.get(k) ?? [];
      list.push(entry);
      byToken.set(k, list);
    }
  }
  // (made when a first unknown word needs them)
  let surnames: Map<string, [string, Person][]> | undefined;
  doc.forEachNamedBlock((bi) => {
    const ts = doc.tokens(bi);
    for (const run of findRuns(doc, bi)) {
      // try the whole run, then without leading words (`Dear Aleksandr Lukashenko`)
      for (let s = 0; s < run.tokens.length; s++) {
        const keys = runNameKeys(run, s);
        if (keys.length === 0) break;
        let found: Person | null = null;
        const holder = holderOf(byToken, keys, run.tokens, s);
        if (holder === AMBIGUOUS) found = onlyNamedBefore(byToken, keys, run.tokens, s);
        else if (holder !== null) found = holder;
        else if (holder === null && keys.length === 2 && PATRONYMIC.test(keys[1])) {
          // `Oleg Nikolayevich`: given name and patronymic
          const given = (byToken.get(keys[0]) ?? NONE).filter((e) => key(e.person.tokens[0]) === keys[0]);
          if (given.length === 1) found = given[0].person;
        }
        if (found) {
          // (the quoted nickname's three tokens stand in the text but not in the run's: `Joko “Jokowi” Widodo`)
          const at = run.i + s + (run.nickname && s >= run.nickname.at ? 3 : 0);
          found.mentions.push({ start: s === 0 ? run.start : ts[at].start, end: run.end, kind: 'name', person: found });
          break;
        }
        // a surname mistyped once in the text (`Jaisankar quoted as saying` beside `Subrahmanyam Jaishankar`): one letter off
        // the one official's surname that close
        if (s === 0 && run.tokens.length === 1 && run.tokens[0].length >= 6) {
          const typo = mistypedSurnameOf(surnames ??= surnameKeys(persons), key(run.tokens[0]));
          if (typo) typo.mentions.push({ start: run.start, end: run.end, kind: 'name', person: typo });
          break;
        }
      }
    }
  });
  findWordSurnameMentions(doc, persons);
  // aliases from a known-officials file, as written
  for (const p of persons) {
    for (const alias of p.aliases) {
      if (!alias) continue;
      let at = doc.text.indexOf(alias);
      while (at >= 0) {
        const end = at + alias.length;
        if (!/[\p{L}\p{N}]/u.test(doc.text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(doc.text[end] ?? '') && !p.mentions.some((m) => m.start < end && at < m.end)) {
          p.mentions.push({ start: at, end, kind: 'name', person: p });
        }
        at = doc.text.indexOf(alias, end);
      }
    }
  }
  for (const p of persons) {
    p.mentions.sort((a, b) => a.start - b.start);
    for (const r of p.roles) if (r.start < 0 && p.mentions[0]) { r.start = p.mentions[0].start; r.end = p.mentions[0].end; }
  }
}

/** After a title, a bracketed unit of capitalized words closing the apposition (`(Office of the Vice-President),`): the index after
 * its `)`, or 0. */
function bracketedUnitEnd(ts: Token[], e: number): number {
  if (ts[e]?.text !== '(') return 0;
  for (let j = e + 1; j < ts.length && j <= e + 9; j++) {
    if (ts[j].text === ')') return j > e + 1 && /^[,.;]$/.test(ts[j + 1]?.text ?? '') ? j + 1 : 0;
    if (!ts[j].word || !(ts[j].cap || ts[j].lower === 'of' || ts[j].lower === 'the' || ts[j].lower === 'and' || ts[j].lower === 'for')) return 0;
  }
  return 0;
}
