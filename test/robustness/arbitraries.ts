// fast-check generators of hostile readouts: readouts composed from the phenomena of real ones,
// "token soup" dense in the words the rules look for, and mutations of any text (marks,
// apostrophes, line breaks, BOM, normalization, combining marks, emoji and astral characters,
// right-to-left text, very long lines, odd Markdown). Mutations are data, so a counterexample
// prints as something a person can read and replay.
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Readouts composed from templates

const PEOPLE = [
  { name: 'Aleksandr Lukashenko', surname: 'Lukashenko', title: 'President', country: 'Belarus', adj: 'Belarusian' },
  { name: 'Cao Jianming', surname: 'Cao Jianming', title: 'Procurator-General', country: 'China', adj: 'Chinese' },
  { name: 'Ana Morales', surname: 'Morales', title: 'Foreign Minister', country: 'Chile', adj: 'Chilean' },
  { name: 'Antony J. Blinken', surname: 'Blinken', title: 'Secretary of State', country: 'the United States', adj: 'American' },
  { name: 'MOTEGI Toshimitsu', surname: 'Motegi', title: 'Minister for Foreign Affairs', country: 'Japan', adj: 'Japanese' },
  { name: 'Jean-Yves Le Drian', surname: 'Le Drian', title: 'Minister of Foreign Affairs', country: 'France', adj: 'French' },
  { name: 'Pham Minh Chinh', surname: 'Pham Minh Chinh', title: 'Prime Minister', country: 'Vietnam', adj: 'Vietnamese' },
  { name: 'Moussa Faki Mahamat', surname: 'Faki', title: 'Chairperson of the African Union Commission', country: 'Chad', adj: 'Chadian' },
  { name: 'Grace Wanjiru', surname: 'Wanjiru', title: 'President', country: 'Kenya', adj: 'Kenyan' },
  { name: 'Sheikh Khalid bin Hamad', surname: 'Sheikh Khalid', title: 'Foreign Minister', country: 'Qatar', adj: 'Qatari' },
];
type Person = (typeof PEOPLE)[number];

const CLAUSES = [
  'the two countries have established very close relations',
  'cooperation in trade and energy is developing well',
  'the situation in the region remains difficult',
  'the talks were frank and constructive',
  'both sides value the partnership between their peoples',
];
const ACTIONS = [
  'deepen interagency cooperation', 'step up joint efforts in crime prevention', 'open a trade house next year',
  'hold the next round of consultations in the autumn', 'share expertise in agriculture', 'maintain close communication',
];
const TRIGGERS = ['will', 'shall', 'agreed to', 'are ready to', 'intend to', 'must', 'need to', 'pledged to', 'are going to', 'would like to'];
const VERBS = ['said', 'stressed', 'noted', 'remarked', 'added', 'emphasised', 'underlined', 'pointed out', 'recalled'];
const MARK_PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['‘', '’'], ["'", "'"], ['「', '」'], ['”', '”'], ['‹', '›'], ['『', '』']];
const DATES = ['10 April', 'on 2 February 2024', 'March 3, 2024', '21 August 202013:53', 'on Tuesday, 5 March', 'l6 July'];

const person = fc.constantFrom(...PEOPLE);
const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(person, person, pick(DATES)).map(([a, b, d]) => `${a.country} ${a.title} ${a.name} met with ${b.name}, ${b.title} of ${b.country}, ${d}.`),
  fc.tuple(pick(MARK_PAIRS), pick(CLAUSES), person, pick(VERBS)).map(([[o, c], cl, p, v]) => `${o}We think that ${cl},${c} ${p.name} ${v}.`),
  fc.tuple(pick(MARK_PAIRS), pick(TRIGGERS), pick(ACTIONS), pick(VERBS)).map(([[o, c], t, act, v]) => `${o}We ${t} ${act},${c} the ${['President', 'Minister', 'Secretary'][act.length % 3]} ${v}.`),
  fc.tuple(person, pick(VERBS), pick(CLAUSES)).map(([p, v, cl]) => `${p.surname} ${v} that ${cl}.`),
  fc.tuple(person, pick(CLAUSES)).map(([p, cl]) => `According to ${p.name}, ${cl}.`),
  fc.tuple(person, pick(TRIGGERS), pick(ACTIONS)).map(([p, t, act]) => `${p.country} ${t} ${act}.`),
  fc.tuple(pick(TRIGGERS), pick(ACTIONS)).map(([t, act]) => `The two sides ${t} ${act}.`),
  fc.tuple(pick(MARK_PAIRS), pick(CLAUSES)).map(([[o, c], cl]) => `${o}${cl}${c}`),
  fc.tuple(person, pick(ACTIONS)).map(([p, act]) => `The ${p.adj} head of state thanked ${p.surname} and he said he hopes to ${act}.`),
  fc.tuple(person, pick(ACTIONS)).map(([p, act]) => `${p.name.toUpperCase()}: We will ${act}.`),
  fc.tuple(person, pick(MARK_PAIRS), pick(CLAUSES)).map(([p, [o, c], cl]) => `${p.surname} ${'said'}: ${o}The ‘${cl.split(' ').slice(0, 2).join(' ')}’ matters and ${cl}.${c}`),
);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5, size: 'medium' }).map((ss) => ss.join(' '));

