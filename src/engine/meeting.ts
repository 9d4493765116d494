// The meeting (guide §6): title, kind, date, place and participants (host first).
import type { Doc } from './doc';
import { isProse } from './structure';
import type { MeetingKind } from './model';
import type { FoundMention, Person } from './officials';
import type { MentionIndex } from './mentionIndex';
import { SpanIndex } from './spanIndex';
import type { Span } from './model';
import { isBodyParty } from './parties';
import { isInstitutionToken } from './roles';
import type { RawQuote } from './quotes';
import type { FoundParaphrase } from './speech';
import type { FoundCommitment } from './commitments';
import type { TranscriptTurn } from './turns';
import { turnAt } from './turns';
import type { AttributedQuote } from './attribution';
import { findDates, GLUED_STAMP, GLUED_STAMP_SOURCE, isoOf, STAMP_LABEL, weekdayOf } from './dates';
import type { FoundDate } from './dates';
import { COUNTRY_BY_NAME, countryOf } from './lexicon/countries';
import { isDatelineCity } from './lexicon/places';
import { onlyCredited } from './credits';
import { CALENDAR_WORDS, isCommonCapitalized, WEEKDAYS } from './lexicon/words';
import { hasWords, lastMatch, trimEndOf } from './textTrim';
import { isMediaName } from './lexicon/media';
import { TITLE_HEADS, HONORIFICS, roleClasses } from './lexicon/titles';

export interface FoundMeeting {
  title: string | null;
  kind: MeetingKind;
  date: { text: string; iso: string | null; start: number; end: number } | null;
  place: { text: string; start: number; end: number } | null;
  participants: Person[];
}

const KINDS: [RegExp, MeetingKind][] = [
  // (not a call in person or a call for something: `paid a courtesy call on`, `we call on Russia to`, `calls for restraint`)
  [/\b(?:telephone|phone|(?:tele)?phoned|(?<!courtesy\s)(?:call|calls)(?!\s+(?:on|upon|for)\b)|video\s*conference|videoconference|video\s+link)\b/i, 'telephone conversation'],
  [/\b(?:press\s+conference|press\s+briefing|media\s+briefing|briefing|journalists|reporters|press\s+availability|media\s+availability|news\s+conference)\b/i, 'press conference'],
  [/\binterview\b/i, 'interview'],
  [/\bsummit\b/i, 'summit'],
  [/\b(?:joint\s+statement|statement|declaration|communiqu[eé])\b/i, 'statement'],
  [/\b(?:visit|visits|visited|visiting|arrived|arrives)\b/i, 'visit'],
  [/\btalks\b/i, 'talks'],
  [/\b(?:meeting|meets|met|meet|receives|received|audience)\b/i, 'meeting'],
];

/** MEETING_WORDS's thanks for a welcome or an invitation. */
const THANKED_FOR = /^thanked\s/i;
/**
 * The meeting words, in pieces kept in the order of their alternatives: as one pattern recheck could not decide it in its
 * three minutes (each piece takes it seconds). The first match is the leftmost, and at one place the earliest piece's, as
 * with the single pattern.
 */
