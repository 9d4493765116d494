// Roles (guide §1): the office a title phrase names, split into title, organization and country
// as the text writes them. `Procurator-General of the Supreme People's Procuratorate of China`
// → title `Procurator-General`, organization `Supreme People's Procuratorate of China`, country `China`.
import type { Token } from './tokens';
import { stripPossessive } from './tokens';
import { TITLE_HEADS, TITLE_MODIFIERS, HONORIFICS, roleClasses } from './lexicon/titles';
import type { RoleClass } from './lexicon/titles';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, KNOWN_NAMES, LONGEST_NAME_WORDS, MULTI_WORD_STARTS, NAME_WORDS, ORGANIZATION_BY_NAME, countryOf } from './lexicon/countries';
import { isDatelineCity } from './lexicon/places';
import { INSTITUTION_WORDS, isCommonCapitalized as COMMON_CAPITALIZED } from './lexicon/words';

export interface FoundRole {
  title: string;
  organization: string | null;
  /** The country as the text gives it (a demonym is read as its country). */
  country: string | null;
  start: number;
  end: number;
}

/** Offices held by serving another's: `Aide to the President`, `Adviser to the Prime Minister`. */
export const AIDE_HEADS = new Set(['aide', 'adviser', 'advisor', 'assistant', 'counsellor', 'counselor', 'secretary']);

/** Words after `of`/`for` that belong to the title itself (`Minister of Foreign Affairs`). */
const PORTFOLIO = new Set(
  `foreign affairs external internal home state defence defense finance justice commerce trade economy economic economics
  health education culture interior energy agriculture labour labor transport emergency emergencies international
  cooperation co-operation development industry investment environment ecology tourism sport sports youth information
  communications science technology digital security public social welfare housing construction natural resources
  mines mining oil gas water infrastructure works planning budget treasury revenue customs taxes taxation fisheries forestry
  human rights and the veterans immigration migration integration relations national territorial regional local family
  women children affairs european union asia pacific civil aviation staff commonwealth expatriates expatriate emigrants diaspora
  enlargement neighbourhood neighborhood policy
  protection employment higher vocational training petroleum electricity urban rural climate disaster gender equality
  innovation research telecommunications maritime broadcasting heritage minerals railways livestock irrigation sanitation
  statistics administration reform reforms services heavy cooperatives religious endowments parliamentary legal
  constitutional lands highways ports police industrial commercial scientific technical technological humanitarian judicial
  legislative strategic agricultural fiscal monetary unification exchequer aid relief crisis management import export
  europe eurasia africa americas america latin caucasus balkans caribbean arctic middle east near western eastern southern northern central`.split(/\s+/),
);

/** A word of a portfolio (`foreign`, `affairs`): it belongs to a title even in lower case. */
export function isPortfolioWord(word: string): boolean {
  return PORTFOLIO.has(word.toLowerCase());
}

export function isTitleHead(t: Token): boolean {
  if (!t.word) return false;
  if (TITLE_HEADS.has(t.bare)) return true;
  // `president-elect`, `minister-designate`: the office about to be held
  const b = t.bare;
  return b.length > 8 && (b.endsWith('-elect') || b.endsWith('-designate')) && TITLE_HEADS.has(b.slice(0, b.lastIndexOf('-')));
}
export function isTitleWord(t: Token): boolean {
  return t.word && (isTitleHead(t) || TITLE_MODIFIERS.has(t.lower));
}
/** Whether token k is one of His Excellency's initials written apart, `H. E.` (one space between them). */
export function isSpacedExcellency(ts: Token[], k: number): boolean {
  const t = ts[k];
  if (t.text === 'H.') return ts[k + 1]?.text === 'E.' && ts[k + 1].start === t.end + 1;
  return t.text === 'E.' && ts[k - 1]?.text === 'H.' && t.start === ts[k - 1].end + 1;
}
export function isHonorific(t: Token): boolean {
  return t.word && (HONORIFICS.has(t.lower) || HONORIFICS.has(t.bare));
}
export function isCountryToken(t: Token): boolean {
  if (!t.word) return false;
  return KNOWN_NAMES.has(t.bare);
}
export function isInstitutionToken(t: Token): boolean {
  return t.word && INSTITUTION_WORDS.has(t.bare);
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'to', 'at']);

