// Small readers over the model for the engine tests: find things by their text, not by ids.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotations, Official } from '../../src/engine/model';

export const SEED_PATH = join(__dirname, '..', '..', 'samples', 'seed-meeting-procurator-general.txt');
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

export function official(a: Annotations, name: string): Official {
  const o = a.officials.find((x) => x.name === name);
  assert.ok(o, `no official named ${name}; found: ${a.officials.map((x) => x.name).join(', ')}`);
  return o;
}

export function nameOf(a: Annotations, id: string | null): string | null {
  if (id === null) return null;
  return a.officials.find((o) => o.id === id)?.name ?? `?${id}`;
}

/** The quotes as [text, speaker name or speakerText] pairs, in order. */
export function quotePairs(a: Annotations): [string, string | null][] {
  return a.quotes.map((q) => [q.text, q.speaker ? nameOf(a, q.speaker) : q.speakerText]);
}

/** Every span in the model is in range and its text equals the document slice. */
export function assertExactSpans(a: Annotations, text: string): void {
  const inRange = (s: { start: number; end: number }, what: string): void => {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} out of range: ${s.start}-${s.end}`);
  };
  for (const q of a.quotes) {
    inRange(q, `quote ${q.id}`);
    assert.ok(text.slice(q.start, q.end).includes(q.text), `quote ${q.id} text is not inside its span`);
    if (q.cue) inRange(q.cue, `cue of ${q.id}`);
  }
  for (const p of a.paraphrases) {
    inRange(p, `paraphrase ${p.id}`);
    assert.equal(text.slice(p.start, p.end), p.text, `paraphrase ${p.id}`);
  }
  for (const c of a.commitments) {
    inRange(c, `commitment ${c.id}`);
    inRange(c.trigger, `trigger of ${c.id}`);
    assert.equal(text.slice(c.start, c.end), c.text, `commitment ${c.id}`);
  }
  for (const o of a.officials) {
    for (const m of o.mentions) inRange(m, `mention of ${o.name}`);
    for (const r of o.roles) inRange(r, `role of ${o.name}`);
  }
  if (a.meeting.date) assert.equal(text.slice(a.meeting.date.start, a.meeting.date.end), a.meeting.date.text);
  if (a.meeting.place) assert.equal(text.slice(a.meeting.place.start, a.meeting.place.end), a.meeting.place.text);
}

/** The texts of an official's mentions of one kind. */
export function mentionTexts(a: Annotations, text: string, name: string, kind?: string): string[] {
  return official(a, name).mentions.filter((m) => !kind || m.kind === kind).map((m) => text.slice(m.start, m.end));
}
