// A hand-made model of the seed readout (what a careful reader marks, per the annotation
// guide), so the view-model tests do not depend on the engine's current output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotations, Span } from '../../src/engine/model';

export const seedText = readFileSync(join(__dirname, '../../samples/seed-meeting-procurator-general.txt'), 'utf8');

/** The span of the `occurrence`-th (1-based) `needle` at or after `from`. */
export function spanOf(needle: string, occurrence = 1, from = 0): Span {
  let at = from - 1;
  for (let i = 0; i < occurrence; i++) {
    at = seedText.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not in the seed: ${needle} #${occurrence}`);
  }
  return { start: at, end: at + needle.length };
}

/** A quote's span (marks included) from the start of its text. */
function quoteSpan(opening: string): Span & { text: string } {
  const start = seedText.indexOf(`“${opening}`);
  if (start < 0) throw new Error(`no quote ${opening}`);
  const end = seedText.indexOf('”', start) + 1;
  return { start, end, text: seedText.slice(start + 1, end - 1) };
}

function textSpan(needle: string, occurrence = 1): Span & { text: string } {
  return { ...spanOf(needle, occurrence), text: needle };
}

const afterCaoQuote = seedText.indexOf('warm and hospitable');

export const q = [
  quoteSpan('We are going to step up'),
  quoteSpan('This also pertains'),
  quoteSpan('Taking into account'),
  quoteSpan('Today there are many'),
  quoteSpan('Organized crime'),
  quoteSpan('We are very grateful'),
];

export const seedAnnotations: Annotations = {
  format: 'readout-annotations',
  version: 1,
  document: { uri: null, languageId: 'plaintext', length: seedText.length, sha256: '' },
  meeting: {
    title: "Meeting with Procurator-General of the Supreme People's Procuratorate of China Cao Jianming",
    kind: 'meeting',
    date: { ...spanOf('10 April'), text: '10 April', iso: '--04-10' },
    place: null,
    participants: ['o1', 'o2'],
  },
  officials: [
    {
      id: 'o1',
      name: 'Aleksandr Lukashenko',
      country: 'Belarus',
      roles: [{ ...spanOf('Belarus President'), title: 'President', organization: null, country: 'Belarus' }],
      mentions: [
        { ...spanOf('Aleksandr Lukashenko', 1), kind: 'name' },
        { ...spanOf('he', 1, spanOf('said as he met').start), kind: 'pronoun' },
        { ...spanOf('Aleksandr Lukashenko', 2), kind: 'name' },
        { ...spanOf('The President'), kind: 'role' },
        { ...spanOf('the Belarusian head of state'), kind: 'role' },
        { ...spanOf('the President stressed'), end: spanOf('the President stressed').start + 'the President'.length, kind: 'role' },
        { ...spanOf('Aleksandr Lukashenko', 3), kind: 'name' },
      ],
    },
    {
      id: 'o2',
      name: 'Cao Jianming',
      country: 'China',
      roles: [
        {
          ...spanOf("Procurator-General of the Supreme People's Procuratorate of China", 2),
          title: 'Procurator-General',
          organization: "Supreme People's Procuratorate of China",
          country: 'China',
        },
        {
          ...spanOf('member of the Central Committee of the Communist Party of China'),
          title: 'member',
          organization: 'Central Committee of the Communist Party of China',
          country: 'China',
        },
      ],
      mentions: [
        { ...spanOf('Cao Jianming', 1), kind: 'name' },
        { ...spanOf('Cao Jianming', 2), kind: 'name' },
        { ...spanOf('Cao Jianming', 3), kind: 'name' },
        { ...spanOf('he said', 1, afterCaoQuote), end: spanOf('he said', 1, afterCaoQuote).start + 2, kind: 'pronoun' },
        { ...spanOf('Cao Jianming', 4), kind: 'name' },
      ],
    },
  ],
  quotes: q.map((span, i) => ({
    id: `q${i + 1}`,
    ...span,
    speaker: i === 5 ? 'o2' : 'o1',
    speakerText: i === 5 ? 'Cao Jianming' : 'Aleksandr Lukashenko',
    cue: [
      spanOf('Aleksandr Lukashenko said'),
      spanOf('the Belarusian head of state said'),
      null,
      spanOf('the President stressed'),
      null,
      spanOf('he said', 1, afterCaoQuote),
    ][i]!,
  })),
  paraphrases: [
    { id: 'p1', ...textSpan('Belarus and China are eager to step up joint efforts in crime prevention'), speaker: 'o1', speakerText: 'Aleksandr Lukashenko', cue: spanOf('Aleksandr Lukashenko said as he met') },
    { id: 'p2', ...textSpan('the countries have established very close relations'), speaker: 'o1', speakerText: 'Aleksandr Lukashenko', cue: spanOf('The President remarked') },
    { id: 'p3', ...textSpan('during the visit the prosecution bodies of Belarus and China agreed to deepen interagency cooperation'), speaker: 'o2', speakerText: 'Cao Jianming', cue: spanOf('According to Cao Jianming') },
  ],
  commitments: [
    { id: 'c1', ...textSpan('Belarus and China are eager to step up joint efforts in crime prevention'), kind: 'intention', trigger: spanOf('are eager to'), actor: 'Belarus and China', quote: null },
    { id: 'c2', ...textSpan('We are going to step up our cooperation in crime prevention'), kind: 'intention', trigger: spanOf('are going to'), actor: 'Belarus', quote: 'q1' },
    { id: 'c3', ...textSpan('we must fight against these phenomena together'), kind: 'obligation', trigger: spanOf('must'), actor: 'Belarus', quote: 'q4' },
    { id: 'c4', ...textSpan('the prosecution bodies of Belarus and China agreed to deepen interagency cooperation'), kind: 'agreement', trigger: spanOf('agreed to'), actor: 'the prosecution bodies of Belarus and China', quote: null },
  ],
  turns: [
    { speaker: 'o1', items: ['p1', 'c1', 'q1', 'c2', 'p2', 'q2', 'q3', 'q4', 'c3', 'q5'] },
    { speaker: 'o2', items: ['q6', 'p3', 'c4'] },
  ],
};
