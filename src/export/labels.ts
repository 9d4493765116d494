// How the model reads as words in an export: an official's roles, a speaker's label, the
// annotations of a document in reading order. Every textual format uses these, so a speaker is
// written the same way in CSV, Markdown, W3C and brat.
import type { Annotations, Commitment, Mention, Official, Paraphrase, Quote, Role } from '../engine/model';

/** `Procurator-General, Supreme People's Procuratorate of China (China)`. */
export function roleLabel(role: Role): string {
  let label = role.title;
  if (role.organization) label += `, ${role.organization}`;
  if (role.country && !label.includes(role.country)) label += ` (${role.country})`;
  return label;
}

/** An official's roles as written, each once, in document order. */
export function roleLabels(official: Official | undefined): string[] {
  if (!official) return [];
  return [...new Set(official.roles.map(roleLabel))];
}

export type OfficialsById = ReadonlyMap<string, Official>;

export function officialsById(annotations: Annotations): OfficialsById {
  return new Map(annotations.officials.map((o) => [o.id, o]));
}

/** The speaker of a quote or paraphrase as a label: the official's name, else the text's own words. */
export function speakerLabel(speech: Quote | Paraphrase, officials: OfficialsById): string | null {
  if (speech.speaker !== null) {
    const official = officials.get(speech.speaker);
    if (official) return official.name;
  }
  return speech.speakerText;
}

/** Who speaks a commitment: the speaker of the quote it sits in, else of the turn that holds it. */
export function commitmentSpeakers(annotations: Annotations): Map<string, { name: string | null; official: Official | undefined }> {
  const officials = officialsById(annotations);
  const quotes = new Map(annotations.quotes.map((q) => [q.id, q]));
  const turnSpeaker = new Map<string, string>();
  for (const turn of annotations.turns) {
    if (turn.speaker === null) continue;
    for (const item of turn.items) turnSpeaker.set(item, turn.speaker);
  }
  const speakers = new Map<string, { name: string | null; official: Official | undefined }>();
  for (const c of annotations.commitments) {
    const quote = c.quote === null ? undefined : quotes.get(c.quote);
    if (quote && (quote.speaker !== null || quote.speakerText !== null)) {
      speakers.set(c.id, { name: speakerLabel(quote, officials), official: quote.speaker === null ? undefined : officials.get(quote.speaker) });
      continue;
    }
    const id = turnSpeaker.get(c.id);
    const official = id === undefined ? undefined : officials.get(id);
    speakers.set(c.id, { name: official?.name ?? null, official });
  }
  return speakers;
}

export type AnnotationKind = 'official' | 'quote' | 'paraphrase' | 'commitment';

/** One span of any kind, for formats that list everything in reading order. */
export type Item =
  | { kind: 'official'; key: string; start: number; end: number; official: Official; mention: Mention }
  | { kind: 'quote'; key: string; start: number; end: number; quote: Quote }
  | { kind: 'paraphrase'; key: string; start: number; end: number; paraphrase: Paraphrase }
  | { kind: 'commitment'; key: string; start: number; end: number; commitment: Commitment };

const KIND_ORDER: Record<AnnotationKind, number> = { official: 0, quote: 1, paraphrase: 2, commitment: 3 };

/**
 * Every official mention, quote, paraphrase and commitment, by start offset (longer spans first
 * at the same start, then by kind), so exports read like the document. `key` is unique and stable:
 * the model id, or `o1.m2` for the second mention of official o1.
 */
export function itemsInReadingOrder(annotations: Annotations): Item[] {
  const items: Item[] = [];
  for (const official of annotations.officials) {
    official.mentions.forEach((m, i) => {
      items.push({ kind: 'official', key: `${official.id}.m${i + 1}`, start: m.start, end: m.end, official, mention: m });
    });
  }
  for (const quote of annotations.quotes) items.push({ kind: 'quote', key: quote.id, start: quote.start, end: quote.end, quote });
  for (const p of annotations.paraphrases) items.push({ kind: 'paraphrase', key: p.id, start: p.start, end: p.end, paraphrase: p });
  for (const c of annotations.commitments) items.push({ kind: 'commitment', key: c.id, start: c.start, end: c.end, commitment: c });
  return items.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