const MEETING_WORDS: readonly RegExp[] = [
  /\b(?:met|meet|meets|meeting)\b/i,
  // (`called on Prime Minister Lee Hsien Loong` is a visit; `called on X to release …` is no meeting)
  /\b(?:called\s+on(?![^.;]{0,80}?\bto\s+[a-z]))\b/i,
  /\bmeetings\b/i,
  // (`held a telephone talk with …`, as Japan's foreign ministry writes a call)
  /\b(?:(?:held|holding)\s+(?:(?:the|a|an|their|its)\s+)?(?:[\w’'–-]+\s+){0,8}?(?:talks?|meeting|consultations|dialogue|round|session))\b/i,
  /\b(?:talks|conversation|conversations|call|spoke|speaks|(?:tele)?phoned|received|receives|receiving|welcomed|welcoming|hosted|hosts|hosting|visited|visits|visit\s+by|deliberated|deliberations|(?:was|were)\s+(?:led|headed)\s+by|signed\s+by|(?:was|were)\s+(?:officially\s+)?opened\s+by)\b/i,
  /\b(?:(?:paid|paying|held|holding|made|making|undertook|undertaking|conducted|conducting|concluded|concluding|began|beginning)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[A-Za-z-]+\s+){0,2}[Vv]isit)\b/i,
  // (a delegation led by someone is at the meeting: `Mexico's delegation was led by Foreign Secretary …`)
  /\b(?:audience|breakfast|lunch|dinner|negotiations|consultations?|co-chaired|co-chairs|chaired|summit|discussed|discussions?|press\s+conference|remarks\s+by|statement\s+by|briefing\s+by|interview\s+with|encounter|press\s+availability|joint\s+statement|represented\s+by|accompanied\s+by|(?:was|were)\s+(?:also\s+)?joined\s+by|(?:also\s+)?present\s+(?:were|was|at\s+the\s+(?:meeting|talks|audience))|(?:were|was)\s+(?:also\s+)?present|attended|participated|video\s+conference|videoconference|dialogue\s+with|delegations?\s+(?:was\s+|were\s+|is\s+)?(?:led|headed)\s+by)\b/i,
  /\b(?:(?:led|headed)\s+(?:the|a|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}delegation)\b/i,
  // (a list of who took part: `Other participants included …`, `Also in attendance were …`)
  /\b(?:participants\s+(?:included|include|were|are)|in\s+attendance|attendees\s+(?:included|include|were|are))\b/i,
  /\b(?:thanked\s[^.;:]{0,60}?\bfor\s+(?:(?:the|a|an|his|her|their|this)\s+)?(?:(?:warm|kind|cordial|generous|gracious)\s+)?(?:welcome|hospitality|invitation|reception|hosting|receiving|meeting|call|talks))\b/i,
];

/** The first meeting word in `s` (see MEETING_WORDS). */
function firstMeetingWord(s: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const piece of MEETING_WORDS) {
    const m = piece.exec(s);
    if (m && (!first || m.index < first.index)) first = m;
  }
  return first;
}

export function describeMeeting(
  doc: Doc, persons: Person[], mentions: MentionIndex, quotes: AttributedQuote[], paraphrases: FoundParaphrase[], reports: SpanIndex<FoundParaphrase>,
  turns: TranscriptTurn[], quoteIndex: SpanIndex<RawQuote>, commitments: FoundCommitment[],
): FoundMeeting {
  const titleText = doc.title ? doc.text.slice(doc.title.start, doc.title.end).trim() : null;
  const kind = meetingKind(doc);
  return {
    title: titleText,
    kind,
    date: meetingDate(doc, quoteIndex, turns),
    place: meetingPlace(doc, mentions, quoteIndex, kind),
    participants: participants(doc, persons, mentions, quotes, paraphrases, reports, turns, kind, commitments),
  };
}

function meetingKind(doc: Doc): MeetingKind {
  const title = doc.title ? doc.clean.slice(doc.title.start, doc.title.end) : '';
  for (const [re, kind] of KINDS) if (re.test(title)) return kind;
  // no word in the headline: the opening paragraphs
  let opening = '';
  let n = 0;
  doc.forEachProseBlock((bi) => { if (n++ < 2) opening += ' ' + doc.clean.slice(doc.blocks[bi].start, doc.blocks[bi].end); });
  for (const [re, kind] of KINDS) if (re.test(opening)) return kind;
  return 'meeting';
}

/** What stands before a page's publication stamp: ` date 2023-11-01`, `Updated: 2016-01-28`. */
const DATE_LABEL_LINE = /^\s*(?:date|dated)\s*:\s*$/i;
const PAGE_STAMP = new RegExp(`\\b${STAMP_LABEL}\\s*$`, 'i');
/** Words that introduce the event's date: `on 10 April`, `on Wednesday 24/1/2018`. */
// (a counter glued before it is web debris, not a word: `3959On April 23`)
// (`On this day November 2, 2007, the … meeting has come to an end`)
// (`yesterday Nov. 29`, `yesterday (7th March)`: the relative day, then the date it is)
const DATE_INTRODUCER = new RegExp(`(?<![\\p{L}])(?:on|on\\s+this\\s+day|between|from|dated|of|yesterday\\s*\\(?|${WEEKDAYS.join('|')}),?\\s*$`, 'iu');

/** A file photo's caption: `FILE PHOTO: …`. */
const FILE_PHOTO_START = /^\s*FILE\s+PHOTO\b/i;

/**
 * The date of the event: the first date in the prose introduced by `on`/`between` or with a
 * weekday, else the first in the prose, else the headline's, else the dateline's. A date without a
 * year takes the year of the dateline (or of any dated mention of the same month).
 */
function meetingDate(doc: Doc, quotes: SpanIndex<RawQuote>, turns: TranscriptTurn[]): FoundMeeting['date'] {
  const prose: FoundDate[] = [];
  const other: FoundDate[] = [];
  // a date only in a quotation (`"On May 17, … a phone conversation was held …," the ministry said`): a last resort
  const quoted: FoundDate[] = [];
  const spoken: FoundDate[] = [];
  const titleIndex = doc.title ? doc.blocks.indexOf(doc.title) : -1;
  // the event's date is given near the top: the first 20,000 characters are read, not a whole book
  doc.blocks.forEach((b, bi) => {
    if (b.kind === 'debris' || b.start >= 20_000) return;
    // (a file photo's caption dates an earlier event, and gives no year: `FILE PHOTO: … at the Kremlin in Moscow, Russia May 26,
    // 2018. REUTERS/Grigory Dukor` over `TOKYO, May 7 (MENA) - …`; a caption of the event itself, with its credit, may date it)
    if (FILE_PHOTO_START.test(doc.clean.slice(b.start, Math.min(b.end, b.start + 16)))) return;
    for (const d of doc.blockDerived(bi, 'dates', findDates)) {
      const abs = { ...d, start: d.start + b.start, end: d.end + b.start };
      if (quotes.contains(abs.start)) { quoted.push(abs); continue; }
      // (and in a transcript, a date in an official's turn: `I was last here in May, on May 9`, not the date line under the
      // title; a label that names no official, such as a page's `Government of Republic of Uzbekistan :`, makes no turn of speech)
      if (inTurn(turns, abs.start)) { spoken.push(abs); continue; }
      if ((b.kind === 'paragraph' || b.kind === 'bullet') && bi !== titleIndex) prose.push(abs);
      else other.push(abs);
    }
  });
  // a date in a sentence about the future (`… will be held on July 20`) is not the event's
  const future = (d: FoundDate): boolean => {
    const s = doc.sentenceAt(d.start);
    return !!s && /\b(?:will|shall|upcoming|next|forthcoming|scheduled|to\s+be\s+held)\b/i.test(doc.clean.slice(Math.max(s.start, d.start - 200), Math.min(s.end, d.end + 25)));
  };
  // … nor a date of an earlier meeting it refers to (`… today, following up on matters since their last meeting in Putrajaya on
  // June 19, 2024`)
  const past = (d: FoundDate): boolean => {
    const s = doc.sentenceAt(d.start);
    return !!s && EARLIER_EVENT_BEFORE.test(doc.clean.slice(Math.max(s.start, d.start - 80), d.start));
  };
  // … nor a deadline (`a recess in the talks as of the end of Friday, 5 February`)
  const deadline = (d: FoundDate): boolean => DEADLINE_BEFORE.test(doc.clean.slice(Math.max(0, d.start - 32), d.start));
  const current = prose.filter((d) => !future(d) && !past(d) && !deadline(d));
  // ` date 2023-11-01 `: a page's publication stamp, no more than a fallback and a source of the year
  // (or `Updated: 2016-01-28 03:16`, `Published: …`)
  // (but a line that is a label and a date written out, `date: 24 July 2012` under the headline, dates the event as a date
  // line does)
  const labeledLine = (d: FoundDate): boolean => {
    const b = doc.blocks[doc.blockAt(d.start)];
    return !!b && /\p{L}/u.test(doc.clean.slice(d.start, d.end)) && DATE_LABEL_LINE.test(doc.clean.slice(b.start, d.start)) && /^[\s.]*$/.test(doc.clean.slice(d.end, b.end));
  };
  // (and so is a release's number and date, `No: 243, 3 October 2023, Press Release …`)
  // (and an agency's name opening the line of its date: `Xinhua, April 26, 2016 Adjust font size:`)
  const agencyStamp = (d: FoundDate): boolean => {
    const b = doc.blocks[doc.blockAt(d.start)];
    const head = b && d.start - b.start <= 40 ? AGENCY_COMMA_HEAD.exec(doc.clean.slice(b.start, d.start)) : null;
    return !!head && isMediaName(head[1]);
  };
  const stamp = (d: FoundDate): boolean => (PAGE_STAMP.test(doc.clean.slice(Math.max(0, d.start - 16), d.start)) || RELEASE_NUMBER_BEFORE.test(doc.clean.slice(Math.max(0, d.start - 16), d.start)) || agencyStamp(d)) && !labeledLine(d);
  // (a date in brackets in the headline, `Press Release (16-10-2021)`, is the release's, not the event's)
  const bracketed = (d: FoundDate): boolean => doc.clean[d.start - 1] === '(' && doc.clean[d.end] === ')';
  // (nor is a date on the line of the page's glued stamp, `date 2024-04-18 General News of Thursday, 18 April 2024`: the
  // page's, from which the lead's `Tuesday` counts back)
  const titleStamped = titleIndex >= 0 && GLUED_STAMP.test(doc.clean.slice(doc.blocks[titleIndex].start, doc.blocks[titleIndex].end));
  const inTitle = titleIndex >= 0 && !titleStamped ? other.find((d) => d.start >= doc.blocks[titleIndex].start && d.end <= doc.blocks[titleIndex].end && d.year !== null && !stamp(d) && !bracketed(d)) : undefined;
  const introducedBy = (d: FoundDate): boolean => DATE_INTRODUCER.test(doc.clean.slice(Math.max(0, d.start - 16), d.start));
  // (a date years before the page's stamp is history, `a treaty … signed on 23rd June, 2000` under ` date 2017-06-30`)
  const stampYear = [...other, ...prose].find((d) => d.year !== null && stamp(d))?.year ?? null;
  const history = (d: FoundDate): boolean => stampYear !== null && d.year !== null && stampYear - d.year > 1;
  const introducedAny = current.filter((d) => !stamp(d) && (d.hasWeekday || introducedBy(d)));
  const introduced = introducedAny.find((d) => !history(d));
  // a line that is only a full date (`March 31, 2024` under the headline) dates the page's event
  // (or a bullet that is only a date: `• 30 June 2017` under the headline)
  // (or a line under the headline that opens with a full date, its byline after it: `August 6, 2022 Owen Khamula – Nyasa Times`)
  const dateLine = [...other, ...prose].find((d) => d.year !== null && !stamp(d) && doc.blocks.some((b, bi) => (((b.kind === 'dateline' || b.kind === 'bullet')
    && /^[\s.]*$/.test(doc.clean.slice(d.end, b.end))) || (b.kind === 'heading' && bi !== titleIndex))
    && b.start <= d.start && d.start < b.end && DATE_LINE_HEAD.test(doc.clean.slice(b.start, d.start))) || labeledLine(d));
  // `CHANGSHA, June 11 — … on Tuesday met …`, `ISLAMABAD, (UrduPoint - 17th Aug, 2021 ) :…`: a news agency's dateline at the
  // head of the lead dates the page, as a stamp does
  const inlineDateline = (d: FoundDate): boolean => {
    const b = doc.blocks[doc.blockAt(d.start)];
    if (!b || d.start - b.start > 80) return false;
    const head = doc.clean.slice(b.start, d.start);
    // (or a known place in title case: `Qatar, Sept 9: Saudi Arabia says …`)
    const place = PLACE_COMMA_BEFORE.exec(head);
    // (or any place, when a news agency's mark or a dash follows the date: `Chisinau, March 5 / MOLDPRES /- …`)
    return INLINE_DATELINE_BEFORE.test(head) || (!!place && (!!countryOf(place[1]) || isDatelineCity(place[1]) || DATELINE_MARK_AFTER_DATE.test(doc.clean.slice(d.end, d.end + 4))));
  };
  // (an inline dateline without its year takes the year of the page's stamp: `date 2025-06-11 CHANGSHA, June 11 —`)
  // (or of a date line above it: `05.03.2022` over `Chisinau, March 5 / MOLDPRES /-`)
  const datelineYear = (chosen: FoundDate): number | null => chosen.year ?? (inlineDateline(chosen) ? [...other, ...prose].find((d) => (stamp(d) || other.includes(d)) && d.year !== null && d.month === chosen.month)?.year ?? null : null);
  // `… had a telephone conversation … on Thursday` under a stamp or a date line: the lead dates the event by a day of the
  // week only, and a date further down (`a proposal put forward on January 24`) is another event's
  // (and a news agency's dated dateline is the page's date too, `BEIJING, July 3 (Xinhua) -- … on Tuesday held talks …` under
  // `08:31, July 04, 2012`: a date introduced further down, `on an official visit from June 30 to July 8`, is the visit's)
  const written = dateLine ?? [...other, ...prose].find((d) => stamp(d) && d.year !== null) ?? prose.find((d) => inlineDateline(d) && datelineYear(d) !== null);
  // (the lead's weekday, read once when first asked for)
  let leadDay: LeadDay | null | undefined;
  const lead = (): LeadDay | null => (leadDay === undefined ? (leadDay = relativeLeadDay(doc, (d) => stamp(d) || inlineDateline(d) || future(d) || past(d), (at) => !!turnAt(turns, at))) : leadDay);
  const byWeekdayOnly = !inTitle && !!written && introducedAny.length > 0 && leadDatesByDayOnly(lead(), introducedAny[0]);
  const labeled = [...other, ...prose].find((d) => d.year !== null && labeledLine(d));
  // (a story's dated dateline before the page's date line: `Vatican City, 18 April 2015 (VIS) - This morning …` under a
  // bulletin's `Monday, April 20, 2015`)
  const storyDateline = prose.find((d) => d.year !== null && inlineDateline(d));
  // (an announcement dates its event ahead, `… will be held in Istanbul on October 4, 2023`: that before the page's stamp)
  const chosen = inTitle ?? (byWeekdayOnly ? written : undefined) ?? labeled ?? introduced ?? storyDateline ?? dateLine ?? current.find((d) => !stamp(d) && !history(d)) ?? other.find((d) => d.year !== null && !stamp(d))
    // (a lead that dates the event by its weekday under the page's stamp, `Mercosur Foreign Ministers Monday agreed to hold the
    // upcoming Summit … on July 21`: the stamp, counted back below, before a date of what is to come)
    ?? (written && stamp(written) && lead() ? written : undefined)
    ?? prose.find((d) => !stamp(d) && introducedBy(d)) ?? current[0] ?? other[0] ?? prose[0]
    ?? quoted.find(introducedBy) ?? spoken.find(introducedBy) ?? spoken[0];
  // `… hosted his counterpart … on Friday` with no page date to count back from: the day as the text writes it, with no ISO
  // form (a date further down, `… his visit of December 9`, is another event's)
  // (the page's date: a stamp, a date line or a dateline, from which the lead's day counts back)
  const pageDated = (d: FoundDate): boolean => d === written || stamp(d) || inlineDateline(d) || doc.blocks[doc.blockAt(d.start)]?.kind === 'dateline';
  if (!inTitle && !written && !(chosen && pageDated(chosen))) {
    const day = lead();
    if (day && (!chosen || chosen.start >= day.leadEnd)) return { text: doc.text.slice(day.start, day.end), iso: null, start: day.start, end: day.end };
  }
  if (!chosen) return null;
  // `… on Thursday said …` under the page's stamp or date line: the event's day is that weekday (or `yesterday`), counted
  // back from the page's date, and is written as the text writes it
  // (a dateline with no year takes one from a date of its month further on: `Khartoum, 20 April (SUNA)- …` and `… on Thursday
  // the 20th of April 2017`)
  const pageYear = datelineYear(chosen) ?? (inlineDateline(chosen) ? [...other, ...prose].find((d) => d.year !== null && d.month === chosen.month && !history(d))?.year ?? null : null);
  // (with none to count back from, the event's own weekday in the lead is the day as the text writes it, with no ISO form:
  // `Quito, January 28 (RHC-teleSUR) -- … closed Wednesday’s meeting`; not the day a report came out, `WASHINGTON, June 15
  // (Yonhap) -- … Park Jin said Wednesday`, which the dateline dates)
  if (pageDated(chosen) && pageYear === null && inlineDateline(chosen)) {
    const day = lead();
    if (day && !day.reported && WEEKDAYS.includes(day.word) && day.start > chosen.end) return { text: doc.text.slice(day.start, day.end), iso: null, start: day.start, end: day.end };
  }
  if (pageDated(chosen) && pageYear !== null) {
    const day = lead();
    // (the page's own day, `Today in Washington` under `Oct 20, 2017`, keeps the date as the page writes it)
    const back = day ? daysBack(day.word, { ...chosen, year: pageYear }) : 0;
    // (a weekday that is the page's own day is still how the text dates the event: `on Wednesday` under a Wednesday's stamp)
    // (and so is `today` under a page's glued stamp, which is no date the page shows: `date 2024-08-16 … met … today`)
    if (day && (back > 0 || WEEKDAYS.includes(day.word) || (day.word.toLowerCase() === 'today' && stamp(chosen)))) {
      const at = new Date(Date.UTC(pageYear, chosen.month - 1, chosen.day - back));
      const iso = isoOf({ day: at.getUTCDate(), month: at.getUTCMonth() + 1, year: at.getUTCFullYear() });
      return { text: doc.text.slice(day.start, day.end), iso, start: day.start, end: day.end };
    }
  }
  let year = chosen.year;
  if (year === null) {
    const dated = [...other, ...prose].filter((d) => d.year !== null);
    // (a range's end gives its start the year: `30th August to 02nd September 2021`)
    const rangeEnd = dated.find((d) => d.start > chosen.end && d.start - chosen.end <= 8 && RANGE_TO.test(doc.clean.slice(chosen.end, d.start)));
    year = (rangeEnd ?? dated.find((d) => d.month === chosen.month && !history(d)) ?? other.find((d) => d.year !== null) ?? null)?.year ?? null;
  }
  const text = doc.text.slice(chosen.start, chosen.end).trimEnd();
  return { text, iso: isoOf({ day: chosen.day, month: chosen.month, year }), start: chosen.start, end: chosen.start + text.length };
}

/**
 * Whether the first paragraph of the prose gives the event's day only as a weekday or `yesterday`/`today` (no date of its
 * own besides a stamp), and `later` lies beyond it.
 */
function leadDatesByDayOnly(day: LeadDay | null, later: FoundDate): boolean {
  return !!day && later.start >= day.leadEnd;
}
// (`on Thursday`, `this Friday`, and as American news copy writes it, `said Thursday`, `in Mogadishu, Somalia Saturday`; not
// another day than the event's, `last Thursday`, `until Friday`, nor a feast, `Good Friday`)
const RELATIVE_DAY = new RegExp(`(?<!\\b(?:last|next|every|until|till|since|by|before|after|from|through|Good|Black|Maundy|Holy|Easter)\\s)\\b(?:(?:on|this)\\s+)?(${WEEKDAYS.join('|')})\\b|\\b(yesterday|(?:(?:earlier|later)\\s)?today)\\b`, 'i');

const RELATIVE_DAY_ALL = new RegExp(RELATIVE_DAY.source, 'gi');
/** A title or a given name right before a weekday: the weekday is a surname (`Minister Friday`, `Godwin Friday`). */
const WEEKDAY_AS_NAME_BEFORE = /(?:\b(?:Minister|President|Premier|Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)|\b(?!(?:On|This|Last|Next|Every|Since|Until|By|Before|After|From)\b)(\p{Lu}\p{Ll}+))\s$/u;

/** The weekday, `yesterday` or `today` of the first paragraph, where it is written, and where that paragraph ends. */
interface LeadDay {
  word: string; start: number; end: number; leadEnd: number;
  /** The day a report came out (`…, the ministry said Thursday`), given for want of a day of the event itself. */
  reported?: boolean;
}

/** A news agency's dateline before a date at the head of a paragraph: `CHANGSHA, `, `ISLAMABAD, (UrduPoint / Pakistan Point News - `. */
// (after a page's stamp glued to the paragraph: ` date 2025-06-11 CHANGSHA, June 11 — …`)
// (or with the country after the city: `NAIROBI, Kenya Nov 8 – …`)
const INLINE_DATELINE_BEFORE = new RegExp(`^\\s*(?:${GLUED_STAMP_SOURCE})?\\p{Lu}[\\p{Lu}\\p{M}'’. -]*,\\s*(?:\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?,?\\s+)?(?:\\([^()]{0,60}?[-–—]\\s*)?$`, 'u');

// (after the time of posting, with the country in brackets, as Andina writes it: `08:38 | San Francisco (U.S.), Nov. 15.`)
const PLACE_COMMA_BEFORE = /^\s*(?:\d{1,2}:\d{2}\s*\|\s*)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:\s\([^()]{1,20}\))?,\s*$/u;
/** What closes a dateline's date: an agency between slashes or in brackets, or a dash (`March 5 / MOLDPRES /`, `June 11 —`). */
const DATELINE_MARK_AFTER_DATE = /^\s?(?:\/|\(|[-–—])/;
/** Before a date, a deadline or a time something lasts until: `a recess … as of the end of Friday, 5 February`, `no later than 25 February`. */
const DEADLINE_BEFORE = /\b(?:as\s+of|no\s+later\s+than|not\s+later\s+than|until|till|by\s+the\s+end\s+of)(?:\s+the\s+end\s+of)?\s+$/i;
/** Before a date, an earlier event it belongs to: `since their last meeting in Putrajaya on`, `during the previous visit on`. */
// (or one the event follows up: `a follow-up on the one they had in Buenos Aires on Feb. 16`, `the previous gathering … on`)
const EARLIER_EVENT_BEFORE = /\b(?:since|follow-?up\s+(?:on|to)|(?:last|previous|earlier|prior)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|visit|talks|summit|conversation|call|session|gathering|encounter|round))\b[^.;]{0,60}$/i;
/** What may stand before the date of a line that is only a date: a bullet, or the time of posting (`- 17:27, 22 May, 2023`). */
const DATE_LINE_HEAD = /^[\s•·*-]*(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s*)?$/i;
/** Between the two dates of a range: ` to `, ` until `, ` – `. */
const RANGE_TO = /^\s*(?:to|until|till|through|[-–—])\s*$/i;
/** A verb of reporting right before a weekday (`the ministry said Thursday`, `announced on Friday`). */
const REPORT_VERB_BEFORE_DAY = /\b(?:said|says|announced|reported|stated|told\s+\p{L}+|added)\s+(?:on\s+)?$/iu;
/** Offices in the plural, which no weekday surname follows. */
const PLURAL_OFFICE = /^(?:Ministers|Presidents|Leaders|Secretaries|Ambassadors|Officials|Diplomats|Delegations|Envoys|Chiefs|Heads|Premiers)$/;
/** A verb of the meeting itself, near a weekday that dates it. */
const EVENT_VERB = /\b(?:met|held|reached|agreed|signed|talked|spoke|visited|hosted|received|conferred|discussed)\b/i;
/** Words of what is to come before a weekday in its clause (`would … agree on Monday`, `will meet on Friday`). */
const FUTURE_WORD = /\b(?:will|would|shall|may|might|possibly|next|tomorrow|upcoming|scheduled|planned|expected)\b/i;
function futureBeforeDay(before: string): boolean {
  let stop = -1;
  for (let i = before.length - 1; i >= 0 && stop < 0; i--) if ('.;!?'.includes(before[i])) stop = i;
  return FUTURE_WORD.test(before.slice(stop + 1));
}
/** A release's number before its date: `No: 243, `. */
const RELEASE_NUMBER_BEFORE = /\bNo[:.]?\s*\d{1,5},\s*$/;
/** A line opening with a name and a comma, before a date: `Xinhua, ` of `Xinhua, April 26, 2016`. */
const AGENCY_COMMA_HEAD = /^\s*(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}),\s*$/u;

