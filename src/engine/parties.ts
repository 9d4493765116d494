// Who does something: the subject of a reporting or commitment verb, read as an official, a body
// as the text names it (`the Chinese side`, `both sides`, `the two ministers`), a country, or a
// pronoun resolved to one of these (`he`, `we`, `they`).
import type { Doc } from './doc';
import type { Span } from './model';
import type { Person, FoundMention } from './officials';
import type { MentionIndex } from './mentionIndex';
import type { Token } from './tokens';
import { closesQuotedNickname, stripPossessive } from './tokens';
import { bracketedAcronymAt, isCountryToken, isHonorific, isTitleWord, longestCountryAt } from './roles';
import { COUNTRY_BY_DEMONYM, countryOf } from './lexicon/countries';
import { countryOfCapital } from './lexicon/capitals';
import { ARTICLE_NAME, FUNCTION_WORDS, MONTHS, NAME_PARTICLES, POLITY_POSSESSIVE, WEEKDAYS } from './lexicon/words';
import { ASIDE_CUE_VERBS } from './lexicon/reportingVerbs';
import { GOVERNMENT_SEAT_SOURCE } from './lexicon/governmentSeats';
import { lowerBound, upperBound } from './sorted';
import { lastMatch } from './textTrim';
import { isMediaName } from './lexicon/media';
import { datelineLength } from './dateline';

export interface Party {
  /** The official, when the subject is one person. */
  person: Person | null;
  /** The speaker as a label: the official's name, or the body as the text names it. */
  label: string;
  /** The actor as a label for commitments: like `label`, but a joint subject as written (`Belarus and China`). */
  actor: string;
  start: number;
  end: number;
  plural: boolean;
}

/** A body speaking, not a person (`the Russian Foreign Ministry`, `the Kremlin`, `the press service`): its words are the readout's voice. */
export function isBodyParty(p: Party | null | undefined): boolean {
  return !!p && !p.person && !p.plural && BODY_HEAD.test(p.label);
}

/** One official as a party, at the words that name them. */
export function personParty(person: Person, start: number, end: number): Party {
  return { person, label: person.name, actor: person.name, start, end, plural: false };
}

/** A comma before a name: the name stands in apposition to what precedes it. */
const APPOSED = /,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;
/** Lower-case words that may stand in the subject of a clause about a party. */
// (and one sent in someone's name: `The emissary of President Denis Sassou Nguesso said …` is the emissary speaking)
const SPOKES_HEAD = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'service', 'office', 'envoy', 'emissary', 'messenger']);
/** An official's office as a subject: `Mudavadi’s office`, `the Prime Minister's press office`. */
const OFFICE_OF = /['’]s\s+(?:office|press\s+(?:service|office)|secretariat|private\s+office)$/i;
const SPOKESPERSON_FOR = /^(?:(?:a|an|the)\s+)?(?:[A-Za-z]+\s+)?(?:spokes(?:person|man|woman)|press\s+service|press\s+office|envoy|emissary|messenger)\s+(?:for|of)\s/i;
/** The head word of a named organization (case-sensitive: `the Union`, not `a union of states`). */
const ORGANIZATION_HEAD = /\b(?:Union|Organi[sz]ation|Alliance|Bank|Fund|Agency|Assembly|Community|Forum|Bloc|Court|Institute|Programme|Program|Corporation)$/;
/** Counts a subject may open with: `the two sides`, `the four nations`. */
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const BODY_WORDS = new Set([
  ...`side sides party parties country countries state states nation nations region province city county republic kingdom leader leaders minister ministers president
  presidents head heads diplomacy parts delegation delegations government governments ministry ministries spokesperson spokesman
  spokeswoman spokespersons official officials representative representatives counterpart counterparts authorities
  prosecution bodies body agency agencies office secretariat embassy mission administration leadership chairmanship
  presidency members member participants partners sides' leaders' both all each foreign prime deputy
  secretary secretaries general state's chinese us council commission committee parliament court press service news
  report statement release readout communiqué communique declaration diplomat diplomats top visiting diwan emiri royal court interlocutors
  directorate host hosts guest guests source sources`.split(/\s+/),
  // (a count: `the two sides`, `The four nations committed to …`)
  ...COUNT_WORDS,
]);
/** A polity by its generic noun: `the country`, `the region`, `the province` (a region's or a city's releases speak so). */
const GENERIC_POLITY = /^the\s+(?:country|nation|region|province|city|county|republic)$/i;
export function isGenericPolity(label: string): boolean {
  return GENERIC_POLITY.test(label);
}
/** Words that name an office's holder now: `the current Prime Minister`. */
const CURRENT_HOLDER = new Set(['current', 'incumbent', 'sitting', 'serving']);
/** Foreign ministries and heads of government's offices by their acronyms: `the DFA said`, `MOFA`, `the FCDO`, `the PMO said`. */
const MINISTRY_ACRONYMS = 'dfa|mfa|mofa|mofaic|mea|fcdo|fco|dfat|eeas|itamaraty|pmo';
/** A dash, colon, comma or bracket after a place: it opens a dateline (`Jakarta – …`, `MANILA:`), it is no subject. */
const DATELINE_MARK_AFTER = /^\s*[-–—:,(]/;
/** The words that make a subject a body (`the Chinese side`, `the Kremlin press service`, `Downing Street`). */
const BODY_HEAD = new RegExp(`\\b(?:side|sources?|ministry|government|cabinet|diwan|royal\\s+court|bloc|delegation|interlocutors|directorate|department|spokes(?:person|man|woman)|secretariat|embassy|administration|office|presidency|council|commission|committee|parliament|authorities|press\\s+service|news\\s+agency|${GOVERNMENT_SEAT_SOURCE}|${MINISTRY_ACRONYMS})\\b`, 'i');
/** A body that speaks: `the Foreign Ministry`, `the press service of the President`, `the Office of the Prime Minister`, `the Kremlin’s press service`, `Downing Street`. */
// (or a country's: `Singapore’s ministry of foreign affairs said`, its portfolio in lower case; or a leader's office: `Singh's
// office said`)
// (or a monarch's court: `…, said the Royal Court.` / `“…,” it added.`, `the palace said`)
const SPEAKING_BODY = `(?:the\\s+(?:[A-Za-z’'-]+\\s+){0,3}?(?:ministry|government|office|department|presidency|administration|embassy|secretariat|agency|royal\\s+court|palace|press\\s+service)(?:\\s+of\\s+the\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?|[A-Z][a-z]+['’]s\\s+(?:(?:foreign\\s+)?ministry(?:\\s+of\\s+(?:foreign|external)\\s+affairs)?|(?:press\\s+)?office)|(?:the\\s+)?(?:${GOVERNMENT_SEAT_SOURCE})(?:['’]s)?(?:\\s+press\\s+service)?|the\\s+(?:${MINISTRY_ACRONYMS}))`;
/** A body as the subject of a reporting verb (`the ministry said`), or its agent (`This was reported by the press service of the
 * President`, `according to a statement from the Ministry`, `according to the presidential office`). */
// (or issued the document that speaks: `The Foreign Ministry issued a statement … It said …`, `A statement issued by the Ministry …`;
// or follows its verb: `…, said the Egyptian presidency in a statement.` / `“…,” it added.`; or its document speaks: `“…,” a White
// House statement reads.` / `“…,” the statement reads.`)
const BODY_SPOKE = new RegExp(`\\b(${SPEAKING_BODY})\\s+(?:(?:statement|release|readout|communiqu[eé])\\s+(?:reads|read)\\b|(?:(?:statement|release|readout|communiqu[eé])\\s+)?(?:also\\s+)?(?:has\\s+)?(?:said|says|stated|added|noted|announced|reported|confirmed|issued|released|published)\\b)|\\b(?:(?:reported|announced|stated|released|confirmed|issued|published)\\s+by|said|says|stated|added|according\\s+to(?:\\s+(?:a\\s+)?(?:statement|release|communiqu[eé])\\s+(?:from|by|of))?)\\s+(${SPEAKING_BODY})(?![\\p{L}])`, 'giu');
/** A document named with the body that issued it before its noun: `a Kremlin statement`, `a foreign office statement on …`. */
const ISSUED_BY_BODY = /^(?:a|an|the)\s+((?:[^\s]+\s+){0,3}?[^\s]+)\s+(?:statement|readout|release|press\s+release|communiqu[eé])(?:\s+(?:on|about|of)\s.*)?$/i;
/** Words that an issuer's name before a document's noun does not hold. */
const ISSUER_BREAK = /\b(?:in|on|at|by|with|through|via|from|of|for|to|a|an|the|its|their)\b/i;
/** A document that speaks for the body that issued it: `“…,” the report said.` */
// (with `a`, a declaration only: `According to a release, X met Y` reports a meeting, not what a release said)
const DOCUMENT_NOUN = /^(?:the\s+(?:(?:joint|official|final)\s+)?(?:report|statement|release|press\s+release|readout|communiqu[eé]|declaration)|a\s+(?:(?:joint|final)\s+)?declaration)$/i;
/** `the three ministers`, `all five leaders`: a count of more than two. */
const MORE_THAN_TWO = new RegExp(`^(?:the\\s+|all\\s+)?(?:${COUNT_WORDS.filter((w) => w !== 'two').join('|')})\\s`, 'i');
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our']);
const WEEKDAY_SET = new Set(WEEKDAYS);
const MONTH_SET = new Set(MONTHS);
/** The nouns of a medium one speaks in: `in a statement`, `in a post on X`. */
const MEDIUM_NOUNS = new Set(['statement', 'post', 'tweet', 'message', 'interview', 'release', 'video', 'letter', 'speech', 'address']);
const MEDIUM_OPENERS = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'the']);
/**
 * The token before `in a statement …` when that phrase ends at token k (`Anwar in a statement said`, `… in a video message on
 * Telegram said`): the noun after its determiner and at most one adjective, then at most four words after `on`, `to` or `via`.
 */
