// Dates as readouts write them: `10 April`, `on August 5, 2016`, `Thursday, 12 June`,
// `21-22 December 2011`, `MAY 25, 2021`, `2025-03-11`, with source typos such as `l6 July`
// and a year glued to a time (`21 August 202013:53`).
import { WEEKDAYS } from './lexicon/words';

export interface FoundDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  /** A weekday written before the date (`Thursday, 12 June`) starts the span but not the day. */
  hasWeekday: boolean;
}

/** Russian months in the genitive a date takes, as Russian and Belarusian pages in English keep their date lines: `17 июня 2022`. */
const RUSSIAN_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTH_NAMES: [string, number][] = [
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sept', 9], ['sep', 9], ['oct', 10],
  ['nov', 11], ['dec', 12],
  // French, as Francophone ministries and the pages that carry them write dates: `mercredi 27 août`, `28 février, 2024`
  ['janvier', 1], ['février', 2], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7],
  ['août', 8], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12], ['decembre', 12],
  ...RUSSIAN_MONTHS.map((name, i): [string, number] => [name, i + 1]),
];
const MONTH_BY_NAME = new Map(MONTH_NAMES);
const MONTH = `(january|february|march|april|may|june|july|august|september|october|november|december|(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![a-zà-ÿ])|(?:${RUSSIAN_MONTHS.join('|')})(?![а-яё])|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\\.?)`;
/** French weekdays, as the dates of French pages open: `mercredi 27 août`. */
const FRENCH_WEEKDAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const WEEKDAY = `(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|${FRENCH_WEEKDAYS}),?\\s+)?`;
/** A weekday opening a date's match, English or French. */
const WEEKDAY_FIRST = new RegExp(`^(?:[a-z]+day|${FRENCH_WEEKDAYS})`, 'i');
// a day may carry an OCR/typing slip (`l6`, `2lst`) and an ordinal suffix
const DAY = '(\\d{1,2}|[lI]\\d|\\d[lI])(?:st|nd|rd|th)?';
// (`24-25 June`, `29 - 30 January`, `from 24 to 25 June`, `on 8 and 9 May`)
const RANGE = '(?:(?:\\s*[-–—]\\s*|\\s+(?:to|and)\\s+)' + DAY + ')?';
const YEAR = '(\\d{4})(?:(?=\\d{1,2}:\\d{2})|(?!\\d))';