const NOBLE_RANKS = new Set(['prince', 'princess']);
/** Parses one role phrase (tokens without honorifics or the name) into title, organization, country. */
export function parseRole(tokens: Token[], text: string): FoundRole | null {
  // a rank of nobility right after an office, before the name, is a form of address (`Foreign Minister Prince Faisal bin
  // Farhan`): the office ends before it (`Crown Prince` is an office)
  const lastAt = tokens.length - 1;
  if (lastAt >= 1 && NOBLE_RANKS.has(tokens[lastAt].lower) && isTitleHead(tokens[lastAt - 1]) && tokens[lastAt - 1].lower !== 'crown') tokens = tokens.slice(0, lastAt);
  // honorifics left out, but not one that starts a country's name (`Sri` in `of Sri Lanka`); an honorific after the office
  // ends it (`President His Highness Sheikh`, `Prime Minister Sheikh`)
  const honorificAfter = tokens.findIndex((_, k) => k > 0 && honorificOpensAt(tokens, k) && tokens.slice(0, k).some(isTitleHead));
  // (His Excellency's spaced initials too: `President H. E. Obiang Nguema Mbasogo`)
  let ts = (honorificAfter > 0 ? tokens.slice(0, honorificAfter) : tokens).filter((t, k) => (!isHonorific(t) || isTitleHead(t) || longestCountryAt(tokens, k) > 1)
    && !isSpacedExcellency(tokens, k));
  // `Ambassador of Belarus to the Russian Federation`: where an envoy is sent is not whom they serve
  const to = ts.findIndex((t, k) => t.lower === 'to' && k > 0 && ts.slice(0, k).some(isTitleHead));
  // (an organization they are sent to is theirs: `Permanent Representative to the African Union`)
  let sentTo: string | null = null;
  // (a country or capital they are sent to, right after the title, is part of it as written: `Cypriot Ambassador to
  // Slovakia`, `Ambassador to Washington`)
  let sentToPlaceEnd = -1;
  let sentToStart = -1;
  // (but an aide to an office holder is an office of its own, written whole: `Aide to the Russian President`, `Private
  // Secretary to the Prime Minister`)
  if (to > 0 && ts.slice(to + 1).some(isTitleHead) && ts[to - 1].cap && AIDE_HEADS.has(ts[to - 1].bare)) {
    const lead = ts.findIndex((t) => t.lower !== 'the' && t.lower !== 'a' && t.lower !== 'an');
    const last = ts[ts.length - 1];
    return { title: text.slice(ts[lead].start, last.end), organization: null, country: countryInside(ts.slice(to + 1)), start: ts[lead].start, end: last.end };
  }
  if (to > 0) {
    const rest = ts.slice(to + 1);
    if (rest.length && rest[rest.length - 1].word) {
      const phrase = text.slice(rest[0].start, rest[rest.length - 1].end).replace(/^the\s+/i, '');
      if (ORGANIZATION_BY_NAME.has(phrase.toLowerCase()) && !countryOf(phrase)) sentTo = phrase;
      else if (countryOf(phrase) || isDatelineCity(phrase)) { sentToPlaceEnd = rest[rest.length - 1].end; sentToStart = ts[to].start; }
    }
    ts = ts.slice(0, to);
  }
  // `Director General of African Affairs at the Ministry of Foreign Affairs of Ethiopia`: the body where the office sits
  let seat: Token[] = [];
  const at = ts.findIndex((t, k) => t.lower === 'at' && ts[k + 1]?.lower === 'the' && k > 0 && ts.slice(0, k).some(isTitleHead));
  if (at > 0) {
    seat = ts.slice(at + 2);
    ts = ts.slice(0, at);
  }
  while (ts.length && (ts[0].lower === 'the' || ts[0].lower === 'a' || ts[0].lower === 'an')) ts = ts.slice(1);
  while (ts.length && CONNECTORS.has(ts[ts.length - 1].lower)) ts = ts.slice(0, -1);
  if (ts.length === 0 || !ts.some(isTitleHead)) return null;
  const start = ts[0].start;
  const end = ts[ts.length - 1].end;

  // leading country, demonym or organization: `Belarus President`, `UN Secretary-General`, `United Kingdom Prime Minister`
  let i = 0;
  let country: string | null = null;
  let organization: string | null = null;
  let orgFrom = -1;
  let orgTo = -1;
  // `first Kazakhstan President`, `former US Secretary of State`: a modifier before the country stays in the title
  const prefix: string[] = [];
  // `International Relations and Co-operation Minister`: portfolio words before the head are the title's, not a body
  const head = ts.findIndex(isTitleHead);
  const portfolioLead = head > 0 && ts[0].lower !== 'and' && ts.slice(0, head).every((t) => PORTFOLIO.has(t.lower) || isTitleWord(t));
  // (`deputy U.S. assistant secretary of state`: a head before the country, another after it)
  const prefixAt = (k: number): boolean => {
    const c = longestCountryAt(ts, k + 1);
    return c > 0 && isTitleWord(ts[k]) && (!isTitleHead(ts[k]) || ts.slice(k + 1 + c).some(isTitleHead));
  };
  while (!portfolioLead && i + 1 < ts.length && prefixAt(i)) prefix.push(ts[i++].text);
  while (!portfolioLead && i < ts.length && !isTitleWord(ts[i])) {
    const span = longestCountryAt(ts, i);
    if (span > 0) {
      const phrase = text.slice(ts[i].start, ts[i + span - 1].end);
      const org = ORGANIZATION_BY_NAME.get(stripPossessive(phrase.toLowerCase()));
      if (org && !countryOf(phrase)) organization = organization ?? phrase;
      // a country's name as written (`U.S.`), a demonym as its country (`Chinese` → China)
      else country = country ?? (COUNTRY_BY_NAME.has(stripPossessive(phrase.toLowerCase())) ? stripPossessive(phrase) : countryOf(phrase));
      i += span;
      continue;
    }
    // (a body of several capitalized words is all of them: `Lok Sabha Speaker`, `Rajya Sabha Chairman`)
    if (ts[i].cap && !CONNECTORS.has(ts[i].lower)) {
      if (organization === null) { organization = ts[i].text; orgFrom = i; }
      else if (orgFrom >= 0 && orgTo === i - 1) organization = text.slice(ts[orgFrom].start, ts[i].end);
      orgTo = i;
      i++;
      continue;
    }
    i++;
  }
  if (i >= ts.length) return null;

  // the title runs over title words and `of|for` + portfolio words
  let titleStart = i;
  let titleEnd = titleRunEnd(ts, portfolioLead ? head : i);
  // `Foreign Ministry spokeswoman`, `State House Spokeswoman`: title words that head nothing, then a body's
  // word, are the body's name; the title is the one after it
  if (!ts.slice(titleStart, titleEnd).some(isTitleHead) && titleEnd < ts.length && isInstitutionToken(ts[titleEnd])) {
    let k = titleEnd;
    while (k < ts.length && !isTitleWord(ts[k])) k++;
    const end = k < ts.length ? titleRunEnd(ts, k) : k;
    if (ts.slice(k, end).some(isTitleHead)) {
      organization = organization ?? text.slice(ts[titleStart].start, ts[k - 1].end);
      titleStart = k;
      titleEnd = end;
    }
  }
  // `President` alone after an organization word stays the title
  if (titleEnd === titleStart) return null;
  // `the General Assembly`, `the General Secretariat`: a body's adjective, not a rank
  if (titleEnd === titleStart + 1 && ts[titleStart].lower === 'general' && titleEnd < ts.length && isInstitutionToken(ts[titleEnd])) return null;
  const sentToTitle = sentToPlaceEnd > 0 && titleEnd === ts.length;
  // (after the country served, the post goes with the title: `Ambassador of Portugal to Brazil` → `Ambassador to Brazil`,
  // Portugal's)
  const postAfter = sentToPlaceEnd > 0 && !sentToTitle ? ` ${text.slice(sentToStart, sentToPlaceEnd)}` : '';
  const written = text.slice(ts[titleStart].start, sentToTitle ? sentToPlaceEnd : ts[titleEnd - 1].end) + postAfter;
  const title = prefix.length ? [...prefix, written].join(' ') : written;

  // the tail: `of the Supreme People's Procuratorate of China`, `of Belarus`, `of Russia’s Primorye Territory`
  let k = titleEnd;
  while (k < ts.length && CONNECTORS.has(ts[k].lower)) k++;
  if (k < ts.length) {
    const tail = text.slice(ts[k].start, end);
    const whole = countryOf(tail);
    if (whole) {
      const org = ORGANIZATION_BY_NAME.get(tail.toLowerCase());
      if (org) organization = organization ?? tail;
      else country = tail.replace(/^the\s+/i, '');
    } else {
      organization = tail;
      country = country ?? countryInside(ts.slice(k));
    }
  }
  const seatEnd = seat.length && seat[seat.length - 1].word ? seat[seat.length - 1].end : -1;
  if (seatEnd > 0) {
    // (its words are the organization's, after any portfolio the title's tail named: `African Affairs at the Ministry …`)
    const body = text.slice(seat[0].start, seatEnd);
    organization = organization ? `${organization}, ${body}` : body;
    country = country ?? countryInside(seat);
  }
  return { title, organization: organization ?? sentTo, country: country ? normalizeCountryText(country) : null, start, end: seatEnd > 0 ? seatEnd : sentToTitle ? sentToPlaceEnd : end };
}