function mediumBefore(ts: Token[], k: number, floor: number): number {
  for (let j = k; j >= 0 && k - j <= 5 && ts[j].start >= floor && ts[j].word; j--) {
    if (!MEDIUM_NOUNS.has(ts[j].lower)) continue;
    if (j < k && !['on', 'to', 'via'].includes(ts[j + 1].lower)) return -1;
    let d = j - 1;
    if (d >= 0 && !MEDIUM_OPENERS.has(ts[d].lower) && ts[d].word && !ts[d].cap) d--;
    if (d < 1 || !MEDIUM_OPENERS.has(ts[d].lower) || ts[d - 1].lower !== 'in' || ts[d - 1].start < floor) return -1;
    return d - 2;
  }
  return -1;
}

const ASIDE_VERBS = new Set(ASIDE_CUE_VERBS);
const ASIDE_PRONOUNS = new Set(['he', 'she', 'they']);
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom']);
/**
 * The token before a reporting cue set off by commas that ends at token k, a comma (`China and Russia, he said, should …`,
 * `The EU, Borrell added, will …`): its source is a pronoun or up to three capitalized words, perhaps after `the`; else -1.
 */
function reportingAsideBefore(ts: Token[], k: number, floor: number): number {
  let j = k - 1;
  if (j < 0 || !ASIDE_VERBS.has(ts[j].lower)) return -1;
  j--;
  if (j >= 0 && ts[j].lower === 'also') j--;
  if (j < 0) return -1;
  if (ASIDE_PRONOUNS.has(ts[j].lower)) j--;
  else {
    const last = j;
    while (j >= 0 && last - j < 3 && ts[j].word && ts[j].cap) j--;
    if (j === last) return -1;
    if (j >= 0 && ts[j].lower === 'the') j--;
  }
  return j >= 1 && ts[j].text === ',' && ts[j].start >= floor ? j - 1 : -1;
}

const SKIP_BACK = new Set(
  `also then later further once again again jointly fully strongly firmly repeatedly reportedly earlier separately
  subsequently specifically particularly especially therefore however previously already today yesterday recently
  personally finally additionally moreover furthermore in turn too still always never not just only thus hereby
  unanimously officially formally publicly sincerely warmly highly clearly had has have`.split(/\s+/),
);
/** `promptly`, `swiftly`, `immediately`: an adverb in -ly between a subject and its verb (`Lula has promptly promised to …`). */
function isMannerAdverb(t: Token): boolean {
  return !t.cap && t.lower.length >= 6 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}
