// Short labels for long spans: the first words of a quote or commitment, for hovers, the
// outline and the Meeting view.
import { trimEndOf } from '../../engine/textTrim';

/** The first `maxWords` words of `text` (at most `maxChars` characters), with an ellipsis when cut. */
export function firstWords(text: string, maxWords = 8, maxChars = 60): string {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  let out = '';
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    const next = out ? `${out} ${words[i]}` : words[i]!;
    if (i >= maxWords || next.length > maxChars) {
      cut = true;
      break;
    }
    out = next;
  }
  if (!out && words.length > 0) {
    out = words[0]!.slice(0, maxChars);
    cut = words.length > 1 || words[0]!.length > maxChars;
  }
  return cut ? `${trimEndOf(out, ',;:.!?—–-')}…` : out;
}

/** "1 quote", "2 quotes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
