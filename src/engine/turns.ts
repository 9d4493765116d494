// Transcript turns (guide §3.5): the words from one label up to the next label are one person's.
import type { Doc } from './doc';
import type { Label } from './transcript';
import type { Person } from './officials';
import type { MentionIndex } from './mentionIndex';
import { upperBound } from './sorted';
import { titleKey } from './coreference';

export interface TranscriptTurn {
  label: Label;
  person: Person | null;
  /** A label for a speaker who is not an official (`MODERATOR`, `Question`), or null. */
  speakerText: string | null;
  /** From the label to the end of the turn's last paragraph. */
  start: number;
  contentStart: number;
  end: number;
}

export function findTurns(doc: Doc, labels: Label[], mentions: MentionIndex): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  if (labels.length === 0) {
    const implicit = remarksBy(doc, mentions);
    if (implicit) return [implicit];
    // (a lone label's turn runs to the end: its short lines, `Kaja,`, read as headings, do not end it)
    const lone = loneNameLabel(doc, mentions);
    const person = lone && personInLabel(mentions, lone);
    if (!lone || !person) return blockQuotes(doc, mentions);
    return [{ label: lone, person, speakerText: person.name, start: lone.start, contentStart: lone.contentStart, end: doc.blocks[doc.blocks.length - 1].end }];
  }
  // (each office and its one holder, read when a label first needs it: see officeHolder)
  let offices: Map<string, Person | null> | undefined;
  const holderOf = (labelText: string): Person | null => officeHolder((offices ??= officeHolders(mentions)), labelText);
  labels.forEach((label, n) => {
    const nextBlock = n + 1 < labels.length ? labels[n + 1].block : doc.blocks.length;
    let lastBlock = label.block;
    for (let b = label.block + 1; b < nextBlock; b++) {
      const kind = doc.blocks[b].kind;
      if (kind === 'heading') break; // a heading closes the transcript part
      if (kind === 'paragraph' || kind === 'bullet') lastBlock = b;
    }
    const person = personInLabel(mentions, label) ?? (label.anonymous ? null : holderOf(doc.clean.slice(label.start, label.end)));
    turns.push({
      label, person,
      speakerText: person ? person.name : doc.text.slice(label.start, label.end),
      start: label.start, contentStart: label.contentStart, end: doc.blocks[lastBlock].end,
    });
  });
  return turns;
}

function personInLabel(mentions: MentionIndex, label: Label): Person | null {
  if (label.anonymous) return null;
  // the name in the label wins over a role in it (`Aleksandr Lukashenko, President of Belarus:`)
  let best: Person | null = null;
  let bestKind = 3;
  for (const m of mentions.within(label.start, label.end)) {
    const rank = m.kind === 'name' ? 0 : m.kind === 'role' ? 1 : 2;
    if (rank < bestKind) { best = m.person; bestKind = rank; }
  }
  return best;
}

/**
 * `Minister for International Development and the Pacific:` after `Pat Conroy, Minister for International Development and
 * the Pacific`: a label that is one official's whole office, as the text gave it, names that official (if only one holds it).
 */
function officeHolder(offices: Map<string, Person | null>, labelText: string): Person | null {
  const office = titleKey(labelText.trim());
  return office.includes(' ') ? offices.get(office) ?? null : null;
}

/** Each office the officials hold (its title key) and its one holder, or null when several hold it. */
function officeHolders(mentions: MentionIndex): Map<string, Person | null> {
  const holders = new Map<string, Person | null>();
  for (const person of new Set(mentions.list.map((m) => m.person))) {
    for (const r of person.roles) {
      const key = titleKey(r.title);
      const had = holders.get(key);
      holders.set(key, had === undefined || had === person ? person : null);
    }
  }
  return holders;
}

/** The turn an offset sits in, or null (turns are sorted and disjoint). */
export function turnAt(turns: TranscriptTurn[], offset: number): TranscriptTurn | null {
  const t = turns[upperBound(turns, offset, (x) => x.contentStart) - 1];
  return t && offset <= t.end ? t : null;
}

const OCCASION = /\s(?:after|at|with|following|during|before|on|in|to)\s/i;
const REMARKS_BY = /\b(?:remarks|statement|speech|address|briefing|press\s+(?:conference|remarks|availability|statement)|message|op-ed|article|lecture)\s+(?:\S+\s+){0,3}?by\s+/i;

/**
 * `Press remarks by High Representative Josep Borrell`: a page of one person's words with no
 * labels is one turn of theirs, from the headline to the end.
 */
