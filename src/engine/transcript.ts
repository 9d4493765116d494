// Transcript labels (guide §3.5): `Aleksandr Lukashenko, President of Belarus:`, `PRESIDENT PUTIN:`,
// `Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs:`, `Sidhant:` at the start of a paragraph
// open that person's turn; the paragraphs up to the next label are their words.
import type { Block } from './structure';
import { isProse } from './structure';
import { COUNTRY_BY_NAME } from './lexicon/countries';
import { isDatelineCity } from './lexicon/places';
import { isMediaName } from './lexicon/media';

export interface Label {
  block: number;
  /** The label's text, colon excluded. */
  start: number;
  end: number;
  /** Where the turn's words start in the label's own paragraph. */
  contentStart: number;
  /** A questioner or moderator rather than a named person. */
  anonymous: boolean;
}

// capitalized words, initials, `of`/`the`/`for`/`and` and name particles, an optional `, ROLE`,
// then a colon; at most 14 words so that a sentence ending in a colon is not taken for a label
const WORD = "(?:[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*|of|the|for|and|on|de|da|di|du|la|le|von|van|der|den|al|el|bin|ibn)";
const TITLE_WORD = '(?:President|Prime|Minister|Vice|Secretary|General|Chancellor|Ambassador|Governor|Foreign|Deputy|Senator|Speaker|Mr|Mrs|Ms|Dr|Madam|King|Queen|Premier|Chairman|Chairwoman|Chair|Commissioner|Director|Spokesperson|Spokesman|Spokeswoman|State|High|Representative)\\.?';
const LABEL = new RegExp(`^(${WORD}(?:[ \\t]+${WORD}){0,9}(?:,[ \\t]*${WORD}(?:[ \\t]+${WORD}){0,9})?)(?:[ \\t]*\\([^()\\n]{1,40}\\))?[ \\t]*:(?=\\s|$)`, 'u');
// `President Biden. All the flowers bloomed.`: a title and a name as the paragraph's first sentence
const DOT_LABEL = new RegExp(`^((?:${TITLE_WORD}[ \\t]+){1,4}[\\p{Lu}][\\p{L}\\p{M}'’\\-]+(?:[ \\t]+[\\p{Lu}][\\p{L}\\p{M}'’\\-]+)?)\\.[ \\t]+(?=\\S)`, 'u');
const ANONYMOUS = /^(?:q|a|question|questions|answer|moderator|participant|journalist|reporter|correspondent|audience|interpreter|voice|male voice|female voice|host|anchor|staff|unidentified|unknown|press|media|translator|audience member)$/i;
// (a release's own markers and list openers: `Begin Text:`, `Notably:`; a news site's section, `Diplomacy: Prime Minister …`; and a news kicker before a headline: `Breaking: Details Of Tinubu’s Phone Conversation With Biden Emerge`; and a video's or
// page's details: `Duration: 5:22`, `File Size: 90.4 MB`, `Inquiries: (02) 6277 7500`; a byline, `By: Akoi M. Baysah, Jr.`)
const NOT_A_LABEL = /^(?:note|notes|source|sources|photo|photos|image|images|picture|pictures|caption|credit|credits|file|graphic|illustration|tags|date|dates|location|topic|topics|related|subject|subjects|title|see also|read more|also read|read|watch|listen|quote|unquote|more|update|updated|editor's note|disclaimer|contact|contacts|attachment|attachments|summary|background|agenda|participants|keywords|category|categories|share|print|video|audio|link|links|website|email|phone|fax|address|time|venue|place|language|format|outcome|outcomes|conclusion|introduction|remarks|statement|transcript|excerpt|excerpts|breaking|breaking news|exclusive|live|live updates|just in|analysis|opinion|editorial|explainer|factbox|fact check|alert|news alert|flash|urgent|developing|developing story|latest|latest news|special report|feature|commentary|adding|continuing|concluding|description|duration|file size|size|length|running time|runtime|resolution|download|downloads|inquiries|enquiries|media inquiries|media enquiries|published|publisher|posted|last updated|author|authors|by|editor|editors|editing|translator|photographer|photographers|writer|copyright|reference|ref|id|news id|story id|no|number|additional|event|occasion|theme|views|text|full text|begin text|end text|begin quote|end quote|highlights|key points|key outcomes|deliverables|notably|additionally|specifically|separately|furthermore|moreover|importantly|meanwhile|finally|lastly|firstly|secondly|thirdly|in addition|in particular|in summary|for example|for instance|diplomacy|politics|economy|business|world|nation|national|international|region|regional|society|security|defence|defense|trade|culture|environment|local|domestic)$/i;

/** A byline's label, whatever word opens it: `Story By:`, `Posted by:`, `Photos By:`, `Written by:`, `Edited by:` (so NOT_A_LABEL lists none). */
const BYLINE_LABEL = /\sby$/i;

/** What follows a label when it is one word and no sentence (no closing stop): a field's value. */
const ONE_WORD_VALUE = /^\s*[\p{L}\p{N}][\p{L}\p{N}&.\-]*(?<![.!?])\s*$/u;

/** A page's field named by its last word, whatever word qualifies it: `Published Date:`, `Modified Date:`, `Release Time:`, `Last Modified:`. */
const FIELD_LABEL = /\s(?:date|dates|time|updated|modified)$/i;

// `MFA Press Statement: Minister … meets …`, `Joint Communiqué:`: a heading that names the kind of text, not its speaker
const GENRE_LABEL = /\b(?:statement|release|readout|communiqu[eé]|transcript|remarks|briefing|announcement|advisory|notice|bulletin)$/i;

/** The first line of a text, past the spaces before it. */
function firstLine(s: string): string {
  const t = s.replace(/^[ \t]*\n?/, '');
  const nl = t.indexOf('\n');
  return nl < 0 ? t : t.slice(0, nl);
}
/** A field's value that is a number alone: `69665`, `2009-07-09`. */
const NUMBER_VALUE = /^\s*[\d./-]{1,20}\s*$/;
/** A numbered item's marker right before a block: `1. `, `12) ` at the start of its line. */
const NUMBER_MARKER_BEFORE = /(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*$/;

/** Whether the text (`lower`, in lower case) names `word` as a place, after `in` (`in Ufa`). */
function namedAsPlace(lower: string, word: string): boolean {
  const key = 'in ' + word.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const next = lower.charCodeAt(at + key.length);
    if ((at === 0 || !/\p{L}/u.test(lower[at - 1])) && !(next >= 97 && next <= 122)) return true;
  }
  return false;
}

export function findLabels(clean: string, blocks: Block[], text = clean): Label[] {
  const labels: Label[] = [];
  const dotted: Label[] = [];
  let previous: Block | null = null;
  // one-word labels in capitals the text names as places, and the text in lower case to find them (made when first asked)
  const places = new Map<string, boolean>();
  let lower: string | undefined;
  blocks.forEach((b, i) => {
    if (!isProse(b) && b.kind !== 'heading') return;
    // a headline printed twice (`Belarus MFA: Preparations …` on two lines) is one heading, not two turns
    const doubled = !!previous && b.end - b.start === previous.end - previous.start && clean.startsWith(clean.slice(previous.start, previous.end), b.start);
    previous = b;
    if (doubled) return;
    const head = clean.slice(b.start, Math.min(b.end, b.start + 200));
    // (a label ends with a colon: a paragraph opening without one is not matched against the pattern)
    const m = head.includes(':') ? LABEL.exec(head) : null;
    if (!m) {
      const d = DOT_LABEL.exec(head);
      if (d) dotted.push({ block: i, start: b.start, end: b.start + d[1].length, contentStart: b.start + d[0].length, anonymous: false });
      return;
    }
    const name = m[1].trim();
    if (NOT_A_LABEL.test(name) || GENRE_LABEL.test(name) || BYLINE_LABEL.test(name) || FIELD_LABEL.test(name)) return;
    // `Izvor: B92`, `Fuente: EFE`: a one-word field and its one-word value, in any language, is a page's metadata, no turn
    if (!/\s/.test(name) && ONE_WORD_VALUE.test(clean.slice(b.start + m[0].length, b.end))) return;
    // (or its value on the next line, a number: `ID :` / `69665`, in the same paragraph or the next)
    if (!/\s/.test(name) && NUMBER_VALUE.test(firstLine(b.start + m[0].length < b.end ? clean.slice(b.start + m[0].length, b.end) : clean.slice(blocks[i + 1]?.start ?? 0, blocks[i + 1]?.end ?? 0)))) return;
    // a dateline (`WASHINGTON: Secretary Blinken met …`, `Indonesia:`) names a place, not a speaker
    // (and so does a city with its country: `Suva, Fiji: The UN Development Programme …`)
    const comma = name.indexOf(',');
    const city = comma > 0 ? name.slice(0, comma).trim() : '';
    if (isDatelineCity(name) || COUNTRY_BY_NAME.has(name.toLowerCase())
      || (city && isDatelineCity(city) && COUNTRY_BY_NAME.has(name.slice(comma + 1).trim().toLowerCase()))) return;
    // (or a city the place lexicon does not know, one word in capitals that the text names as a place: `UFA: Prime Minister
    // Nawaz Sharif and …` under `… is underway in Ufa, Russia.`)
    if (/^\p{Lu}{2,}$/u.test(name)) {
      // (asked once per word: a transcript repeats its labels)
      let place = places.get(name);
      if (place === undefined) places.set(name, (place = namedAsPlace(lower ??= clean.toLowerCase(), name)));
      if (place) return;
    }
    // a label names someone: an upper-case word that is not a plain function word
    if (!/\p{Lu}/u.test(name)) return;
    const contentStart = b.start + m[0].length;
    // a questioner named by outlet (`China Daily:`, `Reuters:`) is not an official, nor one who opens a numbered question
    // (`1. VnExpress: Please comment on …`, `3. NDN: …`)
    const numbered = b.kind === 'bullet' && NUMBER_MARKER_BEFORE.test(text.slice(Math.max(0, b.start - 8), b.start));
    const anonymous = ANONYMOUS.test(name) || isMediaName(name) || numbered;
    labels.push({ block: i, start: b.start, end: b.start + name.length, contentStart, anonymous });
  });
  // labels ending in a full stop count only as a transcript's habit: two or more
  if (dotted.length >= 2) {
    labels.push(...dotted);
    labels.sort((a, b) => a.start - b.start);
  }
  // one label alone in a long readout is more likely a heading ending in a colon than a transcript
  if (labels.length === 1) {
    const only = labels[0];
    const restOfBlock = clean.slice(only.contentStart, blocks[only.block].end).trim();
    if (restOfBlock.length === 0 && !/[,]/.test(clean.slice(only.start, only.end))) return [];
    // (or the headline, quoting its subject: `Wang Yi: China values good contacts and friendship with Belarus`; a lone
    // label further down, `President of Belarus Alexander Lukashenko: Mr Putin, Mr Medvedev, friends,`, opens a turn)
    const firstBlock = blocks.findIndex((b) => b.kind !== 'debris');
    if (only.block === firstBlock && blocks[only.block].kind === 'heading') return [];
  }
  return labels;
}
