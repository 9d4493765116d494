import assert from 'node:assert/strict';
import { commitmentHover, escapeMarkdown, officialHover, quoteHover } from '../../src/extension/viewModel/hoverText';
import { seedAnnotations, seedText } from './seedAnnotations';

describe('hover text', () => {
  const link = (s: { start: number; end: number }) => `command:reveal?${s.start}-${s.end}`;

  it('names an official, their roles, counts with first words, and links to the first full mention', () => {
    const text = officialHover(seedAnnotations, seedAnnotations.officials[1]!, link);
    assert.match(text, /\*\*Cao Jianming\*\*/);
    assert.ok(text.includes('Procurator-General'));
    assert.ok(text.includes("Supreme People's Procuratorate of China"));
    assert.match(text, /1 quote:\n- “We are very grateful for this warm and…”/);
    assert.match(text, /1 commitment:\n- \*agreement\*: the prosecution bodies/);
    const first = seedText.indexOf('Cao Jianming');
    assert.ok(text.includes(`[Go to first full mention](command:reveal?${first}-${first + 'Cao Jianming'.length})`));
  });

  it('says whom a role noun or a pronoun was resolved to', () => {
    const lukashenko = seedAnnotations.officials[0]!;
    const text = officialHover(seedAnnotations, lukashenko, link, { kind: 'role', text: 'the President' });
    assert.match(text, /“the President” \(role reference\) refers to Aleksandr Lukashenko/);
    assert.doesNotMatch(officialHover(seedAnnotations, lukashenko, link, { kind: 'name', text: 'Aleksandr Lukashenko' }), /refers to/);
  });

  it('lists five quotes at most and counts the rest', () => {
    const text = officialHover(seedAnnotations, seedAnnotations.officials[0]!, link);
    assert.match(text, /5 quotes:/);
    assert.equal((text.match(/^- “/gm) ?? []).length, 5);
  });

  it('gives a quote its speaker and the cue that decided it', () => {
    const text = quoteHover(seedAnnotations, seedAnnotations.quotes[3]!, seedText);
    assert.match(text, /said by \*\*Aleksandr Lukashenko\*\*/);
    assert.match(text, /Cue: “the President stressed”/);
    const unknown = quoteHover(seedAnnotations, { ...seedAnnotations.quotes[0]!, speaker: null, speakerText: null, cue: null }, seedText);
    assert.match(unknown, /unknown/);
  });

  it('gives a commitment its kind, actor and trigger', () => {
    const text = commitmentHover(seedAnnotations.commitments[3]!, seedText);
    assert.match(text, /Commitment\*\* \(agreement\)/);
    assert.match(text, /Actor: the prosecution bodies of Belarus and China/);
    assert.match(text, /Trigger: “agreed to”/);
  });

  it('escapes Markdown syntax but leaves hyphens and apostrophes readable', () => {
    assert.equal(escapeMarkdown("Procurator-General of People's *x* [y]"), "Procurator-General of People's \\*x\\* \\[y\\]");
  });
});
