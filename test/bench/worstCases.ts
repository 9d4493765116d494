// Worst-case inputs for each rule family of the engine (src/engine/annotate.ts runs them in this
// order), each a function of a length n: the benchmark times n, 2n and 4n and reports how the time
// grows. Linear rules double; a rule that rescans what it has read grows faster and is flagged.
import { readFileSync } from 'node:fs';
import { SEED_PATH } from '../robustness/corpus/readouts';

export interface WorstCase {
  family: string;
  name: string;
  languageId: 'plaintext' | 'markdown';
  build(n: number): string;
}

/** `unit` repeated and cut to n characters. */
const fill = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const seed = (): string => readFileSync(SEED_PATH, 'utf8');
const seedWords = (): string => seed().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() + ' ';
const seedParagraphs = (): string => seed().split(/\n{2,}/).slice(2).join(' ') + ' ';

export const WORST_CASES: WorstCase[] = [
  // structure: lines, blocks, debris, headings, hard wrapping
  { family: 'structure', name: 'many short lines and debris', languageId: 'plaintext', build: fill('Meeting held\n  • 1\n\nMinsk\n21 August 202013:53\n') },
  { family: 'structure', name: 'hard-wrapped lines without stops', languageId: 'plaintext', build: fill('the cooperation of the agencies continues across the\n') },
  { family: 'structure', name: 'whitespace run inside a line', languageId: 'plaintext', build: (n) => `Lukashenko said${' \t'.repeat(Math.max(1, (n - 40) / 2))}we will cooperate.` },
  { family: 'markdown', name: 'nested block quotes and lists', languageId: 'markdown', build: fill('> > > - “We will,” he said.\n> > > - > 1. text **bold *em\n\n') },
  { family: 'markdown', name: 'unbalanced emphasis and brackets', languageId: 'markdown', build: fill('*a **b [c [d `e _f ') },
  { family: 'markdown', name: 'block quotes between paragraphs', languageId: 'markdown', build: fill('> “We will cooperate,” he said.\n\nThe talks went well.\n\n') },
  { family: 'markdown', name: 'list markers nested on one line', languageId: 'markdown', build: (n) => '- '.repeat(n / 2 - 10) + 'We will cooperate.' },
  { family: 'markdown', name: 'a run of emphasis marks on each side', languageId: 'markdown', build: (n) => '*'.repeat(n / 2 - 4) + 'We will' + '*'.repeat(n / 2 - 4) },
  // transcript labels
  { family: 'transcript', name: 'label-like lines (capitalized words, colon)', languageId: 'plaintext', build: fill('PRESIDENT OF THE REPUBLIC OF BELARUS ALEKSANDR LUKASHENKO: Thank you.\n') },
  { family: 'transcript', name: 'many colons in one line', languageId: 'plaintext', build: fill('Foreign Minister Wang: ') },
  // officials and roles
  { family: 'officials', name: 'one long run of capitalized words', languageId: 'plaintext', build: fill('Aleksandr Lukashenko Cao Jianming ') },
  { family: 'officials', name: 'a chain of titles and countries', languageId: 'plaintext', build: fill('Foreign Minister of China and President of Belarus and Secretary-General of ') },
  // (a counterpart whose sentence names no subject before it: the office is looked for among officials named earlier)
  { family: 'officials', name: 'counterparts with no office named before', languageId: 'plaintext', build: fill('At the meeting with his Ruritanian counterpart, Ivan Petrov, the statesman said so. ') },
  { family: 'coreference', name: 'offices before any name, then many names', languageId: 'plaintext', build: fill('The Foreign Minister said so. Ivan Petrov, Ana Costa and Omar Haddad agreed. ') },
  { family: 'officials', name: 'many distinct names, one per sentence', languageId: 'plaintext', build: (n) => manyNames(n) },
  // quotes
  { family: 'quotes', name: 'thousands of opening marks', languageId: 'plaintext', build: fill('“') },
  { family: 'quotes', name: 'mixed unbalanced marks', languageId: 'plaintext', build: fill('“a ‘b «c „d "e \'f ') },
  { family: 'quotes', name: 'deeply nested quotes', languageId: 'plaintext', build: (n) => '“‘'.repeat(n / 4) + 'We will.' + '’”'.repeat(n / 4) },
  { family: 'quotes', name: 'stray apostrophes and possessives', languageId: 'plaintext', build: fill("the parties' wishes and Belarus' people’s ' ") },
  // coreference and attribution
  { family: 'coreference', name: 'role references and pronouns', languageId: 'plaintext', build: fill('The President said he met the Minister, and the Belarusian head of state thanked her. ') },
  { family: 'attribution', name: 'quotes with cues in one paragraph', languageId: 'plaintext', build: fill('“We will cooperate,” he said. “We agree,” the President stressed. ') },
  { family: 'attribution', name: 'quotes without cues in one paragraph', languageId: 'plaintext', build: fill('“We are going to step up cooperation in many fields.” ') },
  // (each quoted fragment without a cue looks for the source that closes its sentence, past the quotes after it)
  { family: 'attribution', name: 'quoted fragments, each sentence closed by its source', languageId: 'plaintext', build: fill('They \"stressed the need to resolve the crisis\" through talks \"to ensure the unity of all states\", said QNA. ') },
  // (each `the report said` looks back up to 5,000 characters for the body that issued the report)
  { family: 'attribution', name: '`the report said` after every quote, one issuer far back', languageId: 'plaintext', build: (n) => 'This was reported by the press service of the President.\n\n' + fill('“Trade between our countries is growing fast,” the report said.\n\n')(n) },
  { family: 'speech', name: 'agency copy: seats, credits and tails', languageId: 'plaintext', build: fill('The sides discussed trade, Downing Street has confirmed, TASS reports. Trade grew, according to a statement issued by the Kremlin press service. ') },
  // indirect speech
  { family: 'speech', name: 'repeated reporting verbs', languageId: 'plaintext', build: fill('He said that she noted that they stressed that ') },
  { family: 'speech', name: 'according to, trailing cues', languageId: 'plaintext', build: fill('According to Cao Jianming, the sides agree, Lukashenko said, ') },
  // a verb and a phrase of time before a far `that` (the scan for it is bounded), possessives in opening phrases without commas
  { family: 'speech', name: 'verbs with a setting, one `that` far away', languageId: 'plaintext', build: fill('Petrov reiterated during his meeting in Kyiv with Holm ') },
  { family: 'coreference', name: 'possessives in opening phrases, no comma', languageId: 'plaintext', build: fill('In her remarks after hosting Lavrov in his capital ') },
  // commitments
  { family: 'commitments', name: 'repeated triggers', languageId: 'plaintext', build: fill('Belarus will ') },
  { family: 'commitments', name: 'agreement lists', languageId: 'plaintext', build: fill('Both sides agreed to deepen cooperation, to expand trade and to sign a memorandum; ') },
  // meeting
  { family: 'meeting', name: 'many dates and event words', languageId: 'plaintext', build: fill('talks in Minsk on 10 April 2024, meeting on Tuesday, 5 March; ') },
  // sentences and paragraphs
  { family: 'sentences', name: 'one huge sentence (the seed without punctuation)', languageId: 'plaintext', build: (n) => fill(seedWords())(n) },
  { family: 'sentences', name: 'one huge paragraph (the seed, no line breaks)', languageId: 'plaintext', build: (n) => fill(seedParagraphs())(n) },
];

const FIRST = ['Anna', 'Boris', 'Chen', 'Dilnoza', 'Emeka', 'Fatima', 'Goran', 'Hiro', 'Ines', 'Jamal', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya'];
const LAST = ['Ivanova', 'Petrov', 'Wei', 'Karimova', 'Okafor', 'Haddad', 'Novak', 'Tanaka', 'Silva', 'Rahman', 'Mensah', 'Berg', 'Rossi', 'Kaur', 'Farouk', 'Sato'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Minister of Trade', 'Ambassador'];

/** Sentences each naming a different official, so the number of officials grows with n. */
function manyNames(n: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const name = `${FIRST[i % 16]} ${LAST[Math.floor(i / 16) % 16]}${i >= 256 ? `-${LAST[Math.floor(i / 256) % 16]}` : ''}`;
    const s = `${TITLES[i % 5]} ${name} said that the talks went well. `;
    out.push(s);
    length += s.length;
  }
  return out.join('').slice(0, n);
}