/** Words in -ly that end a subject (`the assembly agreed`). */
const LY_NOUNS = new Set(['family', 'assembly', 'anomaly', 'monopoly', 'supply', 'reply', 'rally', 'italy', 'homily', 'jelly', 'belly', 'bully']);
/** What a readout or a statement is of (`the readout of the call`). */
const MEETING_OBJECT = new Set(['call', 'meeting', 'talks', 'conversation', 'visit', 'summit', 'discussion', 'discussions']);
/** Plural nouns of parties a subject may end with (`the two sides`, `the parties`, `their respective countries`). */
const SUBJECT_NOUNS = /^(?:side|sides|men|women|ministers|leaders|delegation|delegations|state|parties|countries|nations|governments|officials|counterparts)$/;
/** The nouns of a document that reports (`the readout of the call`). */
const DOCUMENT_HEADS = new Set(['readout', 'statement', 'release', 'report', 'communiqué', 'communique', 'summary', 'transcript']);
/** Participles that follow a document's noun with where and when it came out (`a declaration issued at the end of …`). */
const ISSUED_AFTER_DOCUMENT = new Set(['issued', 'adopted', 'released', 'published', 'signed']);

// (two people by their sex, as news copy names a pair of leaders: `both men`, `the two women`)
const PAIR_PEOPLE = new Set(['men', 'women']);
const PAIR_COUNTS = new Set(['both', 'two']);
const PLURAL_BODY = /\b(?:sides|parties|countries|leaders|ministers|ministries|diplomats|presidents|heads|delegations|governments|states|nations|partners|participants|members|officials|representatives|authorities|bodies)\b|\b(?:both|two)\s+(?:men|women)$/i;
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'following', 'according', 'regarding', 'concerning', 'with', 'as', 'for', 'by', 'upon', 'since', 'while', 'when', 'despite', 'amid', 'given', 'under', 'through', 'speaking', 'addressing', 'welcoming']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'both']);
const US_QUANTIFIERS = new Set(['all', 'both', 'each']);
/** Common irregular finite verbs: the subject of a sentence comes before the first of them. */
const FINITE_VERBS = new Set(['met', 'held', 'spoke', 'said', 'says', 'told', 'took', 'made', 'gave', 'had', 'has', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'must', 'should', 'meets', 'holds', 'speaks', 'sent', 'led', 'paid', 'began', 'came', 'went', 'saw', 'thinks', 'believes', 'stands', 'remains']);

/**
 * A subject phrase that ends in `and` (`… between Iran and Saudi Arabia and stressed`) is no subject: the verb
 * after it is coordinated with an earlier one and shares that one's subject.
 */
export function endsInAnd(doc: Doc, party: Party): boolean {
  return /\band$/i.test(doc.text.slice(party.start, party.end));
}

/** Marks that may open a sentence before its subject: `"Especially, the two countries …`. */
const OPENING_MARKS = new Set(['"', '“', '„', '«', '‘', "'", '(']);

export class Parties {
  private readonly pluralBySentence = new Map<number, { label: string; actor: string } | null>();
  private lookingBack = false;

  constructor(
    private readonly doc: Doc,
    private readonly mentions: MentionIndex,
    /** The speaker of the words at an offset (a quote's or a transcript turn's), for `I` and `we`. */
    private readonly speakerAt: (offset: number) => Party | null,
  ) {}

  /** Whether the words at an offset are someone's own (a quote's or a transcript turn's). */
  inSomeonesWords(offset: number): boolean {
    return this.speakerAt(offset) !== null;
  }

  /**
   * Whether the words before `pos` end with a reporting cue in commas after a subject (`China and Russia, he said,` before
   * `should …`), not after a relative pronoun (`which, he said,`): the subject before the cue is the clause's.
   */
  endsWithAsideAfterSubject(pos: number, floor: number): boolean {
    const b = this.doc.blockAt(pos);
    if (b < 0) return false;
    const ts = this.doc.tokens(b);
    const k = lastTokenBefore(ts, pos);
    if (k < 0 || ts[k].text !== ',' || ts[k].start < floor) return false;
    const before = reportingAsideBefore(ts, k, floor);
    return before >= 0 && !RELATIVE_PRONOUNS.has(ts[before].lower);
  }