/**
 * The lead's LeadDay, when the first paragraph gives no date of its own besides those `notTheEvents` sets aside (the page's
 * stamp or dateline, a date of what is to come).
 */
function relativeLeadDay(doc: Doc, notTheEvents: (d: FoundDate) => boolean, inTurn: (at: number) => boolean): LeadDay | null {
  // the lead and the two paragraphs after it: news copy may sum up first and say when next (`Cambodia and Laos have reiterated
  // …` / `… during the meeting … here in Phnom Penh yesterday.`), or sum up, quote, and only then say when (`South Africa and
  // Cote d’Ivoire have concluded …` / `Addressing the media …, the President said …` / `… hosted … on Friday.`; read sets: 6
  // more dates right, none lost)
  const leads: number[] = [];
  // (a bullet or line of a few words under the headline, `• 30 June 2017`, `• BNS/TBT Staff`, is no lead)
  doc.forEachProseBlock((bi) => { if (leads.length < 3 && doc.blocks[bi] !== doc.title && hasWords(doc.clean.slice(doc.blocks[bi].start, doc.blocks[bi].end), 5)) leads.push(bi); });
  let reportDay: LeadDay | null = null;
  for (const lead of leads) {
    const b = doc.blocks[lead];
    // (a transcript's words are the speaker's, not the page's: `… a very significant contribution yesterday`)
    if (inTurn(b.start)) return reportDay;
    const s = doc.clean.slice(b.start, b.end);
    // (a date of its own, not one set aside, dates the event instead)
    if (!doc.blockDerived(lead, 'dates', findDates).every((d) => notTheEvents({ ...d, start: d.start + b.start, end: d.end + b.start }))) return reportDay;
    // (a weekday that is a surname is no day: `Prime Ministers Godwin Friday of St. Vincent …`, `Prime Minister Friday said`)
    RELATIVE_DAY_ALL.lastIndex = 0;
    for (let m = RELATIVE_DAY_ALL.exec(s); m; m = RELATIVE_DAY_ALL.exec(s)) {
      const word = m[1] ?? m[2];
      const at = m.index + m[0].length - word.length;
      // (but a place before it is news copy's dateline of the day: `in Mogadishu, Somalia Saturday`)
      const before = WEEKDAY_AS_NAME_BEFORE.exec(s.slice(Math.max(0, at - 30), at));
      // (nor a plural office: `Mercosur Foreign Ministers Monday agreed …` is news copy's day)
      const named = !!before && !(before[1] && (placeEndingAt(s.slice(Math.max(0, at - 40), at)) || PLURAL_OFFICE.test(before[1])));
      if (m[1] && /^\p{Lu}/u.test(word) && (named || /^\s+of\s+\p{Lu}/u.test(s.slice(at + word.length, at + word.length + 6)))) continue;
      const start = b.start + at;
      // (`earlier today` is written whole and counts as `today`)
      const day = { word: word.toLowerCase().replace(/^(?:earlier|later)\s/, ''), start, end: start + word.length, leadEnd: b.end };
      // (`…, Seoul's foreign ministry said Thursday.` / `… reached the agreement Wednesday as they met`: the day a report came
      // out, after its verb, gives way to a day of the event itself in the lead paragraphs)
      if (REPORT_VERB_BEFORE_DAY.test(s.slice(Math.max(0, m.index - 14), m.index))) { reportDay ??= { ...day, reported: true }; continue; }
      // (only a day of a later paragraph, not one to come: `said on Sunday after a meeting … that they would … agree on Monday`)
      // (and one the event's own verb is near: `reached the agreement Wednesday as they met`, not `said he meant either Monday`)
      if (reportDay && (reportDay.leadEnd === b.end || futureBeforeDay(s.slice(Math.max(0, m.index - 80), m.index))
        || !EVENT_VERB.test(s.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40)))) continue;
      return day;
    }
  }
  return reportDay;
}

