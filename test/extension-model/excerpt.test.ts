import assert from 'node:assert/strict';
import { firstWords, plural } from '../../src/extension/viewModel/excerpt';
import { isCssColour } from '../../src/extension/viewModel/cssColour';

describe('labels', () => {
  it('keeps short texts whole and cuts long ones at a word, with an ellipsis', () => {
    assert.equal(firstWords('We are very grateful'), 'We are very grateful');
    assert.equal(firstWords('one two three four five six seven eight nine ten'), 'one two three four five six seven eight…');
    assert.equal(firstWords('We are going to step up our cooperation, in crime prevention', 8), 'We are going to step up our cooperation…', 'no comma before the ellipsis');
    assert.equal(firstWords('x'.repeat(100)).length, 61);
    assert.equal(firstWords('   '), '');
  });

  it('counts in words', () => {
    assert.equal(plural(1, 'quote'), '1 quote');
    assert.equal(plural(0, 'quote'), '0 quotes');
  });
});

describe('user colours', () => {
  it('accepts plain colour notations only', () => {
    for (const ok of ['#fff', '#1A7F37', '#1a7f3780', 'teal', 'rgb(10, 20, 30)', 'hsl(120 50% 40% / 0.5)']) assert.ok(isCssColour(ok), ok);
    for (const bad of ['red; background: url(x)', 'url(http://x)', 'var(--x)', '', 42, '#12']) assert.ok(!isCssColour(bad), String(bad));
  });
});
