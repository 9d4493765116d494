// The Markdown shown when hovering an official, a quote, a paraphrase or a commitment.
// Pure: the caller supplies how to link to a span (a command URI in VS Code).
import type { Annotations, Commitment, MentionKind, Official, Paraphrase, Quote, Span } from '../../engine/model';
import { firstWords, plural } from './excerpt';
import { describeRole, distinctRoles, firstFullMention, officialById, speechOf } from './officials';

/** Builds a Markdown link target that reveals `span` in the document. */
export type LinkToSpan = (span: Span) => string;

/** How many quotes or commitments the hover lists before saying "and N more". */
const LISTED = 5;

/** Escapes the characters that would start Markdown syntax in plain text (names, quotes). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

function speakerLabel(annotations: Annotations, speaker: string | null, speakerText: string | null): string {
  const official = officialById(annotations, speaker);
  if (official) return `**${escapeMarkdown(official.name)}**`;
  if (speakerText) return escapeMarkdown(speakerText);
  return '*unknown (no cue in the text)*';
}

function cueLine(text: string, cue: Span | null): string {
  return cue ? `Cue: “${escapeMarkdown(text.slice(cue.start, cue.end))}”` : 'Cue: none';
}

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED).map((item) => `- ${line(item)}`);
  if (items.length > LISTED) lines.push(`- … and ${items.length - LISTED} more`);
  return lines;
}

const REFERENCE_KIND: Record<Exclude<MentionKind, 'name'>, string> = { role: 'role reference', pronoun: 'pronoun' };

/** `hovered`: the mention under the pointer; a role noun or pronoun says whom it was resolved to. */
export function officialHover(
  annotations: Annotations,
  official: Official,
  link: LinkToSpan,
  hovered?: { kind: MentionKind; text: string },
): string {
  const lines: string[] = [`**${escapeMarkdown(official.name)}**${official.country ? ` — ${escapeMarkdown(official.country)}` : ''}`, ''];
  if (hovered && hovered.kind !== 'name') {
    lines.push(`*“${escapeMarkdown(hovered.text)}” (${REFERENCE_KIND[hovered.kind]}) refers to ${escapeMarkdown(official.name)}*`, '');
  }
  const roles = distinctRoles(official);
  if (roles.length > 0) {
    lines.push(...roles.map((r) => `- ${escapeMarkdown(describeRole(r))}`), '');
  }
  const { quotes, commitments } = speechOf(annotations, official.id);
  lines.push(`${plural(quotes.length, 'quote')}${quotes.length > 0 ? ':' : ''}`);
  lines.push(...listed(quotes, (q) => `“${escapeMarkdown(firstWords(q.text))}”`), '');
  lines.push(`${plural(commitments.length, 'commitment')}${commitments.length > 0 ? ':' : ''}`);
  lines.push(...listed(commitments, (c) => `*${c.kind}*: ${escapeMarkdown(firstWords(c.text))}`), '');
  const definition = firstFullMention(official);
  if (definition) lines.push(`[Go to first full mention](${link(definition)})`);
  return lines.join('\n');
}

export function quoteHover(annotations: Annotations, quote: Quote, text: string): string {
  return [`**Quote** said by ${speakerLabel(annotations, quote.speaker, quote.speakerText)}`, '', cueLine(text, quote.cue)].join('\n');
}

export function paraphraseHover(annotations: Annotations, paraphrase: Paraphrase, text: string): string {
  return [
    `**Indirect speech** by ${speakerLabel(annotations, paraphrase.speaker, paraphrase.speakerText)}`,
    '',
    cueLine(text, paraphrase.cue),
  ].join('\n');
}

export function commitmentHover(commitment: Commitment, text: string): string {
  return [
    `**Commitment** (${commitment.kind})`,
    '',
    `Actor: ${commitment.actor ? escapeMarkdown(commitment.actor) : '*not stated*'}`,
    '',
    `Trigger: “${escapeMarkdown(text.slice(commitment.trigger.start, commitment.trigger.end))}”`,
  ].join('\n');
}
