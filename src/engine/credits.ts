// Names in a page's credits: bylines, reporting and editing credits, photo credits, a press contact. The guide counts
// every named person, and a credit names its person by nothing else (no office, no verb of their own). (A name with
// an agency after its slash, `Cem Ozdel/Anadolu Agency`, is left out: 2 of 5 such credits in the read golds are officials.)

/**
 * Line start, or an opening bracket or `;` inside a line (`(Xinhua/…)`, `… ; Editing by …`, `[Photo by …]`), or a caption's
 * sentence end (`… June 26, 2017. REUTERS/Kevin Lamarque`, `… in Kazan. Picture: Alexey Nikolskiy / Photohost`).
 */
const CREDIT_SEGMENT_START = /[\n([;|•]|(?<=[.!?])\s/g;

/** Words that announce the names of a credit, right before them. */
const CREDIT_LEAD = /^\s*(?:(?:(?:additional\s+)?reporting|editing|writing|written|edited|compiled|translated|text|photos?|photographs?|pictures?|images?)\s+by|(?:photos?|photographs?|pictures?|images?|credits?|(?:web\s+)?editors?)\s*:|by)\s+$/i;

/**
 * An agency in brackets, or a source, then a slash, right before the name: `(Xinhua/Li Xueren)`, `Source: Fonet/Zoran
 * Mrđa` (not a photo's agency alone: `PHOTO/Agencia de Noticias Etíope`).
 */
const AGENCY_SLASH_BEFORE = /^(?:\(|\[|\s*[Ss]ource\s*:)\s*(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s*\/\s*){1,3}$/;
/**
 * An agency in capitals, or its photo service, and a slash, opening a caption's credit: `REUTERS/Kevin Lamarque`, `AP Photo /
 * Yong Teck Lim` (not the word `PHOTO` alone: `PHOTO/Agencia de Noticias Etíope` credits an agency).
 */
const CAPS_AGENCY_SLASH_BEFORE = /^\s*(?:(?!(?:PHOTOS?|PICTURES?|IMAGES?|FILE)\s*\/)[A-Z]{2,}|[A-Z][\w&-]*\s+Photo)\s*\/\s*$/;

/**
 * Whether the name at [start, end) of `text` is a credit's: the only words of its segment before it are a credit's lead
 * (`By`, `Reporting by`, `Photo:`, `Web editor:`) or an agency in brackets and its slash; or it is the press contact
 * (`contact Vanessa Vidal at …`). `previousCredited` says the name before it, joined by `,`, `and` or
 * `&`, was a credit's (`By Tugba Altun and Muhammet Tarhan`).
 */
export function isCreditedName(text: string, start: number, end: number, previousCredited: boolean): boolean {
  // (the line before the name, read back at most 120 characters, so that a page without line breaks costs no more)
  const from = Math.max(0, start - 120);
  const back = text.slice(from, start);
  const line = back.slice(back.lastIndexOf('\n') + 1);
  // (the segment keeps its opening bracket, which tells an agency's credit)
  let segment = line;
  CREDIT_SEGMENT_START.lastIndex = 0;
  for (let m = CREDIT_SEGMENT_START.exec(line); m; m = CREDIT_SEGMENT_START.exec(line)) segment = line.slice(m[0] === '(' || m[0] === '[' ? m.index : m.index + 1);
  const words = segment.replace(/^[([]/, '');
  if (previousCredited && /(?:,|\band|&)\s*$/i.test(words)) return true;
  if (CREDIT_LEAD.test(words) || AGENCY_SLASH_BEFORE.test(segment) || CAPS_AGENCY_SLASH_BEFORE.test(segment)) return true;
  return /\bcontact\s+$/i.test(line) && /^\s+at\b/i.test(text.slice(end, end + 6));
}

/** Whether a person has no office and is named only in credits (`REUTERS/Kevin Lamarque`, `Editor: Andrew Whyte`). */
export function onlyCredited(text: string, p: { roles: readonly unknown[]; mentions: readonly { kind: string; start: number; end: number }[] }): boolean {
  return p.roles.length === 0 && p.mentions.every((m) => m.kind !== 'name' || isCreditedName(text, m.start, m.end, false));
}
