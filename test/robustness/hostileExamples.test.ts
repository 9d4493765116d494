// Hostile inputs worth keeping as fixed cases: the smallest forms of what the property tests and
// the benchmark found (each once broke an invariant, threw, or took seconds), plus the shapes
// issue 5 names. Each must satisfy ./annotateChecked.ts: return in time, valid, exact.
import assert from 'node:assert/strict';
import { annotateChecked } from './annotateChecked';
import { seedReadout } from './corpus/readouts';
import { shiftedBy } from './shift';

interface Example {
  name: string;
  languageId: 'plaintext' | 'markdown';
  text: () => string;
}

const EXAMPLES: Example[] = [
  // a paragraph that goes on with an open quotation and opens with a mark of another shape (found with READOUT_FC_RUNS=5)
  { name: 'a quotation going on in a paragraph that opens with an unpaired corner mark', languageId: 'markdown', text: () => '# Meeting\n\n_Belarus_\n\n』the two countries have established very close relations‟\n_Belarus_\n\n』the two countries have established very close relations‟\n\n- 』We will deepen cooperation,‟ the President said.\n' },
  { name: 'a quotation closed after line breaks inside a corner mark', languageId: 'markdown', text: () => '"\n\nBelarus’\n\n「said\nsaid?said』said”' },
  // a quotation whose opening mark was lost, on the first line after a BOM and further down
  { name: 'a closing mark and a cue on the first line, after a BOM', languageId: 'plaintext', text: () => '\ufeffWe will act," the President said.\n\nWe are ready," Minister Ana Costa said.' },
  // a date inside a short line read as a dateline: the place's text must be the document's
  { name: 'a line with a date and a name after it', languageId: 'plaintext', text: () => 'On 20 November, Mr. SATO K' },
  { name: 'a date glued to words, in Markdown', languageId: 'markdown', text: () => 'O 5 MarchF' },
  { name: 'a place with inline code in it, in Markdown', languageId: 'markdown', text: () => 'in China ` ` April' },
  { name: 'a place with a link in it, in Markdown', languageId: 'markdown', text: () => 'Talks in Minsk. Prime Minister [Nguyen Van Hai](https://example.org) will visit India.' },
  // a bounded window must not end between the two halves of an astral character
  { name: 'an action phrase of astral characters', languageId: 'plaintext', text: () => 'We intend to restore rail links with ' + '𐀀'.repeat(200) },
  { name: 'a commitment ending in an astral character after a BOM, in Markdown', languageId: 'markdown', text: () => '\ufeffwe must 𣫰' },
  // all-caps transcripts: once an exponential regex on the first sentence of a turn
  { name: 'an all-caps transcript question', languageId: 'plaintext', text: () => 'QUESTION: MR PRESIDENT, WILL THE AGREEMENT ON FISHERIES BE SIGNED THIS YEAR?\n' },
  { name: 'an all-caps word of 40 letters after a label', languageId: 'plaintext', text: () => `N: ${'PRESIDENT'.repeat(5)}?` },
  // Markdown nested deeper than a recursive walk's stack
  { name: 'five thousand nested block quotes', languageId: 'markdown', text: () => '>'.repeat(5000) + ' “We will,” he said.' },
  { name: 'five thousand nested list items on one line', languageId: 'markdown', text: () => '- '.repeat(5000) + 'We will cooperate.' },
  { name: 'five thousand emphasis marks on each side', languageId: 'markdown', text: () => '*'.repeat(5000) + 'We will' + '*'.repeat(5000) },
  { name: 'ten thousand opening brackets', languageId: 'markdown', text: () => '['.repeat(10000) + 'a' + ']'.repeat(10000) + '(b)' },
  // remark-parse's time grows with the square of the number of block quotes between paragraphs
  { name: '5,400 short block quotes between paragraphs (170 KB)', languageId: 'markdown', text: () => '> “We will,” he said.\n\nAgreed.\n\n'.repeat(5400) },
  // quotation marks
  { name: 'ten thousand opening marks', languageId: 'plaintext', text: () => '“'.repeat(10000) },
  { name: 'marks of every style, none closed', languageId: 'plaintext', text: () => '“a ‘b «c „d "e \'f ‹g 「h 『i '.repeat(500) },
  { name: 'quotes nested a thousand deep', languageId: 'plaintext', text: () => '“‘'.repeat(1000) + 'We will.' + '’”'.repeat(1000) },
  // line breaks and blanks
  { name: 'only lone carriage returns', languageId: 'plaintext', text: () => 'Lukashenko said:\r“We will.”\r\rThe President stressed it.\r' },
  { name: 'a megabyte of blank lines', languageId: 'plaintext', text: () => '\n'.repeat(1_000_000) },
  { name: 'a long run of spaces and tabs inside a sentence', languageId: 'plaintext', text: () => `Lukashenko said${' \t'.repeat(50_000)}we will cooperate.` },
];

describe('robustness: hostile examples', function () {
  this.timeout(60_000);

  for (const e of EXAMPLES) {
    it(`${e.name} (${e.languageId})`, () => {
      annotateChecked(e.text(), { languageId: e.languageId });
    });
  }

  it('a leading BOM on a Markdown readout moves every span by one and changes nothing else', () => {
    // remark-parse drops a leading BOM from its positions; the document keeps it
    const { text } = seedReadout();
    const plain = annotateChecked(text, { languageId: 'markdown' });
    const withBom = annotateChecked('\ufeff' + text, { languageId: 'markdown' });
    assert.deepEqual({ ...withBom, document: null }, { ...shiftedBy(plain, 1), document: null });
  });
});
