// The model of a text as it would be for the same text after `by` more code units at its start:
// every offset moved, every id, label and text kept (what a leading BOM must do).
import type { Annotations, Span } from '../../src/engine/model';

export function shiftedBy(a: Annotations, by: number): Annotations {
  const s = <T extends Span>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  const sn = <T extends Span>(x: T | null): T | null => (x ? s(x) : null);
  return {
    ...a,
    document: { ...a.document, length: a.document.length + by },
    meeting: { ...a.meeting, date: sn(a.meeting.date), place: sn(a.meeting.place) },
    officials: a.officials.map((o) => ({ ...o, roles: o.roles.map(s), mentions: o.mentions.map(s) })),
    quotes: a.quotes.map((q) => ({ ...s(q), cue: sn(q.cue) })),
    paraphrases: a.paraphrases.map((p) => ({ ...s(p), cue: sn(p.cue) })),
    commitments: a.commitments.map((c) => ({ ...s(c), trigger: s(c.trigger) })),
  };
}