/** Whether the capitalized words before the end of `head` end with a country or a city (`Somalia `, `South Africa `). */
function placeEndingAt(head: string): boolean {
  const words = CAPITALIZED_TAIL.exec(head)?.[1].split(' ') ?? [];
  for (let n = 1; n <= words.length; n++) {
    const phrase = words.slice(-n).join(' ');
    if (countryOf(phrase) || isDatelineCity(phrase)) return true;
  }
  return false;
}
const CAPITALIZED_TAIL = /(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\s$/u;

/** How many days before the page's date `word` is: `yesterday` one, `today` none, a weekday the last such day up to it. */
function daysBack(word: string, page: { day: number; month: number; year: number | null }): number {
  if (word === 'yesterday') return 1;
  if (word === 'today') return 0;
  const pageDay = weekdayOf(page.day, page.month, page.year ?? 2000);
  const target = WEEKDAYS.indexOf(word);
  return (pageDay - target + 7) % 7;
}

/** A full stop after a word of three small letters or more, then a space: a sentence ends there. */
const SENTENCE_END_IN_PLACE = /(?<=\p{Ll}{3})\.\s/u;
const PLACE = /\b(?:in|at)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\p{M}’'.-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{M}’'.-]*|(?:of|de|la)\b))*(?:,\s*[\p{Lu}][\p{L}\p{M}’'.-]*(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]*)*)?)/gu;

function meetingPlace(doc: Doc, mentions: MentionIndex, quotes: SpanIndex<RawQuote>, kind: MeetingKind): FoundMeeting['place'] {
  // a dateline with a place: `February 25, 2016, Minsk`, `Phnom Penh, Cambodia, 22 December 2011`
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const b = doc.blocks[bi];
    if (b.kind !== 'dateline') continue;
    const known = knownPlaceIn(doc, bi, b.start, b.end);
    if (known) return known;
    const s = doc.clean.slice(b.start, b.end);
    // (times blanked with as many spaces, so that offsets stay the text's)
    const rest = s.replace(/\d{1,2}:\d{2}/g, (t) => ' '.repeat(t.length));
    let blanked = rest;
    for (const d of findDates(rest)) blanked = blanked.slice(0, d.start) + ' '.repeat(d.end - d.start) + blanked.slice(d.end);
    // (nor the page's weekday or a time's `PM`, which the date pattern leaves when a bar stands between: `Wed | Oct 2, 2024`,
    // `Tue 10th November 2020 | 10:00 PM`)
    let m: RegExpExecArray | null = null;
    for (const c of blanked.matchAll(DATELINE_PLACE)) {
      // (a tag with a colon labels what follows it, no place either: `Category: Political`)
      if (SOURCE_TAG.test(c[0]) && /^\s*:/.test(blanked.slice(c.index + c[0].length, c.index + c[0].length + 3))) break;
      if (plausibleDatelinePlace(c[0], b.start + c.index, mentions)) { m = c; break; }
    }
    if (m) {
      const text = trimEndOf(doc.text.slice(b.start + m.index, b.start + m.index + m[0].length), ',');
      return { text, start: b.start + m.index, end: b.start + m.index + text.length };
    }
  }
  // a city heading the first paragraph (`WASHINGTON: …`, `Jakarta (Antara Bali) -- …`, `ASTANA, 12 March.`) or named in the headline
  const firstProse = doc.blocks.findIndex((b) => isProse(b) && b !== doc.title);
  if (firstProse >= 0) {
    const b = doc.blocks[firstProse];
    const head = knownPlaceIn(doc, firstProse, b.start, Math.min(b.end, b.start + 40));
    if (head && head.start === b.start && /^\s*(?:[:,(]|--|[-–—])/.test(doc.clean.slice(head.end, head.end + 4))) return head;
  }
  if (doc.title) {
    const t = doc.blocks.indexOf(doc.title);
    const inTitle = knownPlaceIn(doc, t, doc.title.start, doc.title.end, true);
    if (inTitle) return inTitle;
  }
  // (a telephone conversation has no venue: `in X` in its lines is a topic, `discussed the situation in Ukraine`)
  if (kind === 'telephone conversation') return null;
  // `in X` / `at X` in the opening paragraphs, in a sentence about the meeting (`met … in Paris`); else a
  // known city after `in` anywhere there (`the situation in Lebanon` is a topic, not where they met)
  return placeInOpening(doc, mentions, quotes, true) ?? placeInOpening(doc, mentions, quotes, false);
}

/** Capitalized words in a dateline, the candidates for its place. */
const DATELINE_PLACE = /[\p{Lu}][\p{L}\p{M}’'.-]*(?:[ ,]+[\p{Lu}][\p{L}\p{M}’'.-]*)*/gu;
/**
 * Whether capitalized words of a date line may be its place, which the place lexicon does not know (`Minsk`, `Pyongyang`):
 * not a source's tag (`MEDIA NOTE`), a weekday, a time or its zone (`Wed`, `PM EST`, `KST`), an agency (`Xinhua`), an office
 * (`President`), a word a page or a sentence is made of (`Article`, `By`), a people's name (`Fijian`), a person (a byline),
 * or a single letter.
 */
function plausibleDatelinePlace(text: string, start: number, mentions: MentionIndex): boolean {
  // (a source's tag beside the date is no place: `F.P. Report`, `MEDIA NOTE`, `Category: Political`)
  if (/^date$/i.test(text) || SOURCE_TAG.test(text)) return false;
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.every((w) => WEEKDAY_ABBREVIATION.test(w) || CALENDAR_WORDS.has(w.toLowerCase()) || TIME_ZONES.has(w.toLowerCase()))) return false;
  if (words.length === 1 && (text.length < 2 || isCommonCapitalized(text.toLowerCase()) || TITLE_HEADS.has(text.toLowerCase()) || namesAPeople(text))) return false;
  if (isMediaName(text)) return false;
  return !mentions.firstStartingIn(start, start + text.length);
}
/** Whether words name a country's people (`Fijian`, `South Korean`, `Iran’s`), not the country by one of its names. */
function namesAPeople(words: string): boolean {
  return !!countryOf(words) && !COUNTRY_BY_NAME.has(words.toLowerCase());
}
/** Words of a page's tags beside its date (`F.P. Report`, `Published`, `Category`). */
const SOURCE_TAG = /\b(?:report|note|news|press|media|release|update|updated|published|posted|created|modified|photo|category|categories|tags?|section)\b/i;
/** Time zones a date line may give after its time: `10:05 PM EST`, `14:02 KST`. */
const TIME_ZONES = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'cet', 'cest', 'eet', 'eest', 'bst', 'ist', 'kst', 'jst', 'msk', 'wat', 'eat', 'cat', 'sast', 'aest', 'aedt', 'hkt', 'sgt', 'pkt']);
/** A weekday abbreviated, alone: `Wed`, `Thurs.` (written out, it is a calendar word). */
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
/** Buildings after a place's name that keep it the venue (`United Nations Headquarters`, `Kremlin Palace`). */
const VENUE_WORDS = new Set(['headquarters', 'hq', 'palace', 'house', 'hall', 'building', 'residence']);
/**
 * The first known city (or, unless `citiesOnly`, country) among a block's words in [from, to): up to
 * four capitalized words read as one name (`New Delhi`, `Rio de Janeiro`).
 */
