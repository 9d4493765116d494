// Indirect speech tries each cue pattern only where one of its first words starts (a speed-up):
// the word lists are written beside the patterns, so this test reads every first word a pattern
// can match from its source and checks the list holds it. A pattern this reader cannot follow
// fails the test, naming it, rather than passing unchecked.
import assert from 'node:assert/strict';
import { CUE_START_LISTS } from '../../src/engine/speech';

/** Every word a regex source can start with (letters up to the first space, comma, `\b`, lookaround or end). */
function firstWords(source: string): Set<string> {
  const out = new Set<string>();
  const walk = (src: string, prefix: string, depth: number): void => {
    if (depth > 40) throw new Error(`too deep: ${src.slice(0, 40)}`);
    if (src === '' || src.startsWith('\\s') || src.startsWith('\\b') || src.startsWith('(?=') || src.startsWith('(?!') || src.startsWith(' ') || src.startsWith(',')) {
      if (prefix) out.add(prefix);
      return;
    }
    const c = src[0];
    if (/[A-Za-z]/.test(c) || c === '[') {
      const end = c === '[' ? src.indexOf(']') + 1 : 1;
      const options = c === '[' ? [...src.slice(1, end - 1)] : [c];
      const rest = src.slice(end);
      if (options.some((o) => !/[A-Za-z]/.test(o))) throw new Error(`class not read: ${src.slice(0, end)}`);
      if (rest.startsWith('?')) { walk(rest.slice(1), prefix, depth + 1); for (const o of options) walk(rest.slice(1), prefix + o.toLowerCase(), depth + 1); return; }
      for (const o of options) walk(rest, prefix + o.toLowerCase(), depth + 1);
      return;
    }
    if (c === '(') {
      // a lookbehind matches no characters: the word goes on after it (`stressed(?<=stressed)\s+on`)
      const lookbehind = src.startsWith('(?<=') || src.startsWith('(?<!');
      const open = src.startsWith('(?:') || lookbehind ? 3 : src.startsWith('(?') ? -1 : 1;
      if (open < 0) throw new Error(`group not read: ${src.slice(0, 10)}`);
      let d = 0;
      let close = -1;
      const cuts: number[] = [];
      for (let i = 0; i < src.length; i++) {
        if (src[i] === '\\') { i++; continue; }
        if (src[i] === '[') { i = src.indexOf(']', i); continue; }
        if (src[i] === '(') d++;
        else if (src[i] === ')') { d--; if (d === 0) { close = i; break; } } else if (src[i] === '|' && d === 1) cuts.push(i);
      }
      if (close < 0) throw new Error(`unclosed group: ${src.slice(0, 30)}`);
      if (lookbehind) { walk(src.slice(close + 1), prefix, depth + 1); return; }
      const bounds = [open - 1, ...cuts, close];
      let rest = src.slice(close + 1);
      const optional = /^(?:\?|\*|\{0,)/.test(rest);
      if (rest.startsWith('?') || rest.startsWith('*')) rest = rest.slice(1);
      else if (rest.startsWith('{')) rest = rest.slice(rest.indexOf('}') + 1);
      if (optional) walk(rest, prefix, depth + 1);
      for (let k = 0; k + 1 < bounds.length; k++) walk(src.slice(bounds[k] + 1, bounds[k + 1]) + rest, prefix, depth + 1);
      return;
    }
    throw new Error(`not read: ${src.slice(0, 20)}`);
  };
  walk(source.replace(/^\\b/, ''), '', 0);
  return out;
}

describe('indirect speech: the start-word lists', () => {
  it('reads the first words of a pattern (the reader itself)', () => {
    assert.deepEqual([...firstWords(String.raw`\b((?:is|remains?)\s+x|agrees?|voiced\s+y|emphasi[sz]ed)\s+that`)].sort(),
      ['agree', 'agrees', 'emphasised', 'emphasized', 'is', 'remain', 'remains', 'voiced']);
    // (a lookbehind is stepped over)
    assert.deepEqual([...firstWords(String.raw`\b(noted|stressed)(?:(?<=stressed)\s+on)?\s+that`)].sort(), ['noted', 'stressed']);
  });

  for (const [name, re, bit] of CUE_START_LISTS.patterns) {
    it(`holds every first word ${name} can match`, () => {
      const missing = [...firstWords(re.source)].filter((w) => !(CUE_START_LISTS.bitsOf(w) & bit));
      assert.deepEqual(missing, [], `${name} can start with words its start list lacks`);
    });
    // (THAT_CUE and STANCE_CUE hold `that`, ACCORDING `according`/`opinion`/`view`/`words` or a verb after `as`,
    // STATEMENT_BACK `statement`: words the filter has, whatever the first word)
    if (['THAT_CUE', 'STANCE_CUE', 'ACCORDING', 'STATEMENT_BACK'].includes(name)) continue;
    it(`lets every first word ${name} can match through the block filter`, () => {
      const missing = [...firstWords(re.source)].filter((w) => !CUE_START_LISTS.blockFilter.test(w));
      assert.deepEqual(missing, [], `${name} can start with words a block is skipped without`);
    });
  }
});