/** An honorific that opens at k: `His Highness`, `Her Excellency`, `H.E.`, or `Sheikh`, a title of address rather than an office. */
function honorificOpensAt(ts: Token[], k: number): boolean {
  const l = ts[k].lower;
  if (l === 'his' || l === 'her') return k + 1 < ts.length && ADDRESSED.has(ts[k + 1].lower);
  return l === 'h.e.' || l === 'h.e' || l === 'sheikh' || l === 'sheikha';
}
const ADDRESSED = new Set(['majesty', 'highness', 'excellency', 'royal']);

/**
 * `in charge of` or `responsible for` at token e, before the portfolio (capitalized, or `the` and a word): the number of
 * its words, or 0.
 */
export function portfolioChargeLength(ts: Token[], e: number): number {
  const n = ts[e]?.lower === 'responsible' && ts[e + 1]?.lower === 'for' ? 2
    : ts[e]?.lower === 'in' && ts[e + 1]?.lower === 'charge' && ts[e + 2]?.lower === 'of' ? 3 : 0;
  if (n === 0) return 0;
  const next = ts[e + n];
  // (a portfolio as news copy writes it may be in lower case after its article: `in charge of the east Africa community`)
  return next && (next.cap || (next.lower === 'the' && !!ts[e + n + 1]?.word)) ? n : 0;
}