function knownPlaceIn(doc: Doc, block: number, from: number, to: number, citiesOnly = false): FoundMeeting['place'] {
  const ts = doc.tokens(block);
  for (let i = 0; i < ts.length && ts[i].start < to; i++) {
    if (ts[i].start < from || !ts[i].word || !(ts[i].cap || ts[i].allCaps)) continue;
    for (let n = Math.min(4, ts.length - i); n >= 1; n--) {
      const last = ts[i + n - 1];
      if (last.end > to || !last.word) continue;
      const text = doc.text.slice(ts[i].start, last.end);
      // (a place that opens an organization's name is no venue: `the Shanghai Cooperation Organisation`, `Geneva Centre`)
      const next = ts[i + n];
      // (but a building there is: `at United Nations Headquarters`)
      if (next && next.word && next.cap && isInstitutionToken(next) && !VENUE_WORDS.has(next.lower)) continue;
      if (isDatelineCity(text) || (!citiesOnly && n <= 3 && COUNTRY_BY_NAME.has(text.toLowerCase()))) return { text, start: ts[i].start, end: last.end };
    }
  }
  return null;
}

function placeInOpening(doc: Doc, mentions: MentionIndex, quotes: SpanIndex<RawQuote>, meetingSentencesOnly: boolean): FoundMeeting['place'] {
  let n = 0;
  let found: FoundMeeting['place'] = null;
  doc.forEachProseBlock((bi) => {
    if (found || n++ >= 3) return;
    const b = doc.blocks[bi];
    const s = doc.clean.slice(b.start, b.end);
    for (const m of s.matchAll(PLACE)) {
      const start = b.start + m.index + m[0].length - m[1].length;
      // a sentence's end is no part of a place: `in Moscow. This is …` (but `St. Petersburg` is one)
      let name = m[1].split(SENTENCE_END_IN_PLACE)[0];
      if (meetingSentencesOnly) {
        const sentence = doc.sentenceAt(start);
        if (!sentence || !firstMeetingWord(doc.clean.slice(sentence.start, start))) continue;
      } else if (!isDatelineCity(name.split(',')[0])) continue;
      // `in Minsk, Belarus`, but not `in Brazil, Seoul's foreign ministry said`
      const comma = name.indexOf(',');
      if (comma > 0) {
        const after = trimEndOf(name.slice(comma + 1).trim(), '.');
        if (!isDatelineCity(after) && !COUNTRY_BY_NAME.has(after.toLowerCase())) name = name.slice(0, comma);
      }
      // `in the Fijian capital city of Suva`, `in South Korean southern resort island of Jeju`: a people's name is no place; the
      // place is the one named after `of`
      if (namesAPeople(name)) {
        const after = start + name.length;
        const of = DEMONYM_THEN_PLACE.exec(doc.clean.slice(after, Math.min(b.end, after + 60)));
        if (!of) continue;
        const at = after + of[0].length - of[1].length;
        found = { text: doc.text.slice(at, at + of[1].length), start: at, end: at + of[1].length };
        return;
      }
      const words = name.split(/[\s,]+/);
      // (a sentence's full stop at the block's end stays on the word: `signed in December.`)
      const first = trimEndOf(words[0], '.').toLowerCase();
      if (quotes.contains(start) || isCommonCapitalized(first) && !countryOf(name) && !isDatelineCity(trimEndOf(name.split(',')[0], '.')) || TITLE_HEADS.has(first) || HONORIFICS.has(first)) continue;
      if (/^\d/.test(name) || mentions.within(start, start + name.length).length) continue;
      // places, not institutions: `the Peace Palace`, `the UN General Assembly` stay out unless a country
      if (!countryOf(name) && /\b(?:Palace|House|Office|Assembly|Council|Summit|Meeting|Conference|Forum|Ministry|Hall|Centre|Center|Street|Agenda)\b/.test(name)) continue;
      // the place ends where the prose does (inline code or a link target blanked in the clean text)
      let end = start;
      while (end < start + name.length && doc.clean[end] === doc.text[end]) end++;
      const text = trimEndOf(doc.text.slice(start, end), ',.');
      if (!text) continue;
      found = { text, start, end: start + text.length };
      return;
    }
  });
  return found;
}

