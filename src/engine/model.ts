// The annotation model: a mirror of the `readout-annotations` export format, version 1.
// Every view (extension, exports, CLI) reads this and nothing else.
// Offsets are UTF-16 code units into the document text, half-open [start, end).
import type { BlockMemo } from './blockMemo';

export interface Span {
  start: number;
  end: number;
}

export type MentionKind = 'name' | 'role' | 'pronoun';

export interface Mention extends Span {
  kind: MentionKind;
}

export interface Role extends Span {
  title: string;
  organization: string | null;
  country: string | null;
}

export interface Official {
  id: string;
  /** The longest full form the text gives, without titles. */
  name: string;
  country: string | null;
  roles: Role[];
  mentions: Mention[];
}

export interface Quote extends Span {
  id: string;
  /** What lies between the marks (the span includes the marks). */
  text: string;
  /** Official id, or null. */
  speaker: string | null;
  /** The speaker as a label: an official's name, a body as the text names it, or null. */
  speakerText: string | null;
  /** The span that gave the attribution, or null. */
  cue: Span | null;
}

export interface Paraphrase extends Span {
  id: string;
  text: string;
  speaker: string | null;
  speakerText: string | null;
  cue: Span | null;
}

export type CommitmentKind = 'agreement' | 'pledge' | 'intention' | 'obligation';
export const COMMITMENT_KINDS: readonly CommitmentKind[] = ['agreement', 'pledge', 'intention', 'obligation'];

export interface Commitment extends Span {
  id: string;
  text: string;
  kind: CommitmentKind;
  trigger: Span;
  /** Who commits, as a label, or null. */
  actor: string | null;
  /** The id of the quote it sits in, or null. */
  quote: string | null;
}

export type MeetingKind =
  | 'meeting'
  | 'talks'
  | 'telephone conversation'
  | 'visit'
  | 'summit'
  | 'press conference'
  | 'statement'
  | 'interview';

export interface MeetingDate extends Span {
  text: string;
  /** `YYYY-MM-DD`, or `--MM-DD` when the text gives no year; null when it gives a day only (`on Friday`, `yesterday`) and no date to count from. */
  iso: string | null;
}

export interface Place extends Span {
  text: string;
}

export interface Meeting {
  title: string | null;
  kind: MeetingKind;
  date: MeetingDate | null;
  place: Place | null;
  /** Official ids, host first. */
  participants: string[];
}

export interface Turn {
  /** Official id, or null for a body or an unknown speaker. */
  speaker: string | null;
  /** Ids of quotes, paraphrases and commitments, in document order. */
  items: string[];
}

export interface DocumentInfo {
  uri: string | null;
  languageId: string;
  length: number;
  /** Hex SHA-256 of the UTF-8 text. */
  sha256: string;
}

export interface Annotations {
  format: 'readout-annotations';
  version: 1;
  document: DocumentInfo;
  meeting: Meeting;
  officials: Official[];
  quotes: Quote[];
  paraphrases: Paraphrase[];
  commitments: Commitment[];
  turns: Turn[];
}

/** A person the user already knows about (guide §1: "a known-officials file supplied by the user"). */
export interface KnownOfficial {
  name: string;
  aliases?: string[];
  roles?: { title: string; organization?: string | null; country?: string | null }[];
  country?: string | null;
}

export interface AnnotateOptions {
  /** `markdown` parses with remark; anything else is read as plain text. */
  languageId?: string;
  uri?: string | null;
  knownOfficials?: KnownOfficial[];
  /**
   * Told each step's name and wall time in milliseconds as the step ends (the benchmark's table of
   * where the time goes). Tokens and sentences are made lazily, inside the first step that reads them.
   */
  onStep?: (step: AnnotateStep, ms: number) => void;
  /**
   * The memo of this document's last annotation (one BlockMemo per document, passed each time):
   * unchanged paragraphs are not scanned again. Not plain data: it stays on the side that runs the engine.
   */
  memo?: BlockMemo;
}

export type AnnotateStep = 'structure' | 'labels' | 'officials' | 'quotes' | 'references' | 'turns' | 'attribution'
  | 'paraphrases' | 'commitments' | 'meeting' | 'model';
