// Benchmark documents of a given size: the seed, the synthetic readouts and composed readouts
// (fixed fast-check seed, so the same text every run) one after another, as a site's archive
// of readouts would be. Plain text uses the plain readouts; Markdown the Markdown ones plus the
// plain ones dressed as Markdown pages (heading, emphasis, a link, a list, a block quote).
import fc from 'fast-check';
import { SYNTHETIC_READOUTS, seedReadout } from '../robustness/corpus/readouts';
import { composedReadout } from '../robustness/arbitraries';

export type DocKind = 'plaintext' | 'markdown';

function plainReadouts(): string[] {
  const handwritten = [seedReadout(), ...SYNTHETIC_READOUTS].filter((r) => r.languageId === 'plaintext').map((r) => r.text);
  const composed = fc.sample(composedReadout, { seed: 2024, numRuns: 400 }).filter((r) => r.languageId === 'plaintext').map((r) => r.text);
  return interleave(handwritten, composed);
}

function markdownReadouts(): string[] {
  const handwritten = SYNTHETIC_READOUTS.filter((r) => r.languageId === 'markdown').map((r) => r.text);
  const composed = fc.sample(composedReadout, { seed: 2024, numRuns: 400 }).filter((r) => r.languageId === 'markdown').map((r) => r.text);
  const dressed = plainReadouts().slice(0, 40).map(asMarkdownPage);
  return interleave([...handwritten, ...dressed], composed);
}

/** A plain readout as a web page saved as Markdown. */
function asMarkdownPage(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const [title, ...body] = paragraphs;
  const dressed = body.map((p, i) => {
    if (i % 5 === 1) return `> ${p}`;
    if (i % 5 === 3) return `- ${p.replace(/\. /, '.\n- ')}`;
    // emphasis and a link on the first capitalized pair of words
    return p.replace(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/u, i % 2 ? '**$1 $2**' : '[$1 $2](https://example.org/people)');
  });
  return `# ${title}\n\n${dressed.join('\n\n')}\n`;
}

function interleave(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

const cache = new Map<DocKind, string[]>();

/**
 * A document of about `size` characters (never more): readouts separated by blank lines, cut at
 * the last paragraph break before the size, or at the last space when that loses over 15 %.
 */
export function buildDocument(kind: DocKind, size: number): string {
  let parts = cache.get(kind);
  if (!parts) cache.set(kind, (parts = kind === 'markdown' ? markdownReadouts() : plainReadouts()));
  const chunks: string[] = [];
  let length = 0;
  for (let i = 0; length < size + 4096; i++) {
    const p = parts[i % parts.length];
    chunks.push(p);
    length += p.length + 2;
  }
  const text = chunks.join('\n\n').slice(0, size);
  const paragraphEnd = text.lastIndexOf('\n\n');
  if (paragraphEnd >= size * 0.85) return text.slice(0, paragraphEnd + 1);
  return text.slice(0, Math.max(text.lastIndexOf(' '), 1));
}
