// W3C Web Annotation (Data Model and Vocabulary, Recommendation 2017) as JSON-LD: one
// AnnotationCollection with its annotations embedded in the first AnnotationPage, one
// annotation per official mention, quote, paraphrase and commitment, in reading order.
//
// Each target is the document with two equivalent selectors: a TextQuoteSelector (exact,
// prefix, suffix: up to 32 code points of context each) and a TextPositionSelector whose
// offsets count Unicode code points, as the model requires (Readout counts UTF-16 units).
// Bodies are TextualBody resources:
//   purpose "tagging": the kind (`official`, `quote`, `paraphrase`, `commitment`) and
//     machine tags `speaker:NAME`, `role:TITLE…`, `commitment:KIND`, `actor:LABEL`,
//     `official:NAME`, `mention:name|role|pronoun`;
//   purpose "describing": one sentence for people;
//   a commitment inside a quote also links to that quote's annotation (purpose "linking").
// Identifiers are `urn:uuid:` name-based on the document's SHA-256, so they are stable.
import type { Annotations, Official } from '../engine/model';
import { codePointIndex } from './codePoints';
import { itemsInReadingOrder, officialsById, roleLabels, speakerLabel, type Item, type OfficialsById } from './labels';
import { nameUrn } from './nameUuid';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of text kept on each side of a quote selector. */
export const QUOTE_CONTEXT_CODE_POINTS = 32;

interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'describing';
  value: string;
  format: 'text/plain';
}
/** An external resource with a purpose is a SpecificResource (model §4.3). */
interface LinkBody {
  type: 'SpecificResource';
  source: string;
  purpose: 'linking';
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging';
  body: (TextualBody | LinkBody)[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

export function toW3cCollection(annotations: Annotations, text: string): W3cCollection {
  const names = namesFor(annotations);
  const points = codePointIndex(text);
  const officials = officialsById(annotations);
  const items = itemsInReadingOrder(annotations).map((item) => {
    const exact = text.slice(item.start, item.end);
    return {
      id: names.annotation(item.key),
      type: 'Annotation' as const,
      motivation: item.kind === 'official' ? ('identifying' as const) : ('tagging' as const),
      body: bodiesFor(item, officials, names),
      target: {
        type: 'SpecificResource' as const,
        source: names.source,
        selector: [
          {
            type: 'TextQuoteSelector' as const,
            exact,
            prefix: codePointsBefore(text, item.start, QUOTE_CONTEXT_CODE_POINTS),
            suffix: codePointsAfter(text, item.end, QUOTE_CONTEXT_CODE_POINTS),
          },
          { type: 'TextPositionSelector' as const, start: points.at(item.start), end: points.at(item.end) },
        ] as W3cAnnotation['target']['selector'],
      },
    };
  });
  const collection: W3cCollection = {
    '@context': W3C_CONTEXT,
    id: names.collection,
    type: 'AnnotationCollection',
    label: `Readout annotations: ${documentLabel(annotations)}`,
    total: items.length,
  };
  // the model gives a collection a first page only when it has annotations
  if (items.length > 0) collection.first = { id: names.page, type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}

export function toW3c(annotations: Annotations, text: string): string {
  return JSON.stringify(toW3cCollection(annotations, text), null, 2) + '\n';
}

function namesFor(annotations: Annotations) {
  const base = `readout:${annotations.document.sha256}`;
  return {
    // without a URI (standard input), the document is named by its content
    source: annotations.document.uri ?? nameUrn(`${base}:document`),
    collection: nameUrn(`${base}:collection`),
    page: nameUrn(`${base}:page:1`),
    annotation: (key: string) => nameUrn(`${base}:annotation:${key}`),
  };
}

function documentLabel(annotations: Annotations): string {
  if (annotations.meeting.title) return annotations.meeting.title;
  const uri = annotations.document.uri;
  if (uri) return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) || uri;
  return 'untitled document';
}

const tag = (value: string): TextualBody => ({ type: 'TextualBody', purpose: 'tagging', value, format: 'text/plain' });
const describe = (value: string): TextualBody => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain' });

function speakerTags(name: string | null, official: Official | undefined): TextualBody[] {
  if (name === null) return [];
  return [tag(`speaker:${name}`), ...roleLabels(official).map((r) => tag(`role:${r}`))];
}

function bodiesFor(item: Item, officials: OfficialsById, names: ReturnType<typeof namesFor>): (TextualBody | LinkBody)[] {
  switch (item.kind) {
    case 'official': {
      const roles = roleLabels(item.official);
      return [
        tag('official'),
        tag(`official:${item.official.name}`),
        tag(`mention:${item.mention.kind}`),
        ...roles.map((r) => tag(`role:${r}`)),
        describe(`${item.official.name}${roles.length ? `, ${roles.join('; ')}` : ''} (${item.mention.kind} mention)`),
      ];
    }
    case 'quote':
    case 'paraphrase': {
      const speech = item.kind === 'quote' ? item.quote : item.paraphrase;
      const name = speakerLabel(speech, officials);
      const official = speech.speaker === null ? undefined : officials.get(speech.speaker);
      const noun = item.kind === 'quote' ? 'Quote' : 'Paraphrase';
      return [
        tag(item.kind),
        ...speakerTags(name, official),
        describe(name === null ? `${noun}, speaker unknown` : `${noun} by ${name}`),
      ];
    }
    case 'commitment': {
      const c = item.commitment;
      const bodies: (TextualBody | LinkBody)[] = [tag('commitment'), tag(`commitment:${c.kind}`)];
      if (c.actor !== null) bodies.push(tag(`actor:${c.actor}`));
      const kind = c.kind.charAt(0).toUpperCase() + c.kind.slice(1);
      bodies.push(describe(c.actor === null ? kind : `${kind} by ${c.actor}`));
      if (c.quote !== null) bodies.push({ type: 'SpecificResource', source: names.annotation(c.quote), purpose: 'linking' });
      return bodies;
    }
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Up to `count` code points of text ending at `offset`, never half a surrogate pair. */
export function codePointsBefore(text: string, offset: number, count: number): string {
  let i = offset;
  for (let n = 0; n < count && i > 0; n++) {
    i -= i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? 2 : 1;
  }
  return text.slice(i, offset);
}

/** Up to `count` code points of text starting at `offset`, never half a surrogate pair. */
export function codePointsAfter(text: string, offset: number, count: number): string {
  let i = offset;
  for (let n = 0; n < count && i < text.length; n++) {
    i += i + 1 < text.length && isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return text.slice(offset, i);
}
