// The meeting as a tree: title and date → participants (with roles) → turns in order
// (speaker → their quotes, paraphrases, commitments) → outcomes (agreements). The Outline
// (symbols.ts) and the Meeting view (meetingView.ts) both show this one tree.
import type { Annotations, Commitment, CommitmentKind, Official, Paraphrase, Quote, Span } from '../../engine/model';
import { firstWords, plural } from './excerpt';
import { describeRole, distinctRoles, firstFullMention, officialById, speechOf } from './officials';

export type OutlineKind =
  | 'meeting'
  | 'participants'
  | 'others'
  | 'participant'
  | 'role'
  | 'turn'
  | 'quote'
  | 'paraphrase'
  | 'commitment'
  | 'outcomes';

export interface OutlineNode {
  /** Unique in the tree, stable while the text does not change. */
  id: string;
  kind: OutlineKind;
  label: string;
  /** Short description beside the label (roles, kind, date). */
  detail: string;
  /** What the node holds, for the Meeting view (`5 quotes · 1 commitment`), or null. */
  counts: string | null;
  /** The whole extent of the node; contains `selection`. */
  range: Span;
  /** What to select when the node is chosen (a name, the opening of a quote). */
  selection: Span;
  children: OutlineNode[];
  /** For commitment nodes: their kind (the view shows the kind's icon). */
  commitmentKind?: CommitmentKind;
}