// (a year after a comma with no space, as scrapes leave it: `May 23,2024`)
// (and after the month's full name with a stray stop: `25 May. 2017`)
const YEAR_AFTER = `(?:\\.?(?:,\\s*|\\s+)${YEAR})?`;
// (the day may carry a dot, as Central European sites write it: `2. August 2022`)
// (and glued to a byline before it: `Dominic McGrath25 October 2022`)
const DAY_MONTH = new RegExp(`(?<!\\d)${WEEKDAY}${DAY}\\.?${RANGE}\\s+(?:of\\s+)?${MONTH}${YEAR_AFTER}`, 'gi');
// (a colon after the day is fine, `New Delhi, Jun 26: …`; a time is not, `May 10:30`)
const MONTH_DAY = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY}${RANGE}${YEAR_AFTER}(?!\\d|:\\d)`, 'gi');
// (not the head of a longer run of numbers: mid.ru stamps its pages `1897-09-10-2017`, a number and a day-first date)
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b(?!-\d)/g;
/** A date year first with dots or slashes, as East Asian and some European sites write it: `2022.8.25`, `2019/06/30`. */
const YEAR_FIRST = /\b((?:19|20)\d{2})[./](\d{1,2})[./](\d{1,2})\b(?![./]?\d)/g;
// (dots may have a space after them: `06. 11. 2019`; dashes join a day-first date too: `09-10-2017`)
const NUMERIC = /\b(\d{1,2})(?:[/-]|\.\s?)(\d{1,2})(?:[/-]|\.\s?)(\d{4})\b/g;

/** A weekday, whole or cut short, right before a date: `Thu, `, `Thursday `. */
const WEEKDAY_ABBREVIATION_BEFORE = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s?$/i;
/** The weekday of a date, as its index in WEEKDAYS (Monday 0; getUTCDay counts from Sunday). */
export function weekdayOf(day: number, month: number, year: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

function dayNumber(s: string): number {
  return Number(s.replace(/[lI]/g, '1'));
}

function valid(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const HAS_DIGIT = /\d/;
/** The first letters of every month name, English, French or Russian: a text without one holds no named month. */
const MONTH_START = new RegExp(`jan|feb|f[ée]v|mar|apr|avr|ma[yi]|jun|jui|jul|aug|ao[uû]|sep|oct|nov|dec|déc|${RUSSIAN_MONTHS.map((m) => m.slice(0, 3)).join('|')}`, 'i');

/** The matches of a global pattern, as `text.matchAll` gives them, without copying the pattern (none of these matches is empty). */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** The label of a page's date stamp (`date`, `Updated:`, `Published:`, `Published on`), as a pattern's source. */
export const STAMP_LABEL = '(?:date|updated|published(?:\\s+on)?|posted):?';
/** A page's stamp glued before the text: ` date 2019-09-05 `, as a pattern's source. */
export const GLUED_STAMP_SOURCE = `${STAMP_LABEL}\\s*\\d{4}-\\d{2}-\\d{2}\\s+`;
/** A text that opens with a page's glued stamp. */
export const GLUED_STAMP = new RegExp(`^\\s*${GLUED_STAMP_SOURCE}`, 'i');

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  // every date has a digit: most blocks are passed over at once
  if (!HAS_DIGIT.test(text)) return out;
  const push = (d: FoundDate): void => { if (valid(d.day, d.month)) out.push(d); };
  // (each pattern is run only where the words or marks it needs are)
  const named = MONTH_START.test(text);
  for (const m of named ? matchesOf(DAY_MONTH, text) : []) {
    const hasWeekday = WEEKDAY_FIRST.test(m[0]);
    push({ start: m.index, end: m.index + m[0].length, day: dayNumber(m[1]), month: MONTH_BY_NAME.get(m[3].toLowerCase().replace('.', '')) ?? 0,
      year: m[4] ? Number(m[4]) : null, hasWeekday });
  }
  for (const m of named ? matchesOf(MONTH_DAY, text) : []) {
    const hasWeekday = WEEKDAY_FIRST.test(m[0]);
    push({ start: m.index, end: m.index + m[0].length, day: dayNumber(m[2]), month: MONTH_BY_NAME.get(m[1].toLowerCase().replace('.', '')) ?? 0,
      year: m[4] ? Number(m[4]) : null, hasWeekday });
  }
  for (const m of text.includes('-') ? matchesOf(ISO, text) : []) {
    push({ start: m.index, end: m.index + m[0].length, day: Number(m[3]), month: Number(m[2]), year: Number(m[1]), hasWeekday: false });
  }
  for (const m of text.includes('/') || text.includes('.') ? matchesOf(YEAR_FIRST, text) : []) {
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) push({ start: m.index, end: m.index + m[0].length, day, month, year: Number(m[1]), hasWeekday: false });
  }
  for (const m of text.includes('/') || text.includes('.') || text.includes('-') ? matchesOf(NUMERIC, text) : []) {
    // day first, as diplomatic sites outside the US write it, unless the numbers say otherwise (`04/25/2019`)
    const [a, b] = [Number(m[1]), Number(m[2])];
    // (or the weekday before it: `Thu, 07/09/2009` is 9 July, a Thursday, not 7 September)
    const weekday = a <= 12 && b <= 12 && a !== b ? WEEKDAY_ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index)) : null;
    const abbreviation = weekday?.[1].toLowerCase();
    const monthFirst = !!abbreviation && weekdayOf(b, a, Number(m[3])) === WEEKDAYS.findIndex((w) => w.startsWith(abbreviation));
    const [day, month] = (b > 12 && a <= 12) || monthFirst ? [b, a] : [a, b];
    push({ start: m.index, end: m.index + m[0].length, day, month, year: Number(m[3]), hasWeekday: false });
  }
  // the same stretch can match two patterns (`May 25, 2021` also holds `25, 2021`…): keep the longest, in order
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const d of out) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

export function isoOf(d: { day: number; month: number; year: number | null }): string {
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day).padStart(2, '0');
  return d.year === null ? `--${mm}-${dd}` : `${d.year}-${mm}-${dd}`;
}