/** After a people's name, a few words and `of` before the place: ` capital city of Suva`, ` southern resort island of Jeju`. */
const DEMONYM_THEN_PLACE = /^\s+(?:[a-z]+\s+){1,3}?of\s+(\p{Lu}[\p{L}\p{M}’'-]*(?:\s\p{Lu}[\p{L}\p{M}’'-]*)?)/u;

/** Whether the name at `i` follows the meeting word at `m` closely, with no comma, colon or bracket between (`a phone call with US President Donald Trump`). */
function partnerAfter(s: string, m: number, i: number): boolean {
  return i > m && i - m <= 80 && !/[,;:!?“”"()]/.test(s.slice(m, i));
}

const EARLIER_MEETING = /\bhad\s+(?:already\s+)?(?:met|held|spoken|talked|visited|received|hosted)\b|\b(?:last|previous)\s+(?:year|month|week|time)\b|\bago\b|\bpreviously\b/i;

/** A report whose speaker is named (or a pronoun for them) inside it before the meeting word at `at`: their own meeting. */
function ownMeetingReport(text: string, report: FoundParaphrase | null, named: FoundMention[], at: number): FoundParaphrase | null {
  const speaker = report?.speaker?.person;
  // (`Costa said she had met President Omar Haddad in Cairo last year`: a meeting before this one)
  if (!report || !speaker || EARLIER_MEETING.test(text.slice(report.start, report.end))) return null;
  return named.some((x) => x.person === speaker && x.start >= report.start && x.start < at) ? report : null;
}

/** A press event the parties to the talks hold together: `Joint press conference`, `in a press conference with both foreign ministers`. */
const JOINT_PRESS = /\bjoint\s+(?:press|news|media)\b|\b(?:press|news)\s+(?:conference|briefing|availability)\s+(?:with|together)\b/i;

/** The meeting words that name a press event itself (`press conference`, `briefing by`, `joint statement`), not talks it reports on. */
const PRESS_EVENT_WORD = /press|briefing|news\s+conference|availability|remarks|encounter|statement|interview/i;

function participants(
  doc: Doc, persons: Person[], mentions: MentionIndex, quotes: AttributedQuote[], paraphrases: FoundParaphrase[], reports: SpanIndex<FoundParaphrase>,
  turns: TranscriptTurn[],
  kind: MeetingKind,
  commitments: FoundCommitment[],
): Person[] {
  const first = new Map<Person, number>();
  let host: Person | null = null;
  const add = (p: Person | null | undefined, at: number): void => {
    if (!p) return;
    if (!first.has(p) || (first.get(p) ?? 0) > at) first.set(p, at);
  };
  // officials named in a sentence about meeting, outside someone's quotes and reported speech (what the ministry or the
  // agency says, `…, the Russian Foreign Ministry said`, is the readout's own voice: its names count)
  const someoneElses = new SpanIndex<Span>([
    ...quotes.filter((q) => !isBodyParty(q.speaker)).map((q) => q.raw),
    ...paraphrases.filter((p) => !isBodyParty(p.speaker)),
  ]);
  let afterMeetingSentence = false;
  // at a spokesperson's briefing, or a press conference that is not a joint one, the talks it reports on are others' (Lavrov's
  // press conference at his embassy after meeting Trump): only the event's own sentences name who is there
  const eventOnly = kind === 'press conference' && (!JOINT_PRESS.test(doc.clean) || quotes.some((q) => !!q.speaker?.person && isSpokespersonOnly(q.speaker.person))
    || paraphrases.some((p) => !!p.speaker?.person && isSpokespersonOnly(p.speaker.person)) || turns.some((t) => !!t.person && isSpokespersonOnly(t.person)));
  doc.blocks.forEach((b, bi) => {
    if (b.kind === 'debris' || b.kind === 'dateline') return;
    const sentences = doc.sentences(bi);
    // (with a document's memo, each sentence's meeting word is kept across edits: it depends on the sentence alone)
    const kept = doc.memoized ? doc.blockDerived(bi, 'meeting words', () => sentences.map((x) => meetingWordIn(doc.clean.slice(x.start, x.end)))) : null;
    for (let k = 0; k < sentences.length; k++) {
      const sentence = sentences[k];
      // (a sentence naming no one adds no one: its meeting words are not looked for)
      const named = mentions.within(sentence.start, sentence.end);
      const followsMeeting = afterMeetingSentence;
      afterMeetingSentence = false;
      if (!named.length) continue;
      const s = doc.clean.slice(sentence.start, sentence.end);
      // those the sentence before met as a group, named in a list: `… received the Letters of Credence from ambassadors of
      // six countries. They are the Ambassador of South Korea, Mr Lim Jung-Taek; the Canadian High Commissioner, …`
      // (and who the headline's event is by: `Joint press conference` / `by NATO Secretary General Jens Stoltenberg with the Prime
      // Minister of Norway, Jonas Gahr Støre`)
      const byline = k === 0 && bi > 0 && BY_LINE.test(s) && doc.blocks[bi - 1] === doc.title && !!firstMeetingWord(doc.clean.slice(doc.blocks[bi - 1].start, doc.blocks[bi - 1].end));
      // (an official there, with an office: a reporter's byline, `By Steve Holland`, names none)
      if ((followsMeeting && GROUP_NAMED.test(s)) || byline) for (const x of named) if (x.kind === 'name' && !inTurn(turns, x.start) && (!byline || x.person.roles.length > 0)) add(x.person, x.start);
      const m = kept ? kept[k] : meetingWordIn(s);
      if (!m) continue;
      afterMeetingSentence = true;
      if (eventOnly && !PRESS_EVENT_WORD.test(m.word)) continue;
      const at = sentence.start + m.index;
      // someone's report of their own meeting counts, with the name right after its meeting word: `Ramaphosa announced …
      // that he had a phone call with US President Donald Trump` (not `his talks … focused on …, such as the upcoming visit of
      // French President Emmanuel Macron`)
      const own = ownMeetingReport(doc.clean, reports.overlapping(at, at + 1), named, at);
      // (a report may open with the meeting word: `According to X, press secretary …, negotiations between …`)
      if (!own && someoneElses.overlapping(at, at + 1)) continue;
      const elsewhere = m.elsewhere.map(([from, to]) => [from + sentence.start, to + sentence.start]);
      // (`President Joseph Biden's administration`, `X's envoy`: who is there works for the name in the possessive)
      // (in a speaker's own words, those the speaker met now: `Today we have had … a video conference with the Secretary of State
      // of the United States, Mike Pompeo`, in remarks by the High Representative; but a press conference is the meeting itself,
      // and the talks it reports on are others)
      const metNow = kind !== 'press conference' && OWN_MEETING_BEFORE.test(s.slice(0, m.index)) && !PAST_MEETING.test(s);
      const inSentence = named.filter((x) => (!someoneElses.contains(x.start) || (own && x.start >= own.start && partnerAfter(s, m.index, x.start - sentence.start))) && !POSSESSIVE_AFTER.test(doc.clean.slice(x.end, x.end + 20))
        && (!inTurn(turns, x.start) || (metNow && x.start > at)) && !elsewhere.some(([from, to]) => x.start >= from && x.start < to));
      inSentence.forEach((x) => add(x.person, x.start));
      if (!host) {
        // (the one thanked for the welcome is the host: `Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome`)
        const subject = THANKED_FOR.test(m.word)
          ? inSentence.find((x) => x.start > sentence.start + m.index)
          : inSentence.find((x) => x.start < sentence.start + m.index);
        if (subject) host = subject.person;
      }
    }
  });
  // those named as agreeing, in the readout's own voice: `Foreign Minister Pham Binh Minh and Philippine Secretary of Foreign
  // Affairs Perfecto Yasay agreed to hasten …` (they agreed with each other, so they met)
  for (const c of commitments) {
    if (c.kind !== 'agreement' || c.quote || someoneElses.contains(c.trigger.start)) continue;
    for (const x of mentions.within(c.start, c.trigger.start)) {
      if (x.kind === 'name' && !POSSESSIVE_AFTER.test(doc.clean.slice(x.end, x.end + 20)) && !inTurn(turns, x.start)) add(x.person, x.start);
    }
  }
  // those addressed in the speaking itself: `Thank you so much Minister Waszczykowski`,
  // `It is a great honour to welcome … John Kerry, to London`, `Dear Prime Minister …`
  for (const x of mentions.list) {
    if (x.kind !== 'name') continue;
    const lead = doc.clean.slice(Math.max(0, x.start - 120), x.start);
    const cue = lastMatch(ADDRESS_CUE, lead);
    if (cue && onlyTitles(lead.slice(cue.index + cue[0].length))) add(x.person, x.start);
  }
  // everyone who speaks: quotes, reported speech, transcript turns (a spokesperson quoted on a meeting
  // reports it from elsewhere: a participant of a briefing only)
  // (at a press conference, someone quoted in a turn not theirs is reported, not there: `AFP: … Philippine President Marcos said
  // yesterday that …`)
  const speaks = (p: Person | null | undefined, at: number): void => {
    if (!p) return;
    if (kind !== 'press conference') {
      if (!isSpokespersonOnly(p)) add(p, at);
      return;
    }
    const turn = turnAt(turns, at);
    if (!turn || turn.person === p) add(p, at);
  };
  for (const q of quotes) speaks(q.speaker?.person, q.raw.start);
  for (const p of paraphrases) if (!p.recalled) speaks(p.speaker?.person, p.start);
  for (const t of turns) {
    add(t.person, t.start);
    // `Mr Putin, Mr Medvedev, friends,`: those a turn opens by addressing are there too
    // (the words may start on the line after a label that stands alone: `NATO Secretary General Jens Stoltenberg:` / `Prime
    // Minister Kallas,`)
    const bi = t.label.block;
    let firstSentence = doc.sentences(bi).find((s) => s.end > t.contentStart);
    let from = t.contentStart;
    if (!firstSentence && bi + 1 < doc.blocks.length && doc.blocks[bi + 1].start <= t.end) {
      firstSentence = doc.sentences(bi + 1)[0];
      from = doc.blocks[bi + 1].start;
    }
    if (firstSentence) {
      const s = doc.clean.slice(from, firstSentence.end);
      if (isVocative(s)) {
        mentions.within(from, firstSentence.end).forEach((x) => add(x.person, x.start));
      }
    }
  }
  // (not a photographer whose credit a caption about the meeting ends with: `… at the summit. REUTERS/Philippe Wojazer`)
  const list = persons.filter((p) => first.has(p) && !onlyCredited(doc.text, p)).sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0));
  if (host && list.includes(host)) return [host, ...list.filter((p) => p !== host)];
  if (list.length === 0) return soleVoice(persons, quotes, paraphrases, kind);
  return list;
}

