// What must hold of the engine's output for ANY text (issue 5): spans in range with exact text,
// references that resolve, unique ids, the shipped JSON Schema. Returns the violations as
// sentences (empty: all hold), so a property test can print every broken rule at once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { Annotations, Span } from '../../src/engine/model';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'export', 'readout-annotations.schema.json'), 'utf8'));
const validateSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Every quotation mark of the annotation guide §2; each is one UTF-16 code unit. */
const QUOTE_MARKS = new Set([...'“”"\'«»„‚‘’‹›「」『』‟']);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export function violations(text: string, a: Annotations): string[] {
  const out: string[] = [];
  const fail = (msg: string): void => { if (out.length < 25) out.push(msg); };

  // a boundary must not cut a surrogate pair (a character) or a CRLF (one line break to VS Code)
  const boundaryOk = (at: number): boolean =>
    !(at > 0 && at < text.length && ((isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) ||
      (text[at - 1] === '\r' && text[at] === '\n')));
  const span = (s: Span | null | undefined, what: string): boolean => {
    if (!s) return false;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > text.length) {
      fail(`${what}: span ${s.start}-${s.end} out of range (length ${text.length})`);
      return false;
    }
    if (!boundaryOk(s.start) || !boundaryOk(s.end)) fail(`${what}: span ${s.start}-${s.end} cuts a surrogate pair or a CRLF`);
    return true;
  };
  const exact = (s: Span & { text: string }, what: string): void => {
    if (span(s, what) && text.slice(s.start, s.end) !== s.text) {
      fail(`${what}: text ${JSON.stringify(s.text.slice(0, 60))} is not the slice ${JSON.stringify(text.slice(s.start, s.end).slice(0, 60))}`);
    }
  };

  if (!validateSchema(JSON.parse(JSON.stringify(a)))) fail(`schema: ${JSON.stringify(validateSchema.errors?.slice(0, 3))}`);

  if (a.document.length !== text.length) fail(`document.length ${a.document.length} is not ${text.length}`);
  const sha = createHash('sha256').update(text, 'utf8').digest('hex');
  if (a.document.sha256 !== sha) fail(`document.sha256 is not the SHA-256 of the UTF-8 text`);

  const ids = new Set<string>();
  const unique = (id: string, what: string): void => {
    if (ids.has(id)) fail(`${what}: id ${id} is not unique`);
    ids.add(id);
  };
  const officialIds = new Set(a.officials.map((o) => o.id));
  const quoteIds = new Set(a.quotes.map((q) => q.id));
  const itemStart = new Map<string, number>();
  const official = (id: string | null, what: string): void => {
    if (id !== null && !officialIds.has(id)) fail(`${what}: official ${id} does not exist`);
  };

  for (const o of a.officials) {
    unique(o.id, `official ${o.name}`);
    o.mentions.forEach((m, i) => span(m, `mention ${i} of ${o.id}`));
    o.roles.forEach((r, i) => span(r, `role ${i} of ${o.id}`));
  }
  a.quotes.forEach((q) => {
    unique(q.id, 'quote');
    itemStart.set(q.id, q.start);
    official(q.speaker, `quote ${q.id} speaker`);
    if (q.cue) span(q.cue, `cue of ${q.id}`);
    if (!span(q, `quote ${q.id}`)) return;
    // a paragraph that goes on with a quotation opened in an earlier one has no opening mark (guide §2: one quote per
    // paragraph part): its span is its text, up to the closing mark if it has one, and starts a line
    if (!QUOTE_MARKS.has(text[q.start])) {
      const part = text.slice(q.start, q.end) === q.text || (QUOTE_MARKS.has(text[q.end - 1]) && text.slice(q.start, q.end - 1) === q.text);
      const lineStart = q.start === 0 || /[\n\r\u2028\u2029]/.test(text.slice(Math.max(0, q.start - 8), q.start));
      if (!part || !lineStart) fail(`quote ${q.id} does not start with a quotation mark and is no paragraph part: ${JSON.stringify(text.slice(q.start, q.start + 10))}`);
      return;
    }
    // closed: the span without its two marks; unclosed (guide §2): from after the opening mark to the paragraph's end
    const closed = q.end - q.start >= 2 && QUOTE_MARKS.has(text[q.end - 1]) && text.slice(q.start + 1, q.end - 1) === q.text;
    const unclosed = text.slice(q.start + 1, q.end) === q.text;
    if (!closed && !unclosed) fail(`quote ${q.id}: text ${JSON.stringify(q.text.slice(0, 60))} is not its span without the marks`);
  });
  for (const p of a.paraphrases) {
    unique(p.id, 'paraphrase');
    itemStart.set(p.id, p.start);
    official(p.speaker, `paraphrase ${p.id} speaker`);
    if (p.cue) span(p.cue, `cue of ${p.id}`);
    exact(p, `paraphrase ${p.id}`);
  }
  for (const c of a.commitments) {
    unique(c.id, 'commitment');
    itemStart.set(c.id, c.start);
    exact(c, `commitment ${c.id}`);
    span(c.trigger, `trigger of ${c.id}`);
    if (c.quote !== null && !quoteIds.has(c.quote)) fail(`commitment ${c.id}: quote ${c.quote} does not exist`);
  }

  const m = a.meeting;
  if (m.date) exact(m.date, 'meeting date');
  if (m.place) exact(m.place, 'meeting place');
  m.participants.forEach((id) => official(id, 'meeting participant'));
  if (new Set(m.participants).size !== m.participants.length) fail('meeting participants repeat an official');

  const inTurns = new Set<string>();
  a.turns.forEach((t, i) => {
    official(t.speaker, `turn ${i} speaker`);
    let last = -1;
    for (const id of t.items) {
      const start = itemStart.get(id);
      if (start === undefined) { fail(`turn ${i}: item ${id} does not exist`); continue; }
      if (inTurns.has(id)) fail(`turn ${i}: item ${id} is in more than one turn`);
      inTurns.add(id);
      if (start < last) fail(`turn ${i}: items not in document order at ${id}`);
      last = start;
    }
  });
  return out;
}
