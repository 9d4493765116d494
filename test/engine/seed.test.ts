// The user's own example, end to end: the engine must read it exactly as a careful reader does.
import assert from 'node:assert/strict';
import { annotate } from '../../src/engine';
import { assertExactSpans, mentionTexts, nameOf, official, quotePairs, seedText } from './helpers';

describe('the seed readout (meeting with Procurator-General Cao Jianming)', () => {
  const text = seedText();
  const a = annotate(text, { languageId: 'plaintext' });

  it('finds the six quotes, five by Aleksandr Lukashenko and one by Cao Jianming', () => {
    const pairs = quotePairs(a);
    assert.deepEqual(pairs.map(([t, s]) => [t.slice(0, 40), s]), [
      ['We are going to step up our cooperation ', 'Aleksandr Lukashenko'],
      ['This also pertains to the cooperation of', 'Aleksandr Lukashenko'],
      ['Taking into account similar positions an', 'Aleksandr Lukashenko'],
      ['Today there are many types of internatio', 'Aleksandr Lukashenko'],
      ['Organized crime and corruption have more', 'Aleksandr Lukashenko'],
      ['We are very grateful for this warm and h', 'Cao Jianming'],
    ]);
    assert.equal(pairs[0][0], 'We are going to step up our cooperation in crime prevention, the coordination of these activities. I think that it is also necessary and useful for the People’s Republic of China,');
  });

  it('includes both marks in each quote span and only the words in its text', () => {
    for (const q of a.quotes) {
      assert.equal(text[q.start], '“');
      assert.equal(text[q.end - 1], '”');
      assert.equal(text.slice(q.start + 1, q.end - 1), q.text);
    }
  });

  it('gives every quote the cue that decided it', () => {
    const cues = a.quotes.map((q) => (q.cue ? text.slice(q.cue.start, q.cue.end) : null));
    assert.deepEqual(cues, [
      'Aleksandr Lukashenko said',
      'the Belarusian head of state said',
      'the Belarusian head of state said',
      'the President stressed',
      'the President stressed',
      'he said',
    ]);
  });

  it('knows exactly two officials, with their roles as the text gives them', () => {
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Aleksandr Lukashenko', 'Cao Jianming']);
    const cao = official(a, 'Cao Jianming');
    assert.deepEqual(cao.roles.map(({ title, organization, country }) => ({ title, organization, country })), [
      { title: 'Procurator-General', organization: "Supreme People's Procuratorate of China", country: 'China' },
      { title: 'member', organization: 'Central Committee of the Communist Party of China', country: 'China' },
    ]);
    assert.equal(cao.country, 'China');
    const luk = official(a, 'Aleksandr Lukashenko');
    assert.deepEqual(luk.roles.map((r) => [r.title, r.country]), [['President', 'Belarus']]);
    assert.equal(luk.country, 'Belarus');
  });

  it('resolves role nouns and pronouns to the right official', () => {
    assert.deepEqual(mentionTexts(a, text, 'Aleksandr Lukashenko', 'role'), ['The President', 'the Belarusian head of state', 'the President']);
    assert.deepEqual(mentionTexts(a, text, 'Cao Jianming', 'pronoun'), ['he']);
    assert.ok(mentionTexts(a, text, 'Aleksandr Lukashenko', 'pronoun').includes('he'), 'the "he" of "as he met" is Lukashenko');
    const he = text.indexOf('he said');
    const owner = a.officials.find((o) => o.mentions.some((m) => m.start === he));
    assert.equal(owner?.name, 'Cao Jianming');
  });

  it('finds the four commitments with their kinds', () => {
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Belarus and China are eager to step up joint efforts in crime prevention', 'intention'],
      ['We are going to step up our cooperation in crime prevention, the coordination of these activities', 'intention'],
      ['we must fight against these phenomena together', 'obligation'],
      ['the prosecution bodies of Belarus and China agreed to deepen interagency cooperation, including for the development and expansion of trustworthy and all-round strategic partnership between the two states', 'agreement'],
    ]);
    assert.deepEqual(a.commitments.map((c) => text.slice(c.trigger.start, c.trigger.end)), ['eager to', 'going to', 'must', 'agreed to']);
    // the two said inside quotes belong to them
    assert.deepEqual(a.commitments.map((c) => c.quote), [null, 'q1', 'q4', null]);
  });

  it('finds the three indirect speeches and who made them', () => {
    assert.deepEqual(a.paraphrases.map((p) => [p.text.slice(0, 45), nameOf(a, p.speaker)]), [
      ['Belarus and China are eager to step up joint ', 'Aleksandr Lukashenko'],
      ['the countries have established very close rel', 'Aleksandr Lukashenko'],
      ['during the visit the prosecution bodies of Be', 'Cao Jianming'],
    ]);
  });

  it('describes the meeting: title, kind, date, participants with the host first', () => {
    assert.equal(a.meeting.title, "Meeting with Procurator-General of the Supreme People's Procuratorate of China Cao Jianming");
    assert.equal(a.meeting.kind, 'meeting');
    assert.deepEqual(a.meeting.date && { text: a.meeting.date.text, iso: a.meeting.date.iso }, { text: '10 April', iso: '--04-10' });
    assert.equal(a.meeting.place, null);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Aleksandr Lukashenko', 'Cao Jianming']);
  });

  it('orders the turns: Lukashenko, then Cao Jianming', () => {
    assert.deepEqual(a.turns.map((t) => nameOf(a, t.speaker)), ['Aleksandr Lukashenko', 'Cao Jianming']);
    assert.deepEqual(a.turns[1].items.filter((id) => id.startsWith('q')), ['q6']);
  });

  it('keeps every offset exact and ids stable for the same text', () => {
    assertExactSpans(a, text);
    assert.deepEqual(annotate(text, { languageId: 'plaintext' }), a);
  });

  it('ignores the photo counter debris', () => {
    const debris = text.indexOf('• 1');
    for (const o of a.officials) for (const m of o.mentions) assert.ok(m.end <= debris || m.start >= debris + 3);
  });
});