/**
 * With no one else taking part, the one official who speaks is the event's (a spokesperson's statement or briefing: `China’s
 * Foreign Ministry spokeswoman Hua Chunying said …`); at a press conference, the one official the text names at all.
 */
function soleVoice(persons: Person[], quotes: AttributedQuote[], paraphrases: FoundParaphrase[], kind: MeetingKind): Person[] {
  const voices = new Set<Person>();
  for (const q of quotes) if (q.speaker?.person) voices.add(q.speaker.person);
  for (const p of paraphrases) if (!p.recalled && p.speaker?.person) voices.add(p.speaker.person);
  if (voices.size === 1) return [...voices];
  if (voices.size === 0 && kind === 'press conference' && persons.length === 1) return [persons[0]];
  return [];
}

/**
 * Another meeting the sentence mentions: `a potential summit between Japanese Prime Minister Fumio Kishida
 * and North Korean leader Kim Jong-un`, `agreements reached at a meeting between Putin and Widodo in May 2016`,
 * `following a telephone conversation between Putin and Trump on 12 February`.
 * Its parties, up to the clause's end, are not this meeting's: ranges of offsets into the sentence.
 */
// (a year may date it: `recalled a 1974 meeting between the UAE’s Founding Father Sheikh Zayed … and a team from NASA`)
const OTHER_MEETING = /\b(?:(?:a|an|potential|possible|future|previous|past|last|earlier|next|upcoming|planned|prospective|proposed)\s+(?:[a-z0-9-]+\s+){0,2}(?:meeting|meetings|summit|talks|visit)(?:\s+(?:will|would)\s+be\s+held)?|(?:following|after)\s+(?:a|an|the|their)\s+(?:[a-z-]+\s+)?(?:meeting|summit|talks|visit|conversation|call))\s+between\s/gi;
/**
 * Someone away from the meeting: the sender of greetings (`conveyed the greetings and best wishes of the
 * President of the Russian Federation, Vladimir Putin, to …`), the one represented (`on behalf of President
 * Paul Biya`, `special envoy of President Paul Biya`), a meeting still to come (`was also scheduled to hold talks with Nigeria’s president Muhammadu
 * Buhari during …`, `Dendias will accompany Greek Prime Minister Kyriakos Mitsotakis during …`, `the visit to be made in March by
 * the President of Colombia, Iván Duque`), a predecessor (`who took over from Liz Truss on Tuesday`). Up to the clause's end.
 */
