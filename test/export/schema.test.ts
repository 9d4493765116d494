import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { annotate } from '../../src/engine';
import type { Annotations } from '../../src/engine/model';
import { toJson, toJsonLine } from '../../src/export/json';
import { toFolderJsonLines } from '../../src/export/folderExport';
import { astralAnnotations } from '../fixtures/export/astralReadout';
import { assertHasContent, CASES } from './cases';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'export', 'readout-annotations.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const errors = () => JSON.stringify(validate.errors, null, 1);

describe('export: JSON against the shipped schema', () => {
  for (const c of CASES) {
    it(`${c.name}: the JSON export validates`, () => {
      const a = c.annotations();
      if (c.fromEngine) assertHasContent(c, a);
      assert.ok(validate(JSON.parse(toJson(a))), errors());
    });
    it(`${c.name}: the JSON Lines export is one valid object on one line`, () => {
      const line = toJsonLine(c.annotations());
      assert.equal(line.indexOf('\n'), line.length - 1);
      assert.ok(validate(JSON.parse(line)), errors());
    });
  }

  it('validates each line of a folder export', () => {
    const lines = toFolderJsonLines([
      { file: 'a.txt', annotations: astralAnnotations() },
      { file: 'b.bin', error: 'looks like a binary file' },
      { file: 'c.txt', annotations: CASES[1].annotations() },
    ]).split('\n').filter(Boolean);
    assert.equal(lines.length, 2);
    for (const line of lines) assert.ok(validate(JSON.parse(line)), errors());
  });

  it('validates a meeting dated by a weekday only, its ISO form null, and rejects an ISO form that is no date', () => {
    const a = JSON.parse(toJson(annotate('Costa hosts Petrov\n\nForeign Minister Ana Costa on Friday hosted her counterpart Ivan Petrov in Lisbon.'))) as Annotations;
    assert.deepEqual(a.meeting.date && [a.meeting.date.text, a.meeting.date.iso], ['Friday', null]);
    assert.ok(validate(a), errors());
    assert.equal(validate({ ...a, meeting: { ...a.meeting, date: { ...a.meeting.date, iso: 'Friday' } } }), false);
  });

  it('is a schema that rejects what the spec forbids (so passing means something)', () => {
    const a = JSON.parse(toJson(astralAnnotations())) as Annotations;
    assert.ok(validate(a), errors());
    for (const broken of [
      { ...a, version: 2 },
      { ...a, quotes: [{ ...a.quotes[0], start: -1 }] },
      { ...a, commitments: [{ ...a.commitments[0], kind: 'hope' }] },
      { ...a, officials: [{ ...a.officials[0], id: 'x1' }] },
      { ...a, extra: true },
    ]) {
      assert.equal(validate(broken), false, JSON.stringify(broken).slice(0, 80));
    }
  });
});
