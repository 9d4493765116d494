import assert from 'node:assert/strict';
import { allHighlightKeys, highlightId, planHighlights } from '../../src/extension/viewModel/decorationPlan';
import { assignSpeakerSlots } from '../../src/extension/viewModel/speakerSlots';
import { seedAnnotations } from './seedAnnotations';

describe('highlight plan', () => {
  it('gives each official one palette slot, participants first', () => {
    const slots = assignSpeakerSlots(seedAnnotations, 6);
    assert.equal(slots.get('o1'), 0);
    assert.equal(slots.get('o2'), 1);
    assert.equal(assignSpeakerSlots(seedAnnotations, 1).get('o2'), 0, 'the palette repeats when it runs out');
  });

  it('colours a speaker’s mentions and quotes with the same slot', () => {
    const plan = new Map(planHighlights(seedAnnotations, 6).map((p) => [highlightId(p.key), p.spans]));
    assert.equal(plan.get('quote.0')!.length, 5);
    assert.equal(plan.get('quote.1')!.length, 1);
    assert.equal(plan.get('mention.0')!.length, seedAnnotations.officials[0]!.mentions.length);
    assert.equal(plan.get('mention.1')!.length, seedAnnotations.officials[1]!.mentions.length);
    assert.equal(plan.get('paraphrase.1')!.length, 1);
  });

  it('covers every quote and marks commitments by kind', () => {
    const plan = planHighlights(seedAnnotations, 6);
    const quoteSpans = plan.filter((p) => p.key.kind === 'quote').flatMap((p) => p.spans);
    for (const quote of seedAnnotations.quotes) {
      assert.ok(quoteSpans.some((s) => s.start === quote.start && s.end === quote.end), `${quote.id} not highlighted`);
    }
    const byKind = new Map(plan.filter((p) => p.key.kind === 'commitment').map((p) => [highlightId(p.key), p.spans.length]));
    assert.deepEqual(Object.fromEntries(byKind), {
      'commitment.agreement': 1,
      'commitment.pledge': 0,
      'commitment.intention': 2,
      'commitment.obligation': 1,
    });
  });

  it('puts speech with no official speaker in the unattributed style', () => {
    const annotations = { ...seedAnnotations, quotes: [{ ...seedAnnotations.quotes[0]!, speaker: null }] };
    const plan = new Map(planHighlights(annotations, 6).map((p) => [highlightId(p.key), p.spans.length]));
    assert.equal(plan.get('quote.unattributed'), 1);
  });

  it('plans every decoration type, so stale highlights are always cleared', () => {
    const ids = planHighlights(seedAnnotations, 6).map((p) => highlightId(p.key));
    assert.deepEqual(ids, allHighlightKeys(6).map(highlightId));
    assert.equal(new Set(ids).size, ids.length);
  });
});