  /** The subject whose last word ends right before `pos` (adverbs such as `also`, `, in turn,` skipped), not before `floor`. */
  subjectBefore(pos: number, floor: number): Party | null {
    const b = this.doc.blockAt(pos);
    if (b < 0) return null;
    const ts = this.doc.tokens(b);
    let k = lastTokenBefore(ts, pos);
    // skip adverbs and parenthetical `, in turn,`
    for (;;) {
      if (k < 0 || ts[k].start < floor) return null;
      const t = ts[k];
      if (t.word && (SKIP_BACK.has(t.lower) || isMannerAdverb(t))) { k--; continue; }
      // a day between subject and verb: `Sheikh Hasina on Thursday said …`, `PM Kishida on March 20 said …`, `… on 20 March said`
      if (t.cap && WEEKDAY_SET.has(t.lower) && k > 0 && ts[k - 1].lower === 'on') { k -= 2; continue; }
      if (k >= 2 && ts[k - 2].lower === 'on' && ((/^\d{1,2}$/.test(t.text) && MONTH_SET.has(ts[k - 1].lower)) || (t.cap && MONTH_SET.has(t.lower) && /^\d{1,2}$/.test(ts[k - 1].text)))) { k -= 3; continue; }
      // `they both agreed`, `we all hope`, but `Both committed` is itself the subject
      if ((t.lower === 'both' || t.lower === 'all') && k > 0 && ts[k - 1].word && ts[k - 1].start >= floor) { k--; continue; }
      if (t.text === ',' && k >= 2 && ts[k - 1].lower === 'turn' && ts[k - 2].lower === 'in' && ts[k - 3]?.text === ',') { k -= 4; continue; }
      if (t.lower === 'turn' && ts[k - 1]?.lower === 'in') { k -= 2; continue; }
      // `X for his part said`, `X, on their part, noted`
      if (t.lower === 'part' && k >= 2 && POSSESSIVE_PRONOUNS.has(ts[k - 1].lower) && (ts[k - 2].lower === 'for' || ts[k - 2].lower === 'on')) {
        k -= 3;
        if (k >= 0 && ts[k].text === ',') k--;
        continue;
      }
      // an acronym or a party in brackets after the name: `the Department of Foreign Affairs (DFA) said`,
      // `defense minister Kalle Laanet (Reform) says`, `Senator Jane Roe (R-Texas) said`
      if (t.text === ')' && k >= 2 && ts[k - 1].cap && ts[k - 2].text === '(') { k -= 3; continue; }
      if (t.text === ',') {
        // a cue in commas between the subject and its verb: `China and Russia, he said, should …`
        const aside = reportingAsideBefore(ts, k, floor);
        if (aside >= 0) { k = aside; continue; }
        // a name in apposition before the verb is the subject: `Minister for Information, Robert Morgan, says`
        const named = this.appositiveNameAt(ts, k, floor);
        if (named) return named;
      }
      // a document's subject after its noun: `The Downing Street readout of the call noted`, `a foreign office statement on
      // the meeting said`
      if (k >= 3 && MEETING_OBJECT.has(t.lower) && ts[k - 1].lower === 'the' && (ts[k - 2].lower === 'of' || ts[k - 2].lower === 'on') && DOCUMENT_HEADS.has(ts[k - 3].lower)) { k -= 3; continue; }
      // … or after its participle phrase: `a declaration issued at the end of a China-hosted virtual summit of the bloc said`
      const issued = this.documentIssuedBefore(ts, k, floor);
      if (issued >= 0) { k = issued; continue; }
      // the medium between a subject and its verb, with no commas: `Anwar in a statement on his Facebook page said`
      const medium = mediumBefore(ts, k, floor);
      if (medium >= 0) { k = medium; continue; }
      break;
    }
    // `All of us must …`, `Both of us will …`: the speaker's side
    const ours = this.allOfUsEndingAt(ts, k, floor);
    if (ours) return ours;
    const end = k;
    let s = k;
    // a subject is a noun phrase of a few words, not a page of capitalized ones
    while (s >= 0 && ts[s].start >= floor && end - s < 30) {
      const t = ts[s];
      // (a date before the subject is no part of it: `On 26 May the EU and Timor-Leste signed …`; `Theresa May` is a name)
      if (t.cap && s > 0 && CALENDAR_NAMES.has(t.lower) && (/^\d/.test(ts[s - 1].text) || DATE_PREPOSITIONS.has(ts[s - 1].lower))) break;
      // (`the current Prime Minister`: an office's holder now, right before the office)
      if (t.word && CURRENT_HOLDER.has(t.lower) && s < end && ts[s + 1].cap && isTitleWord(ts[s + 1])) { s--; continue; }
      // (`their respective countries`: each one's own)
      // (a body's possessive too: `the country's top diplomat said`)
      if (t.word && (t.cap || ARTICLE_NAME.test(t.text) || BODY_WORDS.has(t.lower) || (PAIR_PEOPLE.has(t.lower) && s > 0 && PAIR_COUNTS.has(ts[s - 1].lower)) || (t.lower.endsWith('s') && BODY_WORDS.has(stripPossessive(t.lower))) || POSSESSIVE_PRONOUNS.has(t.lower) || t.lower === 'of' || t.lower === 'and' || t.lower === 'the' || t.lower === 'respective' || isTitleWord(t) || (t.allCaps))) { s--; continue; }
      // (a particle inside a name, between its capitalized parts: `Sultan Haitham bin Tariq will …`, `Ursula von der Leyen`)
      if (t.word && !t.cap && NAME_PARTICLES.has(t.lower) && s > 0 && s < end && (ts[s + 1].cap || NAME_PARTICLES.has(ts[s + 1].lower)) && (ts[s - 1].cap || NAME_PARTICLES.has(ts[s - 1].lower))) { s--; continue; }
      // (a nickname quoted inside the name: `President Ferdinand “Bongbong” R. Marcos Jr. said`)
      if (closesQuotedNickname(ts, s) && ts[s - 3].start >= floor) { s -= 3; continue; }
      // (`for` inside an office: `UK Minister for the Indo-Pacific Anne-Marie Trevelyan will …`)
      if (t.lower === 'for' && s > 0 && isTitleWord(ts[s - 1]) && ts[s - 1].cap && (ts[s + 1]?.cap || ts[s + 1]?.lower === 'the')) { s--; continue; }
      // a list of countries or persons: `Poland, Ukraine and the United Kingdom` (`Simon Coveney, and Brandon Lewis`)
      if (t.text === ',' && s > 0 && ts[s - 1].cap && (ts[s + 1]?.cap || (ts[s + 1]?.lower === 'and' && !!ts[s + 2]?.cap && this.nameEndsAt(ts[s - 1].end)))
        && ts.slice(s + 1, end + 1).some((x) => x.lower === 'and')) { s--; continue; }
      break;
    }
    // (an indefinite article opens the phrase: `Here is how a Downing Street spokesman reported …`)
    if (s >= 0 && s < end && ts[s].start >= floor && (ts[s].lower === 'a' || ts[s].lower === 'an')) s--;
    s++;
    // a subject cannot start with a connector or a preposition left over from the clause before
    while (s <= end && (ts[s].lower === 'of' || ts[s].lower === 'and' || ts[s].text === ',')) s++;
    // the whole run must lie in one sentence: keep the part after the last sentence start
    for (let i = end; i > s; i--) if (this.doc.isSentenceStart(ts[i - 1].end, ts[i].start)) { s = i; break; }
    // `A spokesperson for the Foreign Secretary said`: the phrase reaches back over `for` to its head
    if (s <= end && s >= 2 && (ts[s - 1].lower === 'for' || ts[s - 1].lower === 'of') && SPOKES_HEAD.has(ts[s - 2].lower) && ts[s - 2].start >= floor) {
      let h = s - 2;
      if (h > 0 && /^(?:a|an|the)$/.test(ts[h - 1].lower) && ts[h - 1].start >= floor) h--;
      return this.classify(ts.slice(h, end + 1));
    }
    if (s > end) {
      const pronoun = k >= 0 ? ts[k] : null;
      return pronoun ? this.pronounParty(pronoun) : null;
    }
    return this.classify(ts.slice(s, end + 1));
  }

