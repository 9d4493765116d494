// Role references and pronouns (guide §1, §3.2): `the President`, `the Belarusian head of state`,
// `the Secretary`, `he`, `her` resolved to the official they stand for, as mentions of kind
// `role` and `pronoun`.
import type { Doc } from './doc';
import type { Block } from './structure';
import { isProse } from './structure';
import type { FoundMention, Person } from './officials';
import { onlyCredited } from './credits';
import type { RoleClass } from './lexicon/titles';
import { OFFICE_NAME_NOUNS, ROLE_NOUNS, roleClasses } from './lexicon/titles';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, ORGANIZATION_BY_NAME, countryOf } from './lexicon/countries';
import type { Span } from './model';
import { lowerBound } from './sorted';
import { isPortfolioWord } from './roles';
import { isSpace, lastWord, trimEndWhere } from './textTrim';
import { owned } from './ownedString';
import { POLITY_POSSESSIVE } from './lexicon/words';

// letter classes for Latin-script text without the Unicode flag (which makes V8 regexes several times slower)
const LETTERS = "[A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF.’'\\-]";
const UPPER = '[A-Z\\u00C0-\\u00DE\\u0100-\\u024F]';
const LETTER_OR_HYPHEN = '[A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\-]';
const NOUNS = ROLE_NOUNS.map(([n]) => n.replace(/[-\s]/g, (c) => (c === '-' ? '[- ]' : '\\s+'))).join('|');
// `the Belarusian head of state`, `the Secretary-General of ASEAN`, `Mr President`, `THE PRESIDENT`
const ROLE_REF = new RegExp(
  `\\b(the|mr\\.?|madam|madame)\\s+(?:(${LETTERS}+(?:\\s+${UPPER}${LETTERS}+)?)(?:\\s+side['’]s)?\\s+)?(${NOUNS})(?:\\s+of\\s+(?:the\\s+)?(${UPPER}${LETTERS}*(?:\\s+${UPPER}${LETTERS}*){0,4}))?(?!${LETTER_OR_HYPHEN})`,
  'gi',
);
/** An honorific right before a reference (`H.E. the President`): a formal mention of someone the text may not name. */
const HONORIFIC_BEFORE = /(?:\bH\.\s?E\.|\bExcellency|\bHon\.?)\s*$/;
/** `For his part,` / `on her part`: a possessive whose owner is named right after. */
const FOR_ONES_PART = /\b(?:for|on)\s+(?:his|her)\s+part\b/i;
const PRONOUN = /\b(he|him|his|she|her|hers|himself|herself)\b/gi;
/** What follows `His`/`Her` in a form of address. */
const ADDRESS_AFTER = /^\s+(?:Excellency|Majesty|Highness|Royal|Holiness|Eminence|Beatitude|Serene)\b/;
/** `her` as an object, not a possessive: before a preposition, a conjunction, an adverb in -ly or a mark (`thanked her for …`). */
const OBJECT_HER_BEFORE = /^(?:\s*[.,;:!?)”"’]|\s+(?:for|to|on|in|at|with|and|that|about|as|of|from|by|during|after|before|over|into|upon|again|once|personally|\p{Ll}+ly)\b)/u;
/**
 * Between a subject and its object pronoun, in one clause: a few words in lower case, no comma and no word that opens
 * another clause (`Saud thanked her`, `Modi has also invited him`, `Jaishankar paid a courtesy call on her`; after an
 * apposition's commas, `…, Prime Minister of Thailand, welcomed him`).
 */
const SUBJECT_THEN_VERB = /^(?:,[^,.;]{1,60},)?(?:\s+(?!(?:that|who|whom|whose|which|when|while|and|but|or|as|after|before|because|if|where|since|until)\b)\p{Ll}[\p{L}’'-]*){1,10}\s+$/u;
/** The rest of a sentence after its speaker's name: `… pointed out.`, `… said.` */
// (a few words may follow the verb: `…, Maria Zakharova told a news briefing on Thursday.`, `…, Lavrov said on Friday.`)
const TRAILING_CUE = /^\s+(?:also\s+)?(?:said|says|added|noted|pointed\s+out|stressed|remarked|explained|recalled|emphasi[sz]ed|underlined|concluded|told)(?:\s+[^\s,;:“”"]+){0,6}[.!]?$/;
/** Between a questioner and the official asked: `asked Minister `, `also asked the `. */
const ASKED_BETWEEN = /^\s+(?:also\s+|then\s+|later\s+)?asked\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

export interface Coreference {
  /** Mentions added (role and pronoun), also pushed onto each person. */
  mentions: FoundMention[];
}

interface Anchor {
  start: number;
  end: number;
  person: Person;
}

/** A comma and a space right after an office: a name in apposition may follow. */
const APPOSITION_COMMA = /^,\s/;

/** Greetings, a message or a letter passed on (GREETINGS_WORD in the clause) to someone right before a reference (TO_BEFORE). */
const GREETINGS_WORD = /\b(?:greetings|regards|wishes|message|letter)\b/i;
const TO_BEFORE = /\sto\s+(?:the\s+)?$/i;

/** Resolves role references and pronouns; `inQuote(offset)` tells offsets inside direct quotes (pronouns there are the speaker's). */
export function resolveReferences(doc: Doc, persons: Person[], inQuote: (offset: number) => boolean): Coreference {
  const added: FoundMention[] = [];
  // (a mention is its own anchor: its person is the one whose list holds it)
  const names = new Anchors(persons.flatMap((p) => p.mentions));
  // who was named last, for role nouns: names inside a quote are the speaker's words, not the narrator's
  const narrated = new Anchors(names.list.filter((a) => !inQuote(a.start)));
  const roles = new Anchors([]);
  /** Where role references that no named official holds start, in document order. */
  const unnamed: number[] = [];
  const principal = principalOf(doc, persons);
  // (no one named only in a page's credits is an office's holder: `Editor: Andrew Whyte` is not `the Somalian President`)
  const antecedents = persons.some((p) => p.roles.length === 0) ? persons.filter((p) => !onlyCredited(doc.text, p)) : persons;
  // who holds a role of a noun's classes (by its entry's array), kept until a reference adds a role
  const holders = new Map<RoleClass[], Person[]>();
  const holdersOf = (classes: RoleClass[]): Person[] => {
    let h = holders.get(classes);
    if (!h) {
      h = persons.filter((p) => p.roles.some((r) => intersects(roleClasses(r.title), classes)));
      holders.set(classes, h);
    }
    return h;
  };

  // role references first: they are anchors for the pronouns after them
  doc.forEachNamedBlock((bi) => {
    const b = doc.blocks[bi];
    // (the references depend on the block's text alone, kept by a document's memo across edits; whether a name follows
    // one is read here, since the next block may start with it)
    const refs = doc.blockDerived(bi, 'article role references', (text) => articleRoleReferences(text))
      .filter((r) => !titleBeforeName(doc, b.start + r.end))
      .map((r) => ({ ...r, start: r.start + b.start, end: r.end + b.start }));
    const bare = bareRoleReferences(doc, bi);
    if (bare.length) {
      refs.push(...bare);
      refs.sort((x, y) => x.start - y.start);
    }
    for (const ref of refs) {
      const { start, end, noun, country, org } = ref;
      if (names.overlaps(start, end)) continue;
      if (ref.bare && roles.overlaps(start, end)) continue;
      const sentence = doc.sentenceAt(start);
      // (an office no one named holds, written as a title in the narration, not after `H.E.`: `the Prime Minister was forced to wait`)
      const unheld = !ref.vocative && !org && /^\p{Lu}/u.test(noun) && !inQuote(start) && !HONORIFIC_BEFORE.test(doc.clean.slice(Math.max(0, start - 25), start));
      // `The Minister of Foreign Affairs, Igli Hasani, received …`: an office in apposition before a name is that name's
      const appositive = APPOSITION_COMMA.test(doc.clean.slice(end, end + 3)) ? names.list[names.lowerBound(end)] : undefined;
      // (the name closed by a comma, or the office opening its sentence: not an opening phrase's end, `In a conversation with
      // the Estonian Ambassador, Edgars Rinkēvičs highlighted …`)
      const inApposition = !!appositive && appositive.start <= end + 3 && (doc.clean[appositive.end] === ',' || (!!sentence && doc.clean.slice(sentence.start, start).trim() === ''));
      // (the one greetings are passed to is not their sender named just before: `conveyed the greetings and best wishes of the
      // President of the Russian Federation, Vladimir Putin, to the head of state` is the host; so no one named earlier in the
      // sentence is preferred)
      const lead = sentence ? doc.clean.slice(Math.max(sentence.start, start - 200), start) : '';
      const recipient = TO_BEFORE.test(lead) && GREETINGS_WORD.test(lead) && !/[.;:]/.test(lead.slice(lead.search(GREETINGS_WORD)));
      const person = appositive && inApposition ? appositive.person
        : resolveRole(antecedents, holdersOf(ref.classes), noun, country, org, start, ref.vocative, (p, at) => Math.max(narrated.lastOf(p, at), roles.lastOf(p, at)),
          recipient ? start : sentence?.start ?? -1, principal, sentence?.end ?? end, unheld, (o) => doc.sentenceAt(o)?.start ?? -1,
          (p, from) => Math.min(names.firstFrom(p, from), roles.firstFrom(p, from)));
      const holder = person ?? (country ? namedLaterInBlock(names, end, b.end, principal) : null);
      if (!holder) {
        // `The Secretary-General met today with H.E. Muhammadu Buhari … He commended …`: an office whose
        // holder is never named still is the one a later pronoun stands for
        if (!ref.vocative && !inQuote(start)) unnamed.push(start);
        continue;
      }
      const held = holder.roles.length;
      addRoleFromReference(holder, noun, country, org, start, end);
      if (holder.roles.length !== held) holders.clear();
      const mention: FoundMention = { start, end, kind: 'role', person: holder };
      holder.mentions.push(mention);
      added.push(mention);
      roles.append({ start, end, person: holder });
    }
  });

  // pronouns: he/she → the subject of this or the previous sentence; his/him/her → the nearest
  const fixed = new Anchors([...names.list, ...roles.list]);
  // (the given names of officials whose surname is `He`: `He Baoxiang`, `He Lifeng`)
  const heSurnamed = persons.filter((p) => p.tokens.length >= 2 && p.tokens[0] === 'He').map((p) => p.tokens[1]);
  const resolved = new Anchors([]);
  doc.forEachProseBlock((bi) => {
    const b = doc.blocks[bi];
    const s = doc.clean.slice(b.start, b.end);
    for (const m of s.matchAll(PRONOUN)) {
      const start = b.start + m.index;
      const end = start + m[0].length;
      if (inQuote(start)) continue;
      // `His Excellency Abhisit Vejjajiva`, `Her Majesty`: a form of address, no pronoun
      if (ADDRESS_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      // `He Baoxiang extended welcome …`: the surname of an official named `He …`, no pronoun
      if (m[0] === 'He' && heSurnamed.length > 0 && heSurnamed.some((given) => s.startsWith(` ${given}`, m.index + 2) && !/\p{L}/u.test(s[m.index + 3 + given.length] ?? ''))) continue;
      const word = m[0].toLowerCase();
      const female = word.startsWith('s') || word === 'her' || word === 'hers' || word === 'herself';
      const subject = word === 'he' || word === 'she';
      const object = word === 'him' || (word === 'her' && OBJECT_HER_BEFORE.test(s.slice(m.index + 3, m.index + 24)));
      // `For his part, Albares stressed …`, `In her closing remarks after hosting Lavrov, Pandor said`: a possessive in an
      // opening phrase is the subject's who follows its comma, not whoever spoke before
      const ahead = !subject ? subjectAfterOpening(doc, fixed, start, end, b.start, b.end) : null;
      const person = ahead ?? resolvePronoun(doc, [fixed, resolved], start, female, subject, object, inQuote, unnamed);
      if (!person) continue;
      const mention: FoundMention = { start, end, kind: 'pronoun', person };
      person.mentions.push(mention);
      added.push(mention);
      // a resolved pronoun is itself an anchor for the next one (pronouns come in document order)
      resolved.append({ start, end, person });
      if (!person.gender) person.gender = female ? 'f' : 'm';
    }
  });
  for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
  return { mentions: added };
}

/** A role noun standing for an official, before it is resolved. */
interface RoleReference {
  start: number;
  end: number;
  noun: string;
  classes: RoleClass[];
  country: string | null;
  org: string | null;
  /** `Mr President`: addresses someone. */
  vocative: boolean;
  /** Without an article (`Kazakhstan President said`): yields to a reference with one. */
  bare: boolean;
}

/** The role references with an article (`the President`, `Mr President`) in a block's text `s`, offsets relative to it. */
function articleRoleReferences(s: string): RoleReference[] {
  const out: RoleReference[] = [];
  ROLE_REF.lastIndex = 0;
  for (let m = ROLE_REF.exec(s); m; m = ROLE_REF.exec(s)) {
    const start = m.index;
    const { end, ofWhat } = roleRefExtent(m, start);
    // a complement cut short (`the President of the European Commission and the Prime Minister …`)
    // gives the rest back: the next reference may start inside what the pattern read
    if (end < start + m[0].length) ROLE_REF.lastIndex = end;
    // `the Office of the Prime Minister`: the office's name, no reference to its holder
    if (s.endsWith('of ', m.index) && OFFICE_OF_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    let noun = m[3];
    let qualifier: string | null = m[2] ?? null;
    // `the Prime Minister`: the pattern may read `Prime` as a qualifier of `Minister`; the whole is the noun
    let joined = qualifier ? roleNounEntry(`${qualifier} ${noun}`) : undefined;
    if (joined) { noun = `${qualifier} ${noun}`; qualifier = null; }
    // `the Ukrainian foreign minister`: the qualifier's second word is the noun's (case-blind pattern), its first the country
    const space = qualifier ? qualifier.indexOf(' ') : -1;
    if (qualifier && space > 0 && (joined = roleNounEntry(`${qualifier.slice(space + 1)} ${noun}`))) {
      noun = `${qualifier.slice(space + 1)} ${noun}`;
      qualifier = qualifier.slice(0, space);
    }
    const entry = joined ?? roleNounEntry(noun);
    if (!entry) continue;
    // `the current Prime Minister`, `the incumbent President`: the office's holder now, as `the Prime Minister` is
    if (qualifier && /^(?:current|incumbent|sitting|serving)$/i.test(qualifier)) qualifier = null;
    // `the presidential aide`, `the senior adviser`: the office served or the rank, no country
    if (qualifier && entry[1].includes('aide') && /^(?:presidential|senior|special|top|chief)$/i.test(qualifier)) qualifier = null;
    // `the country's top diplomat`, `the kingdom's foreign minister`: the polity the text speaks of, no country of its own
    if (qualifier && POLITY_POSSESSIVE.test(qualifier)) qualifier = null;
    // plural or generic (`the two presidents`) are bodies, not one official
    if (qualifier && /^(?:two|three|both|all|other|former|new|next|first|late)$/i.test(qualifier)) continue;
    const country = (qualifier ? countryOfQualifier(qualifier) : null) ?? (ofWhat ? countryOf(ofWhat) : null);
    const org = ofWhat && !country ? ofWhat : qualifier && ORGANIZATION_BY_NAME.has(qualifier.toLowerCase()) ? qualifier : null;
    if (qualifier && !country && !org && /^\p{Ll}/u.test(qualifier)) continue; // `the new president`, `the acting minister`
    out.push({ start, end, noun, classes: entry[1], country, org, vocative: /^m/i.test(m[1]), bare: false });
  }
  return out;
}

/** An office's name before a title: `the Office of` (the Prime Minister), `the Ministry of`, `the Cabinet of`. */
const OFFICE_OF_BEFORE = new RegExp(`\\b(?:${OFFICE_NAME_NOUNS.join('|')})\\s+of\\s+$`, 'i');

/** Words after a title that do not make it a title before a name (`the President and …`, `the Minister said`). */
const TITLE_THEN_WORDS = new Set(['and', 'of', 'the', 'in', 'on', 'at', 'for', 'to', 'with', 'said', 'stressed', 'noted']);
const NAME_AFTER_TITLE = new RegExp(`^\\s+(?!(?:${[...TITLE_THEN_WORDS].join('|')})\\b)[\\p{Lu}]`, 'u');

/** A title right before a name belongs to that name (`the President of Belarus Aleksandr Lukashenko`). */
function titleBeforeName(doc: Doc, end: number): boolean {
  const after = doc.clean.slice(end, end + 40);
  return NAME_AFTER_TITLE.test(after) && !/^\s+[\p{Lu}]{2,}\b/u.test(after);
}

function countryOfQualifier(qualifier: string): string | null {
  const q = qualifier.toLowerCase();
  // (a country's possessive too: `Iran’s Foreign minister`)
  return COUNTRY_BY_DEMONYM.get(q) ?? COUNTRY_BY_NAME.get(q.replace(/^the /, '').replace(/['’]s$/, '')) ?? null;
}

/** A role noun as its words, with its entry. */
interface RoleNounWords {
  words: string[];
  entry: [string, RoleClass[]];
}
/** Role nouns by their first word, longest first (`foreign minister` before `foreign`…); made on first use. */
let roleNounsByFirstWord: Map<string, RoleNounWords[]> | undefined;
function roleNounsStartingWith(word: string): RoleNounWords[] | undefined {
  if (!roleNounsByFirstWord) {
    roleNounsByFirstWord = new Map();
    for (const [text, entry] of ROLE_NOUN_BY_TEXT) {
      const words = text.split(' ');
      const list = roleNounsByFirstWord.get(words[0]) ?? [];
      list.push({ words, entry });
      roleNounsByFirstWord.set(words[0], list);
    }
    for (const list of roleNounsByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  return roleNounsByFirstWord.get(word);
}

/** Words before `Kazakhstan President` that make it someone else than the office's holder now, or a plain noun phrase. */
const NOT_BEFORE_BARE_ROLE = new Set(['the', 'a', 'an', 'former', 'ex', 'late', 'then', 'new', 'next', 'incoming', 'outgoing', 'acting', 'future', 'previous', 'every', 'each', 'no', 'his', 'her', 'their', 'its', 'our', 'your', 'my']);

/**
 * `Kazakhstan President expressed confidence …`, `NATO Secretary General said …`: an office after its
 * country or organization without an article, as news agencies write it — a reference to the holder
 * when no name follows (`Kazakhstan President Kassym-Jomart Tokayev` is a title before a name).
 */
function bareRoleReferences(doc: Doc, bi: number): RoleReference[] {
  const out: RoleReference[] = [];
  const ts = doc.tokens(bi);
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i];
    // (cheapest test first: a capitalized word right before; most words have none)
    const prev = ts[i - 1];
    if (!t.word || !prev.word || !prev.cap) continue;
    const nouns = roleNounsStartingWith(t.lower);
    if (!nouns) continue;
    const noun = nouns.find(({ words }) => words.every((w, k) => i + k < ts.length && ts[i + k].lower === w));
    if (!noun) continue;
    const length = noun.words.length;
    const last = ts[i + length - 1];
    // (most such offices are titles before a name, `Belarusian President Aleksandr Lukashenko`: seen first, cheaply)
    const next = ts[i + length];
    if (next && next.word && next.cap && !next.allCaps && !TITLE_THEN_WORDS.has(next.lower)) continue;
    // the country or organization: one or two capitalized words right before (`South Korean`, `NATO`)
    let found: { at: number; country: string | null; org: string | null } | null = null;
    for (let n = 2; n >= 1 && !found; n--) {
      const at = i - n;
      if (at < 0 || (n === 2 && !(ts[at].word && ts[at].cap))) continue;
      const qualifier = n === 2 ? `${ts[at].text} ${prev.text}` : prev.text;
      const country = countryOfQualifier(qualifier);
      const org = !country && ORGANIZATION_BY_NAME.has(qualifier.toLowerCase()) ? qualifier : null;
      if (country || org) found = { at, country, org };
    }
    if (!found) continue;
    // (a country's possessive only before the office's own verb, `Iran’s Foreign minister has reiterated`: not a title going on
    // to a name, `Uruguay’s Ambassador to Washington Andrés Durán`)
    if (/['’]s$/.test(prev.text) && found.at === i - 1 && !(next && next.word && !next.cap && !POSSESSIVE_OFFICE_GOES_ON.has(next.lower))) continue;
    const before = found.at > 0 ? ts[found.at - 1] : null;
    if (before && before.word && NOT_BEFORE_BARE_ROLE.has(before.lower)) continue;
    const start = ts[found.at].start;
    const end = last.end;
    if (titleBeforeName(doc, end)) continue;
    out.push({ start, end, noun: doc.clean.slice(t.start, end), classes: noun.entry[1], country: found.country, org: found.org, vocative: false, bare: true });
    i += length - 1;
  }
  return out;
}

const POSSESSIVE_OFFICE_GOES_ON = new Set(['of', 'to', 'for', 'in', 'at', 'and']);

/** Mentions sorted by offset, searched by binary search so that resolution stays linear in the text. */
class Anchors {
  readonly list: Anchor[];
  private readonly byPerson = new Map<Person, number[]>();

  constructor(list: Anchor[]) {
    this.list = list.sort((a, b) => a.start - b.start);
    for (const a of this.list) this.starts(a.person).push(a.start);
  }

  private starts(p: Person): number[] {
    let s = this.byPerson.get(p);
    if (!s) { s = []; this.byPerson.set(p, s); }
    return s;
  }

  /** Adds an anchor after every one already there. */
  append(a: Anchor): void {
    this.list.push(a);
    this.starts(a.person).push(a.start);
  }

  /** Index of the first anchor starting at or after `at`. */
  lowerBound(at: number): number {
    return lowerBound(this.list, at, (a) => a.start);
  }

  overlaps(start: number, end: number): boolean {
    const i = this.lowerBound(start);
    if (i < this.list.length && this.list[i].start < end) return true;
    return i > 0 && this.list[i - 1].end > start;
  }

  /** Where person is first mentioned at or after `at`, or Infinity. */
  firstFrom(p: Person, at: number): number {
    const s = this.byPerson.get(p);
    if (!s) return Infinity;
    const i = lowerBound(s, at, (x) => x);
    return i < s.length ? s[i] : Infinity;
  }

  /** Where person was last mentioned before `at`, or -1. */
  lastOf(p: Person, at: number): number {
    const s = this.byPerson.get(p);
    if (!s) return -1;
    const i = lowerBound(s, at, (x) => x);
    return i > 0 ? s[i - 1] : -1;
  }
}

/** The role noun a phrase is (`Prime Minister`, `secretary general`), if it is one. */
function roleNounEntry(phrase: string): [string, RoleClass[]] | undefined {
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').replace('secretary general', 'secretary-general');
  return ROLE_NOUN_BY_TEXT.get(text);
}
/** Each role noun by its text and its text with the first hyphen a space; the first entry in ROLE_NOUNS wins. */
const ROLE_NOUN_BY_TEXT = new Map<string, [string, RoleClass[]]>();
for (const entry of ROLE_NOUNS) {
  for (const text of [entry[0], entry[0].replace('-', ' ')]) if (!ROLE_NOUN_BY_TEXT.has(text)) ROLE_NOUN_BY_TEXT.set(text, entry);
}

/**
 * `The main topic of conversation with the Uzbekistan president was … Aleksandr Lukashenko and
 * Shavkat Mirziyoyev spoke …`: a reference with a country that no one holds yet names the first
 * official named after it in its paragraph who has no office of their own (not the principal).
 */
function namedLaterInBlock(names: Anchors, from: number, blockEnd: number, principal: Person | null): Person | null {
  for (let i = names.lowerBound(from); i < names.list.length && names.list[i].start < blockEnd; i++) {
    const p = names.list[i].person;
    if (p !== principal && p.roles.length === 0 && !p.country) return p;
  }
  return null;
}

/**
 * Where a role reference ends. The pattern is case-blind, so its `of …` complement may run on
 * into lower-case words (`the Russian minister of foreign affairs started by saying`): the
 * complement keeps its capitalized and portfolio words only, or is dropped.
 */
function roleRefExtent(m: RegExpMatchArray, start: number): { end: number; ofWhat: string | null } {
  const full = m[0];
  const ofWhat = m[4];
  if (!ofWhat) return { end: start + full.length, ofWhat: null };
  const at = full.length - ofWhat.length;
  let kept = 0;
  for (const w of ofWhat.matchAll(/\S+/g)) {
    if (!/^\p{Lu}/u.test(w[0]) && !isPortfolioWord(w[0])) break;
    // `of the European Commission and the Prime Minister …`: `and the` opens another noun phrase
    if (w[0] === 'and' && /^\s+the\b/.test(ofWhat.slice(w.index + 3))) break;
    kept = w.index + w[0].length;
  }
  if (kept > 0) return { end: start + at + kept, ofWhat: ofWhat.slice(0, kept) };
  // drop `of` (and `the`) with the complement
  let head = trimEndWhere(full.slice(0, at), isSpace);
  if (lastWord(head)?.toLowerCase() === 'the') head = trimEndWhere(head.slice(0, -3), isSpace);
  if (lastWord(head)?.toLowerCase() === 'of') head = trimEndWhere(head.slice(0, -2), isSpace);
  return { end: start + head.length, ofWhat: null };
}

/** A noun that names an organization's leader whatever the title (`the IAEA chief`, `the WHO head`). */
const GENERIC_LEADER = /^(?:chief|head|leader)$/;

/** A body's name by its initials, as its acronym spells them: `World Health Organization` → `WHO`, `Organization of American States` → `OAS`. */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** The official a role noun stands for: the one holding such a role (of that country), the most recently mentioned first. */
export function resolveRole(
  persons: Person[], holders: readonly Person[], noun: string, country: string | null, org: string | null, at: number, vocative: boolean,
  lastMention: (p: Person, at: number) => number, sentenceStart: number, principal: Person | null, sentenceEnd: number,
  unheld = false, sentenceStartOf: (offset: number) => number = () => -1,
  /** Where a person is first mentioned at or after an offset (Infinity if not), found by binary search. */
  firstMentionFrom: (p: Person, from: number) => number = () => Infinity,
): Person | null {
  // (those holding a role of the noun's classes; the list is shared, not changed)
  let cands: readonly Person[] = holders;
  // a reference points back to one named before it (or in its sentence) rather than ahead to one named later: `The President
  // named China …` is the host, not `China’s President Xi Jinping` paragraphs on (with no one before, ahead it is)
  if (cands.length > 1) {
    const named = cands.filter((p) => lastMention(p, sentenceEnd) >= 0);
    if (named.length > 0) cands = named;
  }
  // the country first: `the Indonesian minister` is the Indonesian one, whatever the wording of the titles
  if (country) {
    const ofCountry = (p: Person): boolean => (p.country ?? '') === country || p.roles.some((r) => r.country && (countryOf(r.country) ?? r.country) === country);
    // (of those named before; else of all: `the Russian minister` is Lavrov named later, not the Omani minister named before)
    let same = cands.filter(ofCountry);
    if (same.length === 0 && cands !== holders) same = holders.filter(ofCountry);
    // `Prime Minister Keir Starmer …, the Prime Minister of the United Kingdom`: the one such office holder
    // named just before, whose country the text had not said yet
    const unknown = cands.filter((p) => !p.country && !p.roles.some((r) => r.country) && at - lastMention(p, at) < 600);
    // (the one holder of such an office in the whole text, whose country it never says, named far before or only
    // later: an excerpt that opens with `the Saudi crown prince` and names `Crown Prince Mohammed bin Salman` paragraphs on)
    const sole = cands.length === 1 && !cands[0].country && !cands[0].roles.some((r) => r.country) ? cands : [];
    cands = same.length > 0 ? same : unknown.length === 1 ? unknown : sole;
  }
  // a title that is the noun itself (`the Secretary` → `Secretary`) beats one of the same class
  const n = noun.toLowerCase().replace(/\s+/g, ' ');
  // `the Indian minister` is a minister, not the Prime Minister, whose title also holds the word
  if (cands.length > 1 && n.endsWith('minister') && !/\bprime minister$/.test(n)) {
    const ministers = cands.filter((p) => p.roles.some((r) => { const c = roleClasses(r.title); return c.has('minister') && !c.has('prime-minister'); }));
    if (ministers.length > 0) cands = ministers;
  }
  // (every candidate holds a role: its fit is its best role's, read once)
  const fits = cands.map((p) => {
    let f = -Infinity;
    for (const r of p.roles) {
      const t = titleKey(r.title);
      // (a one-word noun fits a longer title only by its head's wording, which says nothing: `the minister` is no closer
      // to a `Foreign Minister` than to a `Minister of Foreign Affairs`)
      const v = t === n ? 2 : n.startsWith(t) || (t.endsWith(n) && n.includes(' ')) ? 1 : 0;
      if (v > f) f = v;
    }
    return f;
  });
  let bestFit = -1;
  for (const f of fits) if (f > bestFit) bestFit = f;
  if (bestFit > 0) cands = cands.filter((_, i) => fits[i] === bestFit);
  if (org) {
    const o = org.toLowerCase();
    // (`the WHO head` for the `World Health Organization`'s: an acronym stands for its name's initials)
    const acronym = /^[A-Z]{2,}$/.test(org) ? org : null;
    const ofOrg = (p: Person): boolean => p.roles.some((r) => (r.organization ?? '').toLowerCase().includes(o) || o.includes((r.organization ?? '\u0000').toLowerCase()) || (acronym !== null && r.organization !== null && initialsOf(r.organization) === acronym));
    const withOrg = cands.filter(ofOrg);
    // `the IAEA chief` is whoever the text names at the IAEA's head, whatever the title's wording (`Director-General`),
    // not a `Head` of another body: a generic noun names the organization's leader
    const leaders = withOrg.length === 0 && GENERIC_LEADER.test(n) ? persons.filter((p) => ofOrg(p) && lastMention(p, sentenceEnd) >= 0) : [];
    if (withOrg.length) cands = withOrg;
    else if (leaders.length === 1) cands = leaders;
  }
  if (cands.length === 0 && (country || unheld)) {
    // `the Uzbek leader` when no office was given: the official named last nearby, of that country or of none known;
    // `the Prime Minister` when no one holds an office of the kind: the one official named nearby with no office at all
    let nearest: Person | null = null;
    let nearestAt = -1;
    // an office (`the President of Kosovo`) is not someone known to hold another one (a High Representative)
    const generic = /^(?:leader|head|head of state|head of government)$/.test(n);
    const near: [Person, number][] = [];
    for (const p of persons) {
      if (country && p.country && p.country !== country) continue;
      if ((!generic || !country) && p.roles.length > 0) continue;
      const last = lastMention(p, at);
      if (last >= 0 && at - last < (country ? 600 : 300)) near.push([p, last]);
      if (last > nearestAt && at - last < (country ? 600 : 300)) { nearestAt = last; nearest = p; }
    }
    // (of two named last in one sentence, its subject, named first: `Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev … “…,” the
    // Uzbek President said`)
    if (nearest && near.length > 1) {
      const from = sentenceStartOf(nearestAt);
      // (not one whose country is unknown over one known to be of it)
      for (const [p, last] of near) {
        if (from >= 0 && last >= from && last < nearestAt && p.country === nearest.country && firstMentionFrom(p, from) < firstMentionFrom(nearest, from)) { nearest = p; nearestAt = last; }
      }
    }
    const officeless = persons.filter((p) => p.roles.length === 0);
    // (without a country, only where one official has no office: who else could `the Prime Minister` be)
    if (nearest && !country && officeless.length > 1) nearest = null;
    // (`The Ukrainian foreign minister and his US counterpart discussed …` opening a story that names him after: the
    // one official with no office, named in the next few hundred characters)
    if (!nearest && officeless.length === 1) {
      const [p] = officeless;
      if ((!country || !p.country || p.country === country) && p.mentions.some((m) => m.kind === 'name' && m.start > at && m.start - at < 400)) nearest = p;
    }
    // (or, of several with no office, the one named next, when no one was named before: `Cuba’s Foreign Minister said here
    // Monday …` and then `Felipe Pérez, who is in Paris …`)
    // (a lead's: in the first 2,000 characters, so that a page of unresolved references is not compared with every name)
    if (!nearest && officeless.length > 1 && at < 2_000 && !persons.some((p) => p.mentions.some((m) => m.kind === 'name' && m.start < at))) {
      let next: Person | null = null;
      let nextAt = at + 400;
      for (const p of persons) for (const m of p.mentions) if (m.kind === 'name' && m.start > at && m.start < nextAt) { next = p; nextAt = m.start; }
      // (named as the subject that opens the very next sentence, as a story names whom its lead called by office)
      if (next && next.roles.length === 0 && sentenceStartOf(nextAt) === nextAt && nextAt - sentenceEnd <= 4 && (!country || !next.country || next.country === country)) nearest = next;
    }
    if (nearest && country && !nearest.country) nearest.country = country;
    return nearest;
  }
  if (cands.length <= 1) return cands[0] ?? null;
  // a vocative (`Mr President`) addresses someone other than the last speaker: left unresolved
  if (vocative) return null;
  // one named in this very sentence; else the document's principal (on a leader's own site `the head of
  // state` is that leader, whoever was named last); else the one mentioned last
  let best: Person | null = null;
  let bestAt = -1;
  for (const p of cands) {
    const last = lastMention(p, at);
    if (last > bestAt) { bestAt = last; best = p; }
  }
  if (best && sentenceStart >= 0 && bestAt >= sentenceStart) return best;
  if (principal && cands.includes(principal)) return principal;
  return best ?? cands[0];
}

/** A title in lower case with its spaces single, kept per title: the same few titles are compared for every reference. */
const titleKeys = new Map<string, string>();
export function titleKey(title: string): string {
  let k = titleKeys.get(title);
  if (k === undefined) {
    k = title.toLowerCase().replace(/\s+/g, ' ');
    if (titleKeys.size < 10000) titleKeys.set(owned(title), owned(k));
  }
  return k;
}

function intersects(a: Set<RoleClass>, b: RoleClass[]): boolean {
  return b.some((c) => a.has(c));
}

const OPENING_PHRASE = /^\s*(?:after|before|during|following|upon|on|at|in|with|ahead\s+of|prior\s+to)\b/i;
/** A sentence opening with a participle or a preposition of time: `Meeting X in Tallinn today, …`, `After talks with X, …`. */
const PARTICIPLE_OPENING = /^\s*(?:\p{Lu}\p{Ll}+ing|After|Before|During|Following|Upon|Ahead\s+of|Prior\s+to)\s/u;
/** A preposition before a name and its titles: `with `, `with French Foreign Minister `. */
const PREPOSITION_BEFORE_NAME = /\b(?:with|by|to|for|from|against|between|of)\s+(?:(?:the|[A-Z][\w.’'-]*)\s+){0,5}$/;

/** A verb of saying right before a possessive (`says her`, `said his`). */
const SAYING_THEN_POSSESSIVE = /\b(?:says|said|stated|states|announced|announces|declared|declares|added|adds)\s+$/i;

/**
 * he/she: the first official mentioned in this sentence before the pronoun (the subject), else
 * the first mentioned in the nearest earlier sentence with any; his/him/her: the nearest before it.
 */
function resolvePronoun(
  doc: Doc, lists: Anchors[], at: number, female: boolean, subject: boolean, object: boolean, inQuote: (o: number) => boolean, unnamed: number[],
): Person | null {
  // (who an object pronoun cannot be: the subject of its own verb)
  let notThem: Person | null = null;
  const fits = (a: Anchor): boolean => a.person !== notThem && !inQuote(a.start) && (female ? a.person.gender !== 'm' : a.person.gender !== 'f');
  const sentence = doc.sentenceAt(at);
  const sentStart = sentence ? sentence.start : at;
  const inRange = (lo: number, hi: number): Anchor[] => {
    const out: Anchor[] = [];
    for (const l of lists) for (let i = l.lowerBound(lo); i < l.list.length && l.list[i].start < hi; i++) if (fits(l.list[i])) out.push(l.list[i]);
    return out.sort((a, b) => a.start - b.start);
  };
  // a sentence without end (scraped text) is read within 300 characters of the pronoun
  let here = inRange(Math.max(sentStart, at - 300), at);
  // `After the interview with Le Drian on Thursday morning, she said …`: whom an opening phrase names after a preposition
  // is not the subject that follows its comma
  if (subject && here.length && OPENING_PHRASE.test(doc.clean.slice(sentStart, Math.min(at, sentStart + 40))) && /,\s*$/.test(doc.clean.slice(Math.max(sentStart, at - 4), at))) {
    here = here.filter((a) => !PREPOSITION_BEFORE_NAME.test(doc.clean.slice(Math.max(sentStart, a.start - 60), a.start)));
  }
  // an unnamed office holder as the subject before the named ones: the pronoun is theirs, no named official's
  const unnamedSubject = (from: number, to: number, before: number): boolean => {
    const i = lowerBound(unnamed, from, (x) => x);
    return i < unnamed.length && unnamed[i] < to && unnamed[i] < before;
  };
  // `she`: a woman the text marks as one (`Spokeswoman Kanze Dena`, `Ms Costa`) before an official of unknown gender
  const woman = (list: Anchor[]): Anchor | undefined => (female && list[0].person.gender !== 'f' ? list.find((a) => a.person.gender === 'f') : undefined);
  if (here.length) {
    if (subject && unnamedSubject(Math.max(sentStart, at - 300), at, here[0].start)) return null;
    if (subject) return (woman(here) ?? here[0]).person;
    // `Mia Mottley, in a stinging rebuke of the Donald Trump Administration, says her Government …`: a possessive right
    // after a verb of saying is the sentence's subject's, who opens it, not whoever an aside named last
    const opener = here[0];
    if (!object && here.length > 1 && SAYING_THEN_POSSESSIVE.test(doc.clean.slice(Math.max(sentStart, at - 12), at))
      && !doc.clean.slice(sentStart, opener.start).includes(',')) return opener.person;
    // `Saud thanked her`: an object is not the subject of its own verb; someone before it, or in an earlier sentence, is meant
    const last = here[here.length - 1];
    if (!object || !SUBJECT_THEN_VERB.test(doc.clean.slice(last.end, at))) return last.person;
    notThem = last.person;
    for (let k = here.length - 2; k >= 0; k--) if (fits(here[k])) return here[k].person;
  }
  // the nearest earlier anchor, back to three blocks before (a paragraph of quotes and one naming no one may come between)
  const block = doc.blockAt(at);
  const floor = block >= 3 ? doc.blocks[block - 3].start : 0;
  let nearest: Anchor | null = null;
  for (const l of lists) {
    for (let i = l.lowerBound(sentStart) - 1; i >= 0 && l.list[i].start >= floor; i--) {
      if (fits(l.list[i])) { if (!nearest || l.list[i].start > nearest.start) nearest = l.list[i]; break; }
    }
  }
  // far from any anchor (after paragraphs of quotes): the one official the text marks with this pronoun's gender
  if (!nearest) return onlyOfGender(lists[0], female ? 'f' : 'm', at);
  // an unnamed office holder named after the nearest official, as the subject of a later sentence
  for (let i = lowerBound(unnamed, nearest.end, (x) => x); i < unnamed.length && unnamed[i] < sentStart; i++) {
    const s = doc.sentenceAt(unnamed[i]);
    if (s && inRange(s.start, unnamed[i]).length === 0) return null;
  }
  if (!subject) return nearest.person;
  const s: Span | null = doc.sentenceAt(nearest.start);
  if (!s) return nearest.person;
  // `…, Vucic pointed out. He also announced …`: who closes the sentence as its speaker is its subject
  if (TRAILING_CUE.test(doc.clean.slice(nearest.end, s.end).trimEnd())) return nearest.person;
  let inSentence = inRange(Math.max(s.start, nearest.start - 300), nearest.start + 1);
  // `Meeting the Foreign Minister of Poland Radosław Sikorski …, Foreign Minister Urmas Paet noted …`: whom an opening
  // phrase names is not the subject after its comma
  const comma = doc.clean.slice(s.start, Math.min(s.end, s.start + 200)).indexOf(', ');
  if (comma > 0 && PARTICIPLE_OPENING.test(doc.clean.slice(s.start, s.start + 30))) {
    const after = inSentence.filter((a) => a.start > s.start + comma);
    if (after.length) inSentence = after;
  }
  const first = (inSentence.length ? woman(inSentence) : undefined) ?? inSentence[0] ?? nearest;
  if (unnamedSubject(Math.max(s.start, nearest.start - 300), first.start, first.start)) return null;
  // `X asked Minister Y about … “…,” she said.`: who answers is the one asked
  const asked = inRange(first.end, s.end)[0];
  if (asked && ASKED_BETWEEN.test(doc.clean.slice(first.end, asked.start))) return asked.person;
  return first.person;
}

/** For a possessive in a sentence's opening phrase (`For his part,`, `In her closing remarks …,`), the one named right after its comma. */
function subjectAfterOpening(doc: Doc, fixed: Anchors, start: number, end: number, blockStart: number, blockEnd: number): Person | null {
  if (FOR_ONES_PART.test(doc.clean.slice(Math.max(blockStart, start - 4), Math.min(blockEnd, end + 6)))) return fixed.list[fixed.lowerBound(end)]?.person ?? null;
  const sentence = doc.sentenceAt(start);
  if (!sentence || start - sentence.start > 60) return null;
  if (!OPENING_PREPOSITION.test(doc.clean.slice(sentence.start, start))) return null;
  // (`In his words, the President of Russia intended …`, `In her view, …`: whose words they are is who spoke before, not the
  // subject of what they said)
  if (WORDS_OF.test(doc.clean.slice(end, end + 14))) return null;
  // (the comma within 120 characters: looked for there only, a text without commas costs no more)
  const near = doc.clean.slice(end, Math.min(sentence.end, start + 120)).indexOf(',');
  if (near < 0) return null;
  const comma = end + near;
  // (the name opens the clause after the comma, `, Pandor said`, and no one is named before it in the sentence)
  const next = fixed.list[fixed.lowerBound(comma)];
  const first = fixed.list[fixed.lowerBound(sentence.start)];
  if (!next || next.start > comma + 20 || first.start < start) return null;
  return next.person;
}
const OPENING_PREPOSITION = /^(?:in|at|during|after|following|upon|on|for|with|before|while|throughout)\s/i;
/** After the possessive: a report's frame (`In his words,`, `In her view,`), not an occasion of the subject's. */
const WORDS_OF = /^\s+(?:words|view|opinion|estimation|assessment|judgement|judgment)\b/i;

/**
 * The one person named before `at` whose gender is known to be `gender`, if there is exactly one. A woman is
 * usually marked (`Ms`, `Minister … her counterpart`), a man seldom: for `he` an unmarked person may be him too.
 */
function onlyOfGender(anchors: Anchors, gender: 'f' | 'm', at: number): Person | null {
  let only: Person | null = null;
  // (read over the first 500 mentions at most: each pronoun far from any name asks, and a long text has many)
  for (let i = 0; i < anchors.list.length && i < 500; i++) {
    const a = anchors.list[i];
    if (a.start >= at) break;
    if (a.person === only) continue;
    if (a.person.gender !== gender) {
      if (!a.person.gender && gender === 'm') return null;
      continue;
    }
    if (only) return null;
    only = a.person;
  }
  return only;
}

/** A role reference that says more than the roles known (`the Secretary of State` for a `Secretary`) adds that role. */
function addRoleFromReference(person: Person, noun: string, country: string | null, org: string | null, start: number, end: number): void {
  if (/^(?:head|leader|head of state|head of government|diplomat|top diplomat|defen[cs]e\s+chief)$/i.test(noun.trim())) {
    // (no office, but the country a government's own release left out: `President Bola Tinubu … The Nigerian leader`)
    const canonical = country ? countryOf(country) ?? country : null;
    if (country && (!person.country || person.country === canonical) && person.roles.every((r) => !r.country)) {
      person.country = canonical;
      for (const r of person.roles) if (!r.organization) r.country = country;
    }
    return;
  }
  const title = noun.replace(/\s+/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const key = title.toLowerCase();
  // (an envoy's title with the post is the same office: `the Ambassador` for an `Ambassador to Cameroon`)
  const same = person.roles.filter((r) => {
    const held = r.title.toLowerCase();
    return held === key || held.endsWith(' ' + key) || held.startsWith(key + ' to ');
  });
  if (same.length > 0) {
    // the reference tells the country the title did not: `the Prime Minister of the United Kingdom`
    const bare = same.find((r) => !r.country && !r.organization);
    if (bare && country && !same.some((r) => r.country)) {
      bare.country = country;
      if (!person.country) person.country = countryOf(country) ?? country;
    }
    return;
  }
  const more = person.roles.some((r) => title.toLowerCase().startsWith(r.title.toLowerCase() + ' '));
  // (someone the text gives no office of their own takes the one a reference to them names: `the Prime Minister`)
  if (!more && !country && person.roles.length > 0) return;
  person.roles.push({ title, organization: org, country, start, end });
}

/**
 * The document's principal, whom an unqualified `the head of state` means: the first official
 * named in the first paragraph of prose (the host, on a leader's own site); failing that, the one
 * named most often.
 */
function principalOf(doc: Doc, persons: Person[]): Person | null {
  let first: Block | null = null;
  for (const b of doc.blocks) if (isProse(b) && b !== doc.title) { first = b; break; }
  if (first) {
    // a guest is not the principal: the one the headline meets (`Meeting with Russian President
    // Vladimir Putin`), or whose visit the text reports (`an official visit of President … Putin`)
    const title = doc.title;
    const withAt = title ? doc.clean.slice(title.start, title.end).search(/\bwith\b/i) : -1;
    const guest = (p: Person): boolean => p.mentions.some((m) =>
      (title && withAt >= 0 && m.start >= title.start + withAt && m.end <= title.end)
      || /\bvisit\s+(?:of|by)\s+(?:[^\s.,;:]+\s+){0,5}$/i.test(doc.clean.slice(Math.max(0, m.start - 60), m.start)));
    let best: { at: number; person: Person } | null = null;
    let host: { at: number; person: Person } | null = null;
    for (const p of persons) {
      // (read for those named in the first paragraph only: it searches before every mention)
      let isGuest: boolean | undefined;
      for (const m of p.mentions) {
        if (m.start < first.start || m.end > first.end) continue;
        if (!best || m.start < best.at) best = { at: m.start, person: p };
        if ((!host || m.start < host.at) && !(isGuest ??= guest(p))) host = { at: m.start, person: p };
      }
    }
    const pick = host ?? best;
    if (pick) return pick.person;
  }
  return persons.reduce<Person | null>((best, p) => (!best || p.mentions.length > best.mentions.length ? p : best), null);
}
