// Which spans get which highlight, decided from the model alone: the decorations file only
// turns this plan into VS Code decoration types and ranges.
import { COMMITMENT_KINDS, type Annotations, type CommitmentKind, type Span } from '../../engine/model';
import { assignSpeakerSlots } from './speakerSlots';

/** A speaker slot (0-based) or `unattributed` for speech with no official speaker. */
export type SpeakerSlot = number | 'unattributed';

export type HighlightKey =
  | { kind: 'mention'; slot: number }
  | { kind: 'quote'; slot: SpeakerSlot }
  | { kind: 'paraphrase'; slot: SpeakerSlot }
  | { kind: 'commitment'; commitmentKind: CommitmentKind }
  /** The gutter icon of a commitment: an empty span at its start, so a wrapped commitment shows one icon. */
  | { kind: 'commitmentIcon'; commitmentKind: CommitmentKind };

/** A stable string for a key, used to name decoration types and in test reports. */
export function highlightId(key: HighlightKey): string {
  return key.kind === 'commitment' || key.kind === 'commitmentIcon' ? `${key.kind}.${key.commitmentKind}` : `${key.kind}.${key.slot}`;
}

/** Every key a palette of `paletteSize` colours can produce, so each decoration type exists once. */
export function allHighlightKeys(paletteSize: number): HighlightKey[] {
  const keys: HighlightKey[] = [];
  const slots: SpeakerSlot[] = [...Array.from({ length: paletteSize }, (_, i) => i), 'unattributed'];
  for (let i = 0; i < paletteSize; i++) keys.push({ kind: 'mention', slot: i });
  for (const slot of slots) keys.push({ kind: 'quote', slot });
  for (const slot of slots) keys.push({ kind: 'paraphrase', slot });
  for (const commitmentKind of COMMITMENT_KINDS) keys.push({ kind: 'commitment', commitmentKind });
  for (const commitmentKind of COMMITMENT_KINDS) keys.push({ kind: 'commitmentIcon', commitmentKind });
  return keys;
}

export interface PlannedHighlight {
  key: HighlightKey;
  spans: Span[];
}

/** The spans of every highlight key (keys with no span included, so stale highlights get cleared). */
export function planHighlights(annotations: Annotations, paletteSize: number): PlannedHighlight[] {
  const slots = assignSpeakerSlots(annotations, paletteSize);
  const plan = new Map<string, PlannedHighlight>();
  for (const key of allHighlightKeys(paletteSize)) plan.set(highlightId(key), { key, spans: [] });
  const add = (key: HighlightKey, span: Span) => plan.get(highlightId(key))!.spans.push({ start: span.start, end: span.end });
  const slotOf = (speaker: string | null): SpeakerSlot =>
    speaker !== null && slots.has(speaker) ? slots.get(speaker)! : 'unattributed';

  for (const official of annotations.officials) {
    const slot = slots.get(official.id) ?? 0;
    for (const mention of official.mentions) add({ kind: 'mention', slot }, mention);
  }
  for (const quote of annotations.quotes) add({ kind: 'quote', slot: slotOf(quote.speaker) }, quote);
  for (const paraphrase of annotations.paraphrases) add({ kind: 'paraphrase', slot: slotOf(paraphrase.speaker) }, paraphrase);
  for (const commitment of annotations.commitments) {
    add({ kind: 'commitment', commitmentKind: commitment.kind }, commitment);
    add({ kind: 'commitmentIcon', commitmentKind: commitment.kind }, { start: commitment.start, end: commitment.start });
  }
  return [...plan.values()];
}