/** Where a title that starts at i ends (exclusive): title words, `of|for` + portfolio words, a slash, a dash. */
function titleRunEnd(ts: Token[], i: number): number {
  const titleStart = i;
  let titleEnd = i;
  while (titleEnd < ts.length) {
    const t = ts[titleEnd];
    if (isTitleWord(t)) {
      titleEnd++;
      continue;
    }
    // `High Representative/Vice-President`: one title written with a slash
    if (t.text === '/' && titleEnd > titleStart && titleEnd + 1 < ts.length && isTitleWord(ts[titleEnd + 1])) {
      titleEnd += 2;
      continue;
    }
    if ((t.lower === 'of' || t.lower === 'for') && titleEnd + 1 < ts.length && ts[titleEnd + 1].lower !== 'the') {
      // `Minister of Foreign Affairs and International Cooperation`, `Secretary of State`
      let k = titleEnd + 1;
      while (k < ts.length && (PORTFOLIO.has(ts[k].lower) || (ts[k].lower === 'and' && k + 1 < ts.length && PORTFOLIO.has(ts[k + 1].lower)))) k++;
      // (`Secretary of State in charge of the Francophonie`: a charge after the portfolio)
      if (k > titleEnd + 1 && (k === ts.length || ts[k].lower === 'of' || ts[k].lower === 'for' || portfolioChargeLength(ts, k) > 0)) { titleEnd = k; continue; }
    }
    if (t.lower === '-' || t.lower === '–') { titleEnd++; continue; }
    // `Minister without Portfolio`
    if (t.lower === 'without' && ts[titleEnd + 1]?.lower === 'portfolio') { titleEnd += 2; continue; }
    // `State Minister in charge of the East African Community`: the charge is the title's portfolio, to the phrase's end
    if (portfolioChargeLength(ts, titleEnd) > 0 && ts.slice(titleStart, titleEnd).some(isTitleHead)) return ts.length;
    // `Ambassador Extraordinary and Plenipotentiary`: `and` between title words that head nothing
    if (t.lower === 'and' && titleEnd + 1 < ts.length && isTitleWord(ts[titleEnd + 1]) && !isTitleHead(ts[titleEnd + 1])) { titleEnd++; continue; }
    // `Foreign Affairs and European Integration Minister`, `Trade and Industry Minister`: portfolios joined before their head
    if (t.lower === 'and' && titleEnd > titleStart && !ts.slice(titleStart, titleEnd).some(isTitleHead)) {
      let k = titleEnd + 1;
      while (k < ts.length && (PORTFOLIO.has(ts[k].lower) || (ts[k].cap && longestCountryAt(ts, k) > 0)) && !isTitleHead(ts[k])) k++;
      if (k > titleEnd + 1 && k < ts.length && isTitleHead(ts[k])) { titleEnd = k; continue; }
    }
    break;
  }
  return titleEnd;
}