export interface ComposedReadout {
  languageId: 'plaintext' | 'markdown';
  text: string;
}

/** A readout: headline, maybe debris and a dateline, paragraphs; as plain text or Markdown. */
export const composedReadout: fc.Arbitrary<ComposedReadout> = fc
  .record({
    host: person as fc.Arbitrary<Person>,
    guest: person as fc.Arbitrary<Person>,
    debris: fc.boolean(),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 10, size: 'medium' }),
    markdown: fc.boolean(),
    separator: pick(['\n\n', '\n', '\r\n\r\n', '\n\n\n']),
  })
  .map(({ host, guest, debris, paragraphs, markdown, separator }) => {
    const title = `Meeting with ${guest.title} of ${guest.country} ${guest.name}`;
    if (!markdown) {
      const head = [title, ...(debris ? ['  • 1'] : [])];
      return { languageId: 'plaintext' as const, text: [...head, ...paragraphs].join(separator) + '\n' };
    }
    const md = paragraphs.map((p, i) => (i % 3 === 1 ? `- ${p}` : i % 4 === 2 ? `> ${p}` : p.replace(host.surname, `**${host.surname}**`)));
    return { languageId: 'markdown' as const, text: `# ${title}\n\n_${host.country}_\n\n${md.join('\n\n')}\n` };
  });

// ---------------------------------------------------------------------------------------------
// Token soup: random sequences of the words, marks and layout the rules react to

const TOKENS = [
  'said', 'says', 'that', 'will', 'shall', 'must', 'agreed', 'to', 'ready', 'going', 'the', 'President', 'Minister', 'Foreign',
  'Secretary-General', 'of', 'Belarus', 'China', 'Lukashenko', 'Aleksandr', 'Cao', 'Jianming', 'he', 'she', 'they', 'we', 'both',
  'sides', 'According', 'noted', 'stressed', 'signed', 'memorandum', 'met', 'with', 'in', 'Minsk', 'on', '10', 'April', '2024',
  'meeting', 'talks', 'Mr.', 'H.E.', 'PRESIDENT', 'PUTIN', 'J.', 'Le', 'Drian', 'and', 'who', 'is', 'also', 'side’s', 'Belarus’',
  '“', '”', '"', "'", '’', '‘', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '.', ',', ':', ';', '!', '?', '…', '—', '-', '(',
  ')', '[', ']', '#', '>', '*', '_', '`', '•', '1', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\ufeff', '😀', '🇧🇾', '𝐌', 'é', 'e\u0301',
  'مرحبا', 'שלום', '\u200f', '\u202e',
];