  /**
   * The person named in commas that end right before `pos` (`Minister for Information, Robert Morgan,|`), or null: an
   * apposition after an office, not a relative clause or an aside.
   */
  appositiveNameBefore(pos: number, floor: number): Party | null {
    const b = this.doc.blockAt(pos);
    if (b < 0) return null;
    const ts = this.doc.tokens(b);
    const k = lastTokenBefore(ts, pos);
    return k >= 0 && ts[k].text === ',' && ts[k].start >= floor ? this.appositiveNameAt(ts, k, floor) : null;
  }

  /**
   * The person named by the capitalized words between a comma and the comma at token k, or null; or the two joined by `and`
   * (`The Russian and U.S. presidents, Dmitry Medvedev and Barack Obama, agreed …`).
   */
  private appositiveNameAt(ts: Token[], k: number, floor: number): Party | null {
    if (k < 2 || !ts[k - 1].cap) return null;
    let j = k - 1;
    let joined = false;
    for (;;) {
      while (j > 0 && ts[j - 1].cap && ts[j - 1].word && ts[j - 1].start >= floor) j--;
      if (joined || !(j > 2 && ts[j - 1].lower === 'and' && ts[j - 2].cap && ts[j - 2].word && ts[j - 2].start >= floor)) break;
      joined = true;
      j -= 2;
    }
    if (!(j > 0 && ts[j - 1].text === ',' && ts[j].start >= floor)) return null;
    const named = this.classify(ts.slice(j, k));
    if (!joined) return named?.person ? named : null;
    // (both names officials')
    const and = ts.findIndex((t, i) => i >= j && i < k && t.lower === 'and');
    return named && this.classify(ts.slice(j, and))?.person && this.classify(ts.slice(and + 1, k))?.person ? named : null;
  }

  /** The document noun whose `issued …` phrase ends at token k (at most 16 words, within the sentence), or -1. */
  private documentIssuedBefore(ts: Token[], k: number, floor: number): number {
    if (!ts[k].word || ISSUED_AFTER_DOCUMENT.has(ts[k].lower)) return -1;
    for (let i = k - 1; i >= 1 && k - i <= 16 && ts[i].start >= floor; i--) {
      if (this.doc.isSentenceStart(ts[i].end, ts[i + 1].start)) return -1;
      if (ISSUED_AFTER_DOCUMENT.has(ts[i].lower) && (DOCUMENT_HEADS.has(ts[i - 1].lower) || ts[i - 1].lower === 'declaration')) return i - 1;
    }
    return -1;
  }

  /** The subject that starts at `pos` (after `According to`, `As announced by`): up to the next comma. */
  subjectFrom(pos: number, to: number): Party | null {
    const ts = this.doc.tokensIn(pos, to);
    let e = 0;
    while (e < ts.length && ts[e].text !== ',' && ts[e].text !== '.') e++;
    // drop a trailing time word: `As announced by External Affairs Minister yesterday`
    while (e > 0 && ts[e - 1].word && !ts[e - 1].cap && SKIP_BACK.has(ts[e - 1].lower)) e--;
    return e > 0 ? this.classify(ts.slice(0, e)) : null;
  }

  /**
   * The subject of the verb at `verbPos`: the phrase right before it, or, when that phrase ends in `and` (`Safadi
   * welcomed his American counterpart and said`), the sentence's subject the coordinated verb shares.
   */
  verbSubject(verbPos: number, floor: number, sentenceStart: number): Party | null {
    const direct = this.subjectBefore(verbPos, floor);
    return direct && endsInAnd(this.doc, direct) ? this.sentenceSubject(sentenceStart, verbPos) : direct;
  }

  /** The subject of a sentence: the first official or body named before its first verb-like word. */
  sentenceSubject(from: number, to: number): Party | null {
    // the subject opens the sentence: its first 300 characters are enough (past an opening quotation mark, and past a dateline
    // glued to the lead: `LONDON (Reuters) – Britain on Friday described …`)
    from += datelineLength(this.doc.clean.slice(from, Math.min(to, from + 120)));
    let ts = this.doc.tokensIn(from, Math.min(to, from + 300));
    if (ts.length > 1 && !ts[0].word && OPENING_MARKS.has(ts[0].text)) ts = ts.slice(1);
    // (`In his turn the Georgian defense minister thanked …`: `in (his) turn` without its comma is skipped here; with it, below)
    const turn = ts[0]?.lower === 'in' ? (ts[1]?.lower === 'turn' ? 2 : POSSESSIVE_PRONOUNS.has(ts[1]?.lower ?? '') && ts[2]?.lower === 'turn' ? 3 : 0) : 0;
    if (turn > 0 && ts.length > turn && ts[turn].text !== ',') ts = ts.slice(turn);
    // skip an introductory phrase that ends with a comma (`In turn,`, `Welcoming …,`) when a subject follows
    let i = 0;
    const intro = ts.length > 0 && ts[0].word && (FUNCTION_WORDS.has(ts[0].lower) || /(?:ing|ly)$/.test(ts[0].lower));
    const opening = intro && (/ing$/.test(ts[0].lower) || OPENING_PREPOSITIONS.has(ts[0].lower));
    for (let k = 0; k < ts.length && intro; k++) {
      if (ts[k].text === ',') {
        const rest = ts.slice(k + 1);
        // (a place's country after its city belongs to the opening phrase: `At the closing of the talks in Bonn, Germany, Ambassador …`,
        // and so do the phrase's words after it: `Speaking at a news conference in Brussels, Belgium after a NATO summit, Erdoğan …`)
        const country = k > 0 && ts[k - 1].cap && !isCountryToken(ts[k - 1]) ? longestCountryAt(rest, 0) : 0;
        if (country > 0 && (rest[country]?.text === ',' || (opening && OPENING_PREPOSITIONS.has(rest[country]?.lower ?? '')))) continue;
        const p = this.firstNounPhrase(rest);
        if (p && rest.length && p.start === rest[0].start) { i = k + 1; break; }
      }
      // `The President remarked, …` is a subject with its verb; an opening clause (`Drawing attention to the
      // documents signed …,`, `In turn,`) runs to its comma whatever verbs it holds
      if (!opening && ts[k].word && !ts[k].cap && k > 0 && (/ed$/.test(ts[k].lower) || FINITE_VERBS.has(ts[k].lower))) break;
      if (k > 40) break;
    }
    return this.firstNounPhrase(ts.slice(i));
  }

