// brat standoff (`.ann` beside the `.txt`, https://brat.nlplab.org/standoff.html).
//
//   T  text-bound: Official (each mention), Quote, Paraphrase, Commitment. Offsets count code
//      points, as brat does (Python strings). A span that crosses a line break becomes a
//      discontinuous annotation `start end;start end`, one fragment per line with the
//      whitespace at its ends trimmed and empty fragments dropped (what brat itself does when
//      a selection crosses a newline), and its text is the fragments joined by one space.
//   R  Attribution Arg1:quote-or-paraphrase Arg2:a mention of its speaker
//   A  CommitmentKind and MentionKind attributes
//   *  Coreference: the mentions of one official
//   #  AnnotatorNotes: an official's name and roles, a speaker that is not an official
//      (`the Chinese side`), a commitment's actor
//
// The labels, as brat's annotation.conf for the collection (also exported as BRAT_ANNOTATION_CONF):
//
//   [entities]
//   Official
//   Quote
//   Paraphrase
//   Commitment
//   [relations]
//   Attribution  Arg1:Quote|Paraphrase, Arg2:Official
//   Coreference  Arg1:Official, Arg2:Official, <REL-TYPE>:symmetric-transitive
//   [events]
//   [attributes]
//   CommitmentKind  Arg:Commitment, Value:agreement|pledge|intention|obligation
//   MentionKind     Arg:Official, Value:name|role|pronoun
import type { Annotations, Mention, Paraphrase, Quote, Span } from '../engine/model';
import { codePointIndex } from './codePoints';
import { itemsInReadingOrder, roleLabels, type Item } from './labels';

export const BRAT_ANNOTATION_CONF = [
  '[entities]',
  'Official',
  'Quote',
  'Paraphrase',
  'Commitment',
  '',
  '[relations]',
  'Attribution\tArg1:Quote|Paraphrase, Arg2:Official',
  'Coreference\tArg1:Official, Arg2:Official, <REL-TYPE>:symmetric-transitive',
  '',
  '[events]',
  '',
  '[attributes]',
  'CommitmentKind\tArg:Commitment, Value:agreement|pledge|intention|obligation',
  'MentionKind\tArg:Official, Value:name|role|pronoun',
  '',
].join('\n');

const ENTITY: Record<Item['kind'], string> = { official: 'Official', quote: 'Quote', paraphrase: 'Paraphrase', commitment: 'Commitment' };

/**
 * Characters that end a line for brat: it splits a selection at `\n`, and it reads `.ann`
 * files with Python's codecs readlines, which also breaks at every `str.splitlines` boundary.
 */
const LINE_BREAK = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
/** Whitespace that brat's `strip()` removes from the ends of a fragment (Python's `str.isspace`). */
const SPACE = /[\s\x1c-\x1f\x85]/;

/** UTF-16 [start, end) fragments of a span, split at line breaks and trimmed like brat does. */
export function bratFragments(text: string, span: Span): Span[] {
  const fragments: Span[] = [];
  let from = span.start;
  const push = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) fragments.push({ start: s, end: e });
  };
  for (let i = span.start; i < span.end; i++) {
    if (LINE_BREAK.test(text[i])) {
      push(from, i);
      from = i + 1;
    }
  }
  push(from, span.end);
  return fragments;
}

/** One line of notes: brat cannot read a line break inside a field. */
const oneLine = (s: string) => s.split(LINE_BREAK).join(' ');

export function toBrat(annotations: Annotations, text: string): string {
  const points = codePointIndex(text);
  const lines: string[] = [];
  const notes: string[] = [];
  const attributes: string[] = [];
  const relations: string[] = [];
  const equivalences: string[] = [];

  /** Mention T ids of each official, with the UTF-16 span, for attribution and coreference. */
  const mentionsOf = new Map<string, { id: string; span: Mention }[]>();
  const tOf = new Map<string, string>();
  let t = 0;
  const note = (target: string, value: string) => notes.push(`#${notes.length + 1}\tAnnotatorNotes ${target}\t${oneLine(value)}`);
  const attribute = (name: string, target: string, value: string) => attributes.push(`A${attributes.length + 1}\t${name} ${target} ${value}`);

  for (const item of itemsInReadingOrder(annotations)) {
    const fragments = bratFragments(text, item);
    if (fragments.length === 0) continue; // a span of whitespace only: nothing brat can show
    const id = `T${++t}`;
    tOf.set(item.key, id);
    const offsets = fragments.map((f) => `${points.at(f.start)} ${points.at(f.end)}`).join(';');
    const fragmentText = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    lines.push(`${id}\t${ENTITY[item.kind]} ${offsets}\t${fragmentText}`);
    if (item.kind === 'official') {
      const list = mentionsOf.get(item.official.id) ?? [];
      if (list.length === 0) {
        const roles = roleLabels(item.official);
        note(id, `${item.official.name}${roles.length ? ` — ${roles.join('; ')}` : ''}`);
      }
      list.push({ id, span: item.mention });
      mentionsOf.set(item.official.id, list);
      attribute('MentionKind', id, item.mention.kind);
    } else if (item.kind === 'commitment') {
      attribute('CommitmentKind', id, item.commitment.kind);
      if (item.commitment.actor !== null) note(id, `actor: ${item.commitment.actor}`);
    }
  }

  const attributeSpeech = (speech: Quote | Paraphrase) => {
    const source = tOf.get(speech.id);
    if (!source) return;
    const mention = speech.speaker === null ? undefined : closestMention(mentionsOf.get(speech.speaker) ?? [], speech);
    if (mention) relations.push(`R${relations.length + 1}\tAttribution Arg1:${source} Arg2:${mention}`);
    else if (speech.speakerText !== null) note(source, `speaker: ${speech.speakerText}`);
  };
  annotations.quotes.forEach(attributeSpeech);
  annotations.paraphrases.forEach(attributeSpeech);

  for (const list of mentionsOf.values()) {
    if (list.length > 1) equivalences.push(`*\tCoreference ${list.map((m) => m.id).join(' ')}`);
  }
  const all = [...lines, ...relations, ...attributes, ...equivalences, ...notes];
  return all.length ? all.join('\n') + '\n' : '';
}

/** The speaker's mention that gave the attribution (inside the cue), else the nearest one. */
function closestMention(mentions: { id: string; span: Mention }[], speech: Quote | Paraphrase): string | undefined {
  const cue = speech.cue;
  if (cue) {
    const inCue = mentions.find((m) => m.span.start < cue.end && m.span.end > cue.start);
    if (inCue) return inCue.id;
  }
  let best: { id: string; distance: number } | undefined;
  for (const m of mentions) {
    const distance = m.span.end <= speech.start ? speech.start - m.span.end : m.span.start >= speech.end ? m.span.start - speech.end : 0;
    if (!best || distance < best.distance) best = { id: m.id, distance };
  }
  return best?.id;
}
