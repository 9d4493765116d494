// Gives each official one slot in the speaker palette, so their name mentions, quotes and
// paraphrases share a colour. Participants come first (host first), then the others in the
// order the text first mentions them; with more officials than colours the palette repeats.
import type { Annotations } from '../../engine/model';

export function assignSpeakerSlots(annotations: Annotations, paletteSize: number): Map<string, number> {
  const firstMention = new Map<string, number>();
  for (const official of annotations.officials) {
    const starts = official.mentions.map((m) => m.start);
    firstMention.set(official.id, starts.length > 0 ? Math.min(...starts) : Number.MAX_SAFE_INTEGER);
  }
  const known = new Set(annotations.officials.map((o) => o.id));
  const participants = annotations.meeting.participants.filter((id) => known.has(id));
  const others = annotations.officials
    .map((o) => o.id)
    .filter((id) => !participants.includes(id))
    .sort((a, b) => firstMention.get(a)! - firstMention.get(b)!);
  const slots = new Map<string, number>();
  [...participants, ...others].forEach((id, index) => slots.set(id, paletteSize > 0 ? index % paletteSize : 0));
  return slots;
}
