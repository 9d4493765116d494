import assert from 'node:assert/strict';
import { FORMATS, formatIds } from '../../src/export/formats';
import { astralAnnotations, ASTRAL_TEXT } from '../fixtures/export/astralReadout';

describe('export: the format registry', () => {
  it('offers json, jsonl, w3c, csv, brat and md to the CLI and the extension', () => {
    assert.deepEqual(formatIds(), ['json', 'jsonl', 'w3c', 'csv', 'brat', 'md']);
    for (const id of formatIds()) {
      const f = FORMATS[id];
      assert.equal(f.id, id);
      assert.ok(f.label && f.description, id);
      assert.match(f.suffix, /^\.[a-z.]+$/);
    }
  });

  it('names a brat file as brat expects: release.txt → release.ann', () => {
    assert.equal(FORMATS.brat.suffix, '.ann');
    assert.equal(new Set(formatIds().map((id) => FORMATS[id].suffix)).size, formatIds().length, 'suffixes differ');
  });

  it('renders every format from the same model, ending with a newline', () => {
    const a = astralAnnotations();
    for (const id of formatIds()) {
      const out = FORMATS[id].render(a, ASTRAL_TEXT);
      assert.ok(out.length > 0 && out.endsWith('\n'), id);
    }
  });

  it('renders an empty model in every format without failing', () => {
    const a = { ...astralAnnotations(), officials: [], quotes: [], paraphrases: [], commitments: [], turns: [] };
    a.meeting = { ...a.meeting, title: null, date: null, place: null, participants: [] };
    for (const id of formatIds()) assert.equal(typeof FORMATS[id].render(a, ASTRAL_TEXT), 'string', id);
  });
});
