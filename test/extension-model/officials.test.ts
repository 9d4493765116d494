import assert from 'node:assert/strict';
import { describeRole, firstFullMention, mentionAt, speechOf } from '../../src/extension/viewModel/officials';
import { seedAnnotations, seedText, spanOf } from './seedAnnotations';

describe('officials view model (hover, definition, references)', () => {
  const [lukashenko, cao] = seedAnnotations.officials;

  it('finds the official under a name, a role noun and a pronoun', () => {
    assert.equal(mentionAt(seedAnnotations, spanOf('Cao Jianming', 3).start + 2)?.official.id, 'o2');
    assert.equal(mentionAt(seedAnnotations, spanOf('the President stressed').start + 5)?.official.id, 'o1');
    const he = seedText.indexOf('he said', seedText.indexOf('warm and hospitable'));
    assert.equal(mentionAt(seedAnnotations, he)?.official.id, 'o2');
    assert.equal(mentionAt(seedAnnotations, seedText.indexOf('crime prevention')), undefined);
  });

  it('defines an official at the first of their longest name mentions', () => {
    const definition = firstFullMention(lukashenko!)!;
    assert.equal(seedText.slice(definition.start, definition.end), 'Aleksandr Lukashenko');
    assert.equal(definition.start, spanOf('Aleksandr Lukashenko').start);
    assert.equal(firstFullMention(cao!)!.start, spanOf('Cao Jianming').start);
  });

  it('collects what an official said and committed to', () => {
    const speech = speechOf(seedAnnotations, 'o1');
    assert.equal(speech.quotes.length, 5);
    assert.deepEqual(speech.commitments.map((c) => c.id), ['c1', 'c2', 'c3']);
  });

  it('says a role with its organization, and the country only when the organization does not name it', () => {
    assert.equal(describeRole(cao!.roles[0]!), "Procurator-General, Supreme People's Procuratorate of China");
    assert.equal(describeRole(lukashenko!.roles[0]!), 'President, Belarus');
  });
});
