// The Markdown brief: a one-page reading of the model for people. The meeting, its
// participants with their roles, what each speaker said (quotes as blockquotes, then
// paraphrases), a table of commitments by kind and actor, and the outcomes (agreements).
// Every piece of document text goes through markdownText, so it prints as written.
import { COMMITMENT_KINDS, type Annotations, type Commitment, type Official, type Paraphrase, type Quote } from '../engine/model';
import { commitmentSpeakers, officialsById, roleLabels, speakerLabel, type OfficialsById } from './labels';
import { blockquote, inlineText } from './markdownText';

export function toMarkdown(annotations: Annotations, _text?: string): string {
  const officials = officialsById(annotations);
  const out: string[] = [];
  out.push(`# ${annotations.meeting.title ? inlineText(annotations.meeting.title) : 'Readout brief'}`, '');
  out.push(...meetingFacts(annotations), '');
  out.push(...participants(annotations, officials));
  out.push(...statements(annotations, officials));
  out.push(...commitmentTable(annotations));
  out.push(...outcomes(annotations));
  out.push('---', '', footer(annotations));
  return out.join('\n') + '\n';
}

function meetingFacts(annotations: Annotations): string[] {
  const { meeting, document } = annotations;
  const date = meeting.date
    ? `${inlineText(meeting.date.text)}${!meeting.date.iso || meeting.date.iso.startsWith('--') ? '' : ` (${meeting.date.iso})`}`
    : '_not stated_';
  const facts = [
    `- **Kind:** ${meeting.kind}`,
    `- **Date:** ${date}`,
    `- **Place:** ${meeting.place ? inlineText(meeting.place.text) : '_not stated_'}`,
  ];
  const name = documentName(document.uri);
  if (name) facts.push(`- **Document:** ${inlineText(name)}`);
  return facts;
}

function officialLine(official: Official): string {
  const roles = roleLabels(official);
  return `- **${inlineText(official.name)}**${roles.length ? ` — ${roles.map(inlineText).join('; ')}` : ''}`;
}

function participants(annotations: Annotations, officials: OfficialsById): string[] {
  const out = ['## Participants', ''];
  const taking = annotations.meeting.participants.map((id) => officials.get(id)).filter((o): o is Official => o !== undefined);
  if (taking.length === 0) out.push('_None identified._');
  else out.push(...taking.map(officialLine));
  out.push('');
  const others = annotations.officials.filter((o) => !annotations.meeting.participants.includes(o.id));
  if (others.length > 0) out.push('### Also mentioned', '', ...others.map(officialLine), '');
  return out;
}

interface SpeakerGroup {
  label: string;
  quotes: Quote[];
  paraphrases: Paraphrase[];
}

/** Quotes and paraphrases grouped by who said them, speakers in order of their first words. */
function groupBySpeaker(annotations: Annotations, officials: OfficialsById): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const speech = [
    ...annotations.quotes.map((q) => ({ q, p: undefined as Paraphrase | undefined, start: q.start })),
    ...annotations.paraphrases.map((p) => ({ q: undefined as Quote | undefined, p, start: p.start })),
  ].sort((a, b) => a.start - b.start);
  for (const { q, p } of speech) {
    const item = (q ?? p) as Quote | Paraphrase;
    const label = speakerLabel(item, officials);
    // an official by id, a body by its words, the unknown speaker last
    const key = item.speaker ?? (label === null ? '\u0000unknown' : `text:${label}`);
    let group = groups.get(key);
    if (!group) {
      group = { label: label === null ? 'Speaker unknown' : label, quotes: [], paraphrases: [] };
      groups.set(key, group);
    }
    if (q) group.quotes.push(q);
    if (p) group.paraphrases.push(p);
  }
  const unknown = groups.get('\u0000unknown');
  groups.delete('\u0000unknown');
  return unknown ? [...groups.values(), unknown] : [...groups.values()];
}

function statements(annotations: Annotations, officials: OfficialsById): string[] {
  const out = ['## Who said what', ''];
  const groups = groupBySpeaker(annotations, officials);
  if (groups.length === 0) return [...out, '_No quotes or paraphrases found._', ''];
  for (const group of groups) {
    out.push(`### ${inlineText(group.label)}`, '');
    if (group.quotes.length > 0) {
      out.push(group.quotes.length === 1 ? 'Quote:' : `Quotes (${group.quotes.length}):`, '');
      for (const q of group.quotes) out.push(blockquote(q.text), '');
    }
    if (group.paraphrases.length > 0) {
      out.push(group.paraphrases.length === 1 ? 'Paraphrase:' : `Paraphrases (${group.paraphrases.length}):`, '');
      out.push(...group.paraphrases.map((p) => `- ${inlineText(p.text)}`), '');
    }
  }
  return out;
}

const KIND_RANK = new Map(COMMITMENT_KINDS.map((k, i) => [k, i]));

function byKindAndActor(a: Commitment, b: Commitment): number {
  return (
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
    // commitments with no actor after the named ones
    (a.actor === null ? 1 : 0) - (b.actor === null ? 1 : 0) ||
    (a.actor ?? '').localeCompare(b.actor ?? '') ||
    a.start - b.start
  );
}

function commitmentTable(annotations: Annotations): string[] {
  const out = ['## Commitments', ''];
  if (annotations.commitments.length === 0) return [...out, '_No commitments found._', ''];
  const speakers = commitmentSpeakers(annotations);
  out.push('| Kind | Actor | Commitment | Said by |', '| --- | --- | --- | --- |');
  for (const c of [...annotations.commitments].sort(byKindAndActor)) {
    const said = speakers.get(c.id)?.name ?? null;
    out.push(`| ${c.kind} | ${c.actor === null ? '—' : inlineText(c.actor)} | ${inlineText(c.text)} | ${said === null ? '—' : inlineText(said)} |`);
  }
  return [...out, ''];
}

function outcomes(annotations: Annotations): string[] {
  const out = ['## Outcomes', ''];
  const agreements = annotations.commitments.filter((c) => c.kind === 'agreement').sort((a, b) => a.start - b.start);
  if (agreements.length === 0) return [...out, '_No agreement recorded._', ''];
  // the actor in brackets, unless the agreement's own words already name it
  const actor = (c: Commitment) => (c.actor === null || c.text.toLowerCase().includes(c.actor.toLowerCase()) ? '' : ` (${inlineText(c.actor)})`);
  out.push(...agreements.map((c) => `- ${inlineText(c.text)}${actor(c)}`));
  return [...out, ''];
}

function footer(annotations: Annotations): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `_Readout brief: ${[
    count(annotations.officials.length, 'official', 'officials'),
    count(annotations.quotes.length, 'quote', 'quotes'),
    count(annotations.paraphrases.length, 'paraphrase', 'paraphrases'),
    count(annotations.commitments.length, 'commitment', 'commitments'),
  ].join(', ')}._`;
}

function documentName(uri: string | null): string | null {
  if (!uri) return null;
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || null;
  } catch {
    return last || null;
  }
}