/** A country named inside an organization's name (`… of China`, `Russia’s Primorye Territory`). */
function countryInside(ts: Token[]): string | null {
  for (let i = ts.length - 1; i >= 0; i--) {
    const span = longestCountryAt(ts, i);
    if (span > 0) {
      const c = countryOf(ts.slice(i, i + span).map((t) => t.text).join(' '));
      if (c && !ORGANIZATION_BY_NAME.has(ts[i].lower)) return c;
    }
  }
  return null;
}

/** How many tokens from i form a country name, demonym or organization (0 when none). */
export function longestCountryAt(ts: Token[], i: number): number {
  const t = ts[i];
  if (!t || !t.word) return 0;
  let best = KNOWN_NAMES.has(t.bare) ? 1 : 0;
  // most words start no name of several words: the common case costs one set lookup
  if (!MULTI_WORD_STARTS.has(t.lower)) return best;
  // the words so far (lower case) are a name's first words; a name ends at the next word as read bare (`Kingdom’s`)
  let node = NAME_WORDS.get(t.lower);
  for (let n = 2; n <= LONGEST_NAME_WORDS && i + n - 1 < ts.length && node; n++) {
    const next = ts[i + n - 1];
    if (!next.word) break;
    if (node.next.get(next.bare)?.name) best = n;
    node = node.next.get(next.lower);
  }
  return best;
}

/** Nouns for a group of officials whose members a list after `including` names. */
const GROUP_NOUNS = new Set(['officials', 'leaders', 'dignitaries', 'delegates', 'representatives', 'ministers', 'diplomats', 'lawmakers']);
/**
 * The country of a group whose members are listed after `including`, for a name whose titles start at `at`: `U.S.
 * officials, including President Joe Biden and Secretary of State Antony Blinken`, `Chinese leaders, including President Xi
 * Jinping` (a country, not an organization: its officials' offices are the country's).
 */
export function groupCountryBefore(ts: Token[], at: number, text: string): string | null {
  let k = at - 1;
  // back over the list's titles and names to `including`
  for (let steps = 0; k >= 0 && steps < 30 && ts[k].lower !== 'including'; k--, steps++) {
    const t = ts[k];
    if (!(t.cap || t.text === ',' || t.lower === 'and' || t.lower === 'of' || t.lower === 'the' || t.lower === 'for')) return null;
  }
  if (k < 2 || ts[k].lower !== 'including') return null;
  const g = ts[k - 1].text === ',' ? k - 2 : k - 1;
  if (g < 1 || !GROUP_NOUNS.has(ts[g].lower)) return null;
  for (let n = Math.min(4, g); n >= 1; n--) {
    if (longestCountryAt(ts, g - n) !== n || ORGANIZATION_BY_NAME.has(ts[g - n].lower)) continue;
    const phrase = text.slice(ts[g - n].start, ts[g - 1].end);
    return countryOf(phrase) ? normalizeCountryText(phrase) : null;
  }
  return null;
}

/** A demonym given as the country is read as the country (`Belarusian` → `Belarus`); a name stays as written. */
function normalizeCountryText(country: string): string {
  const bare = stripPossessive(country.trim());
  const viaDemonym = COUNTRY_BY_DEMONYM.get(bare.toLowerCase());
  if (viaDemonym && !COUNTRY_BY_NAME.has(bare.toLowerCase())) return viaDemonym;
  return bare;
}

/** A title word in the singular: `Ministers` → `Minister`, `Secretaries` → `Secretary`. */
export function singularOf(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
}

/** A slash with a space on either side, between two offices (`Deputy Prime Minister / Foreign Minister`), not inside one (`High Representative/Vice-President`). */
export function isSpacedSlash(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.text === '/' && i > 0 && i + 1 < tokens.length && tokens[i - 1].end < t.start && tokens[i + 1].start > t.end;
}