  private firstNounPhrase(ts: Token[]): Party | null {
    // the subject runs until the first lower-case word that is not part of a noun phrase
    let e = 0;
    // (`Minister for Foreign Affairs Simon Coveney and …`: `for` inside a title, before a capitalized word)
    while (e < ts.length) {
      // (an acronym in brackets inside it: `Caribbean Community (Caricom) Chair Mia Mottley`)
      if (e > 0 && bracketedAcronymAt(ts, e)) { e += 3; continue; }
      if (!(ts[e].cap || ['the', 'of', 'and', 'both', 'two'].includes(ts[e].lower) || (ts[e].lower === 'for' && e > 0 && !!ts[e + 1]?.cap) || isTitleWord(ts[e]) || SUBJECT_NOUNS.test(ts[e].lower)
        || (ts[e].text === ',' && (ts[e + 1]?.cap || (ts[e + 1]?.lower === 'and' && !!ts[e + 2]?.cap)) && ts.slice(e + 1, e + 8).some((t) => t.lower === 'and')))) break;
      e++;
    }
    if (e === 0) {
      return ts.length && /^(?:he|she|they|we|i)$/i.test(ts[0].text) ? this.subjectBefore(ts[0].end, ts[0].start) : null;
    }
    return this.subjectBefore(ts[e - 1].end, ts[0].start);
  }