function union(spans: Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The span of a group: everything its children (and theirs) cover. */
function extentOf(children: OutlineNode[]): Span | undefined {
  return union(children.flatMap((c) => [c.range, ...(c.children.length > 0 ? [extentOf(c.children)!] : [])]));
}

function speechCounts(quotes: number, paraphrases: number, commitments: number): string {
  const parts: string[] = [];
  if (quotes > 0) parts.push(plural(quotes, 'quote'));
  if (paraphrases > 0) parts.push(plural(paraphrases, 'paraphrase'));
  if (commitments > 0) parts.push(plural(commitments, 'commitment'));
  return parts.length > 0 ? parts.join(' · ') : 'no speech';
}

/** Where the headline sits: the model gives its text; it is normally the first line. */
function titleSpan(annotations: Annotations, text: string): Span {
  const title = annotations.meeting.title;
  if (title) {
    const at = text.indexOf(title);
    if (at >= 0) return { start: at, end: at + title.length };
  }
  return { start: 0, end: 0 };
}

function officialNode(annotations: Annotations, official: Official, parentId: string): OutlineNode {
  const definition = firstFullMention(official) ?? { start: 0, end: 0 };
  const roles = distinctRoles(official);
  const speech = speechOf(annotations, official.id);
  const id = `${parentId}/official:${official.id}`;
  return {
    id,
    kind: 'participant',
    label: official.name,
    detail: roles.map(describeRole).join('; ') || (official.country ?? ''),
    counts: speechCounts(speech.quotes.length, speech.paraphrases.length, speech.commitments.length),
    // The node spans the name and the roles the text gives it, so its role children lie inside it.
    range: union([definition, ...roles])!,
    selection: { start: definition.start, end: definition.end },
    children: roles.map((role, index) => ({
      id: `${id}/role:${index}`,
      kind: 'role' as const,
      label: describeRole(role),
      detail: 'role',
      counts: null,
      range: { start: role.start, end: role.end },
      selection: { start: role.start, end: role.end },
      children: [],
    })),
  };
}

function quoteNode(quote: Quote, parentId: string): OutlineNode {
  return {
    id: `${parentId}/quote:${quote.id}`,
    kind: 'quote',
    label: `“${firstWords(quote.text)}”`,
    detail: 'quote',
    counts: null,
    range: { start: quote.start, end: quote.end },
    selection: { start: quote.start, end: quote.end },
    children: [],
  };
}

function paraphraseNode(paraphrase: Paraphrase, parentId: string): OutlineNode {
  return {
    id: `${parentId}/paraphrase:${paraphrase.id}`,
    kind: 'paraphrase',
    label: firstWords(paraphrase.text),
    detail: 'paraphrase',
    counts: null,
    range: { start: paraphrase.start, end: paraphrase.end },
    selection: { start: paraphrase.start, end: paraphrase.end },
    children: [],
  };
}

function commitmentNode(commitment: Commitment, parentId: string): OutlineNode {
  return {
    id: `${parentId}/commitment:${commitment.id}`,
    kind: 'commitment',
    label: firstWords(commitment.text),
    detail: commitment.actor ? `${commitment.kind} · ${commitment.actor}` : commitment.kind,
    counts: null,
    range: { start: commitment.start, end: commitment.end },
    selection: { start: commitment.trigger.start, end: commitment.trigger.end },
    children: [],
    commitmentKind: commitment.kind,
  };
}

function group(kind: OutlineKind, label: string, id: string, children: OutlineNode[], counts: string): OutlineNode | undefined {
  const extent = extentOf(children);
  if (!extent) return undefined;
  const first = children[0]!;
  return { id, kind, label, detail: '', counts, range: extent, selection: first.selection, children };
}

/** The outline of one annotated document (`text` is the text the annotations were computed on). */
export function buildOutline(annotations: Annotations, text: string): OutlineNode {
  const meeting = annotations.meeting;
  const rootId = 'meeting';
  const children: OutlineNode[] = [];

  const participants = meeting.participants
    .map((id) => officialById(annotations, id))
    .filter((o): o is Official => o !== undefined);
  const participantsGroup = group(
    'participants',
    'Participants',
    `${rootId}/participants`,
    participants.map((o) => officialNode(annotations, o, `${rootId}/participants`)),
    String(participants.length),
  );
  if (participantsGroup) children.push(participantsGroup);

  const others = annotations.officials.filter((o) => !meeting.participants.includes(o.id));
  const othersGroup = group(
    'others',
    'Also mentioned',
    `${rootId}/others`,
    others.map((o) => officialNode(annotations, o, `${rootId}/others`)),
    String(others.length),
  );
  if (othersGroup) children.push(othersGroup);

  const quotes = new Map(annotations.quotes.map((q) => [q.id, q]));
  const paraphrases = new Map(annotations.paraphrases.map((p) => [p.id, p]));
  const commitments = new Map(annotations.commitments.map((c) => [c.id, c]));
  annotations.turns.forEach((turn, index) => {
    const turnId = `${rootId}/turn:${index}`;
    const items: OutlineNode[] = [];
    let speakerText: string | null = null;
    let q = 0;
    let p = 0;
    let c = 0;
    for (const itemId of turn.items) {
      const quote = quotes.get(itemId);
      const paraphrase = paraphrases.get(itemId);
      const commitment = commitments.get(itemId);
      if (quote) {
        items.push(quoteNode(quote, turnId));
        speakerText ??= quote.speakerText;
        q++;
      } else if (paraphrase) {
        items.push(paraphraseNode(paraphrase, turnId));
        speakerText ??= paraphrase.speakerText;
        p++;
      } else if (commitment) {
        items.push(commitmentNode(commitment, turnId));
        c++;
      }
    }
    const extent = extentOf(items);
    if (!extent) return;
    const speaker = officialById(annotations, turn.speaker);
    children.push({
      id: turnId,
      kind: 'turn',
      label: speaker?.name ?? speakerText ?? 'Unknown speaker',
      detail: `turn ${index + 1}`,
      counts: speechCounts(q, p, c),
      range: extent,
      selection: items[0]!.selection,
      children: items,
    });
  });

  const agreements = annotations.commitments.filter((c) => c.kind === 'agreement');
  const outcomes = group(
    'outcomes',
    'Outcomes',
    `${rootId}/outcomes`,
    agreements.map((a) => commitmentNode(a, `${rootId}/outcomes`)),
    plural(agreements.length, 'agreement'),
  );
  if (outcomes) children.push(outcomes);

  const title = titleSpan(annotations, text);
  const detail = [meeting.kind, meeting.date?.text, meeting.place?.text].filter((s): s is string => !!s).join(' · ');
  return {
    id: rootId,
    kind: 'meeting',
    label: meeting.title ?? `Untitled ${meeting.kind}`,
    detail,
    counts: `${plural(annotations.officials.length, 'official')} · ${plural(annotations.quotes.length, 'quote')} · ${plural(annotations.commitments.length, 'commitment')}`,
    range: { start: 0, end: text.length },
    selection: title,
    children,
  };
}
