import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { annotate } from '../../src/engine';

describe('the model’s document record', () => {
  const text = 'Minister Ana Łoś met Ambassador Kim in Warsaw on 3 May 2024. 🌍\r\n';
  const expected = createHash('sha256').update(text, 'utf8').digest('hex');

  it('gives the SHA-256 of the UTF-8 text when read, the same on every read', () => {
    const doc = annotate(text).document;
    assert.equal(doc.sha256, expected);
    assert.equal(doc.sha256, expected);
  });

  it('is plain data to JSON, spread and structured cloning (the worker posts it)', () => {
    const doc = annotate(text).document;
    const plain = { uri: null, languageId: 'plaintext', length: text.length, sha256: expected };
    assert.deepEqual(JSON.parse(JSON.stringify(doc)), plain);
    assert.deepEqual({ ...doc }, plain);
    assert.deepEqual(structuredClone(doc), plain);
    assert.deepEqual(Object.keys(doc), ['uri', 'languageId', 'length', 'sha256']);
  });
});