function remarksBy(doc: Doc, mentions: MentionIndex): TranscriptTurn | null {
  const title = doc.title;
  if (!title) return null;
  const text = doc.clean.slice(title.start, title.end);
  const m = REMARKS_BY.exec(text);
  if (!m) return null;
  const after = title.start + m.index + m[0].length;
  // (up to where the headline goes on with the occasion: `… by Josep Borrell after meeting with Foreign Minister X`)
  const occasion = OCCASION.exec(doc.clean.slice(after, title.end));
  const until = occasion ? after + occasion.index : title.end;
  const named = mentions.within(after, until).filter((x) => x.kind === 'name');
  const people = new Set(named.map((x) => x.person));
  if (people.size !== 1 || /\band\b/i.test(doc.clean.slice(after, until))) return null;
  const titleIndex = doc.blocks.indexOf(title);
  const person = named[0].person;
  const label: Label = { block: titleIndex, start: named[0].start, end: named[0].end, contentStart: title.end, anonymous: false };
  return { label, person, speakerText: person.name, start: named[0].start, contentStart: title.end, end: doc.blocks[doc.blocks.length - 1].end };
}

/** A line that is an official's name, their titles before it, and a colon: `NATO Secretary General Jens Stoltenberg:`. */
const NAME_COLON_LINE = /^\s*(\p{Lu}[^:\n]{2,90}?)\s*:\s*$/u;
const LABEL_JOINERS = new Set(['of', 'the', 'for', 'and']);

/**
 * A transcript's one label, on a line of its own (findLabels takes a lone colon line for a heading): the line is only an
 * official's name, titles before it, then a colon, with the document's words after it (`NATO Secretary General Jens
 * Stoltenberg:` / `Prime Minister Kallas,` / …, the second speaker's label cut off with the page).
 */
function loneNameLabel(doc: Doc, mentions: MentionIndex): Label | null {
  for (let bi = 0; bi + 1 < doc.blocks.length; bi++) {
    const b = doc.blocks[bi];
    if (b.kind === 'debris' || b.kind === 'dateline' || b.end - b.start > 100) continue;
    const m = NAME_COLON_LINE.exec(doc.clean.slice(b.start, b.end));
    if (!m) continue;
    const end = b.start + m.index + m[0].indexOf(m[1]) + m[1].length;
    const name = mentions.within(b.start, end).find((x) => x.kind === 'name' && x.end === end);
    if (!name) continue;
    // (titles only before the name: capitalized words and their joiners)
    if (!doc.tokensIn(b.start, name.start).every((t) => t.cap || LABEL_JOINERS.has(t.lower))) continue;
    return { block: bi, start: b.start + m.index + m[0].indexOf(m[1]), end, contentStart: b.end, anonymous: false };
  }
  return null;
}

/** A paragraph that only introduces what follows: `Minister for the Indo-Pacific Anne-Marie Trevelyan said:`. */
// (its day may follow the verb: `Minister of State Annen said today (22 November):`)
const SAID_COLON = /\b(?:said|says|added|stated|commented|remarked)(?:\s(?:today|yesterday|on\s\p{L}+day))?(?:\s?\([^()\n]{1,30}\))?\s*:\s*$/u;
/** A first-person word, as a statement in an official's own voice has. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us)\b/;

/**
 * `Minister Baldwin said:` and then her words in paragraphs of their own without quotation marks (a page's block quote,
 * its marks lost, as gov.uk prints statements): the paragraphs in the first person that follow are the official's turn.
 */
function blockQuotes(doc: Doc, mentions: MentionIndex): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  doc.blocks.forEach((b, bi) => {
    if (b.kind !== 'paragraph' || b.end - b.start > 250) return;
    const intro = doc.clean.slice(b.start, b.end);
    if (!SAID_COLON.test(intro)) return;
    // (an official, named or by office, says it: not a spokesperson for a body)
    const person = mentions.within(b.start, b.end).find((m) => m.kind === 'name' || m.kind === 'role')?.person;
    if (!person) return;
    let last = -1;
    for (let k = bi + 1; k < doc.blocks.length; k++) {
      const next = doc.blocks[k];
      if (next.kind === 'heading') break;
      if (next.kind !== 'paragraph' && next.kind !== 'bullet') continue;
      const words = doc.clean.slice(next.start, next.end);
      // (another official's introduction ends it: each paragraph is read for one turn at most)
      if (/^\s*[“"‘«]/.test(words) || !FIRST_PERSON.test(words) || SAID_COLON.test(words)) break;
      last = k;
    }
    if (last < 0) return;
    const label: Label = { block: bi, start: b.start, end: b.end, contentStart: doc.blocks[bi + 1].start, anonymous: false };
    turns.push({ label, person, speakerText: person.name, start: b.start, contentStart: doc.blocks[bi + 1].start, end: doc.blocks[last].end });
  });
  return turns;
}
