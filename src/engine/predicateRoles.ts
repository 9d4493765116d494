// Roles the text gives in passing rather than as a title next to the name (guide §1, predicate
// forms): `Xi Jinping's re-election as General Secretary of the CPC Central Committee`,
// `his Russian counterpart Sergey Lavrov` (the same office as the subject's, of that country).
import type { Doc } from './doc';
import type { Person } from './officials';
import type { FoundRole } from './roles';
import { isTitleHead, isTitleWord, parseRole, singularOf, splitRoleChain } from './roles';
import { countryOf } from './lexicon/countries';
import { HONORIFICS } from './lexicon/titles';
import { lowerBound } from './sorted';
import { CALENDAR_WORDS } from './lexicon/words';
import { addHomeCountries, type CounterpartPair } from './homeCountry';

const AS_ROLE = /\b(?:election|re-election|reelection|appointment|inauguration|confirmation|nomination|tenure|capacity)\s+as\s+/gi;
// `X … after he was named Kenya’s Foreign Affairs Cabinet Secretary`, `X, who was appointed as Minister of …`: an office
// taken, right after a name (or its `, who` / `after he`)
// (or the office right after the name: `the inauguration of Ebrahim Raisi as the new Iranian president`)
// (or the chair a name holds now, in lower case too: `dos Santos is the current chair of the International Conference on …`)
// (or the post taken up: `Kao Kim Hourn has taken up the position of ASEAN Secretary-General`, `… assumed the post of …`)
const NAMED_ROLE_AFTER = /(?:(?:,\s+who|\s+(?:after|when|since|once)\s+(?:he|she))?\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:newly\s+)?(?:named|appointed|elected|re-elected|sworn\s+in)\s+(?:as\s+)?|\s+as\s+(?:the\s+)?(?:new\s+)?|\s+(?:has\s+|had\s+)?(?:officially\s+)?(?:taken\s+up|took\s+up|takes\s+up|assumed|assumes)\s+(?:the\s+)?(?:position|post|office|duties|role)\s+(?:of|as)\s+)(?=(?:the\s+)?[A-Z])|\s+is\s+(?:also\s+|now\s+)?the\s+(?:current\s+|incoming\s+|rotating\s+|new\s+)?(?=(?:chair|chairman|chairperson|chairwoman)\s+of\s)/y;
// `Presidents of Kazakhstan and Belarus … Kassym-Jomart Tokayev and Alexander Lukashenko`: one office, two countries, in order
const OFFICE_OF_TWO = /\b(Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers\s+of\s+Foreign\s+Affairs|Heads\s+of\s+State|Leaders)\s+of\s+(?:the\s+)?([A-Z][A-Za-z\u00C0-\u024F-]*(?:\s+[A-Z][A-Za-z\u00C0-\u024F-]*){0,3})\s+and\s+(?:the\s+)?([A-Z][A-Za-z\u00C0-\u024F-]*(?:\s+[A-Z][A-Za-z\u00C0-\u024F-]*){0,3})/g;
/** A word every match of OFFICE_OF_TWO holds: a block without any is not searched. */
const OFFICE_OF_TWO_WORDS = ['Presidents', 'Ministers', 'Heads', 'Leaders'];
/** How far after `Presidents of A and B` the two names may stand. */
const TWO_NAMES_WITHIN = 300;
// (`his new Greek counterpart`, `her newly appointed counterpart`, `his visiting Chadian counterpart`: a word of appointment
// or of the visit may come first)
// (`his Danish colleague Lene Espersen` says the same of someone the text gives no title of their own)
// (a demonym of several words: `his Sri Lankan counterpart, Dinesh Gunawardena`)
// (a country with a particle: `his Cote d’Ivoire counterpart`; the counterpart's own title may follow: `his Ivorian
// counterpart President Alassane Ouattara`, which then is the office, in that country)
// (news copy drops the possessive: `Prime Minister Anthony Albanese and counterpart James Marape`, `met Chinese counterpart X`)
// (an honorific with its stop may stand before the name: `his Armenian counterpart Mr. Zohrab Mnatsakanyan`)
const COUNTERPART = /\b(?:his|her|their|the|and|with|met|meets|meeting)\s+(?:(?:new|newly[- ]appointed|incoming|visiting|guest)\s+)?(?:([A-Z][A-Za-z\u00C0-\u024F-]+(?:\s(?:[A-Z][A-Za-z\u00C0-\u024F-]+|d['’][A-Z][A-Za-z\u00C0-\u024F-]+)){0,2})\s+)?(counterparts?|colleagues?)(?:\s+(?:of|from)\s+(?:the\s+)?([A-Z][A-Za-z\u00C0-\u024F-]+(?:\s[A-Z][A-Za-z\u00C0-\u024F-]+){0,2}))?,?\s+((?:[A-Z][A-Za-z-]*\.?\s+){1,4})?$/;
/**
 * The demonyms listed before the last one of a plural relation (`his Australian and Japanese counterparts`, `her Indian,
 * Australian and Japanese colleagues`), read in the text before the `and` that COUNTERPART's match opens with.
 */
const DEMONYMS_LISTED = /\b(?:his|her|their|the|with|met|meets|meeting)\s+(?:(?:new|newly[- ]appointed|incoming|visiting|guest)\s+)?([A-Z][A-Za-z\u00C0-\u024F-]+(?:\s[A-Z][A-Za-z\u00C0-\u024F-]+)?(?:,\s[A-Z][A-Za-z\u00C0-\u024F-]+(?:\s[A-Z][A-Za-z\u00C0-\u024F-]+)?){0,4}),?\s+$/;
/** Abbreviated offices by their full names, for a counterpart whose office the text does not write. */
const FULL_TITLE: Record<string, string> = { PM: 'Prime Minister', FM: 'Foreign Minister', DPM: 'Deputy Prime Minister', VP: 'Vice President' };

export function addPredicateRoles(doc: Doc, persons: Person[]): void {
  const byMention = persons.flatMap((p) => p.mentions.filter((m) => m.kind === 'name').map((m) => ({ m, p }))).sort((a, b) => a.m.start - b.m.start);
  if (byMention.length === 0) return;
  const nearestBefore = (at: number, floor: number): Person | null => {
    const last = byMention[lowerBound(byMention, at, (x) => x.m.start) - 1];
    return last && last.m.start >= floor ? last.p : null;
  };

  // (looked for in the 3,000 characters before: a story's official, not a scan of the whole text for each counterpart)
  const lastHolderBefore = (at: number, other: Person): Person | null => {
    for (let k = lowerBound(byMention, at, (x) => x.m.start) - 1; k >= 0 && byMention[k].m.start > at - 3_000; k--) {
      const x = byMention[k];
      if (x.p !== other && x.p.roles.length > 0) return x.p;
    }
    return null;
  };

  // (hosts and their counterparts' countries, for a host's own country: homeCountry.ts)
  const pairs: CounterpartPair[] = [];
  doc.forEachProseBlock((bi) => {
    const b = doc.blocks[bi];
    const s = doc.clean.slice(b.start, b.end);
    if (s.includes(' and ') && OFFICE_OF_TWO_WORDS.some((w) => s.includes(w))) officeOfTwo(doc, s, b.start, byMention);
    if (s.includes('nclud')) officeOfEachListed(doc, s, b.start, byMention);
    // (three substring tests cost less than a case-blind regex over every block; `as` after a noun is in lower case)
    const relation = s.includes('ounterpart') || s.includes('olleague');
    if (!relation && !s.includes(' as ')) return;
    // `… election as President of the PRC`: the role of the official the sentence names before it
    for (const m of s.matchAll(AS_ROLE)) {
      const at = b.start + m.index + m[0].length;
      const sentence = doc.sentenceAt(at);
      const person = nearestBefore(at, sentence ? sentence.start : b.start);
      if (!person) continue;
      const role = roleAt(doc, at, b.end);
      if (role) addIfNew(person, role);
    }
    // `his Russian counterpart Sergey Lavrov`, `his Danish colleague X`: the office of the sentence's subject, in that country
    if (!relation) return;
    // (the block's mentions found by binary search: a scan of all of them per block grows with the square of the text)
    for (const { m, p } of byMention.slice(lowerBound(byMention, b.start, (x) => x.m.start), lowerBound(byMention, b.end, (x) => x.m.start))) {
      const before = doc.clean.slice(Math.max(b.start, m.start - 60), m.start);
      const c = COUNTERPART.exec(before);
      if (!c || (c[2].startsWith('colleague') && p.roles.length > 0)) continue;
      // (`the counterpart of Bosnia-Herzegovina, X`: the country after the noun)
      const ofCountry = c[3] ? countryOf(c[3]) : null;
      if (c[3] && !ofCountry) continue;
      // (`the counterpart X` alone names no one's office; `the counterpart of <country>, X` does)
      if (!c[3] && /^the\s/i.test(c[0])) continue;
      // (a counterpart whose own office follows the name needs none read from the subject's: `her counterpart Mr. Peter
      // Szijjarto, Minister for Foreign Affairs and Trade of Hungary`)
      if (p.roles.some((r) => r.start >= m.end && r.start - m.end < 40)) continue;
      const country = ofCountry ?? (c[1] ? countryOf(c[1]) : null);
      // `his Australian and Japanese counterparts, Penny Wong and Yoshimasa Hayashi`: the countries go to the names in order
      const listed = country && c[1] && /^and\s/.test(c[0]) && /s$/.test(c[2]) ? listedCountries(doc.clean.slice(Math.max(b.start, m.start - c[0].length - 80), m.start - c[0].length)) : null;
      const countries = listed ? [...listed, country] : [country];
      // (an honorific alone is no title: `her Greece counterpart, Mr Nikos Dendias`)
      if (c[4] && !c[4].trim().split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase()))) {
        // the counterpart's own title: it is the office, and the country is the counterpart's
        const written = p.roles.find((r) => r.start >= m.start - c[4].length - 1 && r.end <= m.start);
        if (written && country) addIfNew(p, { ...written, country });
        continue;
      }
      const sentence = doc.sentenceAt(m.start);
      const from = sentence ? sentence.start : b.start;
      // `his` is the clause's subject, named first (`Mr Lavrov was received by President … and held
      // talks with his Belarusian counterpart`), not whoever was named last
      // (looked for from the sentence's start by binary search: a scan from the text's start for each counterpart grows with
      // the square of the text)
      let opening: (typeof byMention)[number] | undefined;
      for (let k = lowerBound(byMention, from, (x) => x.m.start); k < byMention.length && byMention[k].m.start < m.start - c[0].length; k++) {
        const x = byMention[k];
        if (x.p !== p && x.p.roles.length > 0) { opening = x; break; }
      }
      // (a sentence that names its subject only after the counterpart, `… the meeting with his Sao Tome counterpart, X, the
      // Angolan statesman said`, has `his` from the story: the last official named with an office before the sentence)
      const subject = opening?.p ?? nearestBefore(m.start - c[0].length, from) ?? (/^(?:his|her)\s/i.test(c[0]) ? lastHolderBefore(from, p) : null);
      if (!subject || subject === p || subject.roles.length === 0) continue;
      // (the counterpart's office is not written: its full name, not the subject's abbreviation, `PM Alexis Tsipras … his
      // Israeli counterpart Benjamin Netanyahu`)
      // (of two offices written together, the one next to the name: `Deputy Prime Minister / Foreign Minister X … his Armenian
      // counterpart` is the Foreign Minister's, and so is `Deputy Prime Minister and Minister of Foreign Affairs X`'s)
      const [first, second] = subject.roles;
      const held = second && second.start >= first.end && /^\s*(?:\/|–|—|and)\s*$/.test(doc.clean.slice(first.end, second.start)) ? second : first;
      const title = FULL_TITLE[held.title] ?? held.title;
      // (the names coordinated after the first, one per listed country: `A and B`, `A, B and C`)
      const named = [p];
      for (let k = lowerBound(byMention, m.start, (x) => x.m.start) + 1; k < byMention.length && named.length < countries.length; k++) {
        const x = byMention[k];
        if (!/^(?:,|,\s*and|and|&)$/.test(doc.clean.slice(byMention[k - 1].m.end, x.m.start).trim()) || named.includes(x.p) || x.p === subject) break;
        named.push(x.p);
      }
      const given = named.length === countries.length ? countries : [country];
      given.forEach((each, k) => {
        const q = named[k];
        addIfNew(q, { title, organization: null, country: each, start: m.start - c[0].length, end: m.start });
        if (each && !q.country) q.country = each;
        if (each) pairs.push({ host: subject, foreign: each });
      });
    }
  });
  addNamedRoles(doc, persons);
  addHomeCountries(doc, pairs);
}

/** The countries of DEMONYMS_LISTED's list before a relation's last demonym, in order; null unless each is one. */
function listedCountries(before: string): string[] | null {
  const d = DEMONYMS_LISTED.exec(before);
  if (!d) return null;
  const countries = d[1].split(/,\s/).map((w) => countryOf(w));
  return countries.every((x) => !!x) ? countries as string[] : null;
}

/**
 * `Mudavadi … after he was named Kenya’s Foreign Affairs Cabinet Secretary`, `X, who was appointed as Minister of Trade`:
 * an office taken, read right after a name of the person (mentions here are names: pronouns are resolved later): a
 * test at each name costs a fraction of searching every block for the words.
 */
function addNamedRoles(doc: Doc, persons: Person[]): void {
  for (const p of persons) {
    for (const m of p.mentions) {
      NAMED_ROLE_AFTER.lastIndex = m.end;
      const r = NAMED_ROLE_AFTER.exec(doc.clean);
      if (!r) continue;
      const at = m.end + r[0].length;
      const b = doc.blockAt(at);
      const role = b >= 0 ? roleAt(doc, at, doc.blocks[b].end) : null;
      if (role) addIfNew(p, role);
    }
  }
}

/** `These African foreign ministers include Kenya’s Musalia Mudavadi, Senegal’s Yassine Fall, …`: the office is each one's, in the country owning their name. */
const OFFICE_INCLUDES = /\b(foreign\s+ministers|ministers\s+of\s+foreign\s+affairs|prime\s+ministers|presidents|heads\s+of\s+state|ministers|ambassadors|leaders)\s+(?:who\s+(?:attended|took\s+part)\s+)?(?:include|included|including)\s+/gi;
const OWNER_MARK = /['’‘]s\s+$/;
/** The country in the possessive right before a name (`Kenya’s `, `South Africa’s `): how long it is with its mark, and which. */
function countryOwning(before: string): { length: number; country: string } | null {
  const mark = OWNER_MARK.exec(before);
  if (!mark) return null;
  const words = before.slice(0, mark.index).split(' ');
  // (a country of up to three words: the longest that is one)
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const name = words.slice(-n).join(' ');
    const country = /^[A-Z]/.test(name) ? countryOf(name) : null;
    if (country) return { length: name.length + mark[0].length, country };
  }
  return null;
}
/** The office made singular, in lower case: `foreign ministers` → `foreign minister`, `Heads of State` → `head of state`. */
function singularOffice(written: string): string {
  const words = written.toLowerCase().split(/\s+/);
  // (the head is the word before `of`, or the last)
  const head = words.indexOf('of') > 0 ? words.indexOf('of') - 1 : words.length - 1;
  words[head] = singularOf(words[head]);
  return words.join(' ');
}
function officeOfEachListed(doc: Doc, s: string, offset: number, byMention: { m: { start: number; end: number }; p: Person }[]): void {
  for (const m of s.matchAll(OFFICE_INCLUDES)) {
    const from = offset + m.index + m[0].length;
    const sentence = doc.sentenceAt(from);
    const to = sentence ? sentence.end : offset + s.length;
    const title = singularOffice(m[1]);
    for (const { m: mention, p } of byMention.slice(lowerBound(byMention, from, (x) => x.m.start), lowerBound(byMention, to, (x) => x.m.start))) {
      const owner = countryOwning(doc.clean.slice(Math.max(from, mention.start - 40), mention.start));
      if (owner) addIfNew(p, { title, organization: null, country: owner.country, start: mention.start - owner.length, end: mention.start });
    }
  }
}

/** `Presidents of Kazakhstan and Belarus`, then `X and Y`: X is President of Kazakhstan, Y of Belarus. */
function officeOfTwo(doc: Doc, s: string, offset: number, byMention: { m: { start: number; end: number }; p: Person }[]): void {
  for (const m of s.matchAll(OFFICE_OF_TWO)) {
    const first = countryOf(m[2]);
    const second = countryOf(m[3]);
    if (!first || !second || first === second) continue;
    const from = offset + m.index + m[0].length;
    const k = lowerBound(byMention, from, (x) => x.m.start);
    const a = byMention[k];
    const b = byMention[k + 1];
    if (!a || !b || a.p === b.p || b.m.start - from > TWO_NAMES_WITHIN) continue;
    if (!/^\s*(?:and|&)\s*$/.test(doc.clean.slice(a.m.end, b.m.start))) continue;
    const title = m[1].replace(/\s+/g, ' ').replace(/\b(Presidents|Ministers|Heads|Leaders)\b/, (w) => w.slice(0, -1));
    const start = offset + m.index;
    const end = offset + m.index + m[0].length;
    addIfNew(a.p, { title, organization: null, country: m[2], start, end });
    addIfNew(b.p, { title, organization: null, country: m[3], start, end });
    if (!a.p.country) a.p.country = first;
    if (!b.p.country) b.p.country = second;
  }
}

/** The role phrase starting at `at`: capitalized words, `of`, `the`, up to punctuation. */
function roleAt(doc: Doc, at: number, end: number): FoundRole | null {
  const ts = doc.tokensIn(at, Math.min(end, at + 160));
  let e = 0;
  // (an office may be written in lower case: `his appointment as special envoy of the ASEAN chair to Myanmar`)
  // (and a body's `on` before its capitals: `chair of the International Conference on the Great Lakes Region`)
  while (e < ts.length && ts[e].word && (ts[e].cap || ['of', 'the', 'for', 'and'].includes(ts[e].lower) || isTitleWord(ts[e])
    || (ts[e].lower === 'on' && e > 0 && ts[e - 1].cap && ((ts[e + 1]?.cap && !CALENDAR_WORDS.has(ts[e + 1].lower)) || (ts[e + 1]?.lower === 'the' && !!ts[e + 2]?.cap)))
    || (ts[e].lower === 'to' && e + 1 < ts.length && ts[e + 1].cap && ts.slice(0, e).some(isTitleHead)))) e++;
  if (e === 0 || !ts.slice(0, e).some(isTitleHead)) return null;
  const parts = splitRoleChain(ts.slice(0, e));
  return parts.length ? parseRole(parts[0], doc.text) : null;
}

function addIfNew(p: Person, r: FoundRole): void {
  const t = r.title.toLowerCase();
  // the same office known without its country: complete it
  const bare = p.roles.find((x) => x.title.toLowerCase() === t && !x.country && (x.organization ?? '') === (r.organization ?? ''));
  if (bare && r.country) { bare.country = r.country; return; }
  if (p.roles.some((x) => x.title.toLowerCase() === t && (x.organization ?? '') === (r.organization ?? '') && (!r.country || x.country === r.country))) return;
  p.roles.push(r);
}
