import assert from 'node:assert/strict';
import { toW3c, toW3cCollection, QUOTE_CONTEXT_CODE_POINTS, W3C_CONTEXT } from '../../src/export/w3c';
import { astralAnnotations, ASTRAL_TEXT } from '../fixtures/export/astralReadout';
import { assertHasContent, CASES, codePointsOf, itemCount } from './cases';

// The Web Annotation Vocabulary's motivations and its TextualBody/SpecificResource body types.
const MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
]);
const URN_UUID_V8 = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ASTRAL = /[\u{10000}-\u{10FFFF}]/gu;

describe('export: W3C Web Annotation', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it('is an AnnotationCollection with one annotation per mention, quote, paraphrase and commitment', () => {
        const a = c.annotations();
        if (c.fromEngine) assertHasContent(c, a);
        const collection = JSON.parse(toW3c(a, c.text));
        assert.equal(collection['@context'], W3C_CONTEXT);
        assert.equal(collection.type, 'AnnotationCollection');
        assert.match(collection.id, URN_UUID_V8);
        assert.equal(typeof collection.label, 'string');
        assert.equal(collection.total, itemCount(a));
        assert.equal(collection.first.type, 'AnnotationPage');
        assert.match(collection.first.id, URN_UUID_V8);
        assert.equal(collection.first.startIndex, 0);
        assert.equal(collection.first.items.length, collection.total);
        const ids = new Set(collection.first.items.map((x: { id: string }) => x.id));
        assert.equal(ids.size, collection.total, 'annotation ids are unique');
        const kinds = collection.first.items.map((x: { body: { purpose: string; value: string }[] }) => x.body[0].value);
        assert.equal(kinds.filter((k: string) => k === 'quote').length, a.quotes.length);
        assert.equal(kinds.filter((k: string) => k === 'paraphrase').length, a.paraphrases.length);
        assert.equal(kinds.filter((k: string) => k === 'commitment').length, a.commitments.length);
      });

      it('uses only the vocabulary: Annotation, motivations, TextualBody purposes, SpecificResource targets', () => {
        const a = c.annotations();
        const collection = toW3cCollection(a, c.text);
        const ids = new Set(collection.first?.items.map((x) => x.id));
        for (const item of collection.first?.items ?? []) {
          assert.equal(item.type, 'Annotation');
          assert.match(item.id, URN_UUID_V8);
          assert.ok(MOTIVATIONS.has(item.motivation), item.motivation);
          assert.equal(item.target.type, 'SpecificResource');
          assert.equal(item.target.source, a.document.uri);
          for (const body of item.body) {
            assert.ok(MOTIVATIONS.has(body.purpose), body.purpose);
            if (body.type === 'TextualBody') {
              assert.equal(typeof body.value, 'string');
              assert.ok(body.value.length > 0);
              assert.equal(body.format, 'text/plain');
            } else {
              assert.equal(body.type, 'SpecificResource');
              assert.ok(ids.has(body.source), 'a linking body points at an annotation of the collection');
            }
          }
        }
      });

      it('TextPositionSelector offsets are code points that re-locate the exact text', () => {
        const a = c.annotations();
        if (c.fromEngine) assertHasContent(c, a);
        const points = codePointsOf(c.text);
        for (const item of toW3cCollection(a, c.text).first?.items ?? []) {
          const [quote, position] = item.target.selector;
          assert.equal(points.slice(position.start, position.end).join(''), quote.exact, `${item.id}: ${JSON.stringify(quote.exact)}`);
        }
      });

      it("TextQuoteSelector's exact, prefix and suffix match the document around the span", () => {
        const a = c.annotations();
        if (c.fromEngine) assertHasContent(c, a);
        const points = codePointsOf(c.text);
        for (const item of toW3cCollection(a, c.text).first?.items ?? []) {
          const [quote, position] = item.target.selector;
          const prefix = codePointsOf(quote.prefix);
          const suffix = codePointsOf(quote.suffix);
          assert.equal(prefix.length, Math.min(QUOTE_CONTEXT_CODE_POINTS, position.start));
          assert.equal(suffix.length, Math.min(QUOTE_CONTEXT_CODE_POINTS, points.length - position.end));
          assert.equal(points.slice(position.start - prefix.length, position.start).join(''), quote.prefix);
          assert.equal(points.slice(position.end, position.end + suffix.length).join(''), quote.suffix);
          assert.ok(c.text.includes(quote.prefix + quote.exact + quote.suffix), 'prefix + exact + suffix is a run of the document');
        }
      });
    });
  }

  describe('on the hand-built model of the astral readout', () => {
    const a = astralAnnotations();
    const collection = toW3cCollection(a, ASTRAL_TEXT);
    const items = collection.first?.items ?? [];
    const byExact = (exact: string) => items.find((x) => x.target.selector[0].exact === exact);

    it('shifts offsets by one for each astral character before the span (UTF-16 counts two)', () => {
      for (const q of a.quotes) {
        const item = byExact(ASTRAL_TEXT.slice(q.start, q.end));
        assert.ok(item, q.id);
        const astralBefore = (ASTRAL_TEXT.slice(0, q.start).match(ASTRAL) ?? []).length;
        assert.ok(astralBefore >= 10, 'the fixture puts astral characters before its quotes');
        const inside = (ASTRAL_TEXT.slice(q.start, q.end).match(ASTRAL) ?? []).length;
        assert.deepEqual(item.target.selector[1], {
          type: 'TextPositionSelector', start: q.start - astralBefore, end: q.end - astralBefore - inside,
        });
      }
    });

    it('keeps a CRLF inside a quote in its exact text', () => {
      const q2 = a.quotes.find((q) => q.id === 'q2')!;
      const item = byExact(ASTRAL_TEXT.slice(q2.start, q2.end));
      assert.ok(item?.target.selector[0].exact.includes('\r\n'));
    });

    it('tags the speaker and roles of a quote, the kind and actor of a commitment, and links it to its quote', () => {
      const q1 = byExact(ASTRAL_TEXT.slice(a.quotes[0].start, a.quotes[0].end))!;
      const values = (x: typeof q1) => x.body.map((b) => (b.type === 'TextualBody' ? `${b.purpose}:${b.value}` : `${b.purpose}->${b.source}`));
      assert.deepEqual(values(q1).slice(0, 3), ['tagging:quote', 'tagging:speaker:Aleksandr Lukashenko', 'tagging:role:President (Belarus)']);
      assert.equal(q1.motivation, 'tagging');
      const c3 = a.commitments.find((x) => x.id === 'c3')!;
      const commitment = byExact(ASTRAL_TEXT.slice(c3.start, c3.end))!;
      const q2 = a.quotes.find((q) => q.id === 'q2')!;
      const quoteAnnotation = byExact(ASTRAL_TEXT.slice(q2.start, q2.end))!;
      assert.deepEqual(values(commitment), [
        'tagging:commitment', 'tagging:commitment:pledge', 'tagging:actor:Belarus', 'describing:Pledge by Belarus',
        `linking->${quoteAnnotation.id}`,
      ]);
      const mention = byExact('the President')!;
      assert.equal(mention.motivation, 'identifying');
      assert.ok(values(mention).includes('tagging:mention:role'));
    });

    it('gives the same identifiers for the same text, and others for another text', () => {
      assert.equal(toW3c(a, ASTRAL_TEXT), toW3c(astralAnnotations(), ASTRAL_TEXT));
      const other = { ...a, document: { ...a.document, sha256: 'f'.repeat(64) } };
      assert.notEqual(toW3cCollection(other, ASTRAL_TEXT).id, collection.id);
    });

    it('names a document without a URI by its content, and an empty model has no page', () => {
      const anonymous = toW3cCollection({ ...a, document: { ...a.document, uri: null } }, ASTRAL_TEXT);
      assert.match(anonymous.first!.items[0].target.source, URN_UUID_V8);
      const empty = toW3cCollection({ ...a, officials: [], quotes: [], paraphrases: [], commitments: [], turns: [] }, ASTRAL_TEXT);
      assert.equal(empty.total, 0);
      assert.equal(empty.first, undefined);
    });
  });
});