/** Splits a chain of titles at `and` where a new title starts (`State Councilor and Foreign Minister`). */
export function splitRoleChain(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  const andAfter = new Set<number>();
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (and a dash: `Deputy Prime Minister of Kazakhstan – Foreign Minister`, or a slash with spaces: `Deputy Prime Minister / Foreign Minister`)
    if ((t.lower === 'and' || t.text === ',' || t.text === '–' || t.text === '—' || isSpacedSlash(tokens, i)) && i + 1 < tokens.length && startsTitle(tokens, i + 1) && cur.some(isTitleHead)) {
      parts.push(cur);
      if (t.lower === 'and') andAfter.add(parts.length - 1);
      cur = [];
      continue;
    }
    // (`the Special Representative for Afghanistan and the head of UNAMA`: the second office with its article)
    if (t.lower === 'and' && tokens[i + 1]?.lower === 'the' && i + 2 < tokens.length && startsTitle(tokens, i + 2) && cur.some(isTitleHead)) {
      parts.push(cur);
      andAfter.add(parts.length - 1);
      cur = [];
      i++;
      continue;
    }
    // a military rank after an office's body is a title of its own: `Chief of the General Staff General Valery
    // Gerasimov`, `Commander-in-Chief of the Defence Services Senior General Min Aung Hlaing`
    // (so is any title that ends the chain after a body's last word: `Chairman of the Central Military Commission President
    // Xi Jinping`, `Custodian of the Two Holy Mosques King Salman`, `Leader of the Islamic Revolution Ayatollah …`)
    if (t.cap && i > 0 && tokens[i - 1].cap && cur.some(isTitleHead) && cur.some((x) => x.lower === 'of')
      && ((rankAt(tokens, i) && isInstitutionToken(tokens[i - 1])) || (!isTitleWord(tokens[i - 1]) && !isHonorific(tokens[i - 1]) && titleEndsChain(tokens, i)))) {
      parts.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) parts.push(cur);
  // `PM and President Medvedev hold talks`: two rival heads joined by `and` are two people, the name the last one's
  return parts.filter((part, p) => !(andAfter.has(p) && p + 1 < parts.length && rivalHeads(part, parts[p + 1])));
}

/** A chain's words before its first honorific: what follows says nothing of the office (`Minister of Foreign Affairs H.E. Sheikh …`). */
function officeWords(part: Token[]): string {
  const h = part.findIndex(isHonorific);
  return (h < 0 ? part : part.slice(0, h)).map((t) => t.text).join(' ');
}
/** Offices one person does not hold together: a head of state and a head of government. */
const RIVAL_HEADS: RoleClass[] = ['president', 'prime-minister', 'king', 'queen', 'emir', 'chancellor'];
function rivalHeads(a: Token[], b: Token[]): boolean {
  const ca = roleClasses(officeWords(a));
  const cb = roleClasses(officeWords(b));
  const ha = RIVAL_HEADS.filter((c) => ca.has(c));
  const hb = RIVAL_HEADS.filter((c) => cb.has(c));
  return ha.length > 0 && hb.length > 0 && !ha.some((c) => cb.has(c)) && !hb.some((c) => ca.has(c));
}

/** Whether the chain's words from k on are one title and nothing else: modifiers and at least one head (`Foreign Minister`, `King`). */
function titleEndsChain(ts: Token[], k: number): boolean {
  let head = false;
  for (let j = k; j < ts.length; j++) {
    if (!ts[j].cap || !isTitleWord(ts[j])) return false;
    head ||= isTitleHead(ts[j]);
  }
  return head;
}

const RANKS = new Set(['general', 'admiral', 'colonel', 'marshal', 'brigadier', 'lieutenant', 'major']);
/** A military rank at k (`General`, `Senior General`). */
function rankAt(ts: Token[], k: number): boolean {
  return RANKS.has(ts[k].lower) || (ts[k].lower === 'senior' && k + 1 < ts.length && RANKS.has(ts[k + 1].lower));
}

