import assert from 'node:assert/strict';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Annotations } from '../../src/engine/model';
import { toMarkdown } from '../../src/export/markdown';
import { blockquote, inlineText } from '../../src/export/markdownText';
import { astralAnnotations, ASTRAL_TEXT } from '../fixtures/export/astralReadout';
import { assertHasContent, CASES } from './cases';

interface MdNode { type: string; value?: string; depth?: number; children?: MdNode[] }

const parseMarkdown = (md: string) => unified().use(remarkParse).parse(md) as unknown as MdNode;
const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
function nodes(node: MdNode, type: string, out: MdNode[] = []): MdNode[] {
  if (node.type === type) out.push(node);
  for (const child of node.children ?? []) nodes(child, type, out);
  return out;
}
/** Node types found under a node other than plain text and paragraphs. */
function markup(node: MdNode): string[] {
  return (node.children ?? []).flatMap((child) => (['text', 'paragraph'].includes(child.type) ? markup(child) : [child.type, ...markup(child)]));
}
/** The Markdown under the `## heading` section, up to the next `## `. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `no section ${heading}`);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end < 0 ? undefined : end);
}

function checkBrief(a: Annotations, md: string): void {
  const tree = parseMarkdown(md);
  const headings = nodes(tree, 'heading');
  assert.equal(headings[0].depth, 1);
  assert.equal(textOf(headings[0]), squash(a.meeting.title ?? 'Readout brief'));
  const names = new Map(a.officials.map((o) => [o.id, o.name]));
  const participants = section(md, 'Participants');
  for (const id of a.meeting.participants) {
    const official = a.officials.find((o) => o.id === id)!;
    assert.ok(participants.includes(inlineText(official.name)), official.name);
    for (const role of official.roles) assert.ok(participants.includes(inlineText(role.title)), role.title);
  }
  // each quote is a blockquote whose rendered text is the quote as written
  const quoted = nodes(tree, 'blockquote');
  assert.equal(quoted.length, a.quotes.length);
  for (const q of a.quotes) {
    const block = quoted.find((b) => squash(textOf(b)) === squash(q.text));
    assert.ok(block, `quote ${q.id} is not a blockquote of its own text`);
    assert.deepEqual(markup(block), [], `quote ${q.id} rendered as plain text`);
  }
  // each paraphrase is a list item that renders as written, under its speaker's heading
  const items = nodes(tree, 'listItem');
  for (const p of a.paraphrases) {
    const item = items.find((i) => squash(textOf(i)) === squash(p.text));
    assert.ok(item, `paraphrase ${p.id} is not a list item of its own text`);
    assert.deepEqual(markup(item).filter((t) => t !== 'paragraph'), []);
  }
  for (const speech of [...a.quotes, ...a.paraphrases]) {
    const label = speech.speaker ? names.get(speech.speaker) : speech.speakerText;
    assert.ok(headings.some((h) => h.depth === 3 && textOf(h) === squash(label ?? 'Speaker unknown')), `speaker ${label}`);
  }
  // a table of commitments by kind and actor: one row each, four cells, kinds in order
  const rows = section(md, 'Commitments').split('\n').filter((l) => /^\| (agreement|pledge|intention|obligation) \|/.test(l));
  assert.equal(rows.length, a.commitments.length);
  const order = ['agreement', 'pledge', 'intention', 'obligation'];
  const kinds = rows.map((r) => order.indexOf(r.split(' | ')[0].slice(2)));
  assert.deepEqual(kinds, [...kinds].sort((x, y) => x - y));
  for (const r of rows) assert.equal(r.split(/(?<!\\)\|/).length, 6, `four cells in ${r}`);
  const outcomes = section(md, 'Outcomes');
  for (const c of a.commitments.filter((x) => x.kind === 'agreement')) assert.ok(outcomes.includes(inlineText(c.text)));
}

describe('export: Markdown brief', () => {
  for (const c of CASES) {
    it(`${c.name}: meeting, participants with roles, each speaker's quotes and paraphrases, commitments, outcomes`, () => {
      const a = c.annotations();
      if (c.fromEngine) assertHasContent(c, a);
      checkBrief(a, toMarkdown(a, c.text));
    });
  }

  describe('on the hand-built model of the astral readout', () => {
    const a = astralAnnotations();
    const md = toMarkdown(a, ASTRAL_TEXT);

    it('states a date the text gives as a weekday only as written, with no ISO form in brackets', () => {
      const dated = { ...a, meeting: { ...a.meeting, date: { text: 'Friday', iso: null, start: 0, end: 6 } } };
      assert.match(toMarkdown(dated, ASTRAL_TEXT), /^- \*\*Date:\*\* Friday$/m);
    });

    it('states the meeting: title, kind, date and place', () => {
      assert.ok(md.startsWith('# Meeting with Foreign Minister of Mongolia Battsetseg Batmunkh 🤝\n'));
      assert.match(md, /^- \*\*Kind:\*\* meeting$/m);
      assert.match(md, /^- \*\*Date:\*\* 12 May 2023 \(2023-05-12\)$/m);
      assert.match(md, /^- \*\*Place:\*\* Minsk$/m);
    });

    it('escapes Markdown in document text so it renders as written', () => {
      const p1 = a.paraphrases[0].text;
      assert.match(p1, /[*[\]<>|#_&]/, 'the fixture paraphrase holds Markdown specials');
      assert.ok(md.includes('\\*special\\*') && md.includes('\\<Minsk\\>') && md.includes('AT\\&amp;T'));
    });

    it('keeps the line break of a quote that crosses a CRLF inside one blockquote', () => {
      assert.ok(md.includes('> Our countries must deepen trade 📦 and investment ties, and we will open\n> a trade house in Ulaanbaatar next year,\n'));
    });

    it('lists the agreements as outcomes and says when there are none', () => {
      assert.match(section(md, 'Outcomes'), /- The sides agreed to set up a joint working group on trade \(both sides\)/);
      const none = toMarkdown({ ...a, commitments: a.commitments.filter((c) => c.kind !== 'agreement') });
      assert.match(section(none, 'Outcomes'), /_No agreement recorded\._/);
    });
  });

  describe('escaping', () => {
    const cases = [
      '*bold* _it_ `code` [link](x) <b>html</b> | ~~del~~ $x$ #tag \\ &amp; &#39;',
      '- not a list',
      '+ not a list',
      '1. not an ordered list',
      '2) nor this',
      '# not a heading',
      '> not a quote',
      '===',
      '    not code',
      'A line\n===\nthen - a\n- b\n2. c',
    ];
    for (const text of cases) {
      it(`renders ${JSON.stringify(text)} as that text`, () => {
        for (const md of [inlineText(text), `- ${inlineText(text)}`, blockquote(text)]) {
          const tree = parseMarkdown(md);
          assert.equal(squash(textOf(tree)), squash(text), md);
          const kinds = markup(tree).filter((t) => !['list', 'listItem', 'blockquote'].includes(t));
          assert.deepEqual(kinds, [], md);
        }
      });
    }
    it('leaves ordinary punctuation alone: hyphens, full stops, brackets, apostrophes', () => {
      const text = 'Procurator-General (China) said: it’s 10.5 percent!';
      assert.equal(inlineText(text), text);
    });
  });
});