  /** What a subject phrase stands for. */
  classify(ts: Token[]): Party | null {
    if (ts.length === 0) return null;
    const start = ts[0].start;
    const end = ts[ts.length - 1].end;
    const text = this.doc.text.slice(start, end);
    if (ts.length === 1 && !ts[0].cap && ts[0].word) {
      const p = this.pronounParty(ts[0]);
      if (p) return p;
    }
    if (ts.length === 1 && ts[0].word) {
      const p = this.pronounParty(ts[0]);
      if (p) return p;
    }
    const ms = this.mentions.within(start, end);
    const persons = unique(ms.map((m) => m.person));
    const joint = /\b(?:and|&)\b|,/.test(text) || /^(?:both|the two|two)\b/i.test(text);
    const lowered = text.replace(/^(?:The|A|An)\s/, (w) => w.toLowerCase());
    // `Mudavadi’s office`, `the President’s press service`: the office speaks for its official, as itself
    if (OFFICE_OF.test(text)) return { person: null, label: text, actor: text, start, end, plural: false };
    // `A spokesperson for the Foreign Secretary`: the spokesperson speaks, not the official named after `for`
    const spokes = SPOKESPERSON_FOR.exec(text);
    // (but the spokesperson named in apposition speaks as themself: `The spokesperson of the Ministry, Maria Zakharova`; not
    // the principal named right after `of`: `The emissary of President Denis Sassou Nguesso`)
    if (spokes && !ms.some((m) => m.start < start + spokes[0].length || (m.kind === 'name' && m.end === end && APPOSED.test(this.doc.clean.slice(start, m.start))))) return { person: null, label: lowered, actor: lowered, start, end, plural: false };
    if (persons.length === 1 && !joint && coversSubject(ts, ms)) {
      return personParty(persons[0], start, end);
    }
    if (joint) {
      // the parties listed after `of` or `between` (`Foreign Ministers of Poland, Ukraine and the United Kingdom`)
      const of = text.search(/\s(?:of|between)\s/i);
      // (one body whose portfolio has an `and` is no pair: `the Department of Foreign Affairs and Trade`, `the … Directorate
      // of Moral Guidance and Public Relations`; `Foreign Ministers of Poland and Ukraine` is)
      const head = of >= 0 ? text.slice(0, of) : '';
      if (persons.length === 0 && head && !/s$/i.test(head) && BODY_HEAD.test(head) && /^\s(?:of)\s/i.test(text.slice(of, of + 4))) return namedBody(lowered, start, end);
      const listed = of >= 0 ? text.slice(of).replace(/^\s(?:of|between)\s+(?:the\s+)?/i, '') : text;
      const parts = listed.split(/,|\band\b|&/).map((x) => x.trim()).filter(Boolean);
      const list = of >= 0 && /^\sof\s/i.test(text.slice(of, of + 4)) ? listed : null;
      // (each official's first name mention in the phrase, as written)
      const names = persons.map((p) => ms.find((m) => m.person === p && m.kind === 'name')).filter((m) => !!m).map((m) => this.doc.text.slice(m.start, m.end));
      const byName = persons.length >= 2 && persons.length === parts.length && names.length === persons.length;
      let label: string;
      // `both sides`, `the two ministers` as written; `Both the President and the Secretary-General` → both sides
      if (/^(?:both|the two|two)\b/i.test(text) && !/\band\b/i.test(text)) label = lowered;
      // officials listed by name speak as named (`Simon Coveney and Brandon Lewis`), each name as the text writes it
      else if (byName) label = listOf(names);
      else if (parts.length === 2 || persons.length === 2) label = 'both sides';
      else if (list) label = list;
      else label = lowered;
      // (their actor is named so too; another joint subject acts as written)
      const party: Party = { person: null, label, actor: byName ? label : lowered, start, end, plural: true };
      return party;
    }
    // a plural role without a list (`The Ministers`, `the leaders`) is the last joint subject named
    if (PLURAL_BODY.test(text) && !ms.length) {
      // (a count above two speaks as written, `the three ministers`: a pair named before is not who it counts)
      if (MORE_THAN_TWO.test(text)) return { person: null, label: lowered, actor: lowered, start, end, plural: true };
      const last = this.lastPluralBefore(start);
      if (last && /^the\s+(?:\p{L}+\s+)?(?:ministers|leaders|presidents|sides|parties|delegations|heads of state)$/iu.test(text)) {
        return { person: null, label: last.label, actor: last.actor, start, end, plural: true };
      }
      const party: Party = { person: null, label: lowered, actor: lowered, start, end, plural: true };
      return party;
    }
    if (persons.length === 1) {
      return personParty(persons[0], start, end);
    }
    // a named organization: `the African Union`, `the World Bank` (every word capitalized, its head an organization word)
    if (ORGANIZATION_HEAD.test(text) && ts.every((t) => t.cap || t.lower === 'the' || t.lower === 'of' || t.lower === 'for' || t.lower === 'and')) {
      return namedBody(lowered, start, end);
    }
    // `the Kingdom will not allow …`: a kingdom's own name for itself (Jordan's, Saudi Arabia's, Morocco's), the speaker's country
    if (/^[Tt]he\s+[Kk]ingdom$/.test(text)) {
      const country = this.speakerAt(start)?.person?.country ?? null;
      return { person: null, label: 'the Kingdom', actor: country ?? 'the Kingdom', start, end, plural: false };
    }
    // a capital for its government (`Manila is committed to …`): the country acts (a dateline, `Jakarta – …`, is a place)
    // (its possessive too: `London’s keenness to apply the MoU`)
    const capitalOf = countryOfCapital(stripPossessive(text));
    if (capitalOf && !DATELINE_MARK_AFTER.test(this.doc.clean.slice(end, end + 3))) return { person: null, label: text, actor: capitalOf, start, end, plural: false };
    // a news agency as a source: `…, said QNA`
    if (isMediaName(text)) return namedBody(text, start, end);
    // `a White House statement`, `a foreign office statement on the meeting`: the body that issued it speaks
    const issuer = ISSUED_BY_BODY.exec(text);
    // (not a medium with its body before it: `the Ministry in a press release`)
    if (issuer && BODY_HEAD.test(issuer[1]) && !ISSUER_BREAK.test(issuer[1])) return namedBody(issuer[1], start, end);
    // `the country will continue to …`, `the region will put together …`: a polity the text named before, as written
    if (GENERIC_POLITY.test(text)) return { person: null, label: lowered, actor: lowered, start, end, plural: false };
    // a country, an organization, or a body (`the Chinese side`, `the Ministry`)
    const country = countryOf(text);
    const body = BODY_HEAD.test(text);
    if (country || body || ts.some(isCountryToken)) {
      if (!body && !country && !ts.every((t) => t.cap || t.lower === 'the' || t.lower === 'of')) return null;
      // (a possessor's `’s` is not part of its name: `the EU’s keenness to …`)
      const named = lowered.replace(/['’]s$/, '');
      const actor = country ?? sideCountry(text) ?? named.replace(/^the\s+/, '');
      // `The US` → `US`, but `the Chinese side` stays as written
      const label = country ? named.replace(/^the\s+/, '') : named;
      return { person: null, label, actor, start, end, plural: false };
    }
    // an organization by the acronym the text gave it, `the ASEAN-China Centre (ACC) … ACC will continue to …` (not a title:
    // `PM`, `FM`; nor a source the text never spelled out, `According to RTS, …`)
    // (with its article too: `“…,” the PSCU announced` after `the Presidential Strategic Communications Unit (PSCU)`)
    const acronym = ts.length === 1 ? ts[0] : ts.length === 2 && ts[0].lower === 'the' ? ts[1] : null;
    if (acronym && ACRONYM.test(acronym.text) && !isTitleWord(acronym) && !isHonorific(acronym) && this.doc.clean.includes(`(${acronym.text})`)) return namedBody(text, start, end);
    // `“…,” the report said`: the body that issued it, the last one that spoke before; else the document itself, as the
    // text names it (`“…,” the release said` after `A PMO release said …`)
    if (DOCUMENT_NOUN.test(text)) {
      return this.bodyThatSpokeBefore(start, end, Number.MAX_SAFE_INTEGER) ?? namedBody(lowered, start, end);
    }
    // a bare title (`External Affairs Minister`) names an office holder the text does not name (not a phrase that ends in
    // a connector: `first of all:` names no one)
    const last = ts[ts.length - 1].lower;
    // (nor an address: `Dear Foreign Minister, …` speaks to someone)
    // (the office may be the polity's the text speaks of: `the country's ambassador would soon return …`)
    if (ts.some(isTitleWord) && ts[0].lower !== 'dear' && last !== 'of' && last !== 'the' && last !== 'for' && ts.every((t) => t.cap || isTitleWord(t) || t.lower === 'of' || t.lower === 'the' || t.lower === 'for' || POLITY_POSSESSIVE.test(t.lower))) {
      return { person: null, label: lowered, actor: lowered, start, end, plural: false };
    }
    return null;
  }

  /** `all of us`, `both of us`, `each of us` ending at token `i`: we, from the quantifier on. */
  private allOfUsEndingAt(ts: Token[], i: number, floor: number): Party | null {
    if (i < 2 || ts[i].lower !== 'us' || ts[i - 1].lower !== 'of' || !US_QUANTIFIERS.has(ts[i - 2].lower) || ts[i - 2].start < floor) return null;
    const we = this.pronounParty(ts[i]);
    return we && { ...we, start: ts[i - 2].start };
  }

  /** Whether an official's name ends at `at` (`Simon Coveney, and …` lists him; `in July, and Price …` lists nothing). */
  private nameEndsAt(at: number): boolean {
    const m = this.mentions.lastEndingIn(at, at);
    return !!m && m.kind === 'name';
  }

  private pronounParty(t: Token): Party | null {
    // (a pronoun with its verb glued on is the pronoun: `I’d be happy to …`, `We’ve agreed …`)
    const l = CONTRACTED_PRONOUN.test(t.lower) ? t.lower.slice(0, t.lower.search(/['’]/)) : t.lower;
    if (l === 'i' || l === 'me') {
      const s = this.speakerAt(t.start);
      return s ? { ...s, start: t.start, end: t.end } : null;
    }
    if (l === 'we' || l === 'us' || l === 'our') {
      const s = this.speakerAt(t.start);
      // no one's words: the authors of a statement speak for themselves
      if (!s) return { person: null, label: 'we', actor: 'we', start: t.start, end: t.end, plural: true };
      const country = s.person?.country ?? null;
      return { person: s.person, label: s.label, actor: country ?? s.actor, start: t.start, end: t.end, plural: true };
    }
    if (l === 'they' || l === 'their') {
      const last = this.lastPluralBefore(t.start);
      return last ? { person: null, label: last.label, actor: last.actor, start: t.start, end: t.end, plural: true }
        : { person: null, label: 'they', actor: 'they', start: t.start, end: t.end, plural: true };
    }
    if (PLURAL_PRONOUNS.has(l)) return null;
    if (l === 'it') return this.bodyThatSpokeBefore(t.start, t.end, 2);
    if (l === 'he' || l === 'she' || l === 'who' || l === 'his' || l === 'her') {
      const m = l === 'who' ? this.mentions.lastEndingIn(t.start - 4, t.start) : this.mentions.firstStartingIn(t.start, t.start);
      if (m) return personParty(m.person, t.start, t.end);
      // no named official stands for it: an office holder the text never names (`The Secretary-General … He stressed`)
      const office = l === 'he' || l === 'she' ? this.unnamedOfficeBefore(t.start) : null;
      if (office) return { ...office, start: t.start, end: t.end };
    }
    return null;
  }

  /**
   * `…,” it said`: the body that spoke last, in this paragraph or the `blocksBack` before (`the ministry
   * said in a release`); `the report said`: the body that issued it (`This was reported by the press service`).
   */
  private bodyThatSpokeBefore(at: number, end: number, blocksBack: number): Party | null {
    const b = this.doc.blockAt(at);
    if (b < 0) return null;
    // (a document's issuer is named near its top: 5,000 characters back are enough)
    const from = Math.max(this.doc.blocks[Math.max(0, b - blocksBack)].start, at - 5000);
    const m = lastMatch(BODY_SPOKE, this.doc.clean.slice(from, at));
    if (!m) return null;
    const group = m[1] ?? m[2];
    const start = from + m.index + m[0].indexOf(group);
    const label = this.doc.text.slice(start, start + group.length);
    return { person: null, label, actor: label.replace(/^the\s+/i, ''), start: at, end, plural: false };
  }

  /**
   * The subject of this sentence before `at`, or else of the sentence before, when it is an office
   * whose holder the text does not name (`the Secretary-General`, `the Prime Minister`).
   */
  private unnamedOfficeBefore(at: number): Party | null {
    const b = this.doc.blockAt(at);
    if (b < 0 || this.lookingBack) return null;
    this.lookingBack = true;
    try {
      const here = this.doc.sentenceAt(at);
      let range: Span | undefined;
      if (here && here.start < at) range = { start: here.start, end: at };
      else {
        const ss = this.doc.sentences(b);
        const i = here ? ss.indexOf(here) : -1;
        range = i > 0 ? ss[i - 1] : b > 0 ? this.doc.sentences(b - 1).at(-1) : undefined;
      }
      if (!range) return null;
      const p = this.sentenceSubject(range.start, range.end);
      return p && !p.person && !p.plural && /^the\s/i.test(p.label) && this.doc.tokensIn(p.start, p.end).some(isTitleWord) ? p : null;
    } finally {
      this.lookingBack = false;
    }
  }

  /** The joint subject (`the two ministers`, `Foreign Ministers of A, B and C`) of the nearest earlier sentence that has one. */
  private lastPluralBefore(at: number): { label: string; actor: string } | null {
    const block = this.doc.blockAt(at);
    if (block < 0 || this.lookingBack) return null;
    this.lookingBack = true;
    try {
      let paragraphs = 0;
      for (let b = block; b >= 0 && b >= block - 8 && paragraphs < 3; b--) {
        const kind = this.doc.blocks[b].kind;
        if (kind === 'debris' || kind === 'dateline') continue;
        if (kind !== 'bullet') paragraphs++;
        const ss = this.doc.sentences(b);
        // from the sentence before `at`, at most eight sentences back (a long paragraph is not searched whole)
        let i = ss.length - 1;
        if (b === block) i = lowerBound(ss, at, (x) => x.start) - 1;
        for (let seen = 0; i >= 0 && seen < 8; i--, seen++) {
          let p = this.pluralBySentence.get(ss[i].start);
          if (p === undefined) {
            const subject = this.sentenceSubject(ss[i].start, Math.min(ss[i].end, at));
            p = subject && subject.plural && !/^(?:they|we)$/i.test(subject.label) ? { label: subject.label, actor: subject.actor } : null;
            this.pluralBySentence.set(ss[i].start, p);
          }
          if (p) return p;
        }
      }
      return null;
    } finally {
      this.lookingBack = false;
    }
  }
}

const CONTRACTED_PRONOUN = /^(?:i|we|they|he|she)['’](?:d|ll|ve|re|m|s)$/;

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The mentions cover the subject's words, titles and determiners aside (`Belarus President Aleksandr Lukashenko`). */
function coversSubject(ts: Token[], ms: FoundMention[]): boolean {
  return ts.every((t) => !t.word || ms.some((m) => t.start >= m.start && t.end <= m.end) || !t.cap || isTitleWord(t) || isCountryToken(t) || t.lower === 'the' || /^(?:mr|mrs|ms|dr|h\.e\.?|shri)\.?$/i.test(t.text)
    || BODY_WORDS.has(t.lower));
}

/** `the Chinese side` → China. */
function sideCountry(text: string): string | null {
  const m = /^(?:the\s+)?(\p{L}+)\s+sides?\b/iu.exec(text);
  return m ? COUNTRY_BY_DEMONYM.get(m[1].toLowerCase()) ?? countryOf(m[1]) : null;
}

function lastTokenBefore(ts: Token[], pos: number): number {
  return upperBound(ts, pos, (t) => t.end) - 1;
}

/** Months and weekdays, and the words that put a date before a subject: `On 26 May the EU …`, `In May the …`. */
const CALENDAR_NAMES = new Set([...MONTHS, ...WEEKDAYS]);
const DATE_PREPOSITIONS = new Set(['on', 'in', 'since', 'by', 'until', 'last', 'next', 'this']);

/** Letters in capitals, an organization's acronym: `ACC`, `SADC`, `ECOWAS`. */
const ACRONYM = /^\p{Lu}{2,7}$/u;

/** A body as the text names it (`the press release`, `the African Union Commission`): the label as written, the actor without its article. */
function namedBody(label: string, start: number, end: number): Party {
  return { person: null, label, actor: label.replace(/^the\s+/, ''), start, end, plural: false };
}

/** `A and B`, `A, B and C`. */
function listOf(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