// (and a visit to come, by someone else: `confirmed the visit to be made in March 2019 by the President of Colombia, Iván Duque`)
// (and who sent an envoy: `Bianca Odumegwu-Ojukwu who was sent to Ghana by President Bola Ahmed Tinubu on a …`)
// (not the host who invited: `By invitation of the President of the Argentine Republic, Mauricio Macri, …`)
const ABSENT_PARTY = /\b(?:on\s+behalf\s+of|(?:envoy|emissary|messenger)\s+of|(?:visit|trip)\s+to\s+be\s+(?:made|paid)\s+(?:[^.;,\s][^.;,]{0,39}\s)?by|(?:was|were|been|being)\s+(?:sent|dispatched)\s+(?:[^.;,\s][^.;,]{0,39}\s)?by|(?:greetings|regards|wishes|message|letter|(?<!\b(?:[Aa]t|[Bb]y|[Uu]pon|[Oo]n)\s(?:the\s)?)invitation)\s+(?:[a-z]+\s+){0,3}?(?:of|from)|(?:(?:scheduled|expected|due|slated)\s+to|will)\s+(?:also\s+|later\s+)?(?:hold\s+(?:talks|a\s+meeting|meetings)|meet|visit|accompany)(?:\s+with)?)\s/gi;
const MAY_BE_ABSENT = /behalf|envoy|emissary|messenger|greetings|regards|wishes|message|letter|invitation|scheduled|expected|due\s|slated|to\s+be\s+(?:made|paid)|sent|dispatched/i;
// (a predecessor or successor, a name right after: `who took over from Liz Truss on Tuesday`, `his predecessor Boris Johnson`)
const PREDECESSOR = /\b(?:took\s+over\s+from|succeeded|succeeding|replaced|replacing|(?:predecessor|successor),?)\s+(?=(?:the\s+)?(?:former\s+)?[A-Z])/g;
const MAY_BE_PREDECESSOR = /took\s+over|succeed|replac|predecessor|successor/;
/** The speaker's side as the subject of a meeting: `Today we have had …`, `I met …`. */
const OWN_MEETING_BEFORE = /\b(?:[Ww]e|I)\b/;
/** A meeting of the past, not the one spoken of: `I met him last year`, `we held talks in 2019`. */
const PAST_MEETING = /\b(?:last|ago|yesterday|previous|previously|earlier|former)\b|\b(?:19|20)\d\d\b/i;
/** A line under the headline that says whose the event is: `by NATO Secretary General Jens Stoltenberg with …`. */
const BY_LINE = /^by\s+\S/i;
/** A sentence that names the members of a group: `They are the Ambassador of …`, `The envoys were …`. */
const GROUP_NAMED = /^(?:they|these|the\s+(?:envoys|ambassadors|diplomats|ministers|delegates|leaders|guests|participants))\s+(?:are|were|included?)\b/i;
/** Who leads a government (`the administration of US President Donald Trump`) or met the subject before (`He earlier spoke to …`). */
const ELSEWHERE_PARTY = /\b(?:(?:administration|government|presidency)\s+of|(?:earlier|previously)\s+(?:spoke|spoken|talked|met|phoned)(?:\s+(?:to|with))?)\s/gi;
const MAY_BE_ELSEWHERE = /administration|government|presidency|earlier|previously/i;
const REPRESENTED_BY = /\b(?:was|were|is|are|will\s+be|being)\s+represented\s+by\b/g;
// (`will` alone is in most sentences of a readout: only `will meet`, `will later visit`, `will accompany` send to the pattern)
const FUTURE_MEETING = /\bwill\s+(?:also\s+|later\s+)?(?:hold|meet|visit|accompany)/i;
/** Where the parties of another meeting (OTHER_MEETING) end. */
const OTHER_MEETING_END = /[,;.:]|\s(?:in|on|at|during|last|this|which|where|when)\s/;
const ABSENT_END = /[;.:]|\s(?:to|by|in|on|at|during|which|where|when|and\s+(?:the|his|her|their)\s+\p{Ll}+ed)\s/u;
/** An envoy's principal: `special envoy of President Paul Biya`, whose name ends at the first lower-case word (`… Haddad’s government held …`). */
const ENVOY_OF = /^(?:envoy|emissary|messenger)/i;
const PRINCIPAL_END = /[,;.:]|\s(?!(?:of|the|and)\s)\p{Ll}/u;
const FUTURE_CLAUSE_END = /[;.:,]|\s(?:and|but|while|which|whereas)\s/;
const POSSESSIVE_AFTER = /^['’]s?\s+(?:administration|government|cabinet|office|party|envoy|emissary|messenger|adviser|advisor|aide|representative|wife|husband|spokes(?:person|man|woman))\b/i;
/** A sentence's first meeting word, where it stands, and the parties of other meetings the sentence names (relative to it). */
interface MeetingWord { index: number; word: string; elsewhere: [number, number][] }
function meetingWordIn(s: string): MeetingWord | null {
  const m = firstMeetingWord(s);
  return m ? { index: m.index, word: m[0], elsewhere: otherMeetingParties(s) } : null;
}

function otherMeetingParties(s: string): [number, number][] {
  const out: [number, number][] = [];
  // each party runs from where its pattern ends to the first stop after it (or the sentence's end)
  const partyFrom = (m: RegExpMatchArray, stops: RegExp): void => {
    const from = m.index! + m[0].length;
    const stop = stops.exec(s.slice(from));
    out.push([from, from + (stop ? stop.index : s.length - from)]);
  };
  if (s.includes('between')) for (const m of s.matchAll(OTHER_MEETING)) partyFrom(m, OTHER_MEETING_END);
  if (MAY_BE_PREDECESSOR.test(s)) for (const m of s.matchAll(PREDECESSOR)) partyFrom(m, ABSENT_END);
  // (one who sent someone in their place: `President William Ruto was represented by Prime Cabinet Secretary …`, back to the
  // clause's start)
  if (s.includes('represented by')) {
    for (const m of s.matchAll(REPRESENTED_BY)) {
      const clause = Math.max(s.lastIndexOf(',', m.index!), s.lastIndexOf(';', m.index!));
      out.push([clause + 1, m.index!]);
    }
  }
  // (a leader under whom the talks were held, `under the administration of US President Donald Trump`, and who took part in
  // another conversation before, `He earlier spoke to US President Donald Trump and …`)
  if (MAY_BE_ELSEWHERE.test(s)) for (const m of s.matchAll(ELSEWHERE_PARTY)) partyFrom(m, ABSENT_END);
  // (most meeting sentences name no one away: the pattern is tried only where its first words can be; 0.5 % of a
  // 10 KB readout's time in a profile)
  if (!MAY_BE_ABSENT.test(s) && !FUTURE_MEETING.test(s)) return out;
  // (an apposition's commas stay inside: `of the President of Russia, Vladimir Putin, to the head of state`)
  // (a meeting still to come runs to its clause's end: `will accompany X during the visit of the Greek Prime Minister`)
  for (const m of s.matchAll(ABSENT_PARTY)) partyFrom(m, /^will\b/i.test(m[0]) ? FUTURE_CLAUSE_END : ENVOY_OF.test(m[0]) ? PRINCIPAL_END : ABSENT_END);
  return out;
}

function isSpokespersonOnly(p: Person): boolean {
  return p.roles.length > 0 && p.roles.every((r) => roleClasses(r.title).has('spokesperson'));
}

const ADDRESS_CUE = /\b(?:welcome|welcoming|thank\s+you(?:\s+(?:so|very)\s+much)?|dear)\b/gi;
const ADDRESS_FILLER = new Set(['the', 'my', 'our', 'dear', 'of', 'and', 'to', 'for', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'madam', 'excellency', 'his', 'her', 'colleague', 'friend']);

/** Between an address and a name only titles and courtesy words: `the 68th Secretary of State of the United States of America,`. */
function onlyTitles(s: string): boolean {
  const words = s.split(/[\s,]+/).filter(Boolean);
  return words.length <= 14 && words.every((w) => ADDRESS_FILLER.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /^\d+(?:st|nd|rd|th)$/.test(w));
}

// (a label that names no official makes no one's turn: `Italy and the Holy See: promoting …`, a headline under a date line)
function inTurn(turns: TranscriptTurn[], at: number): boolean {
  return !!turnAt(turns, at)?.person;
}

const VOCATIVE_WORDS = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'madam', 'dear', 'excellency', 'excellencies', 'friends', 'colleagues', 'ladies', 'gentlemen', 'and']);

/** `Mr Putin, Mr Medvedev, friends,`: a sentence that only addresses people (names, titles, greetings). */
function isVocative(s: string): boolean {
  const words = s.split(/[\s,:!.]+/).filter(Boolean);
  return words.length > 0 && words.length <= 24 && words.every((w) => VOCATIVE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
}
