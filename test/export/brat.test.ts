import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BRAT_ANNOTATION_CONF, bratFragments, toBrat } from '../../src/export/brat';
import { astralAnnotations, ASTRAL_TEXT } from '../fixtures/export/astralReadout';
import { assertHasContent, CASES, codePointsOf, itemCount } from './cases';

const CHECKER = join(__dirname, 'brat_check.py');

interface TLine { id: string; type: string; fragments: [number, number][]; text: string }

function tLines(ann: string): TLine[] {
  return ann.split('\n').filter((l) => l.startsWith('T')).map((line) => {
    const [id, data, text] = line.split('\t');
    const [type, offsets] = [data.slice(0, data.indexOf(' ')), data.slice(data.indexOf(' ') + 1)];
    const fragments = offsets.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    return { id, type, fragments, text };
  });
}

/** Runs the Python reader on the document and its .ann; fails loudly when python3 is missing. */
function runPython(text: string, ann: string): { status: number | null; stdout: string; stderr: string } {
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    assert.fail('python3 is not installed: the brat export is checked by a second implementation in ' +
      'test/export/brat_check.py, which needs python3 (apt-get install python3)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'readout-brat-'));
  try {
    writeFileSync(join(dir, 'doc.txt'), text, 'utf8');
    writeFileSync(join(dir, 'doc.ann'), ann, 'utf8');
    writeFileSync(join(dir, 'annotation.conf'), BRAT_ANNOTATION_CONF, 'utf8');
    return spawnSync('python3', [CHECKER, join(dir, 'doc.txt'), join(dir, 'doc.ann'), join(dir, 'annotation.conf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pythonCheck(text: string, ann: string): Record<string, number> {
  const run = runPython(text, ann);
  assert.equal(run.status, 0, `brat_check.py found problems:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, number>;
}

describe('export: brat standoff', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it('has a T line per mention, quote, paraphrase and commitment whose code-point fragments re-locate its text', () => {
        const a = c.annotations();
        if (c.fromEngine) assertHasContent(c, a);
        const ann = toBrat(a, c.text);
        const points = codePointsOf(c.text);
        const lines = tLines(ann);
        assert.equal(lines.length, itemCount(a));
        for (const t of lines) {
          assert.equal(t.fragments.map(([s, e]) => points.slice(s, e).join('')).join(' '), t.text, `${t.id}`);
          assert.ok(!/[\r\n]/.test(t.text), `${t.id} text has no line break`);
        }
        const types = lines.map((t) => t.type);
        assert.equal(types.filter((t) => t === 'Quote').length, a.quotes.length);
        assert.equal(types.filter((t) => t === 'Paraphrase').length, a.paraphrases.length);
        assert.equal(types.filter((t) => t === 'Commitment').length, a.commitments.length);
      });

      it('reads back in a second implementation (python3, as brat reads files)', () => {
        const a = c.annotations();
        if (c.fromEngine) assertHasContent(c, a);
        const ann = toBrat(a, c.text);
        const counts = pythonCheck(c.text, ann);
        assert.equal(counts.T, itemCount(a));
        const attributed = [...a.quotes, ...a.paraphrases].filter((s) => s.speaker !== null).length;
        assert.equal(counts.R ?? 0, attributed, 'one Attribution per quote or paraphrase with an official speaker');
        assert.equal(counts.A, itemCount(a) - a.quotes.length - a.paraphrases.length, 'a MentionKind or CommitmentKind for each');
      });
    });
  }

  describe('on the hand-built model of the astral readout', () => {
    const a = astralAnnotations();
    const ann = toBrat(a, ASTRAL_TEXT);
    const lines = tLines(ann);
    const byText = (text: string) => lines.find((t) => t.text === text)!;

    it('splits a quote that crosses a CRLF into two fragments joined by one space', () => {
      const q2 = byText('“Our countries must deepen trade 📦 and investment ties, and we will open a trade house in Ulaanbaatar next year,”');
      assert.ok(q2, ann);
      assert.equal(q2.fragments.length, 2);
      const [[, firstEnd], [secondStart]] = q2.fragments;
      assert.equal(secondStart - firstEnd, 2, 'the CR and LF lie between the fragments');
    });

    it('attributes each quote to the mention of its speaker in the cue, or the nearest one', () => {
      const relations = ann.split('\n').filter((l) => l.startsWith('R'));
      const target = (quoteText: string) => {
        const q = lines.find((t) => t.type === 'Quote' && t.text.startsWith(quoteText))!;
        const r = relations.find((l) => l.includes(`Arg1:${q.id} `))!;
        return lines.find((t) => t.id === r.split('Arg2:')[1]);
      };
      const lukashenkoAfterQ1 = codePointsOf(ASTRAL_TEXT.slice(0, a.officials[0].mentions[1].start)).length;
      assert.deepEqual(target('“We are ready')?.fragments, [[lukashenkoAfterQ1, lukashenkoAfterQ1 + 'Aleksandr Lukashenko'.length]]);
      assert.equal(target('“Our countries')?.text, 'the President');
      assert.equal(target('“We need')?.text, 'Battsetseg Batmunkh', 'a quote with no cue goes to the nearest mention');
    });

    it('gives commitment kinds as attributes, actors and official names as notes, one official as one coreference set', () => {
      assert.match(ann, /^A\d+\tCommitmentKind T\d+ pledge$/m);
      assert.match(ann, /^#\d+\tAnnotatorNotes T\d+\tactor: both sides$/m);
      assert.match(ann, /^#\d+\tAnnotatorNotes T\d+\tAleksandr Lukashenko — President \(Belarus\)$/m);
      const sets = ann.split('\n').filter((l) => l.startsWith('*'));
      assert.equal(sets.length, 2);
      assert.equal(sets[1].split(' ').length - 1, 3, 'three mentions of Aleksandr Lukashenko');
    });

    it('notes a speaker that is not an official, and drops a span of whitespace only', () => {
      const withBody = { ...a, quotes: a.quotes.map((q) => (q.id === 'q4' ? { ...q, speaker: null, speakerText: 'the Mongolian side' } : q)) };
      const out = toBrat(withBody, ASTRAL_TEXT);
      const q4 = tLines(out).find((t) => t.text === '“We need to work together on education.”')!;
      assert.match(out, new RegExp(`^#\\d+\\tAnnotatorNotes ${q4.id}\\tspeaker: the Mongolian side$`, 'm'));
      assert.deepEqual(bratFragments(' \r\n \t', { start: 0, end: 5 }), []);
      assert.deepEqual(bratFragments('a\u2028b', { start: 0, end: 3 }), [{ start: 0, end: 1 }, { start: 2, end: 3 }]);
    });

    it('is checked by a Python reader that does reject UTF-16 offsets and unsplit line breaks', () => {
      const q1 = a.quotes[0];
      const utf16 = `T1\tQuote ${q1.start} ${q1.end}\t${ASTRAL_TEXT.slice(q1.start, q1.end)}\n`;
      assert.match(runPython(ASTRAL_TEXT, utf16).stderr, /is not the document's/);
      const q2 = a.quotes[1];
      const points = codePointsOf(ASTRAL_TEXT.slice(0, q2.start)).length;
      const whole = ASTRAL_TEXT.slice(q2.start, q2.end);
      const unsplit = `T1\tQuote ${points} ${points + codePointsOf(whole).length}\t${whole}\n`;
      assert.notEqual(runPython(ASTRAL_TEXT, unsplit).status, 0);
    });

    it('writes nothing for an empty model', () => {
      assert.equal(toBrat({ ...a, officials: [], quotes: [], paraphrases: [], commitments: [] }, ASTRAL_TEXT), '');
    });
  });
});
