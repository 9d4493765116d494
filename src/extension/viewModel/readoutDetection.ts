// Automatic detection: is this document a readout (a meeting, statement, interview…) worth
// painting, or an ordinary text such as a README that merely contains a quotation or a name?
// Decided from the engine's model, so detection and annotation never disagree on what they saw.
import type { Annotations } from '../../engine/model';

export interface ReadoutEvidence {
  /** Officials the text gives an office to (`Cao Jianming, Procurator-General of …`). */
  officialsWithRoles: number;
  /** Quotes and paraphrases whose speaker is an official. */
  attributedSpeech: number;
  commitments: number;
  participants: number;
}

export function readoutEvidence(annotations: Annotations): ReadoutEvidence {
  const officialIds = new Set(annotations.officials.map((o) => o.id));
  const attributed = [...annotations.quotes, ...annotations.paraphrases].filter(
    (s) => s.speaker !== null && officialIds.has(s.speaker),
  );
  return {
    officialsWithRoles: annotations.officials.filter((o) => o.roles.length > 0).length,
    attributedSpeech: attributed.length,
    commitments: annotations.commitments.length,
    participants: annotations.meeting.participants.length,
  };
}

/**
 * A readout names at least one official with an office and reports what officials said or
 * committed to (or a meeting of two participants). A README, a changelog or a novel chapter seldom gives anyone an office, and
 * an office alone (an author's job title) is not enough.
 */
export function looksLikeReadout(annotations: Annotations): boolean {
  const e = readoutEvidence(annotations);
  if (e.officialsWithRoles === 0) return false;
  return e.attributedSpeech > 0 || e.commitments > 0 || e.participants >= 2;
}
