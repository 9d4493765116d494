// Questions the views ask about officials in one document's annotations: who is at an
// offset, which mention is the "definition", what each official said and committed to.
import type { Annotations, Commitment, Mention, Official, Paraphrase, Quote, Role, Span } from '../../engine/model';

export interface MentionHit {
  official: Official;
  mention: Mention;
}

/** True when `offset` lies in `span` (the end included, so a cursor just after a word still counts). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The official mention (name, role noun or pronoun) at `offset`, the shortest when several overlap. */
export function mentionAt(annotations: Annotations, offset: number): MentionHit | undefined {
  let best: MentionHit | undefined;
  for (const official of annotations.officials) {
    for (const mention of official.mentions) {
      if (!touches(mention, offset)) continue;
      if (!best || mention.end - mention.start < best.mention.end - best.mention.start) best = { official, mention };
    }
  }
  return best;
}

/**
 * Where an official is "defined": the first of their longest name mentions (the full form,
 * `Aleksandr Lukashenko` rather than `Lukashenko`), else their first mention of any kind.
 */
export function firstFullMention(official: Official): Mention | undefined {
  const names = official.mentions.filter((m) => m.kind === 'name');
  const pool = names.length > 0 ? names : official.mentions;
  let best: Mention | undefined;
  for (const mention of pool) {
    const length = mention.end - mention.start;
    const bestLength = best ? best.end - best.start : -1;
    if (length > bestLength || (length === bestLength && best && mention.start < best.start)) best = mention;
  }
  return best;
}

/** Every mention of an official in document order. */
export function mentionsInOrder(official: Official): Mention[] {
  return [...official.mentions].sort((a, b) => a.start - b.start);
}

export function officialById(annotations: Annotations, id: string | null): Official | undefined {
  return id === null ? undefined : annotations.officials.find((o) => o.id === id);
}

export interface SpeechOf {
  quotes: Quote[];
  paraphrases: Paraphrase[];
  commitments: Commitment[];
}

/**
 * What an official said and committed to. A commitment belongs to them when it sits in one of
 * their quotes or in a turn whose speaker they are (the model's commitment `actor` is a label,
 * often a country, so the turn is what ties it to a person).
 */
export function speechOf(annotations: Annotations, officialId: string): SpeechOf {
  const quotes = annotations.quotes.filter((q) => q.speaker === officialId);
  const paraphrases = annotations.paraphrases.filter((p) => p.speaker === officialId);
  const quoteIds = new Set(quotes.map((q) => q.id));
  const turnItems = new Set(annotations.turns.filter((t) => t.speaker === officialId).flatMap((t) => t.items));
  const commitments = annotations.commitments.filter(
    (c) => (c.quote !== null && quoteIds.has(c.quote)) || turnItems.has(c.id),
  );
  return { quotes, paraphrases, commitments };
}

/** One role as a reader says it: `Procurator-General, Supreme People's Procuratorate of China`, `President, Belarus`. */
export function describeRole(role: Role): string {
  const parts = [role.title];
  if (role.organization) parts.push(role.organization);
  if (role.country && !(role.organization ?? '').includes(role.country)) parts.push(role.country);
  return parts.filter((p) => p.length > 0).join(', ');
}

/** Roles with the same wording appear once (a role given in the headline and again in the body). */
export function distinctRoles(official: Official): Role[] {
  const seen = new Set<string>();
  return official.roles.filter((r) => {
    const key = describeRole(r).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
