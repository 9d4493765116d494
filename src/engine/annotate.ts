// The one entry of the engine: text in, annotation model out. Pure: no I/O, no vscode.
// Steps, each in its own file: structure → transcript labels → officials → quotes →
// references (role nouns, pronouns) → turns → attribution → indirect speech → commitments → meeting.
import type { AnnotateOptions, AnnotateStep, Annotations } from './model';
import { documentInfo } from './documentInfo';
import { analyzeStructure, isProse } from './structure';
import { Doc } from './doc';
import { findLabels } from './transcript';
import { findOfficials } from './officials';
import { findQuotes } from './quotes';
import type { RawQuote } from './quotes';
import { isSpeech } from './terms';
import { resolveReferences } from './coreference';
import { MentionIndex } from './mentionIndex';
import { findTurns, turnAt } from './turns';
import { Parties, personParty } from './parties';
import type { Party } from './parties';
import { attributeQuotes, attributeToSentenceSubject, attributeWithinReports } from './attribution';
import type { AttributedQuote } from './attribution';
import { findParaphrases } from './speech';
import type { FoundParaphrase } from './speech';
import { findCommitments } from './commitments';
import { describeMeeting } from './meeting';
import { SpanIndex } from './spanIndex';
import { buildModel } from './assemble';

export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  const languageId = options.languageId ?? 'plaintext';
  const stepDone = stepClock(options.onStep);
  const doc = new Doc(text, analyzeStructure(text, languageId), options.memo);
  stepDone('structure');
  const labels = findLabels(doc.clean, doc.blocks, doc.text);
  stepDone('labels');
  const persons = findOfficials(doc, labels, options.knownOfficials);
  stepDone('officials');

  const quotes = findQuotes(doc.clean, doc.blocks, isProse).filter((q) => isSpeech(doc.clean.slice(q.innerStart, q.innerEnd), {
    before: doc.clean.slice(Math.max(doc.blocks[q.block].start, q.start - 60), q.start),
    after: doc.clean.slice(q.end, Math.min(doc.blocks[q.block].end, q.end + 60)),
  }));
  const quoteIndex = new SpanIndex<RawQuote>(quotes);
  stepDone('quotes');
  resolveReferences(doc, persons, (o) => quoteIndex.contains(o));
  const mentions = new MentionIndex(persons);
  stepDone('references');
  const turns = findTurns(doc, labels, mentions);
  stepDone('turns');

  // whose words an offset sits in: a quote's speaker, a transcript turn's, or reported speech's
  let attributed: AttributedQuote[] = [];
  let paraphraseIndex = new SpanIndex<FoundParaphrase>([]);
  const attributedBy = new Map<RawQuote, AttributedQuote>();
  const speakerAt = (offset: number): Party | null => {
    const q = quoteIndex.at(offset);
    if (q) return attributedBy.get(q)?.speaker ?? null;
    const t = turnAt(turns, offset);
    if (t?.person) return personParty(t.person, t.label.start, t.label.end);
    return paraphraseIndex.at(offset)?.speaker ?? null;
  };
  const parties = new Parties(doc, mentions, speakerAt);
  attributed = attributeQuotes(doc, quotes, parties, mentions);
  for (const a of attributed) attributedBy.set(a.raw, a);
  stepDone('attribution');
  const paraphrases = findParaphrases(doc, parties, quoteIndex);
  paraphraseIndex = new SpanIndex(paraphrases);
  attributeWithinReports(doc, attributed, (offset) => paraphraseIndex.at(offset));
  attributeToSentenceSubject(doc, attributed, parties);
  stepDone('paraphrases');
  const commitments = findCommitments({ doc, parties, quotes: quoteIndex, paraphrases: paraphraseIndex, speakerAt });
  stepDone('commitments');
  const meeting = describeMeeting(doc, persons, mentions, attributed, paraphrases, paraphraseIndex, turns, quoteIndex, commitments);
  stepDone('meeting');

  const model = buildModel({
    text,
    document: documentInfo(options.uri ?? null, languageId, text),
    doc, persons, quotes: attributed, paraphrases, commitments, turns, meeting,
  });
  stepDone('model');
  return model;
}

/** A function to call as each step ends; it does nothing unless someone listens. */
function stepClock(onStep: AnnotateOptions['onStep']): (step: AnnotateStep) => void {
  if (!onStep) return () => {};
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    onStep(step, now - last);
    last = now;
  };
}