/** Whether a title starts at i: a title word, possibly after `the` and a country or demonym. */
export function startsTitle(ts: Token[], i: number): boolean {
  let k = i;
  if (k < ts.length && ts[k].lower === 'the') k++;
  const c = longestCountryAt(ts, k);
  k += c;
  // (and its acronym in brackets: `the United States (US) Ambassador`)
  if (c > 0 && bracketedAcronymAt(ts, k)) k += 3;
  // (after a country, a body's words may come first: `US State Department spokesman`)
  // (and portfolios joined by `and` before their head: `Foreign Trade and Investment Minister`)
  for (let n = 0; n < 6 && k < ts.length; n++, k++) {
    if (isTitleHead(ts[k])) return true;
    // (not before a title's own words, where a second office starts: `… and Security Policy and Vice President`)
    if (n > 0 && ts[k].lower === 'and' && ts[k + 1]?.cap && !isTitleWord(ts[k + 1])) continue;
    if (!isTitleWord(ts[k]) && !(c > 0 && ts[k].cap && isInstitutionToken(ts[k])) && !(n > 0 && ts[k].cap && PORTFOLIO.has(ts[k].lower))) return false;
  }
  return false;
}

/**
 * `(US)` at token i: an acronym in brackets inside an office (`the United States (US) Ambassador to Nigeria`), or one
 * written as a word (`the Caribbean Community (Caricom) Chair`).
 */
export function bracketedAcronymAt(ts: Token[], i: number): boolean {
  const a = ts[i + 1];
  return ts[i]?.text === '(' && !!a && a.word && a.cap && a.text.length <= (a.allCaps ? 6 : 8) && ts[i + 2]?.text === ')';
}

/** Whether a title phrase holds a name (capitalized words that are not title, office or country words, outside `of …`). */
export function nameableRun(ts: Token[]): boolean {
  let afterOf = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    // (and `on`, a remit: `Special Assistant to the President on Media and Publicity`)
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'on') { afterOf = true; continue; }
    if (!t.word || !t.cap || isOfficeOrCommonWord(t)) continue;
    // (a country of several words is no name: `the United States Assistant Secretary of State`)
    const country = longestCountryAt(ts, i);
    if (country > 1) { i += country - 1; continue; }
    // after `of`/`for` a capital is the office's country or body, unless that country has just ended and
    // a name of two words or more follows: `Special Envoy for Lebanon Jean-Yves Le Drian`
    // (or a body's word has: `Minister of State for Foreign Affairs Ali Ahmed Kerti`)
    if (afterOf && !(i > 0 && (isCountryToken(ts[i - 1]) || isInstitutionToken(ts[i - 1])) && ts[i - 1].word && personalNameEnd(ts, i) > 0)) continue;
    return true;
  }
  // a name after an organization: `Minister of Foreign Affairs and International Cooperation Hor Namhong`
  // (but not the end of a country's name: `Prime Minister of New Zealand`, `of Sri Lanka`)
  if (ts.length >= 2 && countryEndingAt(ts, ts.length - 1) > 1) return false;
  const last = ts[ts.length - 1];
  const prev = ts[ts.length - 2];
  return !!last && !!prev && last.cap && !isTitleWord(last) && !isCountryToken(last) && !isInstitutionToken(last) && !COMMON_CAPITALIZED(last.lower)
    && (isTitleWord(prev) || isInstitutionToken(prev) || isCountryToken(prev) || (prev.cap && !COMMON_CAPITALIZED(prev.lower) && !!ts[ts.length - 3] && isInstitutionToken(ts[ts.length - 3])));
}

/** Where a personal name of two words or more starting at i ends (its last word + 1), or 0 when none starts there. */
export function personalNameEnd(ts: Token[], i: number): number {
  let k = i;
  for (; k < ts.length && ts[k].word && ts[k].cap; k++) {
    if (isOfficeOrCommonWord(ts[k])) return 0;
  }
  return k - i >= 2 ? k : 0;
}

/** A title, honorific, country, body or common word: a capitalized word that is no part of a person's name. */
function isOfficeOrCommonWord(t: Token): boolean {
  return isTitleWord(t) || isHonorific(t) || isCountryToken(t) || isInstitutionToken(t) || COMMON_CAPITALIZED(t.lower);
}

/** How many tokens ending at k form a country or organization name of two words or more (0 when none). */
export function countryEndingAt(ts: Token[], k: number): number {
  for (let n = Math.min(LONGEST_NAME_WORDS, k + 1); n >= 2; n--) {
    // (a name of several words starts with one of a few words: others are not looked up)
    const first = ts[k - n + 1];
    if (first && first.word && MULTI_WORD_STARTS.has(first.lower) && longestCountryAt(ts, k - n + 1) === n) return n;
  }
  return 0;
}
