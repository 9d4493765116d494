// Fixed large hostile texts, built the same way every time: a 5 MB paragraph with no punctuation
// (issue 5), once in plain lower-case prose words and once in the seed's own words (names,
// titles, reporting verbs, commitment triggers) with every mark and stop removed.
import { readFileSync } from 'node:fs';
import { SEED_PATH } from '../corpus/readouts';

export const HUGE_LENGTH = 5_000_000;

const PROSE = 'the cooperation between the agencies continues across many fields and at every level of government ';

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export const HUGE_TEXTS: Record<string, { languageId: string; build: () => string }> = {
  'prose words, plain text': { languageId: 'plaintext', build: () => repeatTo(PROSE, HUGE_LENGTH) },
  "the seed's words, plain text": { languageId: 'plaintext', build: () => repeatTo(seedWords(), HUGE_LENGTH) },
  "the seed's words, Markdown": { languageId: 'markdown', build: () => repeatTo(seedWords(), HUGE_LENGTH) },
};

/** The seed sample as one line of words: letters, digits and single spaces only. */
export function seedWords(): string {
  const words = readFileSync(SEED_PATH, 'utf8').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words + ' ';
}
