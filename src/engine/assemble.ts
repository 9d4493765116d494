// Builds the exported model from what the steps found: stable ids in document order, exact
// text slices, and the meeting's sequence of turns (guide §6).
import { countryAsWritten } from './lexicon/countries';
import type {
  Annotations, Commitment, DocumentInfo, Official, Paraphrase, Quote, Turn,
} from './model';
import type { Person } from './officials';
import type { AttributedQuote } from './attribution';
import type { RawQuote } from './quotes';
import type { FoundParaphrase } from './speech';
import type { FoundCommitment } from './commitments';
import type { FoundMeeting } from './meeting';
import type { TranscriptTurn } from './turns';
import { turnAt } from './turns';
import type { Party } from './parties';
import type { Doc } from './doc';
import { upperBound } from './sorted';

export interface Found {
  text: string;
  document: DocumentInfo;
  doc: Doc;
  persons: Person[];
  quotes: AttributedQuote[];
  paraphrases: FoundParaphrase[];
  commitments: FoundCommitment[];
  turns: TranscriptTurn[];
  meeting: FoundMeeting;
}

export function buildModel(f: Found): Annotations {
  const { text } = f;
  const persons = [...f.persons].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const idOf = new Map<Person, string>();
  persons.forEach((p, i) => idOf.set(p, `o${i + 1}`));
  const speakerId = (party: Party | null): string | null => (party?.person ? idOf.get(party.person) ?? null : null);

  const written = (c: string | null): string | null => (c ? countryAsWritten(c, text) : c);
  const officials: Official[] = persons.map((p) => ({
    id: idOf.get(p) as string,
    name: p.name,
    country: written(p.country),
    roles: p.roles.map((r) => ({ title: r.title, organization: r.organization, country: written(r.country), start: r.start, end: r.end })),
    mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
  }));

  const quoteId = new Map<unknown, string>();
  const quotes: Quote[] = [];
  const quoteOf = new Map<RawQuote, Quote>();
  for (const q of f.quotes) {
    // a quotation over paragraphs with one pair of marks is one quote: its later parts extend the first
    const first = q.raw.runOnOf;
    const opened = first ? quoteOf.get(first) : undefined;
    if (first && opened) {
      opened.end = q.raw.end;
      opened.text = text.slice(first.innerStart, q.raw.innerEnd);
      if (!opened.speakerText && q.speaker) { opened.speaker = speakerId(q.speaker); opened.speakerText = q.speaker.label; }
      if (!opened.cue && q.cue) opened.cue = { start: q.cue.start, end: q.cue.end };
      quoteId.set(q.raw, opened.id);
      continue;
    }
    const id = `q${quotes.length + 1}`;
    quoteId.set(q.raw, id);
    const quote: Quote = {
      id, start: q.raw.start, end: q.raw.end, text: text.slice(q.raw.innerStart, q.raw.innerEnd),
      speaker: speakerId(q.speaker), speakerText: q.speaker?.label ?? null, cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    };
    quotes.push(quote);
    quoteOf.set(q.raw, quote);
  }
  const paraphrases: Paraphrase[] = f.paraphrases.map((p, i) => ({
    id: `p${i + 1}`, start: p.start, end: p.end, text: text.slice(p.start, p.end),
    speaker: speakerId(p.speaker), speakerText: p.speaker?.label ?? null, cue: { start: p.cue.start, end: p.cue.end },
  }));
  const commitments: Commitment[] = f.commitments.map((c, i) => ({
    id: `c${i + 1}`, start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind,
    trigger: { start: c.trigger.start, end: c.trigger.end }, actor: c.actor?.actor ?? null,
    quote: c.quote ? quoteId.get(c.quote) ?? null : null,
  }));

  return {
    format: 'readout-annotations',
    version: 1,
    document: f.document,
    meeting: {
      title: f.meeting.title,
      kind: f.meeting.kind,
      date: f.meeting.date,
      place: f.meeting.place,
      participants: f.meeting.participants.map((p) => idOf.get(p)).filter((x): x is string => !!x),
    },
    officials,
    quotes,
    paraphrases,
    commitments,
    turns: sequence(f, quotes, paraphrases, commitments, idOf),
  };
}

interface Item {
  id: string;
  start: number;
  /** Who speaks: an official id, a body's label, or '' for unknown. */
  key: string;
  speaker: string | null;
  /** A transcript turn it opens (labels open a turn even when it holds nothing). */
  opensTurn?: TranscriptTurn;
}

/** The meeting's turns: consecutive items of one speaker, in document order; transcript labels open turns. */
function sequence(f: Found, quotes: Quote[], paraphrases: Paraphrase[], commitments: Commitment[], idOf: Map<Person, string>): Turn[] {
  const items: Item[] = [];
  const keyOf = (speaker: string | null, label: string | null): string => speaker ?? (label ? `body:${label}` : '');
  quotes.forEach((q) => items.push({ id: q.id, start: q.start, key: keyOf(q.speaker, q.speakerText), speaker: q.speaker }));
  paraphrases.forEach((p) => items.push({ id: p.id, start: p.start, key: keyOf(p.speaker, p.speakerText), speaker: p.speaker }));
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const sortedParas = [...paraphrases].sort((a, b) => a.start - b.start);
  commitments.forEach((c, i) => {
    const found = f.commitments[i];
    let speaker: string | null = null;
    let label: string | null = null;
    const quote = c.quote ? quoteById.get(c.quote) : undefined;
    const turn = turnAt(f.turns, c.start);
    const para = lastParaphraseBefore(sortedParas, c.trigger.start, f.doc);
    if (quote) { speaker = quote.speaker; label = quote.speakerText; }
    else if (turn) { speaker = turn.person ? idOf.get(turn.person) ?? null : null; label = turn.speakerText; }
    else if (found.actor?.person) { speaker = idOf.get(found.actor.person) ?? null; label = found.actor.label; }
    else if (para) { speaker = para.speaker; label = para.speakerText; }
    else if (found.actor) { label = found.actor.label; }
    items.push({ id: c.id, start: c.start, key: keyOf(speaker, label), speaker });
  });
  for (const t of f.turns) {
    const speaker = t.person ? idOf.get(t.person) ?? null : null;
    items.push({ id: '', start: t.start, key: keyOf(speaker, t.speakerText), speaker, opensTurn: t });
  }
  items.sort((a, b) => a.start - b.start || (a.opensTurn ? -1 : 0) - (b.opensTurn ? -1 : 0));
  const turns: Turn[] = [];
  let lastKey: string | null = null;
  for (const it of items) {
    if (it.opensTurn || it.key !== lastKey || turns.length === 0) {
      if (!(it.opensTurn === undefined && it.key === lastKey && turns.length > 0)) {
        turns.push({ speaker: it.speaker, items: [] });
        lastKey = it.key;
      }
    }
    if (it.id) turns[turns.length - 1].items.push(it.id);
  }
  return turns.filter((t, i) => t.items.length > 0 || f.turns.length > 0 || i < 0);
}

/** The reported speech a commitment continues: the last paraphrase that starts before it in the same paragraph. */
function lastParaphraseBefore(sorted: Paraphrase[], at: number, doc: Doc): Paraphrase | null {
  const i = upperBound(sorted, at, (x) => x.start);
  const p = i > 0 ? sorted[i - 1] : null;
  return p && doc.blockAt(p.start) === doc.blockAt(at) ? p : null;
}