/** Readout-like noise: tokens joined with or without spaces. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...TOKENS), { minLength: 0, maxLength: 600, size: 'large' }), fc.constantFrom(' ', '', ' ', '  '))
  .map(([ts, sep]) => ts.join(sep));

// ---------------------------------------------------------------------------------------------
// Mutations of a text

const EMOJI_AND_ASTRAL = ['😀', '👩‍👩‍👧', '🇧🇾🇲🇳', '𝐌𝐢𝐧𝐬𝐤', '𠜎𠜱', '2⃣', '🤝🏽', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'];
const RTL = ['قال الرئيس "نحن مستعدون"', 'אמר השר: ״נעבוד יחד״', '\u202bمرحبا\u202c', '\u200f', '\u202e reversed \u202c', 'الرئيس لوكاشينكو'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u0489', '\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308'];
const ODD_MARKDOWN = [
  '\n```\nunclosed code fence “with a quote,” he said\n', '\n> > > > deeply > quoted “text”\n', '\n<div>\n“html block,” said X\n', '\n<!-- unclosed comment\n',
  '\n[ref]: https://example.org "title"\n', '\nSetext heading\n===\n', '\n* * *\n', '\n| a | b |\n|---|---|\n| “c” | d |\n', '[^1]',
  '\n    indented code said that\n', '[[[[', ']]]]', '**__*_', '`` ` ``', '\n1) one\n   - two\n     > three\n', '<a href="x">', '\\', '&amp;&#8220;',
  '![alt “text”](img.png)', '\n---\ntitle: x\n---\n',
];
const CONTROL = ['\u0000', '\u0007', '\u001b[31m', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\ufffd', '\ud800', '\udc00', '\u200b', '\u200d', '\u00ad'];
const MARKS = ['“', '”', '"', "'", '’', '‘', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '‟'];

const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...MARKS), { minLength: 1, maxLength: 6 }).map((m) => m.join('')),
  fc.constantFrom("'", '’', " ' ", "s' ", "’s", "n't", "'90s", "rock 'n' roll"),
  fc.constantFrom(...EMOJI_AND_ASTRAL),
  fc.constantFrom(...RTL),
  fc.constantFrom(...COMBINING),
  fc.constantFrom(...ODD_MARKDOWN),
  fc.constantFrom(...CONTROL),
  fc.constantFrom('\r', '\r\n', '\n', '\n\n', '\ufeff', '\t', '   '),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

export type Mutation =
  | { op: 'insert'; at: number; s: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number; times: number }
  | { op: 'truncate'; at: number }
  | { op: 'lineBreaks'; to: '\r\n' | '\r' | '\u2028' | 'none' }
  | { op: 'bom' }
  | { op: 'normalize'; form: 'NFD' | 'NFC' | 'NFKD' }
  | { op: 'combining'; every: number; mark: string }
  | { op: 'swapMarks'; open: string; close: string }
  | { op: 'wrapQuotes'; at: number; len: number; depth: number; pair: [string, string] }
  | { op: 'longLine'; times: number }
  | { op: 'case'; to: 'upper' | 'lower' };

/** A relative position in the text (uniform, unlike fc.double, which favours the ends). */
const at = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at, s: fragment }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, len: fc.integer({ min: 1, max: 300 }), times: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lineBreaks' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, '\u2028' as const, 'none' as const) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('normalize' as const), form: fc.constantFrom('NFD' as const, 'NFC' as const, 'NFKD' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('combining' as const), every: fc.integer({ min: 1, max: 9 }), mark: fc.constantFrom(...COMBINING) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapMarks' as const), open: fc.constantFrom(...MARKS), close: fc.constantFrom(...MARKS) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('wrapQuotes' as const), at, len: fc.integer({ min: 0, max: 400 }), depth: fc.integer({ min: 1, max: 12 }),
      pair: fc.constantFrom(...MARK_PAIRS),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('longLine' as const), times: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('case' as const), to: fc.constantFrom('upper' as const, 'lower' as const) }) },
);

export function applyMutation(text: string, m: Mutation): string {
  const pos = 'at' in m ? Math.floor(m.at * text.length) : 0;
  switch (m.op) {
    case 'insert': return text.slice(0, pos) + m.s + text.slice(pos);
    case 'delete': return text.slice(0, pos) + text.slice(pos + m.len);
    case 'duplicate': return text.slice(0, pos) + text.slice(pos, pos + m.len).repeat(m.times + 1) + text.slice(pos + m.len);
    case 'truncate': return text.slice(0, pos); // may cut a surrogate pair: a cut-off excerpt
    case 'lineBreaks': return m.to === 'none' ? text.replace(/\r?\n/g, ' ') : text.replace(/\r?\n/g, m.to);
    case 'bom': return '\ufeff' + text;
    case 'normalize': return text.normalize(m.form);
    case 'combining': {
      let n = 0;
      return text.replace(/\p{L}/gu, (c) => (++n % m.every === 0 ? c + m.mark : c));
    }
    case 'swapMarks': return text.replace(/[“"«„「]/g, m.open).replace(/[”»」]/g, m.close);
    case 'wrapQuotes': {
      const end = Math.min(text.length, pos + m.len);
      return text.slice(0, pos) + m.pair[0].repeat(m.depth) + text.slice(pos, end) + m.pair[1].repeat(m.depth) + text.slice(end);
    }
    case 'longLine': return text.replace(/\r?\n/g, ' ').repeat(m.times);
    case 'case': return m.to === 'upper' ? text.toUpperCase() : text.toLowerCase();
  }
}

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 5 });

export const languageId: fc.Arbitrary<'plaintext' | 'markdown'> = fc.constantFrom('plaintext', 'markdown');

/** Empty and whitespace-only input, every kind of blank and line break. */
export const blankText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u3000', '\ufeff', '\u2028', '\u200b', '\u000c'), { maxLength: 200 })
  .map((xs) => xs.join(''));
